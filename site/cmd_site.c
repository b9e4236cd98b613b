/*
 * cmd_site.c - "smcf site": check and install a site's sendmail files.
 *
 *     smcf site [--root DIR] [--check | --diff | --dry-run | --rollback] [--reload]
 *
 * Reads the site folder (/etc/mail, DIR/etc/mail with --root), plans
 * what is stale (plan.c) and, unless asked only to look, installs it as
 * one step (install.c).  Reports go to standard output, diagnostics to
 * standard error.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "paths.h"
#include "usage.h"
#include "xalloc.h"
#include "src/commands.h"
#include "site/site.h"

#define EXIT_STALE 1
#define EXIT_TROUBLE 2

static const char usage_text[] =
	"usage: smcf site [--root DIR] [--check | --diff | --dry-run] [--reload]\n"
	"       smcf site [--root DIR] --rollback [--reload]\n"
	"\n"
	"Check and install a sendmail site folder (/etc/mail) in one step: lint and\n"
	"compile sendmail.mc, submit.mc and the .mc files smcf.site names, rebuild\n"
	"every map the cf files name whose source changed (access, mailertable,\n"
	"virtusertable, ..., userdb, and aliases as newaliases does), then install\n"
	"what changed: all of it or nothing, the previous files kept in a numbered\n"
	"backup folder (.smcf/backup/N).  Nothing is replaced when a step fails.\n"
	"\n"
	"options:\n"
	"  --root DIR       the whole tree is under DIR (DIR/etc/mail; paths the cf\n"
	"                   names are taken under DIR too), for tests and packaging\n"
	"  --check          change nothing; exit 1 when anything is stale, saying what\n"
	"  --diff           change nothing; print what an install would change, by\n"
	"                   meaning (cf items and rules, map records added and removed)\n"
	"  --dry-run        do every step but the install; say what would be installed\n"
	"  --rollback       put back the files of the last backup folder\n"
	"  --reload         after an install, send SIGHUP to the sendmail of PidFile\n"
	"  -h, --help       show this help\n"
	"\n"
	"exit status: 0 installed, or nothing to do; 1 something is stale (--check),\n"
	"would change (--diff), a .mc or map source has errors (nothing changed), or\n"
	"no backup to roll back to; 2 usage error, a file cannot be read or written,\n"
	"m4 or the data folder missing.\n"
	"\n"
	"examples:\n"
	"  smcf site --check\n"
	"  smcf site --diff\n"
	"  smcf site --reload\n"
	"  smcf site --root build/tree --dry-run\n"
	"\n"
	"See smcf-site(1).\n";

enum site_mode { MODE_INSTALL, MODE_CHECK, MODE_DIFF, MODE_DRY_RUN, MODE_ROLLBACK };

struct site_args {
	enum site_mode mode;
	const char *root;
	int reload;
};

static int set_mode(struct site_args *a, enum site_mode mode, const char *arg)
{
	if (a->mode != MODE_INSTALL && a->mode != mode)
		return usage_error("site", EXIT_TROUBLE,
				   "%s does not go with another of --check, --diff, --dry-run, "
				   "--rollback", arg);
	a->mode = mode;
	return 0;
}

/* 0, -1 (help shown) or EXIT_TROUBLE. */
static int parse_args(int argc, char **argv, struct site_args *a)
{
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		int rc = 0;

		if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
			fputs(usage_text, stdout);
			return -1;
		} else if (strcmp(arg, "--root") == 0) {
			if (i + 1 >= argc || argv[i + 1][0] == '\0')
				return usage_error("site", EXIT_TROUBLE, "%s needs a folder", arg);
			a->root = argv[++i];
		} else if (strncmp(arg, "--root=", 7) == 0 && arg[7] != '\0') {
			a->root = arg + 7;
		} else if (strcmp(arg, "--check") == 0) {
			rc = set_mode(a, MODE_CHECK, arg);
		} else if (strcmp(arg, "--diff") == 0) {
			rc = set_mode(a, MODE_DIFF, arg);
		} else if (strcmp(arg, "--dry-run") == 0) {
			rc = set_mode(a, MODE_DRY_RUN, arg);
		} else if (strcmp(arg, "--rollback") == 0) {
			rc = set_mode(a, MODE_ROLLBACK, arg);
		} else if (strcmp(arg, "--reload") == 0) {
			a->reload = 1;
		} else if (arg[0] == '-')
			return usage_error("site", EXIT_TROUBLE, "unknown option %s", arg);
		else
			return usage_error("site", EXIT_TROUBLE, "unexpected argument %s", arg);
		if (rc != 0)
			return rc;
	}
	if (a->reload && a->mode != MODE_INSTALL && a->mode != MODE_ROLLBACK)
		return usage_error("site", EXIT_TROUBLE,
				   "--reload goes with an install or --rollback only");
	return 0;
}

/* SIGHUP to the sendmail whose pid PidFile holds. */
static int reload(const struct site *s)
{
	FILE *fp;
	long pid = 0;

	if (s->pid_file == NULL) {
		fprintf(stderr, "smcf site: no sendmail.cf here: nothing to reload\n");
		return 0;
	}
	if ((fp = fopen(s->pid_file, "r")) == NULL) {
		printf("smcf site: sendmail is not running (no %s): nothing to reload\n",
		       site_shown(s, s->pid_file));
		return 0;
	}
	if (fscanf(fp, "%ld", &pid) != 1 || pid <= 1) {
		fclose(fp);
		diag_report(DC_IO, DIAG_ERROR, s->pid_file, 1, 0, "no process id in it");
		return EXIT_TROUBLE;
	}
	fclose(fp);
	if (kill((pid_t)pid, SIGHUP) < 0) {
		if (errno == ESRCH) {
			printf("smcf site: sendmail is not running (%s names process %ld, which is gone)\n",
			       site_shown(s, s->pid_file), pid);
			return 0;
		}
		diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "cannot signal process %ld: %s", pid, strerror(errno));
		return EXIT_TROUBLE;
	}
	printf("smcf site: sent SIGHUP to sendmail (process %ld)\n", pid);
	return 0;
}

static size_t stale_count(const struct site *s)
{
	size_t n = 0;

	for (size_t i = 0; i < s->nout; i++)
		n += s->out[i].stale != 0;
	return n;
}

/* --diff: what an install would change, output by output. */
static void print_diff(const struct site *s)
{
	for (size_t i = 0; i < s->nout; i++) {
		const struct site_output *o = &s->out[i];

		if (!o->stale)
			continue;
		printf("--- %s%s\n+++ %s\n", site_shown(s, o->target), o->exists ? "" : " (not there)",
		       site_shown(s, o->source));
		if (o->kind == OUT_CF) {
			if (o->cf_changes.n > 0)
				cf_changes_print(&o->cf_changes, stdout, "");
			else if (o->exists)
				printf("(%s)\n", o->why);
			else
				printf("(a new file)\n");
		} else {
			struct map_delta d;

			map_records_compare(&o->old_records, &o->records, &d, stdout, "");
			if (d.added + d.removed + d.changed == 0)
				printf("(the same records: %s)\n", o->why);
		}
	}
}

static void free_site(struct site *s)
{
	for (size_t i = 0; i < s->nout; i++) {
		struct site_output *o = &s->out[i];

		free(o->target);
		free(o->source);
		free(o->why);
		free(o->cf);
		free(o->staged);
		map_records_free(&o->records);
		map_records_free(&o->old_records);
		cf_changes_free(&o->cf_changes);
	}
	free(s->out);
	free(s->dir);
	free(s->state);
	free(s->pid_file);
}

static int run(const struct site_args *a, struct site *s)
{
	int backup = 0, rc;
	size_t n;

	if (a->mode == MODE_ROLLBACK) {
		rc = site_rollback(s, &backup);
		if (rc == 1) {
			fprintf(stderr, "smcf site: no backup folder in %s: nothing to roll back to\n",
				site_shown(s, s->state));
			return EXIT_STALE;
		}
		if (rc < 0)
			return EXIT_TROUBLE;
		printf("smcf site: put back the files of %s/backup/%d\n", site_shown(s, s->state), backup);
		if (a->reload) {
			site_plan(s);
			return reload(s);
		}
		return 0;
	}
	/* an install a killed run left half done is finished first */
	if (site_lock(s, 0) < 0 || site_recover(s) < 0)
		return EXIT_TROUBLE;
	site_plan(s);
	if (s->failed) {
		fprintf(stderr, "smcf site: stopped: nothing was changed\n");
		return EXIT_STALE;
	}
	n = stale_count(s);
	switch (a->mode) {
	case MODE_CHECK:
		for (size_t i = 0; i < s->nout; i++)
			if (s->out[i].stale)
				printf("%s: %s\n", site_shown(s, s->out[i].target), s->out[i].why);
		return n + (size_t)s->problems > 0 ? EXIT_STALE : 0;
	case MODE_DIFF:
		print_diff(s);
		return n > 0 ? EXIT_STALE : 0;
	case MODE_DRY_RUN:
		for (size_t i = 0; i < s->nout; i++)
			if (s->out[i].stale)
				printf("would install %s: %s\n", site_shown(s, s->out[i].target), s->out[i].why);
		if (n == 0)
			printf("smcf site: everything is up to date\n");
		return 0;
	default:
		break;
	}
	if (n == 0) {
		printf("smcf site: everything is up to date\n");
		if (a->reload)
			printf("smcf site: nothing changed: sendmail not signalled\n");
		return 0;
	}
	if (site_install(s, &backup) < 0) {
		fprintf(stderr, "smcf site: the install failed\n");
		return EXIT_TROUBLE;
	}
	for (size_t i = 0; i < s->nout; i++)
		if (s->out[i].stale)
			printf("installed %s: %s\n", site_shown(s, s->out[i].target), s->out[i].why);
	printf("smcf site: %zu file%s installed; the files they replaced are in %s/backup/%d\n", n,
	       n == 1 ? "" : "s", site_shown(s, s->state), backup);
	return a->reload ? reload(s) : 0;
}

int cmd_site(int argc, char **argv)
{
	struct site_args a;
	struct site s;
	struct stat st;
	int rc;

	memset(&a, 0, sizeof(a));
	memset(&s, 0, sizeof(s));
	rc = parse_args(argc, argv, &a);
	if (rc != 0)
		return rc < 0 ? 0 : rc;
	if (smcf_datadir_problem() != NULL && a.mode != MODE_ROLLBACK) {
		diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "%s", smcf_datadir_problem());
		return EXIT_TROUBLE;
	}
	s.root = a.root ? a.root : "";
	/* absolute, so that the journal and backups name files wherever the
	 * next run starts; "/" is no root at all */
	if (a.root != NULL) {
		char *r = realpath(a.root, NULL);

		if (r == NULL) {
			diag_report(DC_IO, DIAG_ERROR, a.root, 0, 0, "%s", strerror(errno));
			return EXIT_TROUBLE;
		}
		if (strcmp(r, "/") == 0)
			r[0] = '\0';
		s.root = r;
	}
	s.dir = site_path(&s, "/etc/mail");
	s.state = xasprintf("%s/.smcf", s.dir);
	if (stat(s.dir, &st) < 0 || !S_ISDIR(st.st_mode)) {
		diag_report(DC_IO, DIAG_ERROR, s.dir, 0, 0, "no site folder here: %s",
			    errno ? strerror(errno) : "not a folder");
		rc = EXIT_TROUBLE;
	} else
		rc = run(&a, &s);
	if (fflush(stdout) != 0) {
		fprintf(stderr, "smcf site: cannot write: %s\n", strerror(errno));
		rc = EXIT_TROUBLE;
	}
	free_site(&s);
	if (a.root != NULL)
		free((char *)s.root);
	return rc;
}
