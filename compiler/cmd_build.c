/*
 * cmd_build.c - "smcf build": compile a .mc file into sendmail.cf.
 *
 *     smcf build [-D NAME[=VALUE]]... [-I DIR]... [-o OUT] [--color=WHEN] FILE.mc
 *     smcf build [-j N] -o DIR FILE.mc...
 *
 * Pipeline: compiler/compile.h (front end, checker, emitter, read-back).
 * The cf is written only when no error was found: to OUT through a
 * temporary file renamed into place, or to standard output in one piece.
 * Several .mc files (a fleet's, for CI) each give DIR/NAME.cf; each is
 * compiled in a process of its own, N at a time, and the diagnostics of
 * each are printed whole, in the order the files were given.
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
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "atomic_file.h"
#include "output_target.h"
#include "color.h"
#include "diag.h"
#include "paths.h"
#include "runprog.h"
#include "usage.h"
#include "xalloc.h"
#include "src/commands.h"
#include "compiler/checker.h"
#include "compiler/compile.h"
#include "compiler/frontend.h"
#include "compiler/ir_build.h"

#define EXIT_INPUT_ERRORS 1
#define EXIT_USAGE 2

static const char usage_text[] =
	"usage: smcf build [OPTION]... FILE.mc\n"
	"       smcf build [OPTION]... -o DIR FILE.mc...\n"
	"\n"
	"Compile a sendmail .mc file into sendmail.cf, as sendmail's Build does\n"
	"with GNU m4 and the cf tree (which smcf does not need).  The .mc is\n"
	"checked first: mistakes are reported as FILE:LINE:COL: error: ... and\n"
	"nothing is written.  Several .mc files (or -o DIR/, with its slash) give\n"
	"one cf each, DIR/NAME.cf for NAME.mc.\n"
	"\n"
	"options:\n"
	"  -D NAME[=VALUE]  define an m4 macro before the file is read (as m4 -D)\n"
	"  -I DIR           search DIR for files the .mc includes (as m4 -I)\n"
	"  -o OUT           write the cf to OUT, atomically (default: standard output);\n"
	"                   a folder (made if missing): one NAME.cf there per NAME.mc\n"
	"  -j N             compile N files at a time (default 1)\n"
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
	"  smcf build -j 4 -o out/ hosts/*.mc\n"
	"\n"
	"See smcf-build(1).\n";

struct build_args {
	const char **defines;
	size_t ndefines;
	const char **includes;
	size_t nincludes;
	const char *output;
	const char **inputs;
	size_t ninputs;
	int jobs;
	int dump_ir;
};

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
			push(&a->inputs, &a->ninputs, arg);
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
		} else if (arg[1] == 'D' || arg[1] == 'I' || arg[1] == 'o' || arg[1] == 'j') {
			val = option_value(argc, argv, &i);
			if (val == NULL || *val == '\0')
				return usage_error("build", EXIT_USAGE, "option %s needs a value", arg);
			if (arg[1] == 'j') {
				char *end;
				long n = strtol(val, &end, 10);

				if (*end != '\0' || n < 1 || n > 256)
					return usage_error("build", EXIT_USAGE,
							   "-j wants a number of jobs from 1 to 256, not %s", val);
				a->jobs = (int)n;
				continue;
			}
			if (arg[1] == 'D' && (*val == '=' || strchr("0123456789", *val)))
				return usage_error("build", EXIT_USAGE, "bad macro name in -D %s", val);
			if (arg[1] == 'D')
				push(&a->defines, &a->ndefines, val);
			else if (arg[1] == 'I')
				push(&a->includes, &a->nincludes, val);
			else
				a->output = val;
		} else {
			return usage_error("build", EXIT_USAGE, "unknown option %s", arg);
		}
	}
	if (a->ninputs == 0)
		return usage_error("build", EXIT_USAGE, "no input file");
	if (a->ninputs > 1 && a->output == NULL)
		return usage_error("build", EXIT_USAGE, "several input files need -o DIR");
	if (a->ninputs > 1 && a->dump_ir)
		return usage_error("build", EXIT_USAGE, "--dump-ir takes one input file");
	return 0;
}

static int write_stdout(const char *cf, size_t len)
{
	if (fwrite(cf, 1, len, stdout) != len || fflush(stdout) != 0) {
		diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "cannot write standard output: %s", strerror(errno));
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
		diag_report(DC_IO, DIAG_ERROR, path, 0, 0, "%s", why);
		return EXIT_USAGE;
	}
	if (t.unsafe_dir != NULL)
		diag_report(DC_IO, DIAG_WARNING, path, 0, 0,
			    "%s can be written by others: sendmail's file safety checks will "
			    "complain about a cf below it", t.unsafe_dir);
	af = atomic_open(t.path, 0644);
	if (af == NULL) {
		diag_report(DC_IO, DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(errno));
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
		diag_report(DC_IO, DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(eno));
		return EXIT_USAGE;
	}
	/* a failed commit has thrown the temporary away already */
	if (atomic_commit(af) < 0) {
		diag_report(DC_IO, DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(errno));
		return EXIT_USAGE;
	}
	return 0;
}

/* Compile FE's file and write the result to OUTPUT (NULL: standard
 * output); 0 or an exit status. */
static int build_one(const struct fe_options *fe, const char *output)
{
	struct compile_result r;
	int rc = compile_mc(fe, &r);

	if (rc == 0)
		rc = output ? write_file(r.cf, r.len, output) : write_stdout(r.cf, r.len);
	compile_result_free(&r);
	return rc;
}

/* --dump-ir: the model instead of the cf. */
static int dump_one(const struct fe_options *fe)
{
	struct ir_config *ir = NULL;
	int rc;

	diag_hold();
	rc = frontend_read(fe, &ir);
	if (rc == 0) {
		check_config(ir, fe->mc_file);
		ir_dump(ir, stdout);
		rc = diag_errors() > 0 ? EXIT_INPUT_ERRORS : 0;
	}
	diag_release();
	ir_free(ir);
	return rc;
}

static int is_folder(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* DIR/NAME.cf for the input NAME.mc (new string). */
static char *output_in(const char *dir, const char *input)
{
	const char *base = strrchr(input, '/');
	size_t n;

	base = base ? base + 1 : input;
	n = strlen(base);
	if (n > 3 && strcmp(base + n - 3, ".mc") == 0)
		n -= 3;
	return xasprintf("%s%s%.*s.cf", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", (int)n, base);
}

struct job {
	pid_t pid;
	FILE *messages;		/* the child's standard error */
	int status;
	int done;
};

/* Start compiling input I in a child whose stderr goes to a file. */
static int start_job(struct job *j, const struct fe_options *fe, const char *output)
{
	pid_t parent = getpid();

	fflush(NULL);
	j->messages = tmpfile();
	if (j->messages == NULL)
		return -1;
	j->pid = fork();
	if (j->pid < 0) {
		fclose(j->messages);
		return -1;
	}
	if (j->pid == 0) {
		/* a build killed with SIGKILL takes its jobs (and their m4)
		 * with it */
		if (runprog_die_with_parent(parent) < 0)
			_exit(1);
		if (dup2(fileno(j->messages), STDERR_FILENO) < 0)
			_exit(1);
		_exit(build_one(fe, output));
	}
	return 0;
}

/* Print job J's messages once, then forget them. */
static void finish_job(struct job *j)
{
	char buf[8192];
	size_t n;

	rewind(j->messages);
	while ((n = fread(buf, 1, sizeof buf, j->messages)) > 0)
		fwrite(buf, 1, n, stderr);
	fclose(j->messages);
	j->messages = NULL;
}

/* Many inputs into folder DIR, JOBS at a time; the worst exit status. */
static int build_many(const struct build_args *a, struct fe_options *fe, const char *dir)
{
	struct job *jobs = xcalloc(a->ninputs, sizeof(*jobs));
	char **outputs = xcalloc(a->ninputs, sizeof(*outputs));
	size_t next = 0, shown = 0, running = 0;
	int worst = 0;

	for (size_t i = 0; i < a->ninputs; i++) {
		outputs[i] = output_in(dir, a->inputs[i]);
		for (size_t k = 0; k < i; k++)
			if (strcmp(outputs[k], outputs[i]) == 0) {
				diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "%s and %s would both be written to %s",
					    a->inputs[k], a->inputs[i], outputs[i]);
				worst = EXIT_USAGE;
			}
	}
	while (worst != EXIT_USAGE && shown < a->ninputs) {
		int status;
		pid_t pid;

		while (running < (size_t)a->jobs && next < a->ninputs) {
			fe->mc_file = a->inputs[next];
			if (start_job(&jobs[next], fe, outputs[next]) < 0) {
				diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "cannot start a job: %s", strerror(errno));
				jobs[next].done = 1;
				jobs[next].status = EXIT_USAGE;
			} else
				running++;
			next++;
		}
		while (shown < next && jobs[shown].done) {
			if (jobs[shown].messages != NULL)
				finish_job(&jobs[shown]);
			if (jobs[shown].status > worst)
				worst = jobs[shown].status;
			shown++;
		}
		if (running == 0)
			continue;
		pid = wait(&status);
		if (pid < 0 && errno == EINTR)
			continue;
		if (pid < 0)
			break;
		for (size_t i = 0; i < next; i++)
			if (jobs[i].pid == pid && !jobs[i].done) {
				jobs[i].done = 1;
				jobs[i].status = WIFEXITED(status) ? WEXITSTATUS(status) : EXIT_USAGE;
				running--;
			}
	}
	for (size_t i = 0; i < a->ninputs; i++)
		free(outputs[i]);
	free(outputs);
	free(jobs);
	return worst;
}

int cmd_build(int argc, char **argv)
{
	struct build_args a;
	struct fe_options fe;
	int rc;

	memset(&a, 0, sizeof(a));
	a.jobs = 1;
	rc = parse_args(argc, argv, &a);
	if (rc == 1)
		rc = -1;	/* the help was shown */
	if (rc == 0 && smcf_datadir_problem() != NULL) {
		diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "%s", smcf_datadir_problem());
		rc = EXIT_USAGE;
	}
	if (rc == 0) {
		memset(&fe, 0, sizeof(fe));
		fe.mc_file = a.inputs[0];
		fe.defines = a.defines;
		fe.ndefines = a.ndefines;
		fe.include_dirs = a.includes;
		fe.nincludes = a.nincludes;
		if (a.dump_ir)
			rc = dump_one(&fe);
		else if (a.ninputs > 1 || (a.output != NULL && a.output[strlen(a.output) - 1] == '/')) {
			if (!is_folder(a.output) && mkdir(a.output, 0755) < 0) {
				diag_report(DC_IO, DIAG_ERROR, a.output, 0, 0, "cannot make the folder: %s",
					    strerror(errno));
				rc = EXIT_USAGE;
			} else
				rc = build_many(&a, &fe, a.output);
		} else
			rc = build_one(&fe, a.output);
	}
	free(a.defines);
	free(a.includes);
	free(a.inputs);
	return rc < 0 ? 0 : rc;
}
