/*
 * plan.c - what `smcf site' would install, and why (see site.h).
 *
 * The .mc files are linted (smcf lint's library) and compiled (the
 * build's pipeline, read-back included); a cf is stale when the
 * installed one does not mean what its .mc compiles to (cf/compare.h).
 * The maps are the ones the new cfs name: every hash or btree K line,
 * the AliasFile databases and the UserDatabaseSpec files.  A map is
 * stale when its .db is missing, holds other records than its source
 * gives, or is older than its source.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "xalloc.h"
#include "xvasprintf.h"
#include "compiler/compile.h"
#include "lint/lint.h"
#include "site/site.h"

char *site_path(const struct site *s, const char *path)
{
	if (*s->root == '\0' || path[0] != '/')
		return xstrdup(path);
	return xasprintf("%s%s", s->root, path);
}

const char *site_shown(const struct site *s, const char *path)
{
	size_t n = strlen(s->root);

	if (n > 0 && strncmp(path, s->root, n) == 0 && path[n] == '/')
		return path + n;
	return path;
}

static struct site_output *add_output(struct site *s, enum output_kind kind, const char *target,
				      const char *source)
{
	struct site_output *o;

	if (s->nout == s->capout) {
		s->capout = s->capout ? 2 * s->capout : 16;
		s->out = xrealloc(s->out, s->capout * sizeof(*s->out));
	}
	o = &s->out[s->nout++];
	memset(o, 0, sizeof(*o));
	o->kind = kind;
	o->target = xstrdup(target);
	o->source = xstrdup(source);
	return o;
}

/* Say why O must be installed (printf-style); the first reason counts. */
static void __attribute__((format(printf, 2, 3))) stale(struct site_output *o, const char *fmt, ...)
{
	va_list ap;

	o->stale = 1;
	if (o->why != NULL)
		return;
	va_start(ap, fmt);
	o->why = xvasprintf(fmt, ap);
	va_end(ap);
}

/* A problem that installing cannot mend (reported; --check fails). */
static void __attribute__((format(printf, 3, 4))) problem(struct site *s, const char *file,
							  const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	printf("%s: %s\n", site_shown(s, file), text);
	free(text);
	s->problems++;
}

/* ---- lint and compile ---- */

static void print_findings(const struct lint_list *list, size_t from, int *errors)
{
	for (size_t i = from; i < list->n; i++) {
		const struct lint_finding *f = &list->items[i];

		/* smcf site rebuilds stale maps itself */
		if (f->code == DC_MAP_STALE_DB)
			continue;
		if (f->line > 0 && f->col > 0)
			fprintf(stderr, "%s:%d:%d: ", f->file, f->line, f->col);
		else if (f->line > 0)
			fprintf(stderr, "%s:%d: ", f->file, f->line);
		else
			fprintf(stderr, "%s: ", f->file);
		fprintf(stderr, "%s: %s [%s]\n", lint_severity_name(f->severity), f->message,
			diag_code_info(f->code)->code);
		if (f->severity == LINT_ERROR)
			(*errors)++;
	}
}

/* Lint FILE as KIND (NULL: a .mc); the number of errors. */
static int lint_one(const char *file, const char *kind)
{
	struct lint_list list = { NULL, 0, 0 };
	struct lint_context ctx = { NULL, &file, 1 };
	struct lint_lines lines;
	int errors = 0;

	if (kind != NULL) {
		if (lint_map_file(file, kind, &ctx, &list) < 0)
			return 0;	/* reading it again will say why */
	} else {
		if (lint_lines_read(file, &lines) < 0)
			return 0;
		lint_mc_lexical(file, &lines, &list);
		if (lint_mc_semantic(file, &lines, &ctx, &list) != 0)
			errors++;
		lint_suppress(&list, 0, file, &lines);
		lint_lines_free(&lines);
	}
	lint_list_sort(&list);
	print_findings(&list, 0, &errors);
	lint_list_free(&list);
	return errors;
}

/* While compiling after lint: lint said the warnings already. */
static void errors_only(void *arg, enum diag_code code, enum diag_level level, const char *file,
			int line, int col, const char *message)
{
	(void)arg;
	(void)code;
	if (level != DIAG_ERROR)
		return;
	if (file != NULL && line > 0 && col > 0)
		fprintf(stderr, "%s:%d:%d: error: %s\n", file, line, col, message);
	else if (file != NULL && line > 0)
		fprintf(stderr, "%s:%d: error: %s\n", file, line, message);
	else
		fprintf(stderr, "%s: error: %s\n", file ? file : "smcf site", message);
}

/* ---- owners and modes ---- */

static void attributes_of(struct site_output *o, const struct stat *st)
{
	o->mode = st->st_mode & 07777;
	o->uid = st->st_uid;
	o->gid = st->st_gid;
}

/* The uid of USER (a name or number), or -1. */
static long user_id(const char *user, gid_t *gid)
{
	struct passwd *pw;

	if (user == NULL || *user == '\0')
		return -1;
	if (isdigit((unsigned char)*user)) {
		if (gid)
			*gid = getgid();
		return atol(user);
	}
	if ((pw = getpwnam(user)) == NULL)
		return -1;
	if (gid)
		*gid = pw->pw_gid;
	return (long)pw->pw_uid;
}

/* The group the MSP reads submit.cf with: RunAsUser's ("user:group",
 * "user.group" or the user's own), smmsp when the cf says nothing. */
static long msp_group(const struct cf_meaning *m, char **name)
{
	const struct cfm_item *it = cf_meaning_find(m, CFM_OPTION, "RunAsUser");
	char *user = xstrdup(it ? it->value : "smmsp"), *group = user + strcspn(user, ":.");
	struct group *gr;
	gid_t gid;
	long id = -1;

	if (*group != '\0') {
		*group++ = '\0';
		if (isdigit((unsigned char)*group))
			id = atol(group);
		else if ((gr = getgrnam(group)) != NULL)
			id = (long)gr->gr_gid;
	} else if (user_id(user, &gid) >= 0)
		id = (long)gid;
	*name = xstrdup(*group ? group : user);
	free(user);
	return id;
}

/* ---- cf files ---- */

struct site_cf {
	char *target;
	struct cf_meaning model;		/* what sendmail will read */
	int have_model;
};

struct plan_state {
	struct site *s;
	struct site_cf *cfs;
	size_t ncfs;
};

static void keep_model(struct plan_state *p, const char *target, struct cf_meaning *m)
{
	struct site_cf *c;

	p->cfs = xrealloc(p->cfs, (p->ncfs + 1) * sizeof(*p->cfs));
	c = &p->cfs[p->ncfs++];
	c->target = xstrdup(target);
	c->model = *m;
	c->have_model = 1;
	memset(m, 0, sizeof(*m));
}

/* Can the MSP read the file ST describes, with group GID? */
static int msp_can_read(const struct stat *st, long gid)
{
	return (st->st_mode & S_IROTH) || ((st->st_mode & S_IRGRP) && gid >= 0 && (long)st->st_gid == gid);
}

/* The checks of the installed submit.cf: would the MSP read it? */
static void check_msp(struct site *s, struct site_output *o, const struct cf_meaning *installed,
		      const struct stat *st, long gid, const char *group)
{
	if (gid < 0)
		problem(s, o->target, "the MSP's group %s does not exist on this host", group);
	else if (!msp_can_read(st, gid))
		stale(o, "the MSP (group %s) cannot read it: mode %04o, group %ld", group,
		      (unsigned)(st->st_mode & 07777), (long)st->st_gid);
	for (size_t i = 0; i < installed->findings.n; i++)
		if (installed->findings.v[i].level != MSG_NOTE) {
			stale(o, "the MSP would refuse line %d: %s", installed->findings.v[i].line,
			      installed->findings.v[i].text);
			break;
		}
}

static void plan_cf(struct plan_state *p, const char *mc, const char *target, int msp)
{
	struct site *s = p->s;
	struct compile_result r;
	struct fe_options fe;
	const char *includes[1] = { s->dir };
	struct cf_meaning new_model, installed;
	struct site_output *o;
	struct stat st;
	int rc;

	if (lint_one(mc, NULL) > 0) {
		s->failed = 1;
		return;
	}
	memset(&fe, 0, sizeof(fe));
	fe.mc_file = mc;
	fe.include_dirs = includes;
	fe.nincludes = 1;
	diag_set_sink(errors_only, NULL);
	rc = compile_mc(&fe, &r);
	diag_set_sink(NULL, NULL);
	if (rc != 0) {
		s->failed = 1;
		compile_result_free(&r);
		return;
	}
	o = add_output(s, OUT_CF, target, mc);
	o->msp = msp;
	o->cf = r.cf;
	o->cf_len = r.len;
	r.cf = NULL;
	compile_result_free(&r);
	memset(&new_model, 0, sizeof(new_model));
	cf_meaning_read(target, o->cf, o->cf_len, &new_model);
	memset(&installed, 0, sizeof(installed));
	o->mode = 0644;
	o->uid = geteuid();
	o->gid = getegid();
	if (stat(target, &st) == 0) {
		o->exists = 1;
		attributes_of(o, &st);
		if (cf_meaning_read_file(target, &installed) < 0)
			stale(o, "cannot be read: %s", strerror(errno));
		else if (cf_compare(&installed, &new_model, &o->cf_changes) > 0)
			stale(o, "differs from what %s compiles to (%zu changes)",
			      site_shown(s, mc), o->cf_changes.n);
	} else
		stale(o, "new, compiled from %s", site_shown(s, mc));
	if (msp) {
		char *group;
		long gid = msp_group(&new_model, &group);

		if (o->exists)
			check_msp(s, o, &installed, &st, gid, group);
		/* the MSP reads it through its group: make sure it can */
		if (gid >= 0 && (!o->exists || !msp_can_read(&st, gid))) {
			o->gid = (gid_t)gid;
			o->mode = (o->mode & ~(mode_t)S_IWOTH) | S_IRGRP;
		}
		free(group);
	}
	cf_meaning_free(&installed);
	keep_model(p, target, &new_model);
}

/* A cf installed without its .mc here: only its maps are looked after. */
static void read_installed(struct plan_state *p, const char *target)
{
	struct cf_meaning m;

	memset(&m, 0, sizeof(m));
	if (cf_meaning_read_file(target, &m) == 0)
		keep_model(p, target, &m);
}

/* ---- maps ---- */

/* Is there an output for TARGET already? */
static struct site_output *output_for(struct site *s, const char *target)
{
	for (size_t i = 0; i < s->nout; i++)
		if (strcmp(s->out[i].target, target) == 0)
			return &s->out[i];
	return NULL;
}

/* The map kind lint knows for a source file name (its base name), or
 * NULL. */
static const char *lint_kind(const char *source)
{
	const char *base = strrchr(source, '/');

	base = base ? base + 1 : source;
	return lint_map_kind_known(base) ? base : NULL;
}

/* The new .db's owner: TrustedUser (as makemap does as root), else us. */
static void new_map_attributes(struct site_output *o, const struct cf_meaning *cf)
{
	const struct cfm_item *it = cf_meaning_find(cf, CFM_OPTION, "TrustedUser");
	long uid = it ? user_id(it->value, NULL) : -1;

	o->mode = 0640;
	o->uid = geteuid() == 0 && uid >= 0 ? (uid_t)uid : geteuid();
	o->gid = getegid();
}

/* Does the local mailer keep the case of user names (F=u)? */
static int local_keeps_case(const struct cf_meaning *cf)
{
	const struct cfm_item *it = cf_meaning_find(cf, CFM_MAILER, "local");
	const char *f = it ? strstr(it->value, "F=") : NULL;

	if (f == NULL)
		return 0;
	for (f += 2; *f && *f != ',' && *f != ' '; f++)
		if (*f == 'u')
			return 1;
	return 0;
}

/*
 * The map whose file the cf names as PATH (without ".db", or with it),
 * of FORMAT, built from the file of the same name without ".db".
 */
static void plan_map(struct plan_state *p, const struct cf_meaning *cf, const char *name,
		     const char *path, const struct map_format *format, int optional, int aliases)
{
	struct site *s = p->s;
	size_t n = strlen(path);
	char *db = n > 3 && strcmp(path + n - 3, ".db") == 0 ? xstrdup(path) : xasprintf("%s.db", path);
	char *target = site_path(s, db), *source = xstrndup(target, strlen(target) - 3);
	struct site_output *o;
	struct stat st, src;
	int rc;

	free(db);
	if (path[0] != '/' || output_for(s, target) != NULL) {
		free(target);
		free(source);
		return;
	}
	if (stat(source, &src) < 0) {
		if (stat(target, &st) < 0 && !optional)
			problem(s, target, "missing: the cf names %s %s, and its source %s is not there either",
				aliases ? "the aliases file" : "map", name, site_shown(s, source));
		free(target);
		free(source);
		return;
	}
	o = add_output(s, aliases ? OUT_ALIASES : OUT_MAP, target, source);
	o->format = *format;
	free(target);
	free(source);
	if (lint_kind(o->source) && lint_one(o->source, lint_kind(o->source)) > 0) {
		s->failed = 1;
		return;
	}
	{
		int errors = diag_errors();

		if (aliases) {
			struct alias_rules r = { !local_keeps_case(cf), cf };

			rc = aliases_read(o->source, &r, &o->records);
		} else
			rc = map_source_read(o->source, format, &o->records);
		if (rc < 0) {
			diag_report(DC_IO, DIAG_ERROR, o->source, 0, 0, "cannot read: %s", strerror(errno));
			s->failed = 1;
			return;
		}
		if (diag_errors() > errors) {
			s->failed = 1;
			return;
		}
	}
	new_map_attributes(o, cf);
	if (stat(o->target, &st) < 0) {
		stale(o, "new, built from %s", site_shown(s, o->source));
		return;
	}
	o->exists = 1;
	attributes_of(o, &st);
	if (db_read(o->target, format->btree, &o->old_records) < 0) {
		stale(o, "cannot be read as a %s database: %s", format->btree ? "btree" : "hash",
		      strerror(errno));
		return;
	}
	{
		struct map_delta d;

		map_records_compare(&o->old_records, &o->records, &d, NULL, "");
		if (d.added + d.removed + d.changed > 0)
			stale(o, "holds other records than %s (%zu added, %zu removed, %zu changed there)",
			      site_shown(s, o->source), d.added, d.removed, d.changed);
	}
	if (st.st_mtim.tv_sec < src.st_mtim.tv_sec ||
	    (st.st_mtim.tv_sec == src.st_mtim.tv_sec && st.st_mtim.tv_nsec < src.st_mtim.tv_nsec))
		stale(o, "older than its source %s", site_shown(s, o->source));
}

/* "class -flags file": the class, the file, and the flags that count. */
static int parse_map_spec(const char *spec, char **class, char **file, struct map_format *f,
			  int *optional)
{
	char *copy = xstrdup(spec), *save = NULL, *w;

	*class = *file = NULL;
	*optional = 0;
	memset(f, 0, sizeof(*f));
	f->fold_keys = 1;
	for (w = strtok_r(copy, " \t", &save); w != NULL; w = strtok_r(NULL, " \t", &save)) {
		if (*class == NULL)
			*class = xstrdup(w);
		else if (w[0] == '-') {
			if (w[1] == 'N')
				f->include_nul = 1;
			else if (w[1] == 'f')
				f->fold_keys = 0;
			else if (w[1] == 'o')
				*optional = 1;
		} else if (*file == NULL)
			*file = xstrdup(w);
	}
	free(copy);
	if (*class != NULL && strcmp(*class, "implicit") == 0) {
		free(*class);
		*class = xstrdup("hash");
	}
	f->btree = *class != NULL && strcmp(*class, "btree") == 0;
	return *class != NULL && *file != NULL &&
	       (strcmp(*class, "hash") == 0 || strcmp(*class, "btree") == 0) ? 0 : -1;
}

/* A class file (F line) that is not optional must be there: sendmail
 * stops at start-up without it. */
static void check_class_file(struct plan_state *p, const struct cfm_item *it)
{
	const char *v = it->value;
	char *file, *path;
	struct stat st;

	if (v[0] != '/')
		return;		/* -o (optional), a program, a map lookup */
	file = xstrndup(v, strcspn(v, " \t"));
	path = site_path(p->s, file);
	if (stat(path, &st) < 0)
		problem(p->s, path, "missing: the cf reads class %s from it, and sendmail stops without it",
			it->name);
	free(path);
	free(file);
}

static void plan_maps_of(struct plan_state *p, const struct cf_meaning *cf)
{
	for (size_t i = 0; i < cf->nitems; i++) {
		const struct cfm_item *it = &cf->items[i];
		struct map_format f;
		char *class, *file;
		int optional;

		if (it->kind == CFM_CLASSFILE)
			check_class_file(p, it);
		else if (it->kind == CFM_MAP) {
			if (parse_map_spec(it->value, &class, &file, &f, &optional) == 0)
				plan_map(p, cf, it->name, file, &f, optional, 0);
			free(class);
			free(file);
		} else if (it->kind == CFM_OPTION && strcmp(it->name, "AliasFile") == 0) {
			char *list = xstrdup(it->value), *save = NULL, *e;

			for (e = strtok_r(list, ",", &save); e != NULL; e = strtok_r(NULL, ",", &save)) {
				char *spec, *colon = strchr(e, ':'), *slash = strchr(e, '/');

				while (isspace((unsigned char)*e))
					e++;
				/* "class:spec", or a file for the implicit class */
				if (colon != NULL && (slash == NULL || colon < slash)) {
					*colon = '\0';
					spec = xasprintf("%s %s", e, colon + 1);
				} else
					spec = xasprintf("implicit %s", e);
				if (parse_map_spec(spec, &class, &file, &f, &optional) == 0) {
					/* alias databases hold their NULs */
					f.include_nul = 1;
					plan_map(p, cf, "aliases", file, &f, 0, 1);
				}
				free(class);
				free(file);
				free(spec);
			}
			free(list);
		} else if (it->kind == CFM_OPTION && strcmp(it->name, "UserDatabaseSpec") == 0) {
			char *list = xstrdup(it->value), *save = NULL, *e;

			for (e = strtok_r(list, ",", &save); e != NULL; e = strtok_r(NULL, ",", &save)) {
				struct map_format u = { 0, 1, 1 };

				while (isspace((unsigned char)*e))
					e++;
				if (*e == '/')
					plan_map(p, cf, "userdb", e, &u, 0, 0);
			}
			free(list);
		}
	}
}

/* ---- the .mc files ---- */

/* The .mc files of the site: sendmail.mc, submit.mc, then smcf.site's. */
static void plan_all_cfs(struct plan_state *p)
{
	static const struct {
		const char *mc, *cf;
		int msp;
	} standard[] = { { "sendmail.mc", "sendmail.cf", 0 }, { "submit.mc", "submit.cf", 1 } };
	struct site *s = p->s;
	char *list = xasprintf("%s/smcf.site", s->dir);
	FILE *fp;
	struct stat st;

	for (size_t i = 0; i < sizeof standard / sizeof standard[0]; i++) {
		char *mc = xasprintf("%s/%s", s->dir, standard[i].mc);
		char *cf = xasprintf("%s/%s", s->dir, standard[i].cf);

		if (stat(mc, &st) == 0)
			plan_cf(p, mc, cf, standard[i].msp);
		else if (stat(cf, &st) == 0)
			read_installed(p, cf);
		free(mc);
		free(cf);
	}
	if ((fp = fopen(list, "r")) != NULL) {
		char *line = NULL;
		size_t cap = 0;
		int lineno = 0;

		while (getline(&line, &cap, fp) > 0) {
			char *save = NULL, *w1, *w2, *mc, *cf;

			lineno++;
			if (line[strspn(line, " \t")] == '#')
				continue;
			w1 = strtok_r(line, " \t\n", &save);
			w2 = w1 ? strtok_r(NULL, " \t\n", &save) : NULL;
			if (w1 == NULL)
				continue;
			if (strlen(w1) < 4 || strcmp(w1 + strlen(w1) - 3, ".mc") != 0) {
				diag_report(DC_IO, DIAG_ERROR, list, lineno, 1, "`%s' is not a .mc file", w1);
				s->failed = 1;
				continue;
			}
			mc = w1[0] == '/' ? site_path(s, w1) : xasprintf("%s/%s", s->dir, w1);
			if (w2 != NULL)
				cf = w2[0] == '/' ? site_path(s, w2) : xasprintf("%s/%s", s->dir, w2);
			else
				cf = xasprintf("%.*s.cf", (int)(strlen(mc) - 3), mc);
			if (stat(mc, &st) < 0) {
				diag_report(DC_IO, DIAG_ERROR, list, lineno, 1, "%s: %s", w1, strerror(errno));
				s->failed = 1;
			} else if (output_for(s, cf) != NULL) {
				diag_report(DC_IO, DIAG_ERROR, list, lineno, 1, "%s is built twice", site_shown(s, cf));
				s->failed = 1;
			} else
				plan_cf(p, mc, cf, 0);
			free(mc);
			free(cf);
		}
		free(line);
		fclose(fp);
	}
	free(list);
}

/* PidFile of the MTA cf, for --reload (sendmail's own default when the
 * cf does not say). */
static void remember_pid_file(struct plan_state *p)
{
	struct site *s = p->s;
	char *mta = xasprintf("%s/sendmail.cf", s->dir);

	for (size_t i = 0; i < p->ncfs; i++)
		if (strcmp(p->cfs[i].target, mta) == 0) {
			const struct cfm_item *it = cf_meaning_find(&p->cfs[i].model, CFM_OPTION, "PidFile");

			s->pid_file = site_path(s, it && *it->value ? it->value : "/var/run/sendmail.pid");
			s->mta_cf = "sendmail.cf";
		}
	free(mta);
}

void site_plan(struct site *s)
{
	struct plan_state p = { s, NULL, 0 };

	plan_all_cfs(&p);
	for (size_t i = 0; i < p.ncfs; i++)
		plan_maps_of(&p, &p.cfs[i].model);
	remember_pid_file(&p);
	for (size_t i = 0; i < p.ncfs; i++) {
		cf_meaning_free(&p.cfs[i].model);
		free(p.cfs[i].target);
	}
	free(p.cfs);
}
