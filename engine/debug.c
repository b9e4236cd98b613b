/*
 * debug.c - parse -d specifications the way sendmail does.
 *
 * A specification is a list of items separated by commas, spaces or
 * TABs.  A numeric item is "FIRST[-LAST][.LEVEL]": without ".LEVEL" the
 * level is 1, with a "." but no digits it is 0; numbers beyond the table
 * are clipped and levels kept modulo 256.  Named items (libsm debug
 * settings such as "ANSI") are accepted and ignored.  An empty
 * specification means "0-99.1".
 */
#include <ctype.h>

#include "engine/debug.h"

unsigned char debug_levels[DEBUG_CATEGORIES];

/* Read a number at *SP, stopping once it reaches the table size. */
static unsigned number(const char **sp)
{
	const char *s = *sp;
	unsigned n = 0;

	while (isdigit((unsigned char)*s) && n < DEBUG_CATEGORIES)
		n = n * 10 + (unsigned)(*s++ - '0');
	while (isdigit((unsigned char)*s) && n >= DEBUG_CATEGORIES)
		s++;
	*sp = s;
	return n;
}

static int separator(int c)
{
	return c == ',' || c == ' ' || c == '\t';
}

static const char *numeric_item(const char *s)
{
	unsigned first = number(&s), last = first, level = 1;

	if (*s == '-') {
		s++;
		last = number(&s);
	}
	if (*s == '.') {
		level = 0;
		while (isdigit((unsigned char)*++s))
			level = level * 10 + (unsigned)(*s - '0');
	}
	if (first >= DEBUG_CATEGORIES)
		first = DEBUG_CATEGORIES - 1;
	if (last >= DEBUG_CATEGORIES)
		last = DEBUG_CATEGORIES - 1;
	while (first <= last)
		debug_levels[first++] = (unsigned char)level;
	while (*s != '\0' && !separator(*s))
		s++;
	return s;
}

void debug_parse(const char *s)
{
	if (*s == '\0')
		s = "0-99.1";
	while (*s != '\0') {
		if (separator(*s))
			s++;
		else if (isdigit((unsigned char)*s))
			s = numeric_item(s);
		else
			while (*s != '\0' && !separator(*s))
				s++;
	}
}
