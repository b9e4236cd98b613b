/*
 * main.c - entry point of smcf: picks the subcommand.
 *
 * Called as "makemap" (through the link make installs) it behaves as
 * "smcf makemap", so scripts that run sendmail's makemap work unchanged.
 */
#include <stdio.h>
#include <string.h>

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
};

static int usage(FILE *fp)
{
	fprintf(fp, "usage: smcf COMMAND [ARGS...]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof subcommands / sizeof subcommands[0]; i++)
		fprintf(fp, "  %-8s %s\n", subcommands[i].name, subcommands[i].summary);
	fprintf(fp, "\n'smcf COMMAND --help' describes one command.\n");
	return fp == stdout ? 0 : EXIT_USAGE;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

int main(int argc, char **argv)
{
	if (argc > 0 && strcmp(base_name(argv[0]), "makemap") == 0)
		return cmd_makemap(argc, argv);
	if (argc < 2)
		return usage(stderr);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return usage(stdout);
	for (size_t i = 0; i < sizeof subcommands / sizeof subcommands[0]; i++)
		if (strcmp(argv[1], subcommands[i].name) == 0)
			return subcommands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "smcf: unknown command '%s'\n", argv[1]);
	return usage(stderr);
}
