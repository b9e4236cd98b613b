/*
 * cmd_build.c - "smcf build": compile a .mc file into sendmail.cf.
 *
 *     smcf build [-D NAME[=VALUE]]... [-I DIR]... [-o OUT] [--color=WHEN] FILE.mc
 *
 * Pipeline: front end (m4 + prelude -> records -> IR), checker, emitter.
 * The cf is written only when no error was found: to OUT through a
 * temporary file renamed into place, or to standard output in one piece.
 *
 * Exit status: 0 the cf was written; 1 the .mc has errors (diagnostics on
 * stderr, nothing written); 2 usage error, unreadable input, m4 could
 * not be run, smcf's data folder is missing, or the output could not be
 * written.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic_file.h"
#include "output_target.h"
#include "color.h"
#include "diag.h"
#include "paths.h"
#include "xalloc.h"
#include "src/commands.h"
#include "cf/check.h"
#include "compiler/checker.h"
#include "compiler/emit.h"
#include "compiler/emit_origin.h"
#include "compiler/frontend.h"
#include "compiler/ir_build.h"

#define EXIT_INPUT_ERRORS 1
#define EXIT_USAGE 2

static const char usage_text[] =
	"usage: smcf build [OPTION]... FILE.mc\n"
	"\n"
	"Compile a sendmail .mc file into sendmail.cf, as sendmail's Build does\n"
	"with GNU m4 and the cf tree (which smcf does not need).  The .mc is\n"
	"checked first: mistakes are reported as FILE:LINE:COL: error: ... and\n"
	"nothing is written.\n"
	"\n"
	"options:\n"
	"  -D NAME[=VALUE]  define an m4 macro before the file is read (as m4 -D)\n"
	"  -I DIR           search DIR for files the .mc includes (as m4 -I)\n"
	"  -o OUT           write the cf to OUT, atomically (default: standard output)\n"
	COLOR_HELP_LINE
	"  --dump-ir        print the parsed model instead of the cf (debugging)\n"
	"  -h, --help       show this help\n"
	"\n"
	"exit status: 0 the cf was written; 1 the .mc has errors; 2 usage error,\n"
	"unreadable input, m4 or the data folder missing, or unwritable output.\n"
	"\n"
	"examples:\n"
	"  smcf build -o /etc/mail/sendmail.cf /etc/mail/sendmail.mc\n"
	"  smcf build -DMAPDIR=/etc/mail -I site config.mc > sendmail.cf\n"
	"\n"
	"See smcf-build(1).\n";

struct build_args {
	const char **defines;
	size_t ndefines;
	const char **includes;
	size_t nincludes;
	const char *output;
	const char *input;
	int dump_ir;
};

static int usage_error(const char *fmt, const char *what)
{
	fputs("smcf build: ", stderr);
	fprintf(stderr, fmt, what);
	fputs(" (see 'smcf build --help')\n", stderr);
	return EXIT_USAGE;
}

static void push(const char ***list, size_t *n, const char *s)
{
	*list = xrealloc(*list, (*n + 1) * sizeof(**list));
	(*list)[(*n)++] = s;
}

/* The value of an option given as "-Xvalue" or "-X value". */
static const char *option_value(int argc, char **argv, int *i)
{
	if (argv[*i][2] != '\0')
		return argv[*i] + 2;
	if (*i + 1 >= argc)
		return NULL;
	return argv[++*i];
}

/* 0, 1 (help shown) or EXIT_USAGE. */
static int parse_args(int argc, char **argv, struct build_args *a)
{
	int i, color, only_files = 0;

	for (i = 1; i < argc; i++) {
		const char *arg = argv[i], *val;

		if (only_files || arg[0] != '-' || arg[1] == '\0') {
			if (a->input)
				return usage_error("more than one input file: %s", arg);
			a->input = arg;
		} else if (strcmp(arg, "--") == 0) {
			only_files = 1;
		} else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
			fputs(usage_text, stdout);
			return 1;
		} else if (strcmp(arg, "--dump-ir") == 0) {
			a->dump_ir = 1;
		} else if ((color = color_option("smcf build", arg)) != 0) {
			if (color < 0)
				return EXIT_USAGE;
		} else if (arg[1] == 'D' || arg[1] == 'I' || arg[1] == 'o') {
			val = option_value(argc, argv, &i);
			if (val == NULL || *val == '\0')
				return usage_error("option %s needs a value", arg);
			if (arg[1] == 'D' && (*val == '=' || strchr("0123456789", *val)))
				return usage_error("bad macro name in -D %s", val);
			if (arg[1] == 'D')
				push(&a->defines, &a->ndefines, val);
			else if (arg[1] == 'I')
				push(&a->includes, &a->nincludes, val);
			else
				a->output = val;
		} else {
			return usage_error("unknown option %s", arg);
		}
	}
	if (a->input == NULL)
		return usage_error("%s", "no input file");
	return 0;
}

/* Line LINE (1..) of the LEN bytes at CF, without its newline; shown
 * as written, since sendmail's own message shows it after translation. */
static char *cf_line_text(const char *cf, size_t len, int line)
{
	size_t off = 0;
	const char *nl;

	for (int n = 1; n < line && off < len; n++) {
		nl = memchr(cf + off, '\n', len - off);
		off = nl ? (size_t)(nl - cf) + 1 : len;
	}
	/* sendmail counts the last line of a continued one: show its first */
	while (off > 0 && (cf[off] == ' ' || cf[off] == '\t')) {
		size_t prev = off - 1;

		while (prev > 0 && cf[prev - 1] != '\n')
			prev--;
		off = prev;
	}
	nl = off < len ? memchr(cf + off, '\n', len - off) : NULL;
	return xstrndup(cf + off, nl ? (size_t)(nl - cf) - off : len - off);
}

/*
 * m4 does not say where raw text came from, only which record it
 * followed; the text itself is usually the .mc's line as written.  Look
 * for LINE_TEXT in POS's file from POS on and move POS there if found.
 */
static void locate_in_source(struct ir_pos *pos, const char *line_text)
{
	FILE *fp;
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	int line = 0;

	while (*line_text == ' ' || *line_text == '\t')
		line_text++;
	if (*line_text == '\0' || (fp = fopen(pos->file, "r")) == NULL)
		return;
	while ((n = getline(&buf, &cap, fp)) > 0) {
		if (++line < pos->line)
			continue;
		if (line > pos->line + 1000)
			break;
		if (strstr(buf, line_text) != NULL) {
			pos->line = line;
			pos->col = (int)(strstr(buf, line_text) - buf) + 1;
			break;
		}
	}
	free(buf);
	fclose(fp);
}

/*
 * Read the cf back the way sendmail will, before anyone sees it: a line
 * sendmail would refuse (site text that leaked past a missing dnl, a
 * rule without its tab, a broken mailer line, a value with a newline in
 * it) is an error at the .mc line that produced it.  Lines smcf made up
 * itself have no such line: refusing one of them is smcf's bug.
 */
static void read_back(const char *mc, const char *cf, size_t len,
		      const struct emit_origins *origins)
{
	struct cf_findings found = { NULL, 0, 0 };

	cf_check_text("sendmail.cf", cf, len, &found);
	for (size_t i = 0; i < found.n; i++) {
		const struct cf_finding *f = &found.v[i];
		enum diag_level level = f->level == MSG_NOTE ? DIAG_WARNING : DIAG_ERROR;
		struct ir_pos pos;

		char *line = cf_line_text(cf, len, f->line);
		const char *verb;

		/* white space alone (a blank after a macro call) is a line
		 * sendmail complains about and skips: the cf means the same */
		if (line[strspn(line, " \t")] == '\0')
			level = DIAG_WARNING;
		verb = level == DIAG_ERROR ? "refuse" : "warn about";

		if (emit_origin_of(origins, cf, len, f->line, &pos) == 0) {
			locate_in_source(&pos, line);
			diag_report(level, pos.file, pos.line, pos.col,
				    "sendmail would %s cf line %d `%s': %s", verb, f->line, line, f->text);
		} else
			diag_report(level, mc, 0, 0,
				    "internal error: sendmail would %s cf line %d `%s' that smcf wrote: %s",
				    verb, f->line, line, f->text);
		free(line);
	}
	cf_findings_free(&found);
}

/* The whole cf in memory (*CF, *LEN), read back; 0 or an exit status. */
static int build_cf(const struct ir_config *ir, const char *mc, char **cf, size_t *len)
{
	struct emit_origins origins = { NULL, 0, 0 };
	FILE *mem = open_memstream(cf, len);
	int rc;

	if (mem == NULL) {
		diag_report(DIAG_ERROR, NULL, 0, 0, "cannot buffer output: %s", strerror(errno));
		return EXIT_USAGE;
	}
	emit_origin_begin(&origins, mem);
	rc = emit_config(ir, mem);
	emit_origin_end();
	if (fclose(mem) != 0) {
		emit_origins_free(&origins);
		diag_report(DIAG_ERROR, NULL, 0, 0, "cannot buffer output: %s", strerror(errno));
		return EXIT_USAGE;
	}
	if (rc == 0 && diag_errors() == 0)
		read_back(mc, *cf, *len, &origins);
	emit_origins_free(&origins);
	return rc < 0 || diag_errors() > 0 ? EXIT_INPUT_ERRORS : 0;
}

static int write_stdout(const char *cf, size_t len)
{
	if (fwrite(cf, 1, len, stdout) != len || fflush(stdout) != 0) {
		diag_report(DIAG_ERROR, NULL, 0, 0, "cannot write standard output: %s", strerror(errno));
		return EXIT_USAGE;
	}
	return 0;
}

/*
 * Through a temporary beside PATH, renamed into place only when whole.
 * Only a regular file is replaced, and the new one keeps its mode and
 * owner (lib/output_target.h).
 */
static int write_file(const char *cf, size_t len, const char *path)
{
	struct output_target t;
	struct atomic_file *af;
	const char *why;
	FILE *out;

	if (output_target_check(path, &t, &why) < 0) {
		diag_report(DIAG_ERROR, path, 0, 0, "%s", why);
		return EXIT_USAGE;
	}
	if (t.unsafe_dir != NULL)
		diag_report(DIAG_WARNING, path, 0, 0,
			    "%s can be written by others: sendmail's file safety checks will "
			    "complain about a cf below it", t.unsafe_dir);
	af = atomic_open(t.path, 0644);
	if (af == NULL) {
		diag_report(DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(errno));
		output_target_free(&t);
		return EXIT_USAGE;
	}
	if (t.exists)
		atomic_set_attributes(af, t.mode, t.uid, t.gid);
	output_target_free(&t);
	out = atomic_stream(af);
	if (fwrite(cf, 1, len, out) != len) {
		int eno = errno;

		atomic_abort(af);
		diag_report(DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(eno));
		return EXIT_USAGE;
	}
	/* a failed commit has thrown the temporary away already */
	if (atomic_commit(af) < 0) {
		diag_report(DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(errno));
		return EXIT_USAGE;
	}
	return 0;
}

/* Compile IR and write the result; 0 or an exit status. */
static int write_output(const struct ir_config *ir, const char *mc, const char *output)
{
	char *cf = NULL;
	size_t len = 0;
	int rc = build_cf(ir, mc, &cf, &len);

	if (rc == 0)
		rc = output ? write_file(cf, len, output) : write_stdout(cf, len);
	free(cf);
	return rc;
}

int cmd_build(int argc, char **argv)
{
	struct build_args a;
	struct fe_options fe;
	struct ir_config *ir = NULL;
	int rc;

	memset(&a, 0, sizeof(a));
	rc = parse_args(argc, argv, &a);
	if (rc != 0) {
		free(a.defines);
		free(a.includes);
		return rc == 1 ? 0 : rc;
	}
	if (smcf_datadir_problem() != NULL) {
		diag_report(DIAG_ERROR, NULL, 0, 0, "%s", smcf_datadir_problem());
		free(a.defines);
		free(a.includes);
		return EXIT_USAGE;
	}
	memset(&fe, 0, sizeof(fe));
	fe.mc_file = a.input;
	fe.defines = a.defines;
	fe.ndefines = a.ndefines;
	fe.include_dirs = a.includes;
	fe.nincludes = a.nincludes;
	diag_hold();
	rc = frontend_read(&fe, &ir);
	if (rc == 0) {
		check_config(ir, a.input);
		if (a.dump_ir) {
			ir_dump(ir, stdout);
			rc = diag_errors() > 0 ? EXIT_INPUT_ERRORS : 0;
		} else if (diag_errors() > 0)
			rc = EXIT_INPUT_ERRORS;
		else
			rc = write_output(ir, a.input, a.output);
	}
	diag_release();
	ir_free(ir);
	free(a.defines);
	free(a.includes);
	return rc;
}
