/*
 * cmd_test.c - entry of "smcf test".  Not written yet: it says so and fails.
 */
#include <stdio.h>

#include "src/commands.h"

int cmd_test(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "smcf test: not implemented yet\n");
	return 2;
}
