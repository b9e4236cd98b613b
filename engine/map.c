/*
 * map.c - the map registry: K lines, the maps sendmail declares by
 * itself, opening on first use, and the two lookup paths (the rules'
 * $( $) / $[ $] and the -bt /map command).
 *
 * The classes themselves live in engine/maps/, one file per family; this
 * file only knows them through struct map_class.  Messages are printed
 * with the text sendmail prints, through struct map_host.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "strbuf.h"
#include "engine/map.h"
#include "engine/maps/map_impl.h"
#include "engine/resolve.h"

struct map_registry {
	struct map_host host;
	struct map    **maps;
	size_t          count;
	size_t          cap;
	int             config_level;
	unsigned        dont_blame;
	long            trusted_uid;	/* TrustedUser, -1 when none */
	int             blank_sub;	/* BlankSub option, default ' ' */
	int             wildcard_mx;	/* ResolverOptions HasWildcardMX */
	struct host_cache *host_cache;
	void           *ldap_defaults;	/* LDAPDefaultSpec (ldap.c) */
	map_alias_parser alias_parser;	/* the stab class's alias names */
};

/* Every class this sendmail build knows, as the K line names them. */
static const struct map_class *const map_classes[] = {
	&map_class_hash, &map_class_btree, &map_class_implicit,
	&map_class_text, &map_class_host, &map_class_bestmx,
	&map_class_sequence, &map_class_switch, &map_class_dequote,
	&map_class_macro, &map_class_arith, &map_class_arpa,
	&map_class_regex, &map_class_user, &map_class_stab,
	&map_class_null, &map_class_syslog, &map_class_program,
	&map_class_userdb, &map_class_nis, &map_class_nisplus,
	&map_class_ldap, &map_class_socket, &map_class_dns,
};

/* Lookups of a map whose open failed: always a temporary failure. */
char *
map_tempfail_lookup(struct map *map, const char *key, const char *const *av,
		    int *status)
{
	(void) map;
	(void) key;
	(void) av;
	*status = MAP_EX_TEMPFAIL;
	return NULL;
}

/* ---------------------------------------------------------------- */
/* registry                                                          */

struct map_registry *
maps_new(const struct map_host *host)
{
	struct map_registry *reg = xcalloc(1, sizeof(*reg));

	reg->host = *host;
	reg->blank_sub = ' ';
	reg->trusted_uid = -1;
	return reg;
}

static void
map_destroy(struct map *map)
{
	if (map == NULL)
		return;
	if ((map->flags & MAPF_OPEN) && !(map->flags & MAPF_BROKEN) &&
	    map->cls->close != NULL)
		map->cls->close(map);
	if (map->free_data != NULL && map->data != NULL)
		map->free_data(map->data);
	free(map->name);
	free(map->file);
	free(map->rebuild);
	free(map->app);
	free(map->tapp);
	free(map->keycol);
	free(map->valcol);
	free(map);
}

void
maps_free(struct map_registry *reg)
{
	size_t i;

	if (reg == NULL)
		return;
	for (i = 0; i < reg->count; i++)
		map_destroy(reg->maps[i]);
	free(reg->maps);
	host_cache_free(reg->host_cache);
	ldap_defaults_free(reg->ldap_defaults);
	free(reg);
}

struct map *
maps_find(struct map_registry *reg, const char *name)
{
	size_t i;

	for (i = 0; i < reg->count; i++)
		if (strcasecmp(reg->maps[i]->name, name) == 0)
			return reg->maps[i];
	return NULL;
}

void
maps_forget(struct map_registry *reg, struct map *map)
{
	size_t i;

	for (i = 0; i < reg->count; i++) {
		if (reg->maps[i] != map)
			continue;
		memmove(&reg->maps[i], &reg->maps[i + 1],
			(reg->count - i - 1) * sizeof(*reg->maps));
		reg->count--;
		map_destroy(map);
		return;
	}
}

struct map *
map_find_sibling(struct map *map, const char *name)
{
	return maps_find(map->reg, name);
}

static const struct map_class *
class_by_name(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(map_classes) / sizeof(map_classes[0]); i++)
		if (strcasecmp(map_classes[i]->name, name) == 0)
			return map_classes[i];
	return NULL;
}

/* ---------------------------------------------------------------- */
/* messages                                                          */

static void
say(struct map_registry *reg, int syserr, const char *text)
{
	if (reg->host.message != NULL)
		reg->host.message(reg->host.ctx, syserr, text);
}

static void
cf_error(struct map_registry *reg, const char *file, int line,
	 const char *text)
{
	char *msg;

	if (file != NULL)
		msg = xasprintf("%s: line %d: %s", file, line, text);
	else
		msg = xstrdup(text);
	/* a mistake in the cf, not a failed system call (exit 70, not 71) */
	say(reg, MAP_MSG_CF_ERROR, msg);
	free(msg);
}

/* The text of a printf-style message; NULL when it cannot be made. */
static char *
vformat(const char *fmt, va_list ap)
{
	char *text;

	return vasprintf(&text, fmt, ap) < 0 ? NULL : text;
}

void
map_cf_error(struct map *map, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = vformat(fmt, ap);
	va_end(ap);
	if (text == NULL)
		return;
	cf_error(map->reg, map->decl_file, map->decl_line, text);
	free(text);
}

void
map_note(struct map *map, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = vformat(fmt, ap);
	va_end(ap);
	if (text == NULL)
		return;
	say(map->reg, 0, text);
	free(text);
}

void
map_syserr(struct map *map, int errnum, const char *fmt, ...)
{
	va_list ap;
	char *text, *msg;

	va_start(ap, fmt);
	text = vformat(fmt, ap);
	va_end(ap);
	if (text == NULL)
		return;
	msg = errnum != 0 ? xasprintf("%s: %s", text, map_strerror(errnum))
		: xstrdup(text);
	say(map->reg, 1, msg);
	free(msg);
	free(text);
}

/* ---------------------------------------------------------------- */
/* K lines                                                           */

static int
is_name_char(int c)
{
	return isascii(c) && (isalnum(c) || c == '_' || c == '.');
}

int
maps_declare(struct map_registry *reg, const char *name, const char *spec,
	     const char *file, int line)
{
	return maps_declare_role(reg, name, spec, file, line, MAP_ROLE_PLAIN);
}

int
maps_declare_role(struct map_registry *reg, const char *name,
		  const char *spec, const char *file, int line,
		  enum map_role role)
{
	const struct map_class *cls;
	struct map *map, *old;
	char *copy, *p, *cname;
	size_t i;

	/* sendmail takes the map name up to the first character that
	 * cannot be part of it, and the class name likewise */
	p = copy = xasprintf("%s %s", name ? name : "", spec ? spec : "");
	while (isspace((unsigned char) *p))
		p++;
	if (!isascii((unsigned char) *p) || !isalnum((unsigned char) *p)) {
		cf_error(reg, file, line, "readcf: config K line: no map name");
		free(copy);
		return -1;
	}
	name = p;
	while (is_name_char((unsigned char) *++p))
		continue;
	if (*p != '\0')
		*p++ = '\0';
	while (isspace((unsigned char) *p))
		p++;
	if (!isascii((unsigned char) *p) || !isalnum((unsigned char) *p)) {
		char *msg = xasprintf("readcf: config K line, map %s: no map class",
				      name);

		cf_error(reg, file, line, msg);
		free(msg);
		free(copy);
		return -1;
	}
	cname = p;
	while (isascii((unsigned char) *++p) && isalnum((unsigned char) *p))
		continue;
	if (*p != '\0')
		*p++ = '\0';
	while (isspace((unsigned char) *p))
		p++;
	cls = class_by_name(cname);
	if (cls == NULL) {
		char *msg = xasprintf("readcf: map %s: class %s not available",
				      name, cname);

		cf_error(reg, file, line, msg);
		free(msg);
		free(copy);
		return -1;
	}

	map = xcalloc(1, sizeof(*map));
	map->reg = reg;
	map->cls = cls;
	map->name = xstrdup(name);
	map->decl_file = file;
	map->decl_line = line;
	if (role == MAP_ROLE_ALIAS)
		map->flags |= MAPF_ALIAS;
	else if (role == MAP_ROLE_FILECLASS)
		map->flags |= MAPF_FILECLASS;
	if (cls->parse(map, p))
		map->flags |= MAPF_VALID;
	map->decl_file = NULL;	/* FILE need not outlive this call */
	free(copy);

	/* a second K line for the same name replaces the first */
	old = maps_find(reg, map->name);
	if (old != NULL) {
		for (i = 0; i < reg->count; i++)
			if (reg->maps[i] == old)
				reg->maps[i] = map;
		for (i = 0; i < reg->count; i++) {
			size_t k;

			for (k = 0; k < MAP_STACK_MAX; k++)
				if (reg->maps[i]->stack[k] == old)
					reg->maps[i]->stack[k] = map;
		}
		map_destroy(old);
		return 0;
	}
	if (reg->count == reg->cap) {
		reg->cap = reg->cap ? 2 * reg->cap : 16;
		reg->maps = xrealloc(reg->maps, reg->cap * sizeof(*reg->maps));
	}
	reg->maps[reg->count++] = map;
	return 0;
}

char *
map_option_word(const char *p)
{
	size_t n = 0;

	while (p[n] != '\0' && !isspace((unsigned char) p[n]))
		n++;
	return xstrndup(p, n);
}

static void
replace(char **slot, char *value)
{
	free(*slot);
	*slot = value;
}

/* The column delimiter of -z: one character, or \n \t (\\ otherwise). */
static int
coldelim_value(const char *p)
{
	if (p[0] != '\\')
		return (unsigned char) p[0];
	if (p[1] == 'n')
		return '\n';
	if (p[1] == 't')
		return '\t';
	return '\\';
}

/* A time like "30", "5s", "2m" or "1h30m" in seconds (default unit:
 * seconds), as sendmail's convtime() reads the -d value. */
static long
seconds_of(const char *p)
{
	static const struct { char unit; long seconds; } units[] = {
		{ 's', 1 }, { 'm', 60 }, { 'h', 3600 }, { 'd', 86400 },
		{ 'w', 604800 },
	};
	long total = 0;

	while (isdigit((unsigned char) *p)) {
		char *end;
		long n = strtol(p, &end, 10), factor = 1;
		size_t i;

		for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
			if (*end != '\0' && tolower((unsigned char) *end) == units[i].unit)
				factor = units[i].seconds;
		total += n * factor;
		p = end;
		if (isalpha((unsigned char) *p))
			p++;
	}
	return total;
}

/* Apply one table entry to MAP; V is the text right after the letter. */
static void
apply_flag(struct map *map, const struct map_flag *f, char *v)
{
	map->flags = (map->flags | f->set) & ~f->clear;
	switch (f->value) {
	case MAP_FV_NONE: break;
	case MAP_FV_APP: replace(&map->app, map_option_word(v)); break;
	case MAP_FV_TAPP: replace(&map->tapp, map_option_word(v)); break;
	case MAP_FV_KEYCOL:
	case MAP_FV_VALCOL:
		while (isspace((unsigned char) *v))
			v++;
		replace(f->value == MAP_FV_KEYCOL ? &map->keycol : &map->valcol,
			map_option_word(v));
		break;
	case MAP_FV_SPACESUB: map->spacesub = (unsigned char) *v; break;
	case MAP_FV_COLDELIM: map->coldelim = coldelim_value(v); break;
	case MAP_FV_TIMEOUT:
		while (isspace((unsigned char) *v))
			v++;
		map->timeout = seconds_of(v);
		break;
	case MAP_FV_RETRY:
		while (isspace((unsigned char) *v))
			v++;
		map->retry = atoi(v);
		break;
	}
}

char *
map_scan_flags(struct map *map, char *p, const struct map_flag *table,
	       int (*other)(struct map *map, int letter, char **pp, void *ctx),
	       void *ctx, int complain)
{
	for (;;) {
		const struct map_flag *f;

		while (isspace((unsigned char) *p))
			p++;
		if (*p != '-')
			break;
		p++;
		for (f = table; f->letter != 0 && f->letter != *p; f++)
			continue;
		if (f->letter != 0)
			apply_flag(map, f, p + 1);
		else if (other != NULL && other(map, (unsigned char) *p, &p, ctx))
			continue;	/* OTHER moved P past its value */
		else if (complain)
			map_cf_error(map, "Illegal option %c map %s", *p, map->name);
		/* the value of a -k or -v may start after white space */
		if (f->letter != 0 && (f->value == MAP_FV_KEYCOL ||
				       f->value == MAP_FV_VALCOL)) {
			p++;
			while (isspace((unsigned char) *p))
				p++;
		}
		while (*p != '\0' && !isspace((unsigned char) *p))
			p++;
	}
	return p;
}

/* The flags every map_parseargs-style K line takes. */
static const struct map_flag common_flags[] = {
	MAP_FLAG_ROWS_KEYED,
	{ 'a', 0, 0, MAP_FV_APP },
	{ 'D', MAPF_DEFER, 0, MAP_FV_NONE },
	{ 'd', 0, 0, MAP_FV_TIMEOUT },
	{ 'k', 0, 0, MAP_FV_KEYCOL },
	{ 'S', 0, 0, MAP_FV_SPACESUB },
	{ 'T', 0, 0, MAP_FV_TAPP },
	{ 'v', 0, 0, MAP_FV_VALCOL },
	{ 0, 0, 0, MAP_FV_NONE }
};

int
map_parse_common(struct map *map, char *p)
{
	map->flags |= MAPF_TRY0NULL | MAPF_TRY1NULL;
	map->spacesub = map->reg->blank_sub;
	p = map_scan_flags(map, p, common_flags, NULL, NULL, 1);
	if (*p != '\0') {
		char *start = p;

		while (*p != '\0' && !isspace((unsigned char) *p))
			p++;
		map->file = xstrndup(start, (size_t) (p - start));
	}
	while (isspace((unsigned char) *p))
		p++;
	if (*p != '\0')
		map->rebuild = xstrdup(p);
	if (map->file == NULL && !(map->cls->cflags & MAPC_OPTFILE)) {
		map_cf_error(map, "No file name for %s map %s",
			     map->cls->name, map->name);
		return 0;
	}
	return 1;
}

/* ---------------------------------------------------------------- */
/* settings                                                          */

void
maps_set_config_level(struct map_registry *reg, int level)
{
	reg->config_level = level;
}

/* DontBlameSendmail words that change how maps are opened. */
static const struct {
	const char *word;
	unsigned    bit;
} dont_blame_words[] = {
	{ "MapInUnsafeDirPath", DBS_MAP_IN_UNSAFE_DIR },
	{ "LinkedMapInWritableDir", DBS_LINKED_MAP_IN_WRITABLE_DIR },
	{ "GroupWritableDirPathSafe", DBS_GROUP_WRITABLE_DIR_SAFE },
	{ "TrustStickyBit", DBS_TRUST_STICKY_BIT },
};

static void
set_dont_blame(struct map_registry *reg, const char *value)
{
	char *copy = xstrdup(value), *save = NULL, *w;
	size_t i;

	for (w = strtok_r(copy, ", \t", &save); w != NULL;
	     w = strtok_r(NULL, ", \t", &save)) {
		if (strcasecmp(w, "safe") == 0)
			reg->dont_blame = 0;
		for (i = 0; i < sizeof(dont_blame_words) /
			    sizeof(dont_blame_words[0]); i++)
			if (strcasecmp(w, dont_blame_words[i].word) == 0)
				reg->dont_blame |= dont_blame_words[i].bit;
	}
	free(copy);
}

static void
set_resolver_options(struct map_registry *reg, const char *value)
{
	char *copy = xstrdup(value), *save = NULL, *w;

	for (w = strtok_r(copy, " \t", &save); w != NULL;
	     w = strtok_r(NULL, " \t", &save)) {
		int clear = *w == '-';

		if (*w == '+' || *w == '-')
			w++;
		if (strcasecmp(w, "HasWildcardMX") == 0)
			reg->wildcard_mx = !clear;
		else if (strcasecmp(w, "WorkAroundBrokenAAAA") == 0)
			resolve_set_flag(RESOLVE_BROKEN_AAAA, !clear);
	}
	free(copy);
}

/* sendmail's reading of a boolean option: empty or t/T/y/Y is true */
static int
option_true(const char *value)
{
	return *value == '\0' || strchr("tTyY", *value) != NULL;
}

void
maps_set_option(struct map_registry *reg, const char *name,
		const char *value)
{
	if (value == NULL)
		value = "";
	if (strcasecmp(name, "DontBlameSendmail") == 0)
		set_dont_blame(reg, value);
	else if (strcasecmp(name, "HostsFile") == 0)
		resolve_set_files(value, NULL);
	else if (strcasecmp(name, "ServiceSwitchFile") == 0)
		resolve_set_files(NULL, value);
	else if (strcasecmp(name, "BlankSub") == 0)
		reg->blank_sub = value[0] != '\0' ? (unsigned char) value[0] : ' ';
	else if (strcasecmp(name, "ResolverOptions") == 0)
		set_resolver_options(reg, value);
	else if (strcasecmp(name, "FallbackMXhost") == 0)
		resolve_set_fallback_mx(value);
	else if (strcasecmp(name, "LDAPDefaultSpec") == 0)
		ldap_defaults_set(reg, &reg->ldap_defaults, value);
	else if (strcasecmp(name, "DontExpandCnames") == 0)
		resolve_set_flag(RESOLVE_DONT_EXPAND_CNAMES, option_true(value));
	else if (strcasecmp(name, "UseCompressedIPv6Addresses") == 0)
		resolve_set_flag(RESOLVE_COMPRESSED_IPV6, option_true(value));
}

int
maps_valid(struct map_registry *reg, const char *name)
{
	struct map *map = maps_find(reg, name);

	return map != NULL && (map->flags & MAPF_VALID) != 0;
}

void
maps_set_alias_parser(struct map_registry *reg, map_alias_parser fn)
{
	reg->alias_parser = fn;
}

map_alias_parser
map_alias_parser_of(const struct map *map)
{
	return map->reg->alias_parser;
}

void
maps_set_trusted_uid(struct map_registry *reg, long uid)
{
	reg->trusted_uid = uid;
}

long
map_trusted_uid(const struct map *map)
{
	return map->reg->trusted_uid;
}

unsigned
map_dont_blame(const struct map *map)
{
	return map->reg->dont_blame;
}

int
map_wildcard_mx(const struct map *map)
{
	return map->reg->wildcard_mx;
}

const char *
map_macro(const struct map *map, const char *name)
{
	const struct map_host *h = &map->reg->host;

	return h->macro_value != NULL ? h->macro_value(h->ctx, name) : NULL;
}

void
map_define_macro(const struct map *map, const char *name, const char *value)
{
	const struct map_host *h = &map->reg->host;

	if (h->macro_define != NULL)
		h->macro_define(h->ctx, name, value);
}

struct host_cache **
map_host_cache_slot(struct map *map)
{
	return &map->reg->host_cache;
}

void *
map_ldap_defaults(const struct map *map)
{
	return map->reg->ldap_defaults;
}

int
map_registry_blank_sub(const struct map_registry *reg)
{
	return reg->blank_sub;
}

int
map_blank_sub(const struct map *map)
{
	return map->reg->blank_sub;
}

/* ---------------------------------------------------------------- */
/* the maps sendmail declares itself once the cf is read             */

static void
declare_builtin(struct map_registry *reg, const char *name, const char *spec)
{
	if (maps_find(reg, name) == NULL)
		(void) maps_declare(reg, name, spec, NULL, 0);
}

/* The member map sendmail declares for each source of "aliases" in
 * the service switch (those this build knows). */
static const struct {
	const char *source;
	const char *name;
	const char *spec;
} alias_members[] = {
	{ "files", "aliases.files", NULL },	/* the AliasFile databases */
	{ "nis", "aliases.nis", "nis mail.aliases" },
	{ "nisplus", "aliases.nisplus",
	  "nisplus -kalias -vexpansion mail_aliases.org_dir" },
};

/* "aliases.files": the valid AliasFile databases in turn, as a
 * sequence (the null map when there are none). */
static char *
alias_files_spec(struct map_registry *reg)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	int n = 0;

	strbuf_addstr(&sb, "sequence");
	for (i = 0; i < reg->count && n < MAP_STACK_MAX; i++) {
		const struct map *m = reg->maps[i];

		if ((m->flags & MAPF_ALIAS) && (m->flags & MAPF_VALID)) {
			strbuf_addf(&sb, " %s", m->name);
			n++;
		}
	}
	if (n == 0) {
		strbuf_free(&sb);
		return xstrdup("null");
	}
	return strbuf_detach(&sb);
}

void
maps_open_all(struct map_registry *reg)
{
	const char *src[MAP_STACK_MAX];
	int n, i;
	size_t k;

	declare_builtin(reg, "host",
			reg->config_level >= 2 ? "host -a. -D" : "host");
	n = resolve_service_sources("aliases", src, MAP_STACK_MAX);
	for (i = 0; i < n; i++)
		for (k = 0; k < sizeof(alias_members) / sizeof(alias_members[0]); k++) {
			char *spec;

			if (strcmp(src[i], alias_members[k].source) != 0)
				continue;
			spec = alias_members[k].spec != NULL
				? xstrdup(alias_members[k].spec) : alias_files_spec(reg);
			declare_builtin(reg, alias_members[k].name, spec);
			free(spec);
		}
	declare_builtin(reg, "aliases", "switch aliases");
}

/* ---------------------------------------------------------------- */
/* open and look up                                                  */

int
map_open_now(struct map *map)
{
	if (map == NULL || !(map->flags & MAPF_VALID))
		return 0;
	if (map->flags & MAPF_OPEN)
		return 1;
	if (map->cls->open == NULL || map->cls->open(map)) {
		map->flags |= MAPF_OPEN;
		return 1;
	}
	if (!(map->flags & MAPF_OPTIONAL))
		map->flags |= MAPF_OPEN | MAPF_BROKEN;
	else
		map->flags &= ~MAPF_VALID;	/* do not try again */
	return (map->flags & MAPF_OPEN) != 0;
}

void
map_mark_closed(struct map *map)
{
	map->flags &= ~MAPF_OPEN;
}

int
map_is_open(const struct map *map)
{
	return (map->flags & MAPF_OPEN) != 0;
}

int
map_ensure_open(struct map *map)
{
	return map_open_now(map);
}

/* The class lookup, or the broken-map stand-in. */
static char *
class_lookup(struct map *map, const char *key, const char *const *av,
	     int *status)
{
	if (map->flags & MAPF_BROKEN)
		return map_tempfail_lookup(map, key, av, status);
	return map->cls->lookup(map, key, av, status);
}

char *
map_lookup_raw(struct map *map, const char *key, int *status)
{
	const char *av[2];

	*status = MAP_EX_OK;
	av[0] = key;
	av[1] = NULL;
	if (map == NULL || key == NULL || !map_open_now(map))
		return NULL;
	return class_lookup(map, key, av, status);
}

/* Remove double quotes and the backslashes that escape them, as
 * sendmail's stripquotes() does. */
static void
strip_quotes(char *s)
{
	char *p = s, *q = s;
	int c, escaped = 0;

	while ((c = (unsigned char) *p++) != '\0') {
		if (c == '\\' && !escaped) {
			escaped = 1;
			if (*p == '\0')
				*q++ = (char) c;
			continue;
		}
		if (c == '"' && !escaped)
			continue;
		if (escaped && c != '"')
			*q++ = '\\';
		escaped = 0;
		*q++ = (char) c;
	}
	*q = '\0';
}

char *
map_lookup(struct map *map, const char *key, const char *const *args,
	   int nargs, int *status)
{
	const char **av;
	char *k, *result;
	int st = MAP_EX_OK, i, folds;

	if (map == NULL || key == NULL || !map_open_now(map))
		return NULL;
	k = xstrdup(key);
	if (!(map->flags & MAPF_KEEPQUOTES))
		strip_quotes(k);
	av = xcalloc((size_t) nargs + 2, sizeof(*av));
	av[0] = k;
	for (i = 0; i < nargs; i++)
		av[i + 1] = args[i];
	/* (a map whose open failed answers without its class) */
	folds = (map->flags & MAPF_FOLDS_KEY) && !(map->flags & MAPF_BROKEN);
	result = class_lookup(map, k, av, &st);
	if (folds)
		map_lower(k);
	free(av);
	if (st == MAP_EX_TEMPFAIL && !(map->flags & MAPF_NODEFER))
		*status = MAP_EX_TEMPFAIL;
	if (st == MAP_EX_TEMPFAIL && map->tapp != NULL) {
		free(result);
		result = xasprintf("%s%s", k, map->tapp);
	}
	free(k);
	return result;
}

char *
map_rewrite(const struct map *map, const char *s, size_t slen,
	    const char *const *av)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	strbuf_grow(&sb, slen + 1);
	strbuf_reset(&sb);		/* an empty result is "" */
	if (av == NULL) {
		strbuf_add(&sb, s, slen);
	} else {
		/* a NUL in the value ends it, as in sendmail */
		for (i = 0; i < slen && s[i] != '\0'; i++) {
			int c = (unsigned char) s[i];
			int n;

			if (c != '%') {
				strbuf_addch(&sb, c);
				continue;
			}
			if (++i >= slen || s[i] == '\0' || s[i] == '%') {
				strbuf_addch(&sb, '%');
				if (i >= slen || s[i] == '\0')
					break;
				continue;
			}
			c = (unsigned char) s[i];
			if (!isascii(c) || !isdigit(c)) {
				strbuf_addch(&sb, '%');
				strbuf_addch(&sb, c);
				continue;
			}
			/* %N: the Nth argument if there are that many */
			for (n = 0; n < c - '0' && av[n] != NULL; n++)
				continue;
			if (av[n] != NULL)
				strbuf_addstr(&sb, av[n]);
		}
	}
	/* the stored value may hold a NUL: the string ends there */
	if (map->app != NULL)
		strbuf_addstr(&sb, map->app);
	return strbuf_detach(&sb);
}

char *
map_answer(const struct map *map, const char *key, const char *value,
	   size_t vlen, const char *const *av)
{
	if (map->flags & MAPF_MATCHONLY)
		return map_rewrite(map, key, strlen(key), NULL);
	return map_rewrite(map, value, vlen, av);
}

int
map_space_sub(const struct map *map)
{
	return map->spacesub;
}

const char *
map_name(const struct map *map)
{
	return map->name;
}

const char *
map_class(const struct map *map)
{
	return map->cls->name;
}
