/*
 * test_limits.c - smcf's own memory while m4 expands a hostile .mc.
 *
 * Each .mc below would make m4 print without end, or read a device or
 * /proc; the front end (compiler/frontend.c) must refuse it with the
 * message and the line given, and this process (smcf, not m4: getrusage
 * of the process itself) must stay far below the size of what m4 would
 * print.  Run with SMCF_DATADIR set to the source tree and SMCF_CACHE_DIR
 * off (tests/build-limits/check does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "diag.h"
#include "strbuf.h"
#include "compiler/frontend.h"
#include "compiler/ir_build.h"

/* A generous bound: m4 is stopped after 16 MiB of output, and the cases
 * below would print a gigabyte or more without it. */
#define RSS_LIMIT_KB (160 * 1024)

static int failures;

static void check(const char *name, int ok, const char *detail)
{
	printf("%s limits %s%s%s\n", ok ? "PASS" : "FAIL", name, ok ? "" : ": ", ok ? "" : detail);
	if (!ok)
		failures++;
}

/* The diagnostics of one run, one per line: "FILE:LINE: message". */
static void sink(void *arg, enum diag_code code, enum diag_level level, const char *file,
		 int line, int col, const char *message)
{
	struct strbuf *sb = arg;

	(void)code;
	(void)level;
	(void)col;
	strbuf_addf(sb, "%s:%d: %s\n", file ? file : "", line, message);
}

/* Build MC (text) as NAME.mc in the current folder; the run must be
 * refused with a diagnostic that holds WANT ("NAME.mc:LINE: text"). */
static void refused(const char *name, const char *mc, const char *want)
{
	struct strbuf got = STRBUF_INIT;
	struct fe_options opt;
	struct ir_config *ir = NULL;
	char *file = NULL;
	FILE *fp;
	int rc;

	if (asprintf(&file, "%s.mc", name) < 0 || (fp = fopen(file, "w")) == NULL) {
		check(name, 0, "cannot write the .mc");
		free(file);
		return;
	}
	fputs(mc, fp);
	fclose(fp);
	memset(&opt, 0, sizeof(opt));
	opt.mc_file = file;
	diag_reset();
	diag_set_sink(sink, &got);
	rc = frontend_read(&opt, &ir);
	diag_set_sink(NULL, NULL);
	check(name, (rc != 0 || diag_errors() > 0) && strstr(strbuf_str(&got), want) != NULL,
	      strbuf_str(&got));
	ir_free(ir);
	strbuf_free(&got);
	free(file);
}

int main(void)
{
	struct rusage ru;
	char detail[96];

	refused("exponential",
		"OSTYPE(`linux')dnl\n"
		"define(`a', `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')dnl\n"
		"define(`b', `a a a a a a a a a a a a a a a a')define(`c', `b b b b b b b b b b b b b b b b')dnl\n"
		"define(`d', `c c c c c c c c c c c c c c c c')define(`e', `d d d d d d d d d d d d d d d d')dnl\n"
		"define(`f', `e e e e e e e e e e e e e e e e')define(`g', `f f f f f f f f f f f f f f f f')dnl\n"
		"LOCAL_CONFIG\n"
		"g\n"
		"MAILER(`local')dnl\n",
		/* which of the nested macros m4 is in when the ceiling is
		 * reached depends on how its output is read: the line is what
		 * matters */
		"exponential.mc:7: m4 printed more than 16 MiB expanding `");
	refused("stream",
		"OSTYPE(`linux')dnl\n"
		"define(`yes', `y\nyes')dnl\n"
		"LOCAL_CONFIG\n"
		"yes\n",
		"stream.mc:5: m4 printed more than 16 MiB expanding `yes'");
	refused("urandom",
		"OSTYPE(`linux')dnl\n"
		"LOCAL_CONFIG\n"
		"include(`/dev/urandom')\n",
		"urandom.mc:3: include of /dev/urandom is refused");
	refused("environ",
		"OSTYPE(`linux')dnl\n"
		"LOCAL_CONFIG\n"
		"include(`/proc/self/environ')\n",
		"environ.mc:3: include of /proc/self/environ is refused");
	/* the same files by other names: m4 reads them, the front end
	 * refuses them after the fact (the output cap bounds the reading) */
	if (symlink("/dev/urandom", "random-link") < 0 || symlink("/proc/self/environ", "environ-link") < 0)
		check("links to /dev/urandom and /proc/self/environ", 0, "cannot make them");
	refused("urandom-link",
		"OSTYPE(`linux')dnl\n"
		"LOCAL_CONFIG\n"
		"include(`random-link')\n",
		"urandom-link.mc:3: random-link is a character device");
	refused("environ-link",
		"OSTYPE(`linux')dnl\n"
		"LOCAL_CONFIG\n"
		"include(`environ-link')\n",
		"environ-link.mc:3: environ-link is under /proc");
	refused("recursion",
		"OSTYPE(`linux')dnl\n"
		"define(`r', `r(r)')dnl\n"
		"r\n",
		"recursion.mc:3: macro calls nested more than 10000 deep");
	setenv("SMCF_M4_TIMEOUT", "2", 1);
	refused("endless",
		"OSTYPE(`linux')dnl\n"
		"define(`spin', `spin')dnl\n"
		"\n"
		"spin\n",
		"endless.mc:4: m4 did not finish within 2 seconds expanding `spin'");
	unsetenv("SMCF_M4_TIMEOUT");

	getrusage(RUSAGE_SELF, &ru);
	snprintf(detail, sizeof detail, "smcf's own memory stays bounded (peak %ld KiB)", ru.ru_maxrss);
	check(detail, ru.ru_maxrss < RSS_LIMIT_KB, "over the bound");
	printf("%d failed\n", failures);
	return failures ? 1 : 0;
}
