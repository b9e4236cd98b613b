/*
 * cmd_makemap.c - entry of "smcf makemap".  Not written yet: it says so and fails.
 */
#include <stdio.h>

#include "src/commands.h"

int cmd_makemap(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "smcf makemap: not implemented yet\n");
	return 2;
}
