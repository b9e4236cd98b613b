/*
 * typoquotes.c - finding typographic quotes (see typoquotes.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "typoquotes.h"

/* UTF-8 left and right single and double quotes, and the acute accent
 * some keyboards give for a quote. */
static const char *const utf8_quotes[] = {
	"\xe2\x80\x98", "\xe2\x80\x99", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xc2\xb4",
};

const char *typo_quote_find(const char *s, int *len)
{
	for (; *s != '\0'; s++) {
		for (size_t i = 0; i < sizeof utf8_quotes / sizeof utf8_quotes[0]; i++) {
			size_t n = strlen(utf8_quotes[i]);

			if (strncmp(s, utf8_quotes[i], n) == 0) {
				*len = (int)n;
				return s;
			}
		}
		/* the same quotes in Windows-1252: 0x91 0x92 0x93 0x94 */
		if ((unsigned char)*s >= 0x91 && (unsigned char)*s <= 0x94 &&
		    ((unsigned char)s[1] < 0x80 || s[1] == '\0')) {
			*len = 1;
			return s;
		}
	}
	return NULL;
}

int typo_quote_line(const char *file, int from)
{
	FILE *fp = fopen(file, "r");
	char *line = NULL;
	size_t cap = 0;
	int n = 0, first = 0, found = 0, len;

	if (fp == NULL)
		return 0;
	while (!found && getline(&line, &cap, fp) > 0) {
		n++;
		if (typo_quote_find(line, &len) == NULL)
			continue;
		if (first == 0)
			first = n;
		if (n >= from)
			found = n;
	}
	if (!found)
		found = first;
	free(line);
	fclose(fp);
	return found;
}
