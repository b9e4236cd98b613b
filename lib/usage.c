/*
 * usage.c - usage errors (see usage.h).
 */
#include <stdarg.h>
#include <stdio.h>

#include "usage.h"

int usage_error(const char *command, int status, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "smcf %s: ", command);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (see 'smcf %s --help')\n", command);
	return status;
}
