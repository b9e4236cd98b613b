/*
 * cmd_test.c - "smcf test": sendmail's address test mode (-bt).
 *
 *   smcf test [-C file.cf] [-d spec] [-O option=value] [-v]
 *             [--expect FILE]... [--format=text|tap|junit] [--explain]
 *             [--no-programs] [--color=WHEN]
 *
 * Commands are read from stdin and answered on stdout exactly as
 * "sendmail -bt -C file.cf" answers them.  The exit status is 0, or
 * sendmail's status after a system error (70/71/72), 64 for bad usage;
 * with --expect, 1 when an expectation failed.  Two things are smcf's
 * own and never change a byte of what sendmail would print: on a
 * terminal the traces may be coloured (--color), and a -C file that
 * looks like a .mc gets one hint line on stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "color.h"
#include "version.h"
#include "bt/bt.h"
#include "cf/config.h"
#include "engine/debug.h"
#include "engine/macro.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/progrun.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "src/commands.h"

static const char usage_text[] =
	"usage: smcf test [OPTION]... < COMMANDS\n"
	"\n"
	"Address test mode: read a sendmail.cf, then sendmail -bt commands on\n"
	"standard input (type ? for the list), and answer them byte for byte as\n"
	"sendmail " SMCF_SENDMAIL_VERSION " -bt does, without sendmail installed.\n"
	"\n"
	"options:\n"
	"  -C FILE.cf       the configuration to read (default /etc/mail/sendmail.cf)\n"
	"  -d SPEC          debug levels, as sendmail -d (21.12: every rule tried)\n"
	"  -O OPTION=VALUE  set a cf option before the file is read\n"
	"  -v               echo each command after \"> \" instead of a bare prompt\n"
	"  -bt              accepted and ignored (sendmail's flag for this mode)\n"
	"  --expect FILE    run the expectations of FILE instead (RULESETS ADDRESS =>\n"
	"                   RESULT, route, policy and map lines; may be repeated)\n"
	"  --format=FORMAT  how --expect reports: text (default), tap or junit\n"
	"  --explain        after each rule tried, say why it matched or not\n"
	"  --no-programs    run none of the cf's programs (F|program classes, program\n"
	"                   maps): they fail as a program that cannot be run does\n"
	COLOR_HELP_LINE
	"  -h, --help       show this help\n"
	"\n"
	"exit status: 0 done; 64 usage error or a rejected address; 70, 71, 72 or\n"
	"75 what sendmail exits with after such an error (72: no cf); with\n"
	"--expect, 1 when a test failed and 2 when FILE cannot be read.\n"
	"\n"
	"examples:\n"
	"  echo '3,0 user@example.org' | smcf test -C sendmail.cf\n"
	"  smcf test -C sendmail.cf --expect routes.tests\n"
	"\n"
	"See smcf-test(1).\n";

static int usage_error(const char *why, const char *arg)
{
	fprintf(stderr, "smcf test: %s%s (see 'smcf test --help')\n", why, arg);
	return SMX_USAGE;
}

/* Parse the arguments into OPT; returns 0, 1 after --help, or an exit
 * status after a usage error (reported). */
static int parse_args(int argc, char **argv, struct bt_options *opt, char ***options)
{
	int nopts = 0, nexpect = 0, color;

	*options = calloc((size_t)argc + 1, sizeof(char *));
	opt->expect_paths = calloc((size_t)argc + 1, sizeof(char *));
	if (*options == NULL || opt->expect_paths == NULL)
		return SMX_OSERR;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			fputs(usage_text, stdout);
			return 1;
		} else if ((color = color_option("smcf test", a)) != 0) {
			if (color < 0)
				return SMX_USAGE;
		} else if (strcmp(a, "--expect") == 0 && i + 1 < argc)
			opt->expect_path = opt->expect_paths[nexpect++] = argv[++i];
		else if (strncmp(a, "--expect=", 9) == 0)
			opt->expect_path = opt->expect_paths[nexpect++] = (char *)a + 9;
		else if (strncmp(a, "--format=", 9) == 0)
			opt->expect_format = a + 9;
		else if (strcmp(a, "--format") == 0 && i + 1 < argc)
			opt->expect_format = argv[++i];
		else if (strcmp(a, "--explain") == 0)
			opt->explain = 1;
		else if (strcmp(a, "--no-programs") == 0)
			progrun_disable(1);
		else if (strcmp(a, "-v") == 0)
			opt->verbose = 1;
		else if (strcmp(a, "-bt") == 0)
			;
		else if (strncmp(a, "-C", 2) == 0) {
			if (a[2] != '\0')
				opt->cf_path = a + 2;
			else if (i + 1 < argc)
				opt->cf_path = argv[++i];
			else
				return usage_error("-C needs a file name", "");
		} else if (strncmp(a, "-d", 2) == 0)
			debug_parse(a + 2);
		else if (strncmp(a, "-O", 2) == 0) {
			if (a[2] != '\0')
				(*options)[nopts++] = (char *)a + 2;
			else if (i + 1 < argc)
				(*options)[nopts++] = argv[++i];
			else
				return usage_error("-O needs OPTION=VALUE", "");
		} else
			return usage_error("unknown option ", a);
	}
	return 0;
}

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/*
 * Whether PATH looks like a .mc rather than a cf: its name ends in .mc,
 * or one of its first lines starts like m4 text (divert(, dnl, OSTYPE(
 * ...), which no cf line does.
 */
static int looks_like_mc(const char *path)
{
	static const char *const m4_starts[] = {
		"divert(", "dnl", "include(", "define(", "undefine(", "ifdef(", "ifelse(",
		"changequote(", "VERSIONID(", "OSTYPE(", "DOMAIN(", "FEATURE(", "HACK(",
		"MAILER(", "MASQUERADE_AS(", "LOCAL_CONFIG", "LOCAL_RULE",
	};
	size_t n = strlen(path);
	char line[512];
	FILE *fp;
	int found = 0;

	if (n > 3 && strcmp(path + n - 3, ".mc") == 0)
		return 1;
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	for (int k = 0; k < 20 && !found && fgets(line, sizeof line, fp) != NULL; k++)
		for (size_t i = 0; i < sizeof m4_starts / sizeof m4_starts[0] && !found; i++)
			found = starts_with(line, m4_starts[i]);
	fclose(fp);
	return found;
}

/* The hint for a .mc given as the cf: the two commands to run instead. */
static void mc_hint(const char *mc)
{
	size_t n = strlen(mc);
	int stem = n > 3 && strcmp(mc + n - 3, ".mc") == 0 ? (int)n - 3 : (int)n;

	fprintf(stderr, "smcf test: %shint:%s %s looks like a .mc source, not a sendmail.cf; "
		"build it first: smcf build -o %.*s.cf %s && smcf test -C %.*s.cf\n",
		color_on(stderr, COLOR_NOTE), color_off(stderr), mc, stem, mc, mc, stem, mc);
}

int cmd_test(int argc, char **argv)
{
	struct bt_options opt = { "/etc/mail/sendmail.cf", NULL, 0, 0, NULL, NULL, NULL };
	char **options = NULL;
	char buf[SM_MAXLINE];
	int status, interactive = isatty(STDOUT_FILENO);

	status = parse_args(argc, argv, &opt, &options);
	if (status != 0) {
		free(options);
		free(opt.expect_paths);
		return status == 1 ? 0 : status;
	}
	if (looks_like_mc(opt.cf_path))
		mc_hint(opt.cf_path);
	rw_set_color(opt.expect_path == NULL && color_enabled(stdout));
	/* like sendmail, flush only at prompts when talking to a terminal */
	if (!interactive)
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	opt.options = options;
	status = bt_start(&opt);
	free(options);
	if (status != 0) {
		free(opt.expect_paths);
		fflush(stdout);
		bt_finish();
		return status;
	}
	if (opt.expect_path != NULL) {
		status = bt_expect(opt.expect_paths, opt.expect_format);
		free(opt.expect_paths);
		fflush(stdout);
		bt_finish();
		return status;
	}
	free(opt.expect_paths);
	printf("ADDRESS TEST MODE (ruleset 3 NOT automatically invoked)\n"
	       "Enter <ruleset> <address>\n");
	macro_set(macro_id("{addr_type}"), "e r");
	for (;;) {
		char *nl;

		if (!opt.verbose)
			fputs("> ", stdout);
		if (interactive)
			fflush(stdout);
		if (fgets(buf, sizeof buf, stdin) == NULL)
			break;
		nl = strchr(buf, '\n');
		if (nl != NULL)
			*nl = '\0';
		if (opt.verbose)
			printf("> %s\n", buf);
		if (bt_command(buf))
			break;
		bt_command_done();
	}
	status = msg_exit_status();
	if (fflush(stdout) != 0 && status == 0)
		status = SMX_OSERR;
	bt_finish();
	return status;
}
