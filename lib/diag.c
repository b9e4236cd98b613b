/*
 * diag.c - print diagnostics in one format and count them; optionally
 * hold them and print them in source order.  On a terminal (see color.h)
 * the position and the level are coloured as gcc colours them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "color.h"
#include "diag.h"
#include "xalloc.h"
#include "xvasprintf.h"

static int error_count;
static int warning_count;
static diag_sink_fn sink_fn;
static void *sink_arg;

/* Diagnostics kept while holding (diag_hold). */
struct held {
	enum diag_level level;
	char *file;		/* NULL: no position */
	int line, col;
	char *msg;
	size_t seq;		/* order of arrival */
	size_t file_rank;	/* order of the file's first diagnostic */
};
static int holding;
static struct held *held;
static size_t nheld, held_cap;

void diag_set_sink(diag_sink_fn fn, void *arg)
{
	sink_fn = fn;
	sink_arg = arg;
}

/* Format the message and give it to the sink. */
static void sink_report(enum diag_code code, enum diag_level level, const char *file,
			int line, int col, const char *fmt, va_list ap)
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
	sink_fn(sink_arg, code, level, file, line, col, msg);
	free(msg);
}

static void print_one(enum diag_level level, const char *file, int line, int col, const char *msg)
{
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
	fputs(msg, stderr);
	fputc('\n', stderr);
}

static int same_file(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static void hold_one(enum diag_level level, const char *file, int line, int col, char *msg)
{
	struct held *h;
	size_t i, rank = nheld;

	for (i = 0; i < nheld; i++)
		if (same_file(held[i].file, file)) {
			rank = held[i].file_rank;
			break;
		}
	if (nheld == held_cap) {
		held_cap = held_cap ? 2 * held_cap : 16;
		held = xrealloc(held, held_cap * sizeof(*held));
	}
	h = &held[nheld];
	h->level = level;
	h->file = file ? xstrdup(file) : NULL;
	h->line = line > 0 ? line : 0;
	h->col = col;
	h->msg = msg;
	h->seq = nheld;
	h->file_rank = rank;
	nheld++;
}

void diag_report(enum diag_code code, enum diag_level level, const char *file, int line, int col,
		 const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (level == DIAG_ERROR)
		error_count++;
	else
		warning_count++;
	if (sink_fn != NULL) {
		va_start(ap, fmt);
		sink_report(code, level, file, line, col, fmt, ap);
		va_end(ap);
		return;
	}
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	if (holding) {
		hold_one(level, file, line, col, msg);
		return;
	}
	print_one(level, file, line, col, msg);
	free(msg);
}

void diag_hold(void)
{
	holding = 1;
}

static int held_cmp(const void *pa, const void *pb)
{
	const struct held *a = pa, *b = pb;

	if (a->file_rank != b->file_rank)
		return a->file_rank < b->file_rank ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->line != 0 && a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void diag_release(void)
{
	size_t i;

	holding = 0;
	if (nheld > 1)
		qsort(held, nheld, sizeof(*held), held_cmp);
	for (i = 0; i < nheld; i++) {
		print_one(held[i].level, held[i].file, held[i].line, held[i].col, held[i].msg);
		free(held[i].file);
		free(held[i].msg);
	}
	free(held);
	held = NULL;
	nheld = held_cap = 0;
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
