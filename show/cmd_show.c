/*
 * cmd_show.c - "smcf show": the settings of a sendmail configuration, one
 * per line, as postconf shows Postfix's.
 *
 *     smcf show [-n] [-d] [--json] [-D NAME[=VALUE]]... [-I DIR]... FILE [NAME]...
 *
 * FILE is a sendmail.cf, or a .mc compiled in memory first (nothing is
 * written).  The defaults are the configuration of a .mc that says only
 * OSTYPE(`linux'), compiled the same way: -d lists it, -n keeps the
 * entries whose value differs from it (and names, for a .mc, the line
 * that set each one, through the emitter's origins).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "json.h"
#include "paths.h"
#include "usage.h"
#include "xalloc.h"
#include "src/commands.h"
#include "cf/meaning.h"
#include "compiler/compile.h"
#include "compiler/ir.h"
#include "compiler/options.h"
#include "show/show.h"

#define EXIT_NO_MATCH 1
#define EXIT_USAGE 2

static const char usage_text[] =
	"usage: smcf show [OPTION]... FILE.cf|FILE.mc [NAME]...\n"
	"       smcf show -d [NAME]...\n"
	"\n"
	"Print the settings of a sendmail configuration, one per line, as\n"
	"postconf does for Postfix: every option, daemon, macro, class, class\n"
	"file, map, mailer and queue group, as NAME = VALUE.  A .mc is compiled in\n"
	"memory first.  NAME picks entries: an option (AliasWait), a macro ($j,\n"
	"${daemon_flags}), or KIND:NAME (class:w, map:access, mailer:esmtp,\n"
	"daemon:MTA, queue:mqueue); KIND: picks a whole kind (map:).\n"
	"\n"
	"options:\n"
	"  -n               only what differs from the defaults; for a .mc, each\n"
	"                   line starts with the FILE:LINE that set it\n"
	"  -d               the defaults: what a .mc with only OSTYPE(`linux') gives\n"
	"  --json           a JSON array of {kind, name, value, line, origin}\n"
	"  -D NAME[=VALUE]  for a .mc: define an m4 macro first (as smcf build -D)\n"
	"  -I DIR           for a .mc: search DIR for included files\n"
	"  -h, --help       show this help\n"
	"\n"
	"exit status: 0 shown; 1 a NAME matched nothing, or the .mc or cf has\n"
	"errors; 2 usage error, unreadable file, m4 or the data folder missing.\n"
	"\n"
	"examples:\n"
	"  smcf show -n /etc/mail/sendmail.mc\n"
	"  smcf show /etc/mail/sendmail.cf MaxMessageSize '$j' class:w map:access\n"
	"  smcf show -d --json Timeout.queuereturn\n"
	"\n"
	"See smcf-show(1).\n";

struct show_args {
	int non_default;	/* -n */
	int defaults;		/* -d */
	int json;
	const char **defines;
	size_t ndefines;
	const char **includes;
	size_t nincludes;
	const char *file;
	char **names;
	size_t nnames;
};

static int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* 0, -1 (help shown) or EXIT_USAGE. */
static int parse_args(int argc, char **argv, struct show_args *a)
{
	int i, only_operands = 0;

	a->defines = xcalloc((size_t)argc, sizeof(*a->defines));
	a->includes = xcalloc((size_t)argc, sizeof(*a->includes));
	for (i = 1; i < argc; i++) {
		const char *arg = argv[i];

		if (only_operands || arg[0] != '-' || arg[1] == '\0') {
			/* with -d a FILE may still be given first: it is not needed */
			if (a->file == NULL && (!a->defaults || has_suffix(arg, ".cf") ||
						has_suffix(arg, ".mc")))
				a->file = arg;
			else {
				a->names = xrealloc(a->names, (a->nnames + 1) * sizeof(*a->names));
				a->names[a->nnames++] = argv[i];
			}
		} else if (strcmp(arg, "--") == 0) {
			only_operands = 1;
		} else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
			fputs(usage_text, stdout);
			return -1;
		} else if (strcmp(arg, "-n") == 0) {
			a->non_default = 1;
		} else if (strcmp(arg, "-d") == 0) {
			a->defaults = 1;
		} else if (strcmp(arg, "--json") == 0) {
			a->json = 1;
		} else if (arg[1] == 'D' || arg[1] == 'I') {
			const char *val = arg[2] ? arg + 2 : i + 1 < argc ? argv[++i] : NULL;

			if (val == NULL || *val == '\0')
				return usage_error("show", EXIT_USAGE, "option %s needs a value", arg);
			if (arg[1] == 'D')
				a->defines[a->ndefines++] = val;
			else
				a->includes[a->nincludes++] = val;
		} else
			return usage_error("show", EXIT_USAGE, "unknown option %s", arg);
	}
	if (a->file == NULL && !a->defaults)
		return usage_error("show", EXIT_USAGE, "no FILE.cf or FILE.mc given");
	if (a->defaults && a->non_default)
		return usage_error("show", EXIT_USAGE, "-n and -d do not go together");
	return 0;
}

/* A configuration read for showing: its meaning and, for a .mc, the
 * compilation that made it (for origins). */
struct config_read {
	struct cf_meaning model;
	struct compile_result compiled;
	int is_mc;
};

/* Compile the .mc FE names into C; 0 or an exit status. */
static int read_mc(const struct fe_options *fe, struct config_read *c)
{
	int rc = compile_mc(fe, &c->compiled);

	if (rc != 0)
		return rc;
	c->is_mc = 1;
	cf_meaning_read(fe->mc_file, c->compiled.cf, c->compiled.len, &c->model);
	return 0;
}

/* The defaults: a .mc with only OSTYPE(`linux'), compiled. */
static int read_defaults(struct config_read *c)
{
	static const char text[] = "OSTYPE(`linux')dnl\n";
	const char *tmpdir = getenv("TMPDIR");
	char *path = xasprintf("%s/smcf-defaults-XXXXXX.mc", tmpdir && *tmpdir ? tmpdir : "/tmp");
	struct fe_options fe;
	int fd = mkstemps(path, 3), rc;

	if (fd < 0 || write(fd, text, sizeof text - 1) != (ssize_t)(sizeof text - 1)) {
		diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "cannot write a temporary file in %s: %s",
			    tmpdir && *tmpdir ? tmpdir : "/tmp", strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(path);
		}
		free(path);
		return EXIT_USAGE;
	}
	close(fd);
	memset(&fe, 0, sizeof(fe));
	fe.mc_file = path;
	rc = read_mc(&fe, c);
	unlink(path);
	free(path);
	return rc;
}

static int read_config(const struct show_args *a, struct config_read *c)
{
	struct fe_options fe;

	if (has_suffix(a->file, ".mc") || has_suffix(a->file, ".m4")) {
		memset(&fe, 0, sizeof(fe));
		fe.mc_file = a->file;
		fe.defines = a->defines;
		fe.ndefines = a->ndefines;
		fe.include_dirs = a->includes;
		fe.nincludes = a->nincludes;
		return read_mc(&fe, c);
	}
	if (cf_meaning_read_file(a->file, &c->model) < 0) {
		diag_report(DC_IO, DIAG_ERROR, a->file, 0, 0, "cannot read: %s", strerror(errno));
		return EXIT_USAGE;
	}
	/* what sendmail would refuse is said, but the rest is still shown */
	for (size_t i = 0; i < c->model.findings.n; i++) {
		const struct cf_finding *f = &c->model.findings.v[i];

		if (f->level != MSG_NOTE)
			diag_report(DC_CF_SENDMAIL_SAYS, DIAG_WARNING, a->file, f->line, 0, "sendmail would refuse this line: %s",
				    f->text);
	}
	return 0;
}

static void config_read_free(struct config_read *c)
{
	cf_meaning_free(&c->model);
	if (c->is_mc)
		compile_result_free(&c->compiled);
}

/*
 * POS in one of smcf's own OSTYPE or DOMAIN files moves to the .mc line
 * that read that file (the OSTYPE or DOMAIN call); a pseudo position
 * ("<defaults>") is no position.  NULL or POS.
 */
static const struct ir_pos *site_position(const struct ir_config *ir, struct ir_pos *pos)
{
	static const struct {
		const char *folder, *macro;
	} readers[] = { { "ostypes", "OSTYPE" }, { "domain", "DOMAIN" } };
	const char *data = smcf_datadir();
	size_t n = strlen(data);

	for (int depth = 0; depth < 8; depth++) {
		const char *rest = pos->file + n + 1, *slash, *moved = NULL;

		if (pos->file[0] == '<')
			return NULL;
		if (strncmp(pos->file, data, n) != 0 || pos->file[n] != '/' ||
		    (slash = strchr(rest, '/')) == NULL)
			return pos;
		for (size_t r = 0; r < sizeof readers / sizeof readers[0] && moved == NULL; r++) {
			if (strncmp(rest, readers[r].folder, (size_t)(slash - rest)) != 0)
				continue;
			for (size_t i = 0; i < ir_ncalls(ir) && moved == NULL; i++) {
				const struct ir_call *c = ir_call_at(ir, i);
				size_t len = strlen(slash + 1);

				if (strcmp(c->macro, readers[r].macro) == 0 && c->nargs > 0 &&
				    len > 3 && strncmp(c->args[0], slash + 1, len - 3) == 0 &&
				    c->args[0][len - 3] == '\0') {
					*pos = c->pos;
					moved = pos->file;
				}
			}
		}
		if (moved == NULL)
			return pos;
	}
	return pos;
}

/* The position in a .mc of the setting behind EN: the emitter's origin
 * of its cf line, else (an option) the define that gave its value. */
static const struct ir_pos *origin_of(const struct config_read *c, const struct show_entry *en,
				      struct ir_pos *pos)
{
	int line;

	if (!c->is_mc || en->nvalues == 0)
		return NULL;
	line = en->values[en->kind == CFM_CLASS ? 0 : en->nvalues - 1].line;
	if (emit_origin_of(&c->compiled.origins, c->compiled.cf, c->compiled.len, line, pos) == 0)
		return site_position(c->compiled.ir, pos);
	if (en->kind == CFM_OPTION) {
		const struct smcf_option *o = option_by_cf_name(en->name);
		const struct ir_pos *p = o ? ir_define_pos(c->compiled.ir, o->m4_name) : NULL;

		if (p != NULL && p->file != NULL) {
			*pos = *p;
			return site_position(c->compiled.ir, pos);
		}
	}
	return NULL;
}

struct printer {
	const struct show_args *a;
	int first;
};

static void print_value(struct printer *pr, const struct show_entry *en, const char *value,
			int line, const struct ir_pos *origin)
{
	if (pr->a->json) {
		fputs(pr->first ? "[\n  {\"kind\": " : ",\n  {\"kind\": ", stdout);
		json_string(stdout, cfm_kind_name(en->kind));
		fputs(", \"name\": ", stdout);
		json_string(stdout, en->name);
		fputs(", \"value\": ", stdout);
		json_string(stdout, value);
		if (line > 0)
			printf(", \"line\": %d", line);
		fputs(", \"origin\": ", stdout);
		if (origin != NULL) {
			char *o = xasprintf("%s:%d", origin->file, origin->line);

			json_string(stdout, o);
			free(o);
		} else
			fputs("null", stdout);
		putchar('}');
	} else {
		if (origin != NULL)
			printf("%s:%d: ", origin->file, origin->line);
		if (value != NULL)
			printf("%s = %s\n", en->name, value);
		else
			printf("%s (not set)\n", en->name);
	}
	pr->first = 0;
}

static void print_entry(struct printer *pr, const struct show_entry *en, const struct ir_pos *origin)
{
	if (en->nvalues == 0)
		print_value(pr, en, NULL, 0, origin);
	for (size_t i = 0; i < en->nvalues; i++)
		print_value(pr, en, en->values[i].text, en->values[i].line, origin);
}

/* Keep only the entries the NAME operands pick; 0, or 1 when one picks
 * nothing (said on stderr). */
static int select_names(const struct show_args *a, struct show_entries *e, struct show_entries *also)
{
	int rc = 0;

	if (a->nnames == 0)
		return 0;
	for (size_t i = 0; i < e->n; i++)
		e->v[i].selected = 0;
	for (size_t i = 0; also != NULL && i < also->n; i++)
		also->v[i].selected = 0;
	for (size_t i = 0; i < a->nnames; i++)
		if (show_select(e, a->names[i]) + (also ? show_select(also, a->names[i]) : 0) == 0) {
			fprintf(stderr, "smcf show: %s: no such entry\n", a->names[i]);
			rc = EXIT_NO_MATCH;
		}
	return rc;
}

static int show(const struct show_args *a)
{
	struct config_read config, defaults;
	struct show_entries ce = { NULL, 0, 0 }, de = { NULL, 0, 0 };
	struct printer pr = { a, 1 };
	int rc = 0;

	memset(&config, 0, sizeof(config));
	memset(&defaults, 0, sizeof(defaults));
	if (a->file != NULL && !a->defaults)
		rc = read_config(a, &config);
	if (rc == 0 && (a->defaults || a->non_default))
		rc = read_defaults(&defaults);
	if (rc == 0) {
		show_entries_of(&config.model, &ce);
		show_entries_of(&defaults.model, &de);
		rc = select_names(a, a->defaults ? &de : &ce, a->non_default ? &de : NULL);
		if (a->defaults) {
			for (size_t i = 0; i < de.n; i++)
				if (de.v[i].selected)
					print_entry(&pr, &de.v[i], NULL);
		} else {
			for (size_t i = 0; i < ce.n; i++) {
				const struct show_entry *en = &ce.v[i], *d;
				struct ir_pos pos;

				if (!en->selected)
					continue;
				d = a->non_default ? show_entry_find(&de, en->kind, en->name) : NULL;
				if (a->non_default && d != NULL && show_same_values(en, d))
					continue;
				print_entry(&pr, en, a->non_default ? origin_of(&config, en, &pos) : NULL);
			}
			/* a default the configuration took away */
			for (size_t i = 0; a->non_default && i < de.n; i++)
				if (de.v[i].selected && show_entry_find(&ce, de.v[i].kind, de.v[i].name) == NULL) {
					struct show_entry gone = de.v[i];

					gone.nvalues = 0;
					print_entry(&pr, &gone, NULL);
				}
		}
		if (a->json)
			fputs(pr.first ? "[]\n" : "\n]\n", stdout);
	}
	show_entries_free(&ce);
	show_entries_free(&de);
	config_read_free(&config);
	config_read_free(&defaults);
	if (fflush(stdout) != 0) {
		fprintf(stderr, "smcf show: cannot write: %s\n", strerror(errno));
		rc = EXIT_USAGE;
	}
	return rc;
}

int cmd_show(int argc, char **argv)
{
	struct show_args a;
	int rc;

	memset(&a, 0, sizeof(a));
	rc = parse_args(argc, argv, &a);
	if (rc == 0 && smcf_datadir_problem() != NULL &&
	    (a.defaults || a.non_default || has_suffix(a.file, ".mc") || has_suffix(a.file, ".m4"))) {
		diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "%s", smcf_datadir_problem());
		rc = EXIT_USAGE;
	}
	if (rc == 0)
		rc = show(&a);
	free(a.defines);
	free(a.includes);
	free(a.names);
	return rc < 0 ? 0 : rc;
}
