/*
 * expect.c - "smcf test --expect FILE": address tests for CI.
 *
 * Each line of FILE is "RULESETS ADDRESS => EXPECTED" (blank lines and
 * lines starting with '#' are skipped).  The address goes through the
 * rulesets as "RULESETS ADDRESS" would in -bt, without the trace; the
 * final workspace, printed as -bt prints tokens, must equal EXPECTED
 * (white space between tokens is not significant).  Mismatches are
 * listed as "FILE:LINE: RULESETS ADDRESS: expected ..., got ..."; the
 * exit status is 1 when any test failed, 2 when FILE cannot be read.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "xalloc.h"
#include "bt/bt.h"
#include "cf/config.h"
#include "engine/meta.h"
#include "engine/rewrite.h"
#include "engine/token.h"


/* Collapse runs of white space to one space and trim both ends. */
static void normalize(char *s)
{
	char *q = s, *p = s;
	int space = 0;

	while (isspace((unsigned char)*p))
		p++;
	for (; *p != '\0'; p++) {
		if (isspace((unsigned char)*p)) {
			space = 1;
			continue;
		}
		if (space && q != s)
			*q++ = ' ';
		space = 0;
		*q++ = *p;
	}
	*q = '\0';
}

char *bt_rewrite_quietly(const char *rulesets, const char *addr)
{
	struct tokens tb;
	char tokbuf[SM_PSBUFSIZE];
	char *vec[SM_MAXATOM + 1], **pvp;
	const char *rsl;
	char *text = NULL;
	size_t len = 0;
	FILE *mem, *saved = stdout;

	mem = open_memstream(&text, &len);
	if (mem == NULL)
		return xstrdup("<error>");
	fflush(stdout);
	stdout = mem;
	tb.buf = tokbuf;
	tb.bufsize = sizeof tokbuf;
	pvp = tok_scan(addr, '\0', &tb, NULL,
		       config.level >= 9 ? TOK_NOCOMMENT : TOK_EXTERNAL, 0);
	if (pvp != NULL) {
		tok_copy(vec, pvp);
		for (rsl = rulesets; *rsl != '\0';) {
			int rs = rw_parse_ruleset(rsl, NULL, 0);

			if (rs < 0)
				break;
			rw_rewrite(vec, rs, 0, SM_MAXATOM);
			while (*rsl != '\0' && *rsl++ != ',')
				;
		}
	}
	fflush(mem);
	stdout = saved;
	fclose(mem);
	free(text);
	if (pvp == NULL)
		return xstrdup("<no tokens>");
	mem = open_memstream(&text, &len);
	if (mem == NULL)
		return xstrdup("<error>");
	for (char **av = vec; *av != NULL; av++) {
		if (av != vec)
			putc(' ', mem);
		tok_print(mem, *av);
	}
	fclose(mem);
	return text;
}

int bt_expect(const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[SM_MAXLINE];
	int lineno = 0, failed = 0, passed = 0;

	if (fp == NULL) {
		fprintf(stderr, "smcf test: cannot open %s\n", path);
		return 2;
	}
	while (fgets(line, sizeof line, fp) != NULL) {
		char *arrow, *rulesets, *addr, *got, *p;

		lineno++;
		p = line;
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '#' || *p == '\0')
			continue;
		arrow = strstr(p, "=>");
		if (arrow == NULL) {
			printf("%s:%d: missing \"=>\"\n", path, lineno);
			failed++;
			continue;
		}
		*arrow = '\0';
		rulesets = p;
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		if (*p != '\0')
			*p++ = '\0';
		addr = p;
		normalize(addr);
		normalize(arrow + 2);
		got = bt_rewrite_quietly(rulesets, addr);
		normalize(got);
		if (strcmp(got, arrow + 2) != 0) {
			printf("%s:%d: %s %s: expected %s, got %s\n", path, lineno,
			       rulesets, addr, arrow + 2, got);
			failed++;
		} else
			passed++;
		free(got);
		bt_command_done();
	}
	fclose(fp);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
