/*
 * diag.c - print diagnostics in one format and count them; on a
 * terminal (see color.h) the position and the level are coloured as gcc
 * colours them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "color.h"
#include "diag.h"
#include "xalloc.h"

static int error_count;
static int warning_count;
static diag_sink_fn sink_fn;
static void *sink_arg;

void diag_set_sink(diag_sink_fn fn, void *arg)
{
	sink_fn = fn;
	sink_arg = arg;
}

/* Format the message and give it to the sink. */
static void sink_report(enum diag_level level, const char *file, int line, int col,
			const char *fmt, va_list ap)
{
	va_list copy;
	char *msg;
	int n;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		n = 0;
	msg = xmalloc((size_t)n + 1);
	if (vsnprintf(msg, (size_t)n + 1, fmt, ap) < 0)
		msg[0] = '\0';
	sink_fn(sink_arg, level, file, line, col, msg);
	free(msg);
}

void diag_report(enum diag_level level, const char *file, int line, int col,
		 const char *fmt, ...)
{
	va_list ap;

	if (level == DIAG_ERROR)
		error_count++;
	else
		warning_count++;
	if (sink_fn != NULL) {
		va_start(ap, fmt);
		sink_report(level, file, line, col, fmt, ap);
		va_end(ap);
		return;
	}
	fputs(color_on(stderr, COLOR_LOCUS), stderr);
	if (file == NULL)
		fputs("smcf", stderr);
	else if (line <= 0)
		fputs(file, stderr);
	else if (col <= 0)
		fprintf(stderr, "%s:%d", file, line);
	else
		fprintf(stderr, "%s:%d:%d", file, line, col);
	fprintf(stderr, ":%s %s%s:%s ", color_off(stderr),
		color_on(stderr, level == DIAG_ERROR ? COLOR_ERROR : COLOR_WARNING),
		level == DIAG_ERROR ? "error" : "warning", color_off(stderr));
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
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
