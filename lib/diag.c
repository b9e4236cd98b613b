/*
 * diag.c - print diagnostics in one format and count them.
 */
#include <stdarg.h>
#include <stdio.h>

#include "diag.h"

static int error_count;
static int warning_count;

void diag_report(enum diag_level level, const char *file, int line, int col,
		 const char *fmt, ...)
{
	va_list ap;

	if (file == NULL)
		fputs("smcf", stderr);
	else if (line <= 0)
		fputs(file, stderr);
	else if (col <= 0)
		fprintf(stderr, "%s:%d", file, line);
	else
		fprintf(stderr, "%s:%d:%d", file, line, col);
	fputs(level == DIAG_ERROR ? ": error: " : ": warning: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (level == DIAG_ERROR)
		error_count++;
	else
		warning_count++;
}

int diag_errors(void)
{
	return error_count;
}

int diag_warnings(void)
{
	return warning_count;
}

void diag_reset(void)
{
	error_count = 0;
	warning_count = 0;
}
