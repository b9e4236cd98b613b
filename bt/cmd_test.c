/*
 * cmd_test.c - "smcf test": sendmail's address test mode (-bt).
 *
 *   smcf test [-C file.cf] [-d spec] [-O option=value] [-v]
 *             [--expect FILE]... [--format=text|tap|junit] [--explain]
 *
 * Commands are read from stdin and answered on stdout exactly as
 * "sendmail -bt -C file.cf" answers them.  The exit status is 0, or
 * sendmail's status after a system error (70/71), 64 for bad usage;
 * with --expect, 1 when an expectation failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bt/bt.h"
#include "cf/config.h"
#include "engine/debug.h"
#include "engine/macro.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/symtab.h"
#include "src/commands.h"


static int usage(FILE *fp)
{
	fprintf(fp, "usage: smcf test [-C file.cf] [-d spec] [-O option=value] [-v]\n"
		    "                 [--expect FILE]... [--format=text|tap|junit] [--explain]\n");
	return fp == stdout ? 0 : SMX_USAGE;
}

/* Parse the arguments into OPT; returns -1 on a usage error. */
static int parse_args(int argc, char **argv, struct bt_options *opt, char ***options)
{
	int nopts = 0, nexpect = 0;

	*options = calloc((size_t)argc + 1, sizeof(char *));
	opt->expect_paths = calloc((size_t)argc + 1, sizeof(char *));
	if (*options == NULL || opt->expect_paths == NULL)
		return -1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--expect") == 0 && i + 1 < argc)
			opt->expect_path = opt->expect_paths[nexpect++] = argv[++i];
		else if (strncmp(a, "--expect=", 9) == 0)
			opt->expect_path = opt->expect_paths[nexpect++] = (char *)a + 9;
		else if (strncmp(a, "--format=", 9) == 0)
			opt->expect_format = a + 9;
		else if (strcmp(a, "--format") == 0 && i + 1 < argc)
			opt->expect_format = argv[++i];
		else if (strcmp(a, "--explain") == 0)
			opt->explain = 1;
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
				return -1;
		} else if (strncmp(a, "-d", 2) == 0)
			debug_parse(a + 2);
		else if (strncmp(a, "-O", 2) == 0) {
			if (a[2] != '\0')
				(*options)[nopts++] = (char *)a + 2;
			else if (i + 1 < argc)
				(*options)[nopts++] = argv[++i];
			else
				return -1;
		} else
			return -1;
	}
	return 0;
}

int cmd_test(int argc, char **argv)
{
	struct bt_options opt = { "/etc/mail/sendmail.cf", NULL, 0, 0, NULL, NULL, NULL };
	char **options = NULL;
	char buf[SM_MAXLINE];
	int status, interactive = isatty(STDOUT_FILENO);

	if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
		return usage(stdout);
	if (parse_args(argc, argv, &opt, &options) < 0) {
		free(options);
		free(opt.expect_paths);
		return usage(stderr);
	}
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
