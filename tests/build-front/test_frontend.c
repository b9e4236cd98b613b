/*
 * test_frontend.c - unit tests of front-end helpers: which .mc lines
 * include cf.m4 (compiler/frontend.c, shared with smcf lint) and the
 * source order diagnostics are printed in while held (lib/diag.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "compiler/frontend.h"

static int failures;

static void check(const char *name, int ok)
{
	printf("%s frontend %s\n", ok ? "PASS" : "FAIL", name);
	if (!ok)
		failures++;
}

static void test_cf_include_lines(void)
{
	check("include of cf.m4", mc_line_includes_cf_m4("include(`/usr/share/sendmail/cf/m4/cf.m4')dnl"));
	check("include of a relative cf.m4", mc_line_includes_cf_m4("include(`../m4/cf.m4')"));
	check("sinclude of cf.m4", mc_line_includes_cf_m4("sinclude(`/usr/share/sendmail-cf/m4/cf.m4')"));
	check("unquoted include of cf.m4", mc_line_includes_cf_m4("include(/x/cf.m4)"));
	check("include after a comment sign", !mc_line_includes_cf_m4("# include(`/x/cf.m4')"));
	check("comment after the include", mc_line_includes_cf_m4("include(`/x/cf.m4') # the tree"));
	check("include of another file", !mc_line_includes_cf_m4("include(`/etc/mail/site.m4')"));
	check("cf.m4 after the call closed", !mc_line_includes_cf_m4("include(`site.m4') dnl cf.m4"));
	check("no include", !mc_line_includes_cf_m4("OSTYPE(`linux')dnl"));
}

/* Hold three diagnostics out of order and read back what is printed. */
static void test_diag_order(void)
{
	char path[] = "/tmp/smcf-diag-XXXXXX";
	int fd = mkstemp(path), saved = dup(2);
	char buf[1024] = "";
	FILE *fp;
	size_t n;

	if (fd < 0 || saved < 0) {
		check("diagnostics in source order (no temporary file)", 0);
		return;
	}
	fflush(stderr);
	dup2(fd, 2);
	diag_hold();
	diag_report(DC_MC_M4, DIAG_ERROR, "a.mc", 9, 1, "third");
	diag_report(DC_MC_M4, DIAG_WARNING, "a.mc", 2, 5, "second");
	diag_report(DC_MC_M4, DIAG_WARNING, "a.mc", 2, 1, "first");
	diag_report(DC_MC_M4, DIAG_ERROR, "b.m4", 1, 1, "after a.mc");
	diag_release();
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	fp = fopen(path, "r");
	if (fp) {
		n = fread(buf, 1, sizeof(buf) - 1, fp);
		buf[n] = '\0';
		fclose(fp);
	}
	close(fd);
	unlink(path);
	check("diagnostics in source order",
	      strcmp(buf, "a.mc:2:1: warning: first\n"
			  "a.mc:2:5: warning: second\n"
			  "a.mc:9:1: error: third\n"
			  "b.m4:1:1: error: after a.mc\n") == 0);
	check("held diagnostics are counted", diag_errors() == 2 && diag_warnings() == 2);
}

int main(void)
{
	test_cf_include_lines();
	test_diag_order();
	return failures ? 1 : 0;
}
