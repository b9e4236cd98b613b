/*
 * main.c - entry point of smcf: picks the subcommand, and answers the
 * questions about smcf itself (--help, help COMMAND, --version).
 *
 * Called as "makemap" (through the link make installs) it behaves as
 * "smcf makemap", so scripts that run sendmail's makemap work unchanged.
 */
#include <stdio.h>
#include <string.h>

#include "didyoumean.h"
#include "paths.h"
#include "version.h"
#include "src/commands.h"

#define EXIT_USAGE 64

static const struct subcommand {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} subcommands[] = {
	{ "build",   cmd_build,   "compile a .mc file into sendmail.cf" },
	{ "test",    cmd_test,    "address test mode, like sendmail -bt" },
	{ "makemap", cmd_makemap, "build Berkeley DB maps, like makemap" },
	{ "lint",    cmd_lint,    "check .mc, cf and map source files" },
	{ "policy",  cmd_policy,  "what sendmail would answer an SMTP client" },
	{ "show",    cmd_show,    "print a configuration's settings, like postconf" },
	{ "site",    cmd_site,    "check and install a site's cf files and maps" },
};
#define NSUBCOMMANDS (sizeof subcommands / sizeof subcommands[0])

static int usage(FILE *fp)
{
	fprintf(fp, "usage: smcf COMMAND [ARGS...]\n"
		    "       smcf help COMMAND | --help | --version\n\n"
		    "smcf compiles, tests and checks sendmail configuration without the\n"
		    "sendmail cf tree; it mirrors sendmail %s.\n\ncommands:\n",
		SMCF_SENDMAIL_VERSION);
	for (size_t i = 0; i < NSUBCOMMANDS; i++)
		fprintf(fp, "  %-8s %s\n", subcommands[i].name, subcommands[i].summary);
	fprintf(fp, "  %-8s %s\n  %-8s %s\n", "help", "describe a command (same as COMMAND --help)",
		"version", "print smcf's version (same as --version)");
	fprintf(fp, "\nexit status: each command's own; 64 for an unknown command.\n\n"
		    "examples:\n"
		    "  smcf build -o sendmail.cf sendmail.mc\n"
		    "  echo '3,0 user@example.org' | smcf test -C sendmail.cf\n"
		    "  smcf lint sendmail.mc\n\n"
		    "See smcf(1); 'smcf COMMAND --help' describes one command.\n");
	return fp == stdout ? 0 : EXIT_USAGE;
}

static int version(void)
{
	printf("smcf %s\n"
	       "mirrors sendmail %s (the cf it writes, -bt, makemap)\n"
	       "data: %s (%s)\n",
	       SMCF_VERSION, SMCF_SENDMAIL_VERSION, smcf_datadir(), smcf_datadir_origin());
	if (smcf_datadir_problem() != NULL)
		fprintf(stderr, "smcf: warning: %s\n", smcf_datadir_problem());
	return 0;
}

static const struct subcommand *find(const char *name)
{
	for (size_t i = 0; i < NSUBCOMMANDS; i++)
		if (strcmp(name, subcommands[i].name) == 0)
			return &subcommands[i];
	return NULL;
}

static int unknown(const char *name)
{
	struct dym d;

	dym_init(&d, name);
	for (size_t i = 0; i < NSUBCOMMANDS; i++)
		dym_consider(&d, subcommands[i].name);
	fprintf(stderr, "smcf: unknown command '%s'", name);
	if (dym_best(&d))
		fprintf(stderr, "; did you mean '%s'?", dym_best(&d));
	fputs("\n", stderr);
	return usage(stderr);
}

/* smcf help [COMMAND]: a command's own --help. */
static int help(int argc, char **argv)
{
	const struct subcommand *cmd;
	char *args[3];

	if (argc < 3)
		return usage(stdout);
	if (strcmp(argv[2], "help") == 0)
		return usage(stdout);
	if (strcmp(argv[2], "version") == 0) {
		printf("usage: smcf version (or smcf --version)\n\n"
		       "Print smcf's version, the sendmail version it mirrors and the data\n"
		       "folder it uses.  Exit status 0.\n");
		return 0;
	}
	if ((cmd = find(argv[2])) == NULL)
		return unknown(argv[2]);
	args[0] = argv[2];
	args[1] = "--help";
	args[2] = NULL;
	return cmd->run(2, args);
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

int main(int argc, char **argv)
{
	const struct subcommand *cmd;

	if (argc > 0 && strcmp(base_name(argv[0]), "makemap") == 0)
		return cmd_makemap(argc, argv);
	if (argc < 2)
		return usage(stderr);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return usage(stdout);
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0)
		return version();
	if (strcmp(argv[1], "help") == 0)
		return help(argc, argv);
	if ((cmd = find(argv[1])) == NULL)
		return unknown(argv[1]);
	return cmd->run(argc - 1, argv + 1);
}
