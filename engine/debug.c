/*
 * debug.c - parse -d specifications: "A[-B][.L]" separated by commas;
 * a category alone means level 1, an empty spec turns every category on.
 */
#include <ctype.h>
#include <stdlib.h>

#include "engine/debug.h"

unsigned char debug_levels[DEBUG_CATEGORIES];

static int number(const char **sp, int dflt)
{
	const char *s = *sp;
	long n;
	char *end;

	if (!isdigit((unsigned char)*s))
		return dflt;
	n = strtol(s, &end, 10);
	*sp = end;
	return n > 255 ? 255 : (int)n;
}

void debug_parse(const char *s)
{
	if (*s == '\0') {
		for (int i = 0; i < DEBUG_CATEGORIES; i++)
			debug_levels[i] = 1;
		return;
	}
	while (*s != '\0') {
		int first = number(&s, 0), last = first, level = 1;

		if (*s == '-') {
			s++;
			last = number(&s, DEBUG_CATEGORIES - 1);
		}
		if (*s == '.') {
			s++;
			level = number(&s, 1);
		}
		for (int i = first; i <= last && i < DEBUG_CATEGORIES; i++)
			debug_levels[i] = (unsigned char)level;
		while (*s != '\0' && *s != ',')
			s++;
		if (*s == ',')
			s++;
	}
}
