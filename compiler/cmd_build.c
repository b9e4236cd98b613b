/*
 * cmd_build.c - entry of "smcf build".  Not written yet: it says so and fails.
 */
#include <stdio.h>

#include "src/commands.h"

int cmd_build(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "smcf build: not implemented yet\n");
	return 2;
}
