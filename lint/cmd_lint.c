/*
 * cmd_lint.c - entry of "smcf lint".  Not written yet: it says so and fails.
 */
#include <stdio.h>

#include "src/commands.h"

int cmd_lint(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "smcf lint: not implemented yet\n");
	return 2;
}
