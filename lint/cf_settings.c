/*
 * cf_settings.c - what administrators trip over in a cf's settings,
 * checked on the cf reader's model (cf/check.h), for a sendmail.cf and
 * for the cf a .mc compiles to alike:
 *
 *  - map files a K line (or AliasFile) names that do not exist, or are
 *    older than the text they are made from (sendmail then uses the old
 *    map, or fails the lookups);
 *  - TLS: a server certificate without its key (or the other way
 *    round), or every daemon told not to offer STARTTLS, so STARTTLS is
 *    never offered; certificate files that do not exist;
 *  - a host name sendmail cannot qualify: $j (confDOMAIN_NAME) without a
 *    dot, or no $j and a host whose name has no dot (sendmail waits for
 *    the name service at start-up, then runs with the short name).
 *    SMCF_HOSTNAME names the host the configuration is for, when lint
 *    runs elsewhere.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"
#include "cf/check.h"
#include "lint/lint.h"
#include "lint/lint_cf.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

struct where {
	lint_place_fn place;
	void *arg;
	struct lint_list *out;
};

static const struct cf_name *setting(const struct cf_names *set, const char *name)
{
	const struct cf_name *last = NULL;
	size_t i;

	for (i = 0; i < set->n; i++)
		if (strcmp(set->v[i].name, name) == 0)
			last = &set->v[i];
	return last;
}

static int at(const struct where *w, int cf_line, const char **file, int *line, int *col)
{
	return w->place(w->arg, cf_line, file, line, col);
}

/* --- map files --- */

/* Map classes kept in files, and the suffixes of their files. */
static const struct {
	const char *class;
	const char *suffixes[2];
} file_maps[] = {
	{ "hash", { ".db", NULL } }, { "btree", { ".db", NULL } },
	{ "dbm", { ".dir", ".pag" } }, { "cdb", { ".cdb", NULL } },
	{ "text", { "", NULL } },
};

static int older(const struct stat *a, const struct stat *b)
{
	return a->st_mtim.tv_sec < b->st_mtim.tv_sec ||
	       (a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec < b->st_mtim.tv_nsec);
}

/* One map of CLASS kept at PATH (as the cf names it). */
static void check_map_file(const struct where *w, int cf_line, const char *name, const char *class,
			   const char *path)
{
	const char *file;
	int line, col;
	size_t k, s;

	if (path[0] != '/' || strchr(path, '$') != NULL)
		return;
	for (k = 0; k < NELEM(file_maps); k++)
		if (strcmp(file_maps[k].class, class) == 0)
			break;
	if (k == NELEM(file_maps) || at(w, cf_line, &file, &line, &col) != 0)
		return;
	for (s = 0; s < 2 && file_maps[k].suffixes[s]; s++) {
		const char *suffix = file_maps[k].suffixes[s];
		size_t n = strlen(path), m = strlen(suffix);
		char *db = m > 0 && n > m && strcmp(path + n - m, suffix) == 0 ? xstrdup(path)
									 : xasprintf("%s%s", path, suffix);
		char *source = xstrndup(db, strlen(db) - m);
		struct stat dbst, srcst;

		if (stat(db, &dbst) != 0)
			lint_add(w->out, file, line, col, DC_CF_MAP_MISSING,
				 "map `%s' is kept in %s, which does not exist: its lookups fail "
				 "(build it with makemap %s %s < %s, or mark the map optional with -o)",
				 name, db, class, source, source);
		else if (m > 0 && stat(source, &srcst) == 0 && older(&dbst, &srcst))
			lint_add(w->out, file, line, col, DC_CF_MAP_STALE,
				 "%s is older than %s: sendmail still uses the old entries "
				 "(run makemap %s %s < %s)", db, source, class, source, source);
		free(db);
		free(source);
		if (m == 0)
			break;
	}
}

/* A K line's class and arguments: "hash -o -T<TMPF> /etc/mail/access". */
static void check_k_line(const struct where *w, const struct cf_name *d)
{
	char *copy = xstrdup(d->detail), *save = NULL, *word, *class;

	class = strtok_r(copy, " \t", &save);
	while (class && (word = strtok_r(NULL, " \t", &save)) != NULL) {
		if (word[0] == '-') {
			if (word[1] == 'o')	/* optional: sendmail goes on without it */
				break;
			continue;
		}
		check_map_file(w, d->line, d->name, class, word);
		break;
	}
	free(copy);
}

/* AliasFile: "hash:/etc/mail/aliases,/etc/mail/more" (a list). */
static void check_alias_files(const struct where *w, const struct cf_model *m)
{
	const struct cf_name *o = setting(&m->options, "AliasFile");
	char *copy, *save = NULL, *one;

	if (o == NULL)
		o = setting(&m->options, "A");
	if (o == NULL || o->detail == NULL)
		return;
	copy = xstrdup(o->detail);
	for (one = strtok_r(copy, ", \t", &save); one; one = strtok_r(NULL, ", \t", &save)) {
		char *colon = strchr(one, ':');

		/* without a class sendmail tries the database, then the text */
		if (colon != NULL && colon[1] == '/') {
			*colon = '\0';
			check_map_file(w, o->line, "aliases", one, colon + 1);
		}
	}
	free(copy);
}

static void check_maps(const struct where *w, const struct cf_model *m)
{
	size_t i;

	for (i = 0; i < m->defs.n; i++)
		if (m->defs.v[i].kind == CF_NAME_MAP && m->defs.v[i].detail)
			check_k_line(w, &m->defs.v[i]);
	check_alias_files(w, m);
}

/* --- TLS --- */

/* The file options of STARTTLS, with the m4 name a .mc sets them by. */
static const struct {
	const char *option, *m4, *what;
	int directory;
} tls_files[] = {
	{ "ServerCertFile", "confSERVER_CERT", "the server certificate", 0 },
	{ "ServerKeyFile", "confSERVER_KEY", "the server key", 0 },
	{ "CACertFile", "confCACERT", "the CA certificates", 0 },
	{ "CACertPath", "confCACERT_PATH", "the CA certificate folder", 1 },
	{ "ClientCertFile", "confCLIENT_CERT", "the client certificate", 0 },
	{ "ClientKeyFile", "confCLIENT_KEY", "the client key", 0 },
};

char *lint_daemon_field(const char *opts, int letter)
{
	const char *p = opts;
	char *value = NULL;

	while (*p) {
		size_t n;

		p += strspn(p, ", \t`'");
		n = strcspn(p, ",");
		if ((p[0] | 0x20) == (letter | 0x20) && memchr(p, '=', n)) {
			const char *v = (const char *)memchr(p, '=', n) + 1;
			size_t len;

			v += strspn(v, " \t");
			len = n - (size_t)(v - p);
			while (len > 0 && strchr(" \t'", v[len - 1]))
				len--;
			free(value);
			value = xstrndup(v, len);
		}
		p += n;
	}
	return value;
}

/* Does the DaemonPortOptions value say "no STARTTLS" (M=...S...)? */
static int daemon_without_tls(const char *opts)
{
	char *m = lint_daemon_field(opts, 'M');
	int without = m && strchr(m, 'S') != NULL;

	free(m);
	return without;
}

static void check_tls(const struct where *w, const struct cf_model *m)
{
	const struct cf_name *cert = setting(&m->options, "ServerCertFile");
	const struct cf_name *key = setting(&m->options, "ServerKeyFile");
	const struct cf_name *o;
	const char *file;
	int line, col;
	size_t i, daemons = 0, without = 0;

	if ((cert == NULL) != (key == NULL)) {
		o = cert ? cert : key;
		if (at(w, o->line, &file, &line, &col) == 0)
			lint_add(w->out, file, line, col, DC_CF_TLS_NOT_OFFERED,
				 "%s is set but %s is not: sendmail offers STARTTLS only with both, so it "
				 "never does; define %s", o->name, cert ? "ServerKeyFile" : "ServerCertFile",
				 cert ? "confSERVER_KEY" : "confSERVER_CERT");
	}
	for (i = 0; i < m->options.n; i++)
		if (strcmp(m->options.v[i].name, "DaemonPortOptions") == 0) {
			daemons++;
			without += daemon_without_tls(m->options.v[i].detail);
		}
	if (cert && key && daemons > 0 && without == daemons && at(w, cert->line, &file, &line, &col) == 0)
		lint_add(w->out, file, line, col, DC_CF_TLS_NOT_OFFERED,
			 "a server certificate is set, but every DAEMON_OPTIONS has the modifier S (no "
			 "STARTTLS): STARTTLS is never offered; drop the S from the daemon that should offer it");
	for (i = 0; i < NELEM(tls_files); i++) {
		struct stat st;
		size_t k;

		o = setting(&m->options, tls_files[i].option);
		if (o == NULL || o->detail == NULL || o->detail[0] != '/' || strchr(o->detail, '$'))
			continue;
		/* a file named by two options is named once */
		for (k = 0; k < i; k++) {
			const struct cf_name *before = setting(&m->options, tls_files[k].option);

			if (before && before->detail && strcmp(before->detail, o->detail) == 0)
				break;
		}
		if (k < i)
			continue;
		if ((stat(o->detail, &st) != 0 || (tls_files[i].directory && !S_ISDIR(st.st_mode))) &&
		    at(w, o->line, &file, &line, &col) == 0)
			lint_add(w->out, file, line, col, DC_CF_TLS_FILE_MISSING,
				 "%s (%s, %s) does not exist: sendmail %s; create it or correct %s",
				 o->detail, tls_files[i].what, o->name,
				 strncmp(o->name, "Server", 6) == 0 ? "does not offer STARTTLS"
								    : "goes on without it",
				 tls_files[i].m4);
	}
}

/* --- the host name --- */

/* Is NAME qualified through the hosts file (a dotted name on its line)? */
static int hosts_file_qualifies(const char *name)
{
	FILE *fp = fopen("/etc/hosts", "r");
	char buf[1024];
	int found = 0;

	if (fp == NULL)
		return 0;
	while (!found && fgets(buf, sizeof buf, fp) != NULL) {
		char *save = NULL, *word, *hash = strchr(buf, '#');
		int mine = 0, dotted = 0;

		if (hash)
			*hash = '\0';
		if (strtok_r(buf, " \t\n", &save) == NULL)	/* the address */
			continue;
		while ((word = strtok_r(NULL, " \t\n", &save)) != NULL) {
			mine |= strcasecmp(word, name) == 0 ||
				(strncasecmp(word, name, strlen(name)) == 0 && word[strlen(name)] == '.');
			dotted |= strchr(word, '.') != NULL;
		}
		found = mine && dotted;
	}
	fclose(fp);
	return found;
}

static void check_host_name(const char *cf_file, const struct where *w, const struct cf_model *m)
{
	const struct cf_name *j = setting(&m->macros, "j");
	const char *file, *env = getenv("SMCF_HOSTNAME");
	char host[256];
	int line, col;

	if (j != NULL) {
		if (j->detail && strchr(j->detail, '.') == NULL && strcmp(j->detail, "$w") != 0 &&
		    j->detail[0] != '$' && at(w, j->line, &file, &line, &col) == 0)
			lint_add(w->out, file, line, col, DC_CF_UNQUALIFIED_HOST,
				 "$j (confDOMAIN_NAME) `%s' is not a fully qualified name: sendmail needs "
				 "the host's full name there (mail.example.com)", j->detail);
		else if (j->detail && strcmp(j->detail, "$w") == 0 && at(w, j->line, &file, &line, &col) == 0)
			lint_add(w->out, file, line, col, DC_CF_UNQUALIFIED_HOST,
				 "$j is set to $w, the host's short name: sendmail needs the full name "
				 "there ($w.example.com, or confDOMAIN_NAME)");
		return;
	}
	if (env != NULL && *env)
		snprintf(host, sizeof host, "%s", env);
	else if (gethostname(host, sizeof host) != 0)
		return;
	host[sizeof host - 1] = '\0';
	if (strchr(host, '.') != NULL || hosts_file_qualifies(host))
		return;
	lint_add(w->out, cf_file, 0, 0, DC_CF_UNQUALIFIED_HOST,
		 "the host name `%s' is not fully qualified and the configuration does not set $j: "
		 "unless DNS knows the full name, sendmail waits a minute at start-up and then runs with "
		 "the short name; define(`confDOMAIN_NAME', `%s.example.com') (your domain), or add "
		 "the full name to /etc/hosts", host, host);
}

void lint_cf_settings(const char *file, const struct cf_model *m, lint_place_fn place, void *arg,
		      const struct lint_context *ctx, struct lint_list *out)
{
	struct where w = { place, arg, out };

	(void)ctx;
	check_maps(&w, m);
	check_tls(&w, m);
	check_host_name(file, &w, m);
}
