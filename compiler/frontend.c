/*
 * frontend.c - run GNU m4 on the .mc with the prelude and turn the
 * records it prints into the IR.
 *
 * m4 gets, before any file: the defaults the reference defines before a
 * .mc is read (compiler/options.c), one marker per known configuration
 * name (the prelude reports their values), the data folder, then the
 * user's -D, the list of known names defined before the .mc, and -I.
 * It reads the prelude (or reloads the state the prelude leaves, frozen
 * once: m4cache.h), m4/start.m4, then the .mc.  m4's own complaints (a
 * missing include file, ...) come back on its stderr as
 * "m4:file:line: msg" and become diagnostics too.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "typoquotes.h"
#include "diag.h"
#include "paths.h"
#include "runprog.h"
#include "srcfile.h"
#include "strbuf.h"
#include "xalloc.h"
#include "compiler/frontend.h"
#include "compiler/ir_build.h"
#include "compiler/m4cache.h"
#include "compiler/m4input.h"
#include "compiler/m4memo.h"
#include "compiler/options.h"

/* Records can nest (a configuration macro called inside the arguments
 * of another); deeper than this is not a sensible .mc. */
#define MAX_RECORD_DEPTH 32

struct record_frame {
	char **fields;
	int nfields, cap;
	struct strbuf cur;		/* the field being read */
};

struct fe_state {
	struct ir_config *ir;
	const struct fe_options *opt;
	const char *start;		/* path of m4/start.m4 */
	struct srcfile_cache *src;

	struct record_frame frames[MAX_RECORD_DEPTH];	/* records being read */
	int depth;
	int too_deep;			/* nesting beyond MAX_RECORD_DEPTH */
	char **fields;			/* the record being handled */
	int nfields;

	const char *section;		/* where raw text goes now */
	struct strbuf text;		/* raw text not yet in the IR */
	struct ir_pos text_pos;
	struct ir_pos last_pos;		/* of the latest record */

	struct strbuf warning;		/* errprint lines being joined */
	struct ir_pos warning_pos;
	int stream_broken;
	int m4_failed;			/* m4 reported errors: a cut stream
					 * needs no message of its own */
	struct m4memo *memo;		/* files the output depends on */
	char **seen;			/* messages reported, by serial */
	size_t seen_cap;
	int reads_only;			/* m4 was stopped: only R records count */
};

/* ------------------------------------------------------------------ */
/* the m4 command line */

struct argv_list {
	char **v;
	size_t n, cap;
};

static void argv_add(struct argv_list *a, char *s)
{
	if (a->n + 2 > a->cap) {
		a->cap = a->cap ? a->cap * 2 : 64;
		a->v = xrealloc(a->v, a->cap * sizeof(char *));
	}
	a->v[a->n++] = s;
	a->v[a->n] = NULL;
}

static void argv_free(struct argv_list *a)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		free(a->v[i]);
	free(a->v);
}

/* Add NAME to a quoted m4 list: `A',`B' */
static void list_add(struct strbuf *list, const char *name)
{
	if (list->len)
		strbuf_addch(list, ',');
	strbuf_addch(list, '`');
	strbuf_addstr(list, name);
	strbuf_addch(list, '\'');
}

/* The arguments that shape the state the prelude leaves and are the
 * same for every run: the reference's defaults, the known names, the
 * data folder.  (They are frozen along with the prelude: m4cache.h.) */
static void add_fixed_args(struct argv_list *a)
{
	size_t i;

	for (i = 0; i < option_npredefines; i++) {
		argv_add(a, xasprintf("-D%s=%s", option_predefines[i].name, option_predefines[i].body));
		argv_add(a, xasprintf("-Dsmcf_default_%s=%s", option_predefines[i].name,
				      option_predefines[i].body));
	}
	for (i = 0; i < smcf_noptions; i++)
		argv_add(a, xasprintf("-Dsmcf_known_%s", smcf_options[i].m4_name));
	for (i = 0; i < mc_ndefine_names; i++)
		argv_add(a, xasprintf("-Dsmcf_known_%s", mc_define_names[i]));
	argv_add(a, xasprintf("-Dsmcf_datadir=%s", smcf_datadir()));
	argv_add(a, xasprintf("-Dsmcf_defaults_file=%s", FE_POS_DEFAULTS));
}

static int is_user_define(const struct fe_options *opt, const char *name)
{
	size_t i, n = strlen(name);

	for (i = 0; i < opt->ndefines; i++)
		if (strncmp(opt->defines[i], name, n) == 0 &&
		    (opt->defines[i][n] == '\0' || opt->defines[i][n] == '='))
			return 1;
	return 0;
}

int mc_line_includes_cf_m4(const char *line)
{
	const char *inc = strstr(line, "include(");
	const char *hash = strchr(line, '#');
	const char *arg, *cf;

	if (inc == NULL || (hash != NULL && hash < inc))
		return 0;
	arg = inc + strlen("include(");
	cf = strstr(arg, "cf.m4");
	return cf != NULL && memchr(arg, ')', (size_t)(cf - arg)) == NULL;
}

/* Does the .mc at PATH include cf.m4 itself (mc_line_includes_cf_m4)? */
static int mc_includes_cf_m4(const char *path)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	int found = 0;

	if (fp == NULL)
		return 0;
	while (!found && getline(&line, &cap, fp) >= 0)
		found = mc_line_includes_cf_m4(line);
	free(line);
	fclose(fp);
	return found;
}

/* The arguments of this run: the user's -D (after the defaults, so they
 * win), the list of known names defined before the .mc, the defaults
 * cf.m4 sets again when the .mc includes it, the -I folders. */
static void add_run_args(struct argv_list *a, const struct fe_options *opt)
{
	struct strbuf list = STRBUF_INIT, reset = STRBUF_INIT;
	size_t i;

	for (i = 0; i < option_npredefines; i++) {
		list_add(&list, option_predefines[i].name);
		if (!option_predefines[i].unless_defined && !is_user_define(opt, option_predefines[i].name))
			list_add(&reset, option_predefines[i].name);
	}
	for (i = 0; i < opt->ndefines; i++) {
		char *name = xstrndup(opt->defines[i], strcspn(opt->defines[i], "="));

		argv_add(a, xasprintf("-D%s", opt->defines[i]));
		if (mc_define_known(name))
			list_add(&list, name);
		free(name);
	}
	argv_add(a, xasprintf("-Dsmcf_initial_list=%s", strbuf_str(&list)));
	argv_add(a, xasprintf("-Dsmcf_reset_list=%s", strbuf_str(&reset)));
	if (mc_includes_cf_m4(opt->mc_file))
		argv_add(a, xstrdup("-Dsmcf_mc_includes_cf"));
	strbuf_free(&list);
	strbuf_free(&reset);
	for (i = 0; i < opt->nincludes; i++)
		argv_add(a, xasprintf("-I%s", opt->include_dirs[i]));
}

/* Is NAME, a file m4 is asked to read, one of smcf's own data files
 * (ostypes/, domain/)?  (The data folder may hold other files: in a
 * source tree, the tests.  A name that climbs out with .. is not one.) */
static int is_data_file(const char *name)
{
	static const char *const folders[] = { "/ostypes/", "/domain/" };
	const char *data = smcf_datadir();
	size_t n = strlen(data), i;

	if (strncmp(name, data, n) != 0 || strstr(name, "/../") != NULL)
		return 0;
	for (i = 0; i < sizeof(folders) / sizeof(folders[0]); i++)
		if (strncmp(name + n, folders[i], strlen(folders[i])) == 0)
			return 1;
	return 0;
}

/* May the .mc have m4 read NAME?  1 when NAME is found (as m4 finds it)
 * and is no file (m4input.h); then *WHY (when WHY is not NULL) says
 * what it is.  *PATH (when PATH is not NULL) gets the path found, or
 * NULL; the caller frees it.  smcf's own data files are always fine. */
static int read_refused(const struct fe_options *opt, const char *name, const char **why,
			char **path)
{
	char *found = is_data_file(name) ? NULL : m4input_find(name, opt->include_dirs, opt->nincludes);
	const char *what = found ? m4input_not_a_file(found) : NULL;

	if (why)
		*why = what;
	if (path)
		*path = found;
	else
		free(found);
	return what != NULL;
}

/* A hostile or broken .mc must take down neither the machine nor smcf:
 * m4 gets a memory ceiling, a time limit (SMCF_M4_TIMEOUT seconds) and a
 * nesting limit well within its stack (its message then names the
 * line), and smcf keeps at most M4_OUTPUT_LIMIT bytes of what m4 prints
 * (a real configuration prints a few hundred kilobytes): m4 is stopped
 * beyond that.  A stopped run is located afterwards (locate_m4). */
#define M4_MEMORY_LIMIT ((size_t)1 << 30)
#define M4_TIMEOUT_DEFAULT 60
#define M4_NESTING_LIMIT "10000"
#define M4_OUTPUT_LIMIT ((size_t)16 << 20)

/* What m4 reads before the .mc. */
struct m4_input {
	char *name;			/* m4 as run: its messages start so */
	char *program;			/* its path (the frozen state's key) */
	char *prelude;			/* m4/prelude.m4 */
	char *start;			/* m4/start.m4 */
	struct argv_list fixed;		/* add_fixed_args() */
};

/* The m4 command line: with FROZEN, the prelude's frozen state is
 * reloaded (-R) instead of reading the prelude and its arguments.
 * EXTRA is one more option, or NULL. */
static void build_argv(struct argv_list *a, const struct m4_input *in, const char *frozen,
		       const struct fe_options *opt, const char *extra)
{
	size_t i;

	argv_add(a, xstrdup(in->name));
	argv_add(a, xstrdup("-L" M4_NESTING_LIMIT));
	if (extra)
		argv_add(a, xstrdup(extra));
	if (frozen) {
		argv_add(a, xstrdup("-R"));
		argv_add(a, xstrdup(frozen));
	} else {
		for (i = 0; i < in->fixed.n; i++)
			argv_add(a, xstrdup(in->fixed.v[i]));
	}
	add_run_args(a, opt);
	argv_add(a, xstrdup("--"));
	if (frozen == NULL)
		argv_add(a, xstrdup(in->prelude));
	argv_add(a, xstrdup(in->start));
	argv_add(a, xstrdup(opt->mc_file));
}

/* A -D that names one of the prelude's own macros (not a default the
 * .mc may change) must come before the prelude, as the reference reads
 * its cf.m4 after the -D values: then the frozen state cannot be used. */
static int defines_clash(const struct fe_options *opt, const char *frozen)
{
	size_t i, j;
	int clash = 0;

	for (i = 0; i < opt->ndefines && !clash; i++) {
		char *name = xstrndup(opt->defines[i], strcspn(opt->defines[i], "="));

		for (j = 0; j < option_npredefines; j++)
			if (strcmp(name, option_predefines[j].name) == 0)
				break;
		if (j == option_npredefines && m4cache_defines(frozen, name) != 0)
			clash = 1;
		free(name);
	}
	return clash;
}

/* ------------------------------------------------------------------ */
/* running m4 */

static int m4_timeout(void)
{
	const char *s = getenv("SMCF_M4_TIMEOUT");
	int t = s ? atoi(s) : 0;

	return t > 0 ? t : M4_TIMEOUT_DEFAULT;
}

/* Run m4 over the .mc (from the frozen prelude FROZEN, or the plain way
 * when it is NULL), in the C locale, with EXTRA (NULL or one more
 * option) and LIMITS.  Returns as runprog does. */
static int run_m4_with(const struct m4_input *in, const char *frozen, const struct fe_options *opt,
		       const char *extra, const struct runprog_limits *limits,
		       struct runprog_result *res)
{
	struct argv_list argv = { NULL, 0, 0 };
	char **envp = runprog_c_locale_env();
	int rc;

	build_argv(&argv, in, frozen, opt, extra);
	rc = runprog_env(argv.v, envp, limits, res);
	free(envp);
	argv_free(&argv);
	return rc;
}

/* While m4 runs, each R record is looked at as it comes (the prelude
 * writes it on standard error before m4 opens the file): m4 is stopped
 * at once when it is about to read no file a .mc may read (a device, a
 * FIFO m4 would wait on for ever, /proc ...).  The front end then
 * reports it (frontend_read). */
struct read_watch {
	const struct fe_options *opt;
	size_t scanned;			/* standard error looked at so far */
};

static int watch_reads(void *arg, const struct strbuf *err)
{
	static const char head[] = "\001R\037";
	struct read_watch *w = arg;
	const char *p;

	while ((p = memmem(err->buf + w->scanned, err->len - w->scanned, head, 3)) != NULL) {
		const char *end = memchr(p, '\002', (size_t)(err->buf + err->len - p));
		const char *name = p + 3;
		char *copy;
		int i, refused;

		if (end == NULL) {
			w->scanned = (size_t)(p - err->buf);	/* wait for the rest */
			return 0;
		}
		w->scanned = (size_t)(end + 1 - err->buf);
		for (i = 0; i < 2 && name != NULL; i++) {	/* past file and line */
			const char *sep = memchr(name, '\037', (size_t)(end - name));

			name = sep ? sep + 1 : NULL;
		}
		if (name == NULL)
			continue;
		copy = xstrndup(name, (size_t)(end - name));
		refused = read_refused(w->opt, copy, NULL, NULL);
		free(copy);
		if (refused)
			return 1;
	}
	if (err->len > w->scanned + 2)
		w->scanned = err->len - 2;	/* a head may be cut between reads */
	return 0;
}

static int run_m4(const struct m4_input *in, const char *frozen, const struct fe_options *opt,
		  struct runprog_result *res)
{
	struct read_watch watch = { opt, 0 };
	struct runprog_limits limits = { m4_timeout(), M4_MEMORY_LIMIT, M4_OUTPUT_LIMIT, 0,
					 watch_reads, &watch };

	return run_m4_with(in, frozen, opt, NULL, &limits, res);
}

/* The fixed arguments, made only when the prelude must be read or
 * frozen: most runs reload the frozen state and need none of them. */
static void need_fixed_args(struct m4_input *in)
{
	if (in->fixed.n == 0)
		add_fixed_args(&in->fixed);
}

/* The cached frozen prelude, frozen now if missing; NULL when there is
 * none to use for this run. */
static char *frozen_prelude(struct m4_input *in, const struct fe_options *opt)
{
	int ready;
	char *frozen = m4cache_path(in->program, in->prelude, smcf_datadir(), &ready);

	if (frozen && !ready) {
		need_fixed_args(in);
		if (m4cache_freeze(frozen, in->program, in->fixed.v, in->fixed.n, in->prelude) < 0) {
			free(frozen);
			frozen = NULL;
		}
	}
	if (frozen && defines_clash(opt, frozen)) {
		free(frozen);
		frozen = NULL;
	}
	return frozen;
}

/* Run m4 from the cached frozen prelude when there is one.  A frozen
 * file m4 cannot reload (its messages name the file) is dropped and the
 * run made again the plain way. */
static int run_m4_cached(struct m4_input *in, const struct fe_options *opt,
			 struct runprog_result *res)
{
	char *frozen = frozen_prelude(in, opt);
	int rc;

	if (frozen == NULL)
		need_fixed_args(in);
	rc = run_m4(in, frozen, opt, res);
	if (frozen && rc == 0 && res->status != 0 && strstr(strbuf_str(&res->err), frozen)) {
		m4cache_forget(frozen);
		runprog_result_free(res);
		*res = (struct runprog_result)RUNPROG_RESULT_INIT;
		need_fixed_args(in);
		rc = run_m4(in, NULL, opt, res);
	}
	free(frozen);
	return rc;
}

/* ------------------------------------------------------------------ */
/* a run stopped by a limit */

/* How long the second, traced run may take, and how much of its trace
 * is kept (the last line is the one that counts). */
#define M4_LOCATE_SECONDS 3
#define M4_TRACE_TAIL ((size_t)64 << 10)

/* Where m4 was: FILE, LINE and the macro being called. */
struct m4_where {
	char *file;
	int line;
	char *macro;
};

/* The last trace line in ERR: "m4trace:FILE:LINE: -DEPTH- NAME". */
static int last_trace(struct strbuf *err, struct m4_where *w)
{
	static const char tag[] = "m4trace:";
	char *line = NULL, *p, *depth, *colon, *name;

	for (p = err->buf; p && (p = strstr(p, tag)) != NULL; p++)
		if (p == err->buf || p[-1] == '\n')
			line = p;
	if (line == NULL)
		return 0;
	line[strcspn(line, "\n")] = '\0';
	depth = strstr(line, ": -");
	if (depth == NULL)
		return 0;
	*depth = '\0';
	colon = strrchr(line, ':');
	name = strstr(depth + 3, "- ");
	if (colon == NULL || colon < line + sizeof(tag) - 1 || name == NULL)
		return 0;
	*colon = '\0';
	w->file = xstrdup(line + sizeof(tag) - 1);
	w->line = atoi(colon + 1);
	name += 2;
	w->macro = xstrndup(name, strcspn(name, " ("));
	return 1;
}

/* Where m4 was when it had to be stopped: the same run once more with
 * every macro call traced (m4 -dtfl), within the same limits but a few
 * seconds at most.  m4 is deterministic, so the trace ends where the
 * first run was stopped (or, for a run out of time, inside whatever
 * would not end).  Returns 1 with W filled, 0 when that fails. */
static int locate_m4(struct m4_input *in, const struct fe_options *opt, struct m4_where *w)
{
	struct runprog_limits limits = { m4_timeout(), M4_MEMORY_LIMIT, M4_OUTPUT_LIMIT, M4_TRACE_TAIL,
					 NULL, NULL };
	struct runprog_result res = RUNPROG_RESULT_INIT;
	char *frozen = frozen_prelude(in, opt);
	int found;

	if (limits.timeout > M4_LOCATE_SECONDS)
		limits.timeout = M4_LOCATE_SECONDS;
	if (frozen == NULL)
		need_fixed_args(in);
	found = run_m4_with(in, frozen, opt, "-dtfl", &limits, &res) != RUNPROG_FAILED &&
		last_trace(&res.err, w);
	free(frozen);
	runprog_result_free(&res);
	return found;
}

/* Did m4 give up for want of memory or stack (its own messages carry no
 * position), or die of a signal? */
static const char *m4_exhausted(const struct runprog_result *res)
{
	const char *err = res->err.buf ? res->err.buf : "";

	if (res->status == 0)
		return NULL;
	if (strstr(err, "m4: stack overflow"))
		return "m4 ran out of stack";
	if (strstr(err, "m4: memory exhausted"))
		return "m4 ran out of memory";
	if (res->status >= 128)
		return "m4 was killed";
	return NULL;
}

/* Report a run stopped by a limit (RC from runprog, or WHY from
 * m4_exhausted) at the place m4 was. */
static void report_stopped(struct m4_input *in, const struct fe_options *opt, int rc, const char *why)
{
	struct m4_where w = { NULL, 0, NULL };
	struct strbuf msg = STRBUF_INIT;
	const char *file = opt->mc_file;
	int line = 0, col = 0;

	if (rc == RUNPROG_TIMEOUT)
		strbuf_addf(&msg, "m4 did not finish within %d seconds", m4_timeout());
	else if (rc == RUNPROG_TOO_MUCH)
		strbuf_addf(&msg, "m4 printed more than %zu MiB", M4_OUTPUT_LIMIT >> 20);
	else
		strbuf_addstr(&msg, why ? why : "m4 was stopped");
	if (locate_m4(in, opt, &w) && strcmp(w.file, in->prelude) != 0 && strcmp(w.file, in->start) != 0) {
		struct srcfile_cache *src = srcfile_cache_new();

		file = w.file;
		line = w.line;
		if (strncmp(w.macro, "smcf_", 5) != 0) {
			col = srcfile_find(src, file, &line, w.macro, 0);
			strbuf_addf(&msg, " expanding `%s'", w.macro);
		}
		if (col <= 0)
			col = 1;
		srcfile_cache_free(src);
	}
	strbuf_addstr(&msg, rc == RUNPROG_TIMEOUT ? " (an endless loop?)"
		      : why && strstr(why, "stack") ? " (an endless recursion?)"
		      : " (an endless or exponential expansion?)");
	diag_report(DC_MC_M4, DIAG_ERROR, file, line, col, "%s", strbuf_str(&msg));
	strbuf_free(&msg);
	free(w.file);
	free(w.macro);
}

/* m4's own messages: "m4:FILE:LINE: text" (a warning when the text
 * starts with "Warning:"), or "m4: text" without a position; other lines
 * are what dumpdef or traceon print.  Whether the rest are errors is
 * m4's call, as for the reference: when m4 exits 0 (a non-numeric
 * argument to incr, a bad eval ...) the cf is written, so they are
 * warnings; when it fails (a missing include ...) they explain why. */
/* m4's own words for input that ends inside a quote or inside a call's
 * arguments: the same mistakes the linter's lexical checks name, so they
 * carry those codes. */
static const struct {
	const char *m4_says;
	enum diag_code code;
} m4_eof_messages[] = {
	{ "end of file in string", DC_MC_UNBALANCED_QUOTE },
	{ "end of file in argument list", DC_MC_UNBALANCED_PAREN },
};

static enum diag_code m4_message_code(const char *msg)
{
	size_t i;

	for (i = 0; i < sizeof(m4_eof_messages) / sizeof(m4_eof_messages[0]); i++)
		if (strstr(msg, m4_eof_messages[i].m4_says) != NULL)
			return m4_eof_messages[i].code;
	return DC_MC_M4;
}

static void report_m4_line(char *line, int m4_failed)
{
	enum diag_level level = m4_failed ? DIAG_ERROR : DIAG_WARNING;
	char *file, *colon, *msg;
	int lineno;

	if (strncmp(line, "m4:", 3) != 0) {
		if (*line)
			diag_report(DC_MC_M4, level, NULL, 0, 0, "%s", line);
		return;
	}
	file = line + 3;
	colon = strchr(file, ':');
	if (*file == ' ' || colon == NULL || sscanf(colon + 1, "%d", &lineno) != 1) {
		diag_report(DC_MC_M4, level, NULL, 0, 0, "m4:%s", file);
		return;
	}
	*colon = '\0';
	msg = strchr(colon + 1, ':');
	msg = msg ? msg + 1 : colon + 1;
	while (*msg == ' ')
		msg++;
	if (strncmp(msg, "recursion limit of ", 19) == 0)
		diag_report(DC_MC_M4, DIAG_ERROR, file, lineno, 0, "macro calls nested more than %s deep "
			    "(an endless recursion?)", M4_NESTING_LIMIT);
	else if (strncmp(msg, "ERROR: ", 7) == 0 && strcmp(msg + 7, "end of file in string") == 0 &&
		 typo_quote_line(file, lineno) > 0)
		/* an opening ` whose closing quote was typed as ’ */
		diag_report(DC_MC_TYPOGRAPHIC_QUOTE, level, file, lineno, 0,
			    "end of file in string: an opening ` here has no closing '; line %d holds "
			    "a typographic quote, which m4 does not take for one",
			    typo_quote_line(file, lineno));
	else if (strncmp(msg, "Warning: ", 9) == 0)
		diag_report(m4_message_code(msg), DIAG_WARNING, file, lineno, 0, "%s", msg + 9);
	else if (strncmp(msg, "ERROR: ", 7) == 0)
		diag_report(m4_message_code(msg), DIAG_ERROR, file, lineno, 0, "%s", msg + 7);
	else
		diag_report(m4_message_code(msg), level, file, lineno, 0, "%s", msg);
}

static void report_m4_stderr(struct strbuf *err, int m4_failed)
{
	char *p, *nl;

	if (err->len == 0)
		return;
	for (p = err->buf; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl == NULL) {
			report_m4_line(p, m4_failed);
			break;
		}
		*nl = '\0';
		report_m4_line(p, m4_failed);
	}
}

/* ------------------------------------------------------------------ */
/* records -> IR */

/* The position of the current record: file and line from m4, column
 * from where WORD appears on that line.  Records the prelude itself
 * prints (defaults, -D values, from m4/start.m4, or set again when the
 * .mc includes cf.m4) get a pseudo file name. */
static struct ir_pos record_pos(struct fe_state *st, const char *word)
{
	const char *file = st->fields[1];
	int line = atoi(st->fields[2]);
	int col;

	if (strcmp(file, st->start) == 0 || strcmp(file, FE_POS_DEFAULTS) == 0) {
		file = word && is_user_define(st->opt, word) ? FE_POS_COMMAND_LINE : FE_POS_DEFAULTS;
		return ir_pos_make(st->ir, file, 0, 0);
	}
	/* For text m4 expands again (the body of an ifdef, a user macro)
	 * it gives the line where the outermost call began: WORD is on
	 * that line or, in a call that spans lines, a few lines further.
	 * When it is not there (a user macro defined elsewhere made the
	 * record) the line of the call is the place to show. */
	col = srcfile_find_ahead(st->src, file, &line, word, 8);
	return ir_pos_make(st->ir, file, line, col > 0 ? col : 1);
}

static void flush_text(struct fe_state *st)
{
	if (st->text.len == 0)
		return;
	ir_add_text(st->ir, st->section, strbuf_str(&st->text), st->text_pos);
	strbuf_reset(&st->text);
}

/* Does errprint text MSG say the configuration failed?  The reference
 * tree says so with "ERROR" or with "requires" ("Feature "nullclient"
 * requires argument"), and a site macro that speaks the same way means
 * the same: the build is refused. */
static int message_is_failure(const char *msg)
{
	const char *p;

	if (strstr(msg, "ERROR") != NULL)
		return 1;
	for (p = strstr(msg, "requires"); p; p = strstr(p + 1, "requires"))
		if ((p == msg || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[8]))
			return 1;
	return 0;
}

/* Does errprint text MSG say something must be done otherwise ("***
 * MAILER(`smtp') must appear before MAILER(`uucp')")?  The reference
 * builds the cf all the same, so the build only warns; smcf lint calls
 * it an error (DC_MC_MUST). */
static int message_says_must(const char *msg)
{
	const char *p;

	for (p = strstr(msg, "must"); p; p = strstr(p + 1, "must"))
		if ((p == msg || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[4]))
			return 1;
	return 0;
}

static void flush_warning(struct fe_state *st)
{
	const char *msg = strbuf_str(&st->warning);
	enum diag_level level = DIAG_WARNING;
	enum diag_code code = DC_MC_M4;
	static const char error_tag[] = "*** ERROR: ", warning_tag[] = "*** WARNING: ";

	if (st->warning.len == 0)
		return;
	if (message_is_failure(msg))
		level = DIAG_ERROR;
	else if (message_says_must(msg)) {
		code = DC_MC_MUST;
		level = DIAG_MISTAKE;
	}
	if (strncmp(msg, error_tag, sizeof(error_tag) - 1) == 0)
		msg += sizeof(error_tag) - 1;
	else if (strncmp(msg, warning_tag, sizeof(warning_tag) - 1) == 0)
		msg += sizeof(warning_tag) - 1;
	/* A message from one of our data files belongs to the .mc line
	 * that read the file (the OSTYPE or DOMAIN), as the calls do. */
	if (is_data_file(st->warning_pos.file))
		diag_report(code, level, st->last_pos.file, st->last_pos.line, st->last_pos.col,
			    "%s (%s:%d)", msg, st->warning_pos.file, st->warning_pos.line);
	else
		diag_report(code, level, st->warning_pos.file, st->warning_pos.line, st->warning_pos.col, "%s", msg);
	strbuf_reset(&st->warning);
}

/* errprint text: a line that starts with white space continues the
 * message before it (the reference splits long messages that way). */
static void add_warning(struct fe_state *st, const char *msg)
{
	size_t len = strlen(msg);

	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
		len--;
	if (st->warning.len && (*msg == '\t' || *msg == ' ')) {
		while (*msg == '\t' || *msg == ' ') {
			msg++;
			len--;
		}
		strbuf_addch(&st->warning, ' ');
		strbuf_add(&st->warning, msg, len);
		return;
	}
	flush_warning(st);
	st->warning_pos = record_pos(st, "errprint");
	strbuf_add(&st->warning, msg, len);
}

/* Raw text that follows a record was most likely written in the same
 * file, unless the record came from one of our own data files (an
 * OSTYPE's FEATURE): then the text still belongs to the .mc around it. */
static void note_text_origin(struct fe_state *st, struct ir_pos pos)
{
	if (!is_data_file(pos.file))
		st->last_pos = pos;
}

static const char *field(struct fe_state *st, int i)
{
	return i < st->nfields ? st->fields[i] : "";
}

/* Fields m4 read once more end in the newline the prelude puts after
 * them: it is not part of the value.  A field without it had a `dnl'
 * that took it, and the rest of the text after the dnl: bit i - FROM of
 * the result is set for such a field i. */
static unsigned long strip_reread_end(struct fe_state *st, int from)
{
	unsigned long cut = 0;
	int i;

	for (i = from; i < st->nfields; i++) {
		size_t len = strlen(st->fields[i]);

		if (len > 0 && st->fields[i][len - 1] == '\n')
			st->fields[i][len - 1] = '\0';
		else if (i - from < (int)(sizeof(cut) * 8))
			cut |= 1UL << (i - from);
	}
	return cut;
}

/* Message records (E, W) carry a serial number (m4/prelude.m4): a copy
 * of one already reported, made when m4 read a value twice, is not
 * reported again.  A copy has the same text too: a record made up with
 * the serial of a message still to come cannot hide that message.
 * Returns 1 for a copy. */
static int message_seen(struct fe_state *st)
{
	long serial = atol(field(st, 4));
	size_t n;

	if (serial <= 0 || serial > (1L << 16))
		return 0;
	n = (size_t)serial;
	if (n >= st->seen_cap) {
		size_t cap = st->seen_cap ? st->seen_cap : 64;

		while (cap <= n)
			cap *= 2;
		st->seen = xrealloc(st->seen, cap * sizeof(*st->seen));
		memset(st->seen + st->seen_cap, 0, (cap - st->seen_cap) * sizeof(*st->seen));
		st->seen_cap = cap;
	}
	if (st->seen[n] && strcmp(st->seen[n], field(st, 3)) == 0)
		return 1;
	free(st->seen[n]);
	st->seen[n] = xstrdup(field(st, 3));
	return 0;
}

/* An R record: m4 is asked to read NAME.  The output depends on every
 * place it may come from (the memo), and what the .mc reads must be a
 * file held to the rules of the .mc (m4input.h).  smcf's own data files
 * are neither checked nor noted. */
static void note_read(struct fe_state *st, const char *name)
{
	const struct fe_options *opt = st->opt;
	const char *why;
	struct ir_pos pos;
	char *path;

	m4memo_depend_search(st->memo, name, opt->include_dirs, opt->nincludes);
	if (is_data_file(name))
		return;
	pos = record_pos(st, name);
	if (read_refused(opt, name, &why, &path))
		diag_report(DC_MC_M4, DIAG_ERROR, pos.file, pos.line, pos.col,
			    "%s is %s: a .mc may read only files", name, why);
	else if (path)
		m4input_check_text(path, 0);
	if (!st->reads_only)
		ir_add_read(st->ir, name, path, pos);
	free(path);
}

static void handle_record(struct fe_state *st)
{
	char type = st->fields[0][0];
	const char *name = field(st, 3);
	unsigned long cut;
	struct ir_pos pos;

	if (st->reads_only && type != 'R')
		return;
	if ((type == 'E' || type == 'W') && message_seen(st))
		return;
	if (type != 'W')
		flush_warning(st);
	switch (type) {
	case 'D':
		strip_reread_end(st, 4);
		/* fall through */
	case 'M':
		ir_set_define(st->ir, name, field(st, 4), record_pos(st, name));
		break;
	case 'd':
		strip_reread_end(st, 4);
		ir_set_default(st->ir, name, field(st, 4), record_pos(st, name));
		break;
	case 'U':
		ir_set_define(st->ir, name, NULL, record_pos(st, name));
		break;
	case 'V':
		strip_reread_end(st, 4);
		ir_set_final(st->ir, name, field(st, 4), record_pos(st, name));
		break;
	case 'C':
		/* text before a call comes before it: a hook's site text and
		 * the rules of a FEATURE at the same hook keep their order,
		 * and MAILER_DEFINITIONS text stays between the mailer files */
		flush_text(st);
		cut = strip_reread_end(st, 4);
		pos = record_pos(st, name);
		/* A call one of our data files makes (the FEATURE an OSTYPE
		 * brings) is the .mc's doing at the OSTYPE or DOMAIN line:
		 * diagnostics about it point there. */
		if (is_data_file(pos.file))
			pos = st->last_pos;
		ir_add_call(st->ir, name, st->fields + 4, st->nfields - 4, cut, pos);
		note_text_origin(st, pos);
		break;
	case 'S':
		flush_text(st);
		pos = record_pos(st, strcmp(name, "top") == 0 ? "divert" : name);
		st->section = ir_intern(st->ir, strcmp(name, "top") == 0 ? IR_SECTION_TOP : name);
		note_text_origin(st, pos);
		break;
	case 'E': {
		/* The message starts with the name of what was refused. */
		char *word = xstrndup(name, strcspn(name, " "));

		pos = record_pos(st, word);
		free(word);
		diag_report(DC_MC_M4, DIAG_ERROR, pos.file, pos.line, pos.col, "%s", name);
		break;
	}
	case 'W':
		add_warning(st, name);
		break;
	case 'R':
		note_read(st, name);
		break;
	case 'X':
		pos = record_pos(st, "m4exit");
		if (atoi(name) != 0) {
			diag_report(DC_MC_M4, DIAG_ERROR, pos.file, pos.line, pos.col,
				    "m4exit(%s): the .mc stops m4 with a failure", name);
		} else {
			diag_report(DC_MC_M4, DIAG_WARNING, pos.file, pos.line, pos.col,
				    "m4exit(0) stops m4 before the configuration is written: "
				    "the cf holds only the text written before it");
			ir_set_stopped(st->ir, pos);
		}
		break;
	default:
		fe_stream_error(st, "unknown record type");
		break;
	}
}

void fe_record_begin(struct fe_state *st)
{
	struct record_frame *f;

	if (st->depth == MAX_RECORD_DEPTH) {
		st->too_deep++;
		return;
	}
	f = &st->frames[st->depth++];
	memset(f, 0, sizeof(*f));
}

void fe_field_text(struct fe_state *st, const char *text, size_t len)
{
	if (st->too_deep || st->depth == 0)
		return;
	strbuf_add(&st->frames[st->depth - 1].cur, text, len);
}

void fe_field_sep(struct fe_state *st)
{
	struct record_frame *f;

	if (st->too_deep || st->depth == 0)
		return;
	f = &st->frames[st->depth - 1];
	if (f->nfields == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 8;
		f->fields = xrealloc(f->fields, (size_t)f->cap * sizeof(*f->fields));
	}
	strbuf_addstr(&f->cur, "");
	f->fields[f->nfields++] = strbuf_detach(&f->cur);
}

static void free_frame(struct record_frame *f)
{
	int i;

	for (i = 0; i < f->nfields; i++)
		free(f->fields[i]);
	free(f->fields);
	strbuf_free(&f->cur);
	memset(f, 0, sizeof(*f));
}

void fe_record_end(struct fe_state *st)
{
	struct record_frame *f;

	if (st->too_deep) {
		st->too_deep--;
		fe_stream_error(st, "configuration macros nested too deeply");
		return;
	}
	if (st->depth == 0)
		return;
	fe_field_sep(st);	/* the last field */
	f = &st->frames[st->depth - 1];
	st->fields = f->fields;
	st->nfields = f->nfields;
	if (f->nfields < 3)
		fe_stream_error(st, "short record");
	else
		handle_record(st);
	st->fields = NULL;
	st->nfields = 0;
	free_frame(f);
	st->depth--;
}

void fe_text(struct fe_state *st, const char *text, size_t len)
{
	if (st->text.len == 0)
		st->text_pos = st->last_pos;
	strbuf_add(&st->text, text, len);
}

void fe_stream_error(struct fe_state *st, const char *msg)
{
	st->stream_broken++;
	if (st->stream_broken == 1 && !st->m4_failed)
		diag_report(DC_MC_INTERNAL, DIAG_ERROR, st->opt->mc_file, 0, 0,
			    "internal error: cannot read the m4 output (%s)", msg);
}

/* ------------------------------------------------------------------ */

/* The memo of this run (m4memo.h), named by m4's command line with the
 * frozen state left out (whether it was there changes nothing), and
 * depending on the files every run reads. */
static struct m4memo *open_memo(const struct m4_input *in, const struct fe_options *opt)
{
	struct argv_list key = { NULL, 0, 0 };
	struct m4memo *memo;

	argv_add(&key, xstrdup(in->program));
	argv_add(&key, xstrdup(smcf_datadir()));
	add_run_args(&key, opt);
	argv_add(&key, xstrdup(opt->mc_file));
	memo = m4memo_open(key.v);
	argv_free(&key);
	if (memo == NULL)
		return NULL;
	m4memo_depend(memo, in->program);
	m4memo_depend(memo, "/proc/self/exe");	/* the prelude's tables */
	m4memo_depend(memo, in->prelude);
	m4memo_depend(memo, in->start);
	m4memo_depend_search(memo, opt->mc_file, opt->include_dirs, opt->nincludes);
	return memo;
}

static void m4_input_free(struct m4_input *in)
{
	free(in->name);
	free(in->program);
	free(in->prelude);
	free(in->start);
	argv_free(&in->fixed);
}

/* Split m4's standard error ERR into the records the prelude writes
 * there (RECORDS: the files m4 reads, and a copy of each message; see
 * m4/prelude.m4) and m4's own messages (REST). */
static void split_stderr(const struct strbuf *err, struct strbuf *records, struct strbuf *rest)
{
	size_t i, start = 0;
	int depth = 0;

	for (i = 0; i < err->len; i++) {
		char c = err->buf[i];

		if (c == '\001' && depth++ == 0) {
			strbuf_add(rest, err->buf + start, i - start);
			start = i;
		} else if (c == '\002' && depth > 0 && --depth == 0) {
			strbuf_add(records, err->buf + start, i + 1 - start);
			start = i + 1;
		}
	}
	strbuf_add(rest, err->buf + start, err->len - start);
}

/* A fresh ST for the records of this run.  READS_ONLY: m4 could not
 * finish, only the files it was asked to read count.  M4_SAID: m4
 * printed messages of its own. */
static void init_state(struct fe_state *st, const struct fe_options *opt, const struct m4_input *in,
		       struct m4memo *memo, int reads_only, int m4_said)
{
	memset(st, 0, sizeof(*st));
	st->ir = ir_new();
	st->opt = opt;
	st->start = in->start;
	st->src = srcfile_cache_new();
	st->section = ir_intern(st->ir, IR_SECTION_TOP);
	st->last_pos = ir_pos_make(st->ir, opt->mc_file, 1, 1);
	st->m4_failed = m4_said;
	st->memo = memo;
	st->reads_only = reads_only;
}

/* Parse LEN bytes of records (and raw text) into ST. */
static void parse_records(struct fe_state *st, const char *buf, size_t len)
{
	if (records_parse(buf ? buf : "", len, st) < 0 && !st->reads_only)
		fe_stream_error(st, "unterminated record");
	while (st->depth > 0)
		free_frame(&st->frames[--st->depth]);
	if (st->reads_only)
		return;
	flush_text(st);
	flush_warning(st);
}

static void free_state(struct fe_state *st)
{
	size_t i;

	strbuf_free(&st->text);
	strbuf_free(&st->warning);
	for (i = 0; i < st->seen_cap; i++)
		free(st->seen[i]);
	free(st->seen);
	srcfile_cache_free(st->src);
}

int frontend_read_records(const struct fe_options *opt, const char *start, const char *buf,
			  size_t len, struct ir_config **irp)
{
	struct m4_input in = { NULL, NULL, NULL, xstrdup(start), { NULL, 0, 0 } };
	struct fe_state st;

	init_state(&st, opt, &in, NULL, 0, 0);
	parse_records(&st, buf, len);
	free_state(&st);
	m4_input_free(&in);
	*irp = st.ir;
	return st.stream_broken ? 1 : 0;
}

int frontend_read(const struct fe_options *opt, struct ir_config **irp)
{
	struct m4_input in = { NULL, NULL, NULL, NULL, { NULL, 0, 0 } };
	struct runprog_result res = RUNPROG_RESULT_INIT;
	struct strbuf records = STRBUF_INIT, m4_said = STRBUF_INIT;
	struct fe_state st;
	struct m4memo *memo;
	int fd, rc, errors_before = diag_errors();

	*irp = NULL;
	fd = open(opt->mc_file, O_RDONLY);
	if (fd < 0) {
		diag_report(DC_IO, DIAG_ERROR, opt->mc_file, 0, 0, "cannot read: %s", strerror(errno));
		return 2;
	}
	close(fd);
	if (m4input_check_text(opt->mc_file, 1))
		return 1;
	in.name = m4cache_name();
	in.program = m4cache_program(in.name);
	in.prelude = xasprintf("%s/m4/prelude.m4", smcf_datadir());
	in.start = xasprintf("%s/m4/start.m4", smcf_datadir());
	memo = open_memo(&in, opt);
	rc = m4memo_fetch(memo, &res) ? 0 : run_m4_cached(&in, opt, &res);
	if (rc == RUNPROG_FAILED) {
		int err = errno;

		report_m4_stderr(&res.err, 1);
		diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "cannot run `%s': %s; install GNU m4 "
			    "(Debian package m4) or set SMCF_M4 to it", in.program, strerror(err));
		m4_input_free(&in);
		m4memo_free(memo);
		runprog_result_free(&res);
		return 2;
	}
	split_stderr(&res.err, &records, &m4_said);
	if (rc != 0 || m4_exhausted(&res)) {
		/* A file that is no file (a device, /proc ...) is the likely
		 * cause: when m4 was asked to read one, that is the error. */
		init_state(&st, opt, &in, NULL, 1, 1);
		parse_records(&st, records.buf, records.len);
		ir_free(st.ir);
		free_state(&st);
		if (diag_errors() == errors_before)
			report_stopped(&in, opt, rc, m4_exhausted(&res));
	} else {
		/* The output, then what went to standard error: the files
		 * read, and the messages whose copy in the output was lost
		 * (made in an argument m4 dropped; message_seen skips the
		 * others). */
		init_state(&st, opt, &in, memo, 0, res.status != 0 || m4_said.len > 0);
		parse_records(&st, res.out.buf, res.out.len);
		parse_records(&st, records.buf, records.len);
		report_m4_stderr(&m4_said, res.status != 0);
		if (st.stream_broken && diag_errors() == errors_before)
			diag_report(DC_MC_M4, DIAG_ERROR, opt->mc_file, 0, 0, "the m4 output was cut short");
		if (res.status != 0 && diag_errors() == errors_before)
			diag_report(DC_MC_M4, DIAG_ERROR, opt->mc_file, 0, 0, "m4 failed (exit status %d)", res.status);
		if (res.status == 0 && !st.stream_broken)
			m4memo_store(memo, &res);
		free_state(&st);
		*irp = st.ir;
	}
	m4memo_free(memo);
	strbuf_free(&records);
	strbuf_free(&m4_said);
	m4_input_free(&in);
	runprog_result_free(&res);
	return *irp ? 0 : 1;
}
