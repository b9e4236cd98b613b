/*
 * cmd_lint.c - entry of "smcf lint": parse the command line, run the
 * check family that fits each file, apply inline suppressions, print the
 * findings and turn them into the exit status.
 *
 * Files that are not for lint (folders, makemap's databases, files whose
 * kind cannot be told without --map) are skipped with a note on stderr.
 *
 * Exit status: 0 no finding at or above the failure threshold, 1 some,
 * 2 usage error, an input that cannot be read (or m4 cannot run), or no
 * file that could be checked.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "color.h"
#include "paths.h"
#include "xalloc.h"
#include "src/commands.h"
#include "lint/lint.h"

static const char usage_text[] =
	"usage: smcf lint [OPTION]... FILE...\n"
	"\n"
	"Check sendmail .mc files, sendmail.cf files and map sources (the input\n"
	"of makemap) for mistakes, without building or running anything.  Each\n"
	"finding has a position, a severity and a stable code (see lint-codes.md).\n"
	"\n"
	"options:\n"
	"  --format=FMT     text (default), gcc, json or sarif (SARIF 2.1.0)\n"
	"  --map KIND       the files are map sources of KIND (access, mailertable,\n"
	"                   virtusertable, genericstable, domaintable, authinfo, aliases)\n"
	"  --severity=LVL   failure threshold: error (default), warning or info\n"
	"  --cf FILE        the sendmail.cf the maps serve (its mailers are the ones a\n"
	"                   mailertable may name); default: sendmail.cf beside the map\n"
	COLOR_HELP_LINE
	"  -h, --help       show this help\n"
	"\n"
	"Files ending in .mc or .m4 are read as .mc, .cf as sendmail.cf; other\n"
	"files are map sources when their name starts with a map kind or has it\n"
	"as extension (access.txt, site.access).  Folders, makemap's databases\n"
	"and (without --map) files of no known kind are skipped with a note.\n"
	"Silence a finding with \"smcf-lint: disable=CODE\" in a comment on its\n"
	"line or the line before (dnl ... in .mc, # ... in cf and maps).\n"
	"A submission .mc (FEATURE(`msp')) is checked against its MTA's .mc: another\n"
	"one on the command line, or sendmail.mc beside it.  SMCF_HOSTNAME names the\n"
	"mail server when lint runs on another host.\n"
	"\n"
	"exit status: 0 clean; 1 findings at or above the threshold; 2 usage\n"
	"error, unreadable input, nothing that could be checked, or smcf's data\n"
	"folder missing.\n"
	"\n"
	"examples:\n"
	"  smcf lint /etc/mail/*\n"
	"  smcf lint --map access /etc/mail/access\n"
	"  smcf lint --format=sarif --severity=warning site.mc > lint.sarif\n"
	"\n"
	"See smcf-lint(1).\n";

static const char *const map_kinds[] = {
	"access", "mailertable", "virtusertable", "genericstable",
	"domaintable", "authinfo", "aliases",
};

struct lint_args {
	enum lint_format format;
	enum lint_severity threshold;
	const char *map_kind;
	const char *cf_file;
	int first_file;
};

static int usage_error(const char *fmt, const char *arg)
{
	fputs("smcf lint: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry `smcf lint --help'.\n", stderr);
	return 2;
}

/* "--name=value" or "--name value": the value, or NULL when ARG is not
 * that option (*MISSING set when it is but the value is missing).
 * Moves *I past a separate value. */
static const char *option_value(int argc, char **argv, int *i, const char *name, int *missing)
{
	size_t n = strlen(name);
	const char *arg = argv[*i];

	if (strncmp(arg, name, n) != 0)
		return NULL;
	if (arg[n] == '=')
		return arg + n + 1;
	if (arg[n] != '\0')
		return NULL;
	if (*i + 1 >= argc) {
		*missing = 1;
		return NULL;
	}
	return argv[++*i];
}

static int parse_args(int argc, char **argv, struct lint_args *a)
{
	int i, missing, color;
	const char *v;

	a->format = LINT_FORMAT_TEXT;
	a->threshold = LINT_ERROR;
	a->map_kind = NULL;
	a->cf_file = NULL;
	for (i = 1; i < argc; i++) {
		const char *arg = argv[i];

		missing = 0;
		if (strcmp(arg, "--") == 0) {
			i++;
			break;
		}
		if (arg[0] != '-' || arg[1] == '\0')
			break;
		if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
			fputs(usage_text, stdout);
			return 1;
		}
		if ((color = color_option("smcf lint", arg)) != 0) {
			if (color < 0)
				return -1;
		} else if ((v = option_value(argc, argv, &i, "--format", &missing)) != NULL) {
			if (lint_format_parse(v, &a->format) < 0) {
				usage_error("unknown format `%s'", v);
				return -1;
			}
		} else if ((v = option_value(argc, argv, &i, "--map", &missing)) != NULL) {
			if (!lint_map_kind_known(v)) {
				usage_error("unknown map kind `%s'", v);
				return -1;
			}
			a->map_kind = v;
		} else if ((v = option_value(argc, argv, &i, "--cf", &missing)) != NULL) {
			a->cf_file = v;
		} else if ((v = option_value(argc, argv, &i, "--severity", &missing)) != NULL) {
			if (lint_severity_parse(v, &a->threshold) < 0) {
				usage_error("unknown severity `%s' (error, warning or info)", v);
				return -1;
			}
		} else {
			usage_error(missing ? "option `%s' needs a value" : "unknown option `%s'", arg);
			return -1;
		}
	}
	if (i >= argc) {
		usage_error("%s", "no input file");
		return -1;
	}
	a->first_file = i;
	return 0;
}

static int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The map kind a file name starts or ends with ("access.txt",
 * "site.access"), or NULL. */
static const char *map_kind_of_name(const char *file)
{
	const char *base = strrchr(file, '/');
	const char *ext;
	size_t i;

	base = base ? base + 1 : file;
	ext = strrchr(base, '.');
	for (i = 0; i < sizeof(map_kinds) / sizeof(map_kinds[0]); i++)
		if (strncmp(base, map_kinds[i], strlen(map_kinds[i])) == 0 ||
		    (ext && strcmp(ext + 1, map_kinds[i]) == 0))
			return map_kinds[i];
	return NULL;
}

/* What became of one file. */
enum lint_outcome { FILE_CHECKED, FILE_SKIPPED, FILE_FAILED };

/* A file that is not checked is not an error: say so and why. */
static enum lint_outcome skipped(const char *file, const char *why)
{
	fprintf(stderr, "smcf lint: %snote:%s %s: skipped, %s\n", color_on(stderr, COLOR_NOTE),
		color_off(stderr), file, why);
	return FILE_SKIPPED;
}

/*
 * Whether FILE is a Berkeley DB file (what makemap writes): by its name
 * NAME.db, or by the magic number of a hash or btree database at offset
 * 12, in either byte order.
 */
static int is_database(const char *file)
{
	static const unsigned char magic[][4] = {
		{ 0x00, 0x06, 0x15, 0x61 }, { 0x61, 0x15, 0x06, 0x00 },	/* hash */
		{ 0x00, 0x05, 0x31, 0x62 }, { 0x62, 0x31, 0x05, 0x00 },	/* btree */
	};
	unsigned char head[16];
	FILE *fp;
	size_t n = 0;

	if (has_suffix(file, ".db"))
		return 1;
	if ((fp = fopen(file, "rb")) != NULL) {
		n = fread(head, 1, sizeof head, fp);
		fclose(fp);
	}
	for (size_t i = 0; n == sizeof head && i < sizeof magic / sizeof magic[0]; i++)
		if (memcmp(head + 12, magic[i], 4) == 0)
			return 1;
	return 0;
}

/* A database is makemap's output: point at the source it was built from. */
static enum lint_outcome database_note(const char *file)
{
	size_t n = strlen(file);
	char *source = xstrdup(file);
	struct stat st;
	char *why;

	if (has_suffix(file, ".db"))
		source[n - 3] = '\0';
	if (strcmp(source, file) != 0 && stat(source, &st) == 0)
		why = xasprintf("the database makemap builds from %s (lint that file)", source);
	else if (strcmp(source, file) != 0)
		why = xasprintf("a database built by makemap (its source %s is not there)", source);
	else
		why = xstrdup("a database built by makemap, not a source");
	skipped(file, why);
	free(why);
	free(source);
	return FILE_SKIPPED;
}

/* .mc files need smcf's data folder: report a missing one once. */
static int data_folder_ok(void)
{
	static int reported;
	const char *problem = smcf_datadir_problem();

	if (problem != NULL && !reported++)
		fprintf(stderr, "smcf lint: %serror:%s %s\n", color_on(stderr, COLOR_ERROR),
			color_off(stderr), problem);
	return problem == NULL;
}

/* Lint one file into LIST. */
static enum lint_outcome lint_file(const char *file, const struct lint_args *a,
				   const struct lint_context *ctx, struct lint_list *list)
{
	struct lint_lines lines;
	struct stat st;
	size_t from = list->n;
	const char *kind = a->map_kind;
	int is_mc = !kind && (has_suffix(file, ".mc") || has_suffix(file, ".m4"));
	int is_cf = !kind && has_suffix(file, ".cf");
	int rc = 0;

	if (stat(file, &st) == 0 && S_ISDIR(st.st_mode))
		return skipped(file, "a folder");
	if (is_database(file))
		return database_note(file);
	if (!kind && !is_mc && !is_cf)
		kind = map_kind_of_name(file);
	if (!kind && !is_mc && !is_cf)
		return skipped(file, "its name says neither .mc, .cf nor a map kind "
			       "(--map KIND checks it as a map source)");
	if (is_mc && !data_folder_ok())
		return FILE_FAILED;
	/* A map may be huge: it is read as a stream, never whole. */
	if (kind) {
		rc = lint_map_file(file, kind, ctx, list);
		if (rc == -2)
			fprintf(stderr, "smcf lint: %s: cannot sort its keys (temporary files go to "
				"$TMPDIR or /tmp): %s\n", file, strerror(errno));
		else if (rc < 0)
			fprintf(stderr, "smcf lint: %s: %s\n", file, strerror(errno));
		return rc == 0 ? FILE_CHECKED : FILE_FAILED;
	}
	if (lint_lines_read(file, &lines) < 0) {
		fprintf(stderr, "smcf lint: %s: %s\n", file, strerror(errno));
		return FILE_FAILED;
	}
	if (is_cf) {
		lint_cf(file, &lines, ctx, list);
	} else {
		size_t k;

		lint_mc_lexical(file, &lines, list);
		for (k = from; k < list->n; k++)
			list->items[k].source = LINT_FROM_LEXICAL;
		rc = lint_mc_semantic(file, &lines, ctx, list);
	}
	lint_suppress(list, from, file, &lines);
	lint_lines_free(&lines);
	return rc == 0 ? FILE_CHECKED : FILE_FAILED;
}

int cmd_lint(int argc, char **argv)
{
	struct lint_args a;
	struct lint_list list = { NULL, 0, 0 };
	struct lint_context ctx;
	int rc = 0, i, r, checked = 0;
	size_t k;

	r = parse_args(argc, argv, &a);
	if (r != 0)
		return r > 0 ? 0 : 2;
	ctx.cf_file = a.cf_file;
	ctx.files = (const char *const *)argv + a.first_file;
	ctx.nfiles = (size_t)(argc - a.first_file);
	for (i = a.first_file; i < argc; i++)
		switch (lint_file(argv[i], &a, &ctx, &list)) {
		case FILE_CHECKED:
			checked++;
			break;
		case FILE_SKIPPED:
			break;
		case FILE_FAILED:
			rc = 2;
			break;
		}
	if (checked == 0 && rc == 0) {
		fprintf(stderr, "smcf lint: none of the files given could be checked (see the notes above)\n");
		rc = 2;
	}
	lint_list_sort(&list);
	lint_print(&list, a.format);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "smcf lint: cannot write the report: %s\n", strerror(errno));
		rc = 2;
	}
	for (k = 0; k < list.n && rc == 0; k++)
		if (list.items[k].severity >= a.threshold)
			rc = 1;
	lint_list_free(&list);
	return rc;
}
