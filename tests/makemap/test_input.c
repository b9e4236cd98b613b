/*
 * test_input.c - unit tests of makemap's line reader and line splitter
 * (makemap/mm_input.c): buffer boundaries, NUL bytes, end of input,
 * delimiters, folding.  Prints PASS/FAIL lines; exit 1 on any failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "makemap/mm_input.h"

static int failures;

static void check(int ok, const char *name)
{
	printf("%s unit-%s\n", ok ? "PASS" : "FAIL", name);
	if (!ok)
		failures++;
}

/* A reader over DATA (LEN bytes), through a temporary file. */
static struct mm_reader *reader_on(const char *data, size_t len, FILE **keep)
{
	FILE *fp = tmpfile();

	if (fp == NULL || fwrite(data, 1, len, fp) != len || fflush(fp) != 0) {
		perror("tmpfile");
		exit(2);
	}
	rewind(fp);
	*keep = fp;
	return mm_reader_new(fileno(fp));
}

/* Statuses of successive reads, as a string: L line, T too long, E end. */
static void read_all(const char *data, size_t len, char *trace, char *first)
{
	char line[MM_LINE_BUFSIZE];
	FILE *fp;
	struct mm_reader *rd = reader_on(data, len, &fp);
	enum mm_read_status st;
	int n = 0;

	first[0] = '\0';
	do {
		st = mm_read_line(rd, line);
		trace[n++] = st == MM_READ_LINE ? 'L' : st == MM_READ_TOO_LONG ? 'T' :
			     st == MM_READ_EOF ? 'E' : '?';
		if (n == 1 && st == MM_READ_LINE)
			strcpy(first, line);
	} while (st == MM_READ_LINE || st == MM_READ_TOO_LONG);
	trace[n] = '\0';
	mm_reader_free(rd);
	fclose(fp);
}

static char *repeat(int c, size_t n, const char *tail)
{
	char *s = malloc(n + strlen(tail) + 1);

	memset(s, c, n);
	strcpy(s + n, tail);
	return s;
}

static void test_reader(void)
{
	char trace[64], first[MM_LINE_BUFSIZE];
	char *s;

	read_all("a b\nc d\n", 8, trace, first);
	check(strcmp(trace, "LLE") == 0 && strcmp(first, "a b") == 0, "two-lines");

	s = repeat('x', 1022, "");		/* 1022 bytes, no newline: accepted */
	read_all(s, 1022, trace, first);
	check(strcmp(trace, "LE") == 0 && strlen(first) == 1022, "1022-at-eof");
	free(s);

	s = repeat('x', 1023, "");		/* 1023 bytes, no newline: too long */
	read_all(s, 1023, trace, first);
	check(strcmp(trace, "TE") == 0, "1023-at-eof");
	free(s);

	s = repeat('x', 1022, "\n");		/* fits exactly with its newline */
	read_all(s, 1023, trace, first);
	check(strcmp(trace, "LE") == 0, "1022-newline");
	free(s);

	s = repeat('x', 1023, "\n");		/* newline read as an empty next line */
	read_all(s, 1024, trace, first);
	check(strcmp(trace, "TLE") == 0, "1023-newline");
	free(s);

	s = repeat('x', 2000, "\n");		/* tail comes back as a line */
	read_all(s, 2001, trace, first);
	check(strcmp(trace, "TLE") == 0, "tail-of-long-line");
	free(s);

	read_all("a\0b\nc d\n", 8, trace, first);
	check(strcmp(trace, "TLE") == 0, "nul-hides-newline");

	read_all("a d\nb\0c", 7, trace, first);
	check(strcmp(trace, "LLE") == 0, "nul-at-eof-accepted");

	read_all("", 0, trace, first);
	check(strcmp(trace, "E") == 0, "empty-input");
}

static void test_parser(void)
{
	struct mm_syntax syn = { 0, '#', true, false, false };
	struct mm_record rec;
	char buf[64];

	strcpy(buf, "Key@EXAMPLE.com \t Value  X ");
	check(mm_parse_line(&syn, buf, &rec) == MM_PARSE_RECORD &&
	      strcmp(rec.key, "key@example.com") == 0 && rec.key_size == 15 &&
	      strcmp(rec.value, "Value  X ") == 0, "split-fold");

	strcpy(buf, "#comment");
	check(mm_parse_line(&syn, buf, &rec) == MM_PARSE_SKIP, "comment");
	strcpy(buf, " lead");
	check(mm_parse_line(&syn, buf, &rec) == MM_PARSE_LEADING_SPACE, "leading-space");
	strcpy(buf, "Lonely \t");
	check(mm_parse_line(&syn, buf, &rec) == MM_PARSE_NO_VALUE &&
	      strcmp(rec.key, "lonely") == 0, "no-value-key-folded");

	syn.allow_empty = true;
	syn.include_nul = true;
	strcpy(buf, "k");
	check(mm_parse_line(&syn, buf, &rec) == MM_PARSE_RECORD && rec.key_size == 2 &&
	      rec.value_size == 1, "empty-with-nul");

	syn.allow_empty = false;
	syn.include_nul = false;
	syn.delimiter = ':';
	syn.fold_keys = false;
	strcpy(buf, " A b::c d ");
	check(mm_parse_line(&syn, buf, &rec) == MM_PARSE_RECORD &&
	      strcmp(rec.key, " A b") == 0 && strcmp(rec.value, "c d ") == 0, "delimiter");
	strcpy(buf, ":v");
	check(mm_parse_line(&syn, buf, &rec) == MM_PARSE_RECORD && rec.key_size == 0 &&
	      strcmp(rec.value, "v") == 0, "empty-key");
}

int main(void)
{
	test_reader();
	test_parser();
	return failures ? 1 : 0;
}
