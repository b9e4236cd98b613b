/*
 * other.c - the remaining map classes.
 *
 * null, syslog, userdb: trivial answers.  program: runs the program
 * named on the K line with the key as last argument (as sendmail runs
 * it: engine/progrun.h) and returns the first line it prints.  stab: the aliases of its file, read into memory
 * when the map is opened, their names parsed by the cf's rulesets.
 * nis, nisplus: services a test run cannot reach; they fail to open
 * with sendmail's message and status (ldap.c and socket.c: the others).  dns: queries the
 * resolver for the record type of -R.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "xalloc.h"
#include "strbuf.h"
#include "engine/maps/map_impl.h"
#include "engine/progrun.h"
#include "engine/resolve.h"

/* ---- null, userdb, syslog ---- */

static char *
null_lookup(struct map *map, const char *key, const char *const *av,
	    int *status)
{
	(void) map;
	(void) key;
	(void) av;
	*status = MAP_EX_NOTFOUND;
	return NULL;
}

static char *
userdb_lookup(struct map *map, const char *key, const char *const *av,
	      int *status)
{
	(void) map;
	(void) key;
	(void) av;
	(void) status;
	return NULL;
}

/* syslog accepts -D, -S<c> and -L<priority> only */
static int
syslog_parse(struct map *map, char *p)
{
	while (*p != '\0') {
		while (isspace((unsigned char) *p))
			p++;
		if (*p != '-')
			break;
		p++;
		if (*p == 'D') {
			map->flags |= MAPF_DEFER;
			p++;
		} else if (*p == 'S') {
			map->spacesub = (unsigned char) *++p;
			if (*p != '\0')
				p++;
		} else if (*p == 'L') {
			while (*++p != '\0' && isspace((unsigned char) *p))
				continue;
			while (*p != '\0' && !isspace((unsigned char) *p))
				p++;
		} else {
			map_cf_error(map, "Illegal option %c map syslog", *p);
			if (*p != '\0')
				p++;
		}
	}
	return 1;
}

/* the message goes to the system log, which a test run leaves alone */
static char *
syslog_lookup(struct map *map, const char *key, const char *const *av,
	      int *status)
{
	(void) map;
	(void) key;
	(void) av;
	*status = MAP_EX_OK;
	return xstrdup("");
}

/* ---- program ---- */

static char *
program_lookup(struct map *map, const char *key, const char *const *av,
	       int *status)
{
	char *words = xasprintf("%s %s", map->file,
				map->rebuild != NULL ? map->rebuild : "");
	char **argv = xcalloc(strlen(words) / 2 + 3, sizeof(*argv));
	char *save = NULL, *w, *result = NULL;
	int fd, argc = 0, wstatus = 0;
	pid_t pid, done = -1;

	for (w = strtok_r(words, " \t", &save); w != NULL;
	     w = strtok_r(NULL, " \t", &save))
		argv[argc++] = w;
	argv[argc++] = (char *) key;
	argv[argc] = NULL;
	if (progrun_start(argv, &fd, &pid) < 0) {
		/* not run: what a program that cannot be run answers */
		*status = progrun_disabled() ? MAP_EX_CONFIG : MAP_EX_TEMPFAIL;
		goto out;
	}
	{
		struct strbuf sb = STRBUF_INIT;
		char buf[1024];
		ssize_t n;

		while ((n = read(fd, buf, sizeof(buf))) > 0 || (n < 0 && errno == EINTR))
			if (n > 0)
				strbuf_add(&sb, buf, (size_t) n);
		(void) close(fd);
		while ((done = waitpid(pid, &wstatus, 0)) < 0 && errno == EINTR)
			continue;
		if (sb.len > 0 && done == pid) {
			/* only the first line (sendmail reads one buffer) */
			size_t len = strcspn(sb.buf, "\n");

			result = map_answer(map, key, sb.buf, len, av);
		}
		strbuf_free(&sb);
	}
	if (done != pid) {
		*status = MAP_EX_TEMPFAIL;	/* the child cannot be told */
	} else if (WIFEXITED(wstatus)) {
		*status = WEXITSTATUS(wstatus);
	} else {
		map_syserr(map, 0, "prog_map_lookup(%s): child died on signal %d",
			   map->name, wstatus);
		*status = MAP_EX_UNAVAILABLE;
	}
	if (*status != MAP_EX_OK) {
		free(result);
		result = NULL;
	}
out:
	free(argv);
	free(words);
	return result;
}

/* ---- stab ---- */

/* The aliases a stab map read from its file, as sendmail's symbol table
 * holds them: names without regard to case, a later line replacing an
 * earlier one. */
struct stab_alias {
	char *name;
	char *value;
};

struct stab_data {
	struct stab_alias *v;
	size_t n, cap;
};

static void
stab_data_free(void *data)
{
	struct stab_data *sd = data;
	size_t i;

	for (i = 0; i < sd->n; i++) {
		free(sd->v[i].name);
		free(sd->v[i].value);
	}
	free(sd->v);
	free(sd);
}

static void
stab_store(struct stab_data *sd, const char *name, const char *value)
{
	size_t i;

	for (i = 0; i < sd->n; i++) {
		if (strcasecmp(sd->v[i].name, name) == 0) {
			free(sd->v[i].value);
			sd->v[i].value = xstrdup(value);
			return;
		}
	}
	if (sd->n == sd->cap) {
		sd->cap = sd->cap ? 2 * sd->cap : 16;
		sd->v = xrealloc(sd->v, sd->cap * sizeof(*sd->v));
	}
	sd->v[sd->n].name = xstrdup(name);
	sd->v[sd->n].value = xstrdup(value);
	sd->n++;
}

/* A problem in the alias file, with its place, as sendmail's syserr()
 * prints it while reading the file (no errno: exit status 70). */
static void
alias_error(struct map *map, int line, const char *fmt, const char *arg)
{
	char *text = xasprintf(fmt, arg);

	map_cf_error(map, "%s: line %d: %s", map->file, line, text);
	free(text);
}

#define ALIAS_LINE_MAX 8192

/*
 * Read an alias file as sendmail's readaliases() does for a stab map:
 * "name: value" lines, a value going on over lines that start with
 * white space, a line ending in a backslash joined to the next; the
 * name parsed by the cf's rulesets (see map_alias_parser).
 */
static void
read_aliases(struct map *map, struct stab_data *sd, FILE *fp)
{
	map_alias_parser parse = map_alias_parser_of(map);
	char *line = xmalloc(ALIAS_LINE_MAX);
	long naliases = 0, bytes = 0, longest = 0;
	int lineno = 0, skipping = 0;

	while (fgets(line, ALIAS_LINE_MAX, fp) != NULL) {
		char *p, *rhs, *user = NULL, *lhs;
		int c, r;

		lineno++;
		p = strchr(line, '\n');
		while (p != NULL && p > line && p[-1] == '\\') {
			p--;
			if (fgets(p, (int) (ALIAS_LINE_MAX - (p - line)), fp) == NULL)
				break;
			lineno++;
			p = strchr(p, '\n');
		}
		if (p != NULL)
			*p = '\0';
		if (line[0] == '#' || line[0] == '\0') {
			skipping = 0;
			continue;
		}
		if (line[0] == ' ' || line[0] == '\t') {
			if (!skipping)
				alias_error(map, lineno, "%sNon-continuation line starts with space", "");
			skipping = 1;
			continue;
		}
		skipping = 0;
		for (p = line; *p != '\0' && *p != ':'; p++)
			continue;
		if (*p++ != ':') {
			alias_error(map, lineno, "%smissing colon", "");
			continue;
		}
		lhs = xstrndup(line, (size_t) (p - 1 - line));
		if (parse != NULL) {
			r = parse(line, map->file, lineno, &user);
		} else {
			r = 1;
			user = xstrdup(lhs);
		}
		if (r == 0) {
			char *shown = xstrndup(line, 40);

			alias_error(map, lineno, "%s... illegal alias name", shown);
			free(shown);
			free(lhs);
			continue;
		}
		while (isspace((unsigned char) *p))
			p++;
		rhs = p;
		for (;;) {
			char *end = rhs + strlen(rhs);

			if (end > rhs && end[-1] == '\n')
				*--end = '\0';
			c = getc(fp);
			if (c != EOF)
				(void) ungetc(c, fp);
			if (c != ' ' && c != '\t')
				break;
			if (fgets(end, (int) (ALIAS_LINE_MAX - (end - line)), fp) == NULL)
				break;
			lineno++;
		}
		if (r < 0) {
			char *q = lhs + strlen(lhs);

			while (q > lhs && isspace((unsigned char) q[-1]))
				*--q = '\0';
			alias_error(map, lineno, "%s... cannot alias non-local names", lhs);
		} else {
			if (strcasecmp(user, "postmaster") == 0)
				map_lower(user);
			/* a value that starts on a continuation line starts
			 * after its white space */
			while (isspace((unsigned char) *rhs))
				rhs++;
			if (*rhs == '\0') {
				char *shown = xstrndup(line, 40);

				alias_error(map, lineno, "%s... missing value for alias", shown);
				free(shown);
			} else {
				long rlen = (long) strlen(rhs);

				stab_store(sd, user, rhs);
				naliases++;
				bytes += (long) strlen(user) + rlen;
				if (rlen > longest)
					longest = rlen;
			}
		}
		free(user);
		free(lhs);
	}
	free(line);
	map_note(map, "%s: %ld aliases, longest %ld bytes, %ld bytes total",
		 map->file, naliases, longest, bytes);
}

int
map_stab_open(struct map *map)
{
	struct stab_data *sd;
	FILE *fp;

	if (map_file_safety(map, map->file) != 0 ||
	    (fp = fopen(map->file, "r")) == NULL)
		return 0;
	sd = xcalloc(1, sizeof(*sd));
	read_aliases(map, sd, fp);
	(void) fclose(fp);
	if (map->free_data != NULL && map->data != NULL)
		map->free_data(map->data);
	map->data = sd;
	map->free_data = stab_data_free;
	return 1;
}

/* sendmail's stab lookup leaves the status alone: a miss is "(0)" */
char *
map_stab_lookup(struct map *map, const char *key, const char *const *av,
		int *status)
{
	const struct stab_data *sd = map->data;
	size_t i;

	(void) status;
	for (i = 0; sd != NULL && i < sd->n; i++)
		if (strcasecmp(sd->v[i].name, key) == 0)
			return map_answer(map, key, sd->v[i].value,
					  strlen(sd->v[i].value), av);
	return NULL;
}

/* ---- services that are not reachable ---- */

/* Fail to open quietly: lookups then report a temporary failure. */
static int
quiet_open_failure(struct map *map)
{
	(void) map;
	return 0;
}

/* With no NIS domain the map is refused at once; with a domain written
 * as map@domain sendmail asks the NIS library for the map, which fails
 * the way it does with no NIS server on the machine. */
static int
nis_open(struct map *map)
{
	char *at, *name, *domain = NULL;

	if (map->flags & MAPF_OPTIONAL)
		return 0;
	name = xstrdup(map->file);
	at = strchr(name, '@');
	if (at != NULL) {
		*at = '\0';
		if (at[1] != '\0')
			domain = at + 1;
	}
	if (domain != NULL)
		map_syserr(map, 0, "Cannot bind to map %s in domain %s: Internal NIS error",
			   name[0] != '\0' ? name : "mail.aliases", domain);
	else
		map_syserr(map, 0, "NIS map %s specified, but NIS not running",
			   name[0] != '\0' ? name : "mail.aliases");
	free(name);
	return 0;
}

/* ---- dns ---- */

struct dns_spec {
	int   type;		/* -R, -1 when missing */
	int   limit;		/* -Z, 0 = all */
	char *base;		/* -B */
};

static void
dns_spec_free(void *data)
{
	struct dns_spec *ds = data;

	free(ds->base);
	free(ds);
}

static const struct map_flag dns_flags[] = {
	MAP_FLAG_ROWS_KEYED,
	{ 'a', 0, 0, MAP_FV_APP },
	{ 'd', 0, 0, MAP_FV_TIMEOUT },
	{ 'r', 0, 0, MAP_FV_RETRY },
	{ 'T', 0, 0, MAP_FV_TAPP },
	{ 0, 0, 0, MAP_FV_NONE }
};

/* -B base domain, -R record type, -Z result limit (-S: DNSSEC, ignored) */
static int
dns_flag(struct map *map, int letter, char **pp, void *ctx)
{
	struct dns_spec *ds = ctx;
	char *v = *pp + 1, *word;

	if (letter != 'B' && letter != 'R' && letter != 'Z')
		return 0;
	while (isspace((unsigned char) *v))
		v++;
	word = map_option_word(v);
	*pp = v + strlen(word);
	if (letter == 'B') {
		free(ds->base);
		ds->base = word;
		return 1;
	}
	if (letter == 'Z')
		ds->limit = atoi(word);
	else if ((ds->type = resolve_type_number(word)) < 0)
		map_cf_error(map, "dns map %s: wrong type %s", map->name, word);
	free(word);
	return 1;
}

static int
dns_parse(struct map *map, char *args)
{
	struct dns_spec *ds = xcalloc(1, sizeof(*ds));

	ds->type = -1;
	map->flags |= MAPF_TRY0NULL | MAPF_TRY1NULL;
	(void) map_scan_flags(map, args, dns_flags, dns_flag, ds, 0);
	if (ds->type < 0)
		map_cf_error(map, "dns map %s: missing -R type", map->name);
	map->data = ds;
	map->free_data = dns_spec_free;
	return 1;
}

static char *
dns_lookup(struct map *map, const char *key, const char *const *av,
	   int *status)
{
	const struct dns_spec *ds = map->data;
	char **values = NULL;
	char *name, *joined, *result;
	int n, i, keep;

	if (ds->type < 0) {
		*status = MAP_EX_NOTFOUND;
		return NULL;
	}
	name = ds->base != NULL && ds->base[0] != '\0'
		? xasprintf("%s.%s", key, ds->base) : xstrdup(key);
	n = resolve_records(name, ds->type, &values, status);
	free(name);
	if (n <= 0) {
		resolve_free_list(values, n > 0 ? n : 0);
		if (n == 0)
			*status = MAP_EX_NOTFOUND;
		return NULL;
	}
	/* one answer, or all of them joined by the -z character */
	keep = (map->coldelim == 0 || ds->limit == 1 ||
		(map->flags & MAPF_MATCHONLY)) ? 1 : n;
	if (ds->limit > 0 && keep > ds->limit)
		keep = ds->limit;
	joined = xstrdup(values[0]);
	for (i = 1; i < keep; i++) {
		char *longer = xasprintf("%s%c%s", joined, map->coldelim, values[i]);

		free(joined);
		joined = longer;
	}
	resolve_free_list(values, n);
	*status = MAP_EX_OK;
	result = map_answer(map, key, joined, strlen(joined), av);
	free(joined);
	return result;
}

const struct map_class map_class_null = {
	"null", MAPC_OPTFILE, map_parse_common, NULL, NULL, null_lookup
};
const struct map_class map_class_userdb = {
	"userdb", 0, map_parse_common, NULL, NULL, userdb_lookup
};
const struct map_class map_class_syslog = {
	"syslog", MAPC_OPTFILE, syslog_parse, NULL, NULL, syslog_lookup
};
const struct map_class map_class_program = {
	"program", 0, map_parse_common, NULL, NULL, program_lookup
};
const struct map_class map_class_stab = {
	"stab", 0, map_parse_common, map_stab_open, NULL, map_stab_lookup
};
const struct map_class map_class_nis = {
	"nis", 0, map_parse_common, nis_open, NULL, null_lookup
};
const struct map_class map_class_nisplus = {
	"nisplus", 0, map_parse_common, quiet_open_failure, NULL, null_lookup
};
const struct map_class map_class_dns = {
	"dns", MAPC_OPTFILE, dns_parse, NULL, NULL, dns_lookup
};
