/*
 * findings.c - the list of findings, the input file as lines, and inline
 * suppression ("smcf-lint: disable=CODE" in a comment).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "lint/lint.h"

#define SUPPRESS_MARK "smcf-lint: disable="

void *lint_grow(void *array, size_t n, size_t size)
{
	if (n < 8 ? n == 0 : (n & (n - 1)) == 0)
		return xrealloc(array, (n < 8 ? 8 : 2 * n) * size);
	return array;
}

static const char *const severity_names[] = { "info", "warning", "error" };

const char *lint_severity_name(enum lint_severity s)
{
	return severity_names[s];
}

int lint_name_index(const char *word, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(word, list[i]) == 0)
			return (int)i;
	return -1;
}

int lint_severity_parse(const char *name, enum lint_severity *out)
{
	int i = lint_name_index(name, severity_names, sizeof(severity_names) / sizeof(severity_names[0]));

	if (i < 0)
		return -1;
	*out = (enum lint_severity)i;
	return 0;
}

static void add_va(struct lint_list *list, const char *file, int line, int col,
		   enum diag_code code, enum lint_severity sev, const char *fmt, va_list ap)
{
	struct lint_finding *f;
	char *msg;

	if (vasprintf(&msg, fmt, ap) < 0) {
		fputs("smcf: out of memory\n", stderr);
		exit(71);
	}
	if (list->n == list->cap) {
		list->cap = list->cap ? 2 * list->cap : 16;
		list->items = xrealloc(list->items, list->cap * sizeof(*list->items));
	}
	f = &list->items[list->n++];
	f->file = xstrdup(file);
	f->line = line;
	f->col = col;
	f->severity = sev;
	f->code = code < DC_COUNT ? code : DC_MC_CHECKER;
	f->source = LINT_FROM_LINT;
	f->message = msg;
}

void lint_add(struct lint_list *list, const char *file, int line, int col,
	      enum diag_code code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	add_va(list, file, line, col, code, (enum lint_severity)diag_code_info(code)->severity, fmt, ap);
	va_end(ap);
}

void lint_add_sev(struct lint_list *list, const char *file, int line, int col,
		  enum diag_code code, enum lint_severity sev, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	add_va(list, file, line, col, code, sev, fmt, ap);
	va_end(ap);
}

static int by_position(const void *a, const void *b)
{
	const struct lint_finding *x = a, *y = b;
	int c = strcmp(x->file, y->file);

	if (c != 0)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return strcmp(diag_code_info(x->code)->code, diag_code_info(y->code)->code);
}

void lint_list_sort(struct lint_list *list)
{
	if (list->n > 1)
		qsort(list->items, list->n, sizeof(*list->items), by_position);
}

static void finding_free(struct lint_finding *f)
{
	free(f->file);
	free(f->message);
}

void lint_drop(struct lint_list *list, size_t i)
{
	finding_free(&list->items[i]);
	memmove(&list->items[i], &list->items[i + 1], (list->n - i - 1) * sizeof(*list->items));
	list->n--;
}

void lint_list_free(struct lint_list *list)
{
	size_t i;

	for (i = 0; i < list->n; i++)
		finding_free(&list->items[i]);
	free(list->items);
	list->items = NULL;
	list->n = list->cap = 0;
}

/* Does LINE carry a suppression naming CODE (or "all")? */
static int line_disables(const char *line, const char *code)
{
	const char *p = line ? strstr(line, SUPPRESS_MARK) : NULL;
	size_t len = strlen(code);

	if (p == NULL)
		return 0;
	p += strlen(SUPPRESS_MARK);
	for (;;) {
		size_t n = strcspn(p, ", \t'");

		if ((n == len && strncmp(p, code, len) == 0) || (n == 3 && strncmp(p, "all", 3) == 0))
			return 1;
		if (p[n] != ',')
			return 0;
		p += n + 1;
	}
}

void lint_marks_note(struct lint_marks *marks, int line, const char *text)
{
	if (strstr(text, SUPPRESS_MARK) == NULL)
		return;
	marks->v = lint_grow(marks->v, marks->n, sizeof(*marks->v));
	marks->v[marks->n].line = line;
	marks->v[marks->n].text = xstrdup(text);
	marks->n++;
}

void lint_marks_free(struct lint_marks *marks)
{
	size_t i;

	for (i = 0; i < marks->n; i++)
		free(marks->v[i].text);
	free(marks->v);
	marks->v = NULL;
	marks->n = 0;
}

/* The text of LINE if it carries a suppression (the marks are noted in
 * line order), else NULL. */
static const char *mark_at(const struct lint_marks *marks, int line)
{
	size_t lo = 0, hi = marks->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (marks->v[mid].line == line)
			return marks->v[mid].text;
		if (marks->v[mid].line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void lint_suppress_marks(struct lint_list *list, size_t from, const char *file,
			 const struct lint_marks *marks)
{
	size_t i, kept = from;

	for (i = from; i < list->n; i++) {
		struct lint_finding *f = &list->items[i];

		if (strcmp(f->file, file) == 0 &&
		    (line_disables(mark_at(marks, f->line), diag_code_info(f->code)->code) ||
		     line_disables(mark_at(marks, f->line - 1), diag_code_info(f->code)->code))) {
			finding_free(f);
			continue;
		}
		list->items[kept++] = *f;
	}
	list->n = kept;
}

void lint_suppress(struct lint_list *list, size_t from, const char *file,
		   const struct lint_lines *lines)
{
	struct lint_marks marks = { NULL, 0 };
	size_t i;

	for (i = 0; i < lines->n; i++)
		lint_marks_note(&marks, (int)i + 1, lines->line[i]);
	lint_suppress_marks(list, from, file, &marks);
	lint_marks_free(&marks);
}

/* Cut OUT->text into OUT->line. */
static void split_lines(struct lint_lines *out)
{
	size_t i, start;

	for (i = start = 0; i <= out->len; i++) {
		if (i < out->len && out->text[i] != '\n')
			continue;
		if (i == out->len && i == start)
			break;
		out->line = lint_grow(out->line, out->n, sizeof(*out->line));
		out->line[out->n++] = xstrndup(out->text + start, i - start);
		start = i + 1;
	}
}

int lint_lines_read(const char *file, struct lint_lines *out)
{
	FILE *fp = fopen(file, "r");
	size_t cap = 0;
	char buf[65536];
	size_t got;

	memset(out, 0, sizeof(*out));
	if (fp == NULL)
		return -1;
	while ((got = fread(buf, 1, sizeof(buf), fp)) > 0) {
		if (out->len + got + 1 > cap) {
			cap = 2 * (out->len + got + 1);
			out->text = xrealloc(out->text, cap);
		}
		memcpy(out->text + out->len, buf, got);
		out->len += got;
	}
	if (ferror(fp)) {
		int e = errno;

		fclose(fp);
		free(out->text);
		out->text = NULL;
		errno = e ? e : EIO;
		return -1;
	}
	fclose(fp);
	if (out->text == NULL)
		out->text = xstrdup("");
	out->text[out->len] = '\0';
	split_lines(out);
	return 0;
}

void lint_lines_from_text(const char *text, size_t len, struct lint_lines *out)
{
	memset(out, 0, sizeof(*out));
	out->text = xmalloc(len + 1);
	memcpy(out->text, text, len);
	out->text[len] = '\0';
	out->len = len;
	split_lines(out);
}

void lint_lines_free(struct lint_lines *lines)
{
	size_t i;

	for (i = 0; i < lines->n; i++)
		free(lines->line[i]);
	free(lines->line);
	free(lines->text);
	memset(lines, 0, sizeof(*lines));
}
