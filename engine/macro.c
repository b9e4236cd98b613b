/*
 * macro.c - macro table, expansion with conditionals, cf "$" translation.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "strbuf.h"
#include "engine/macro.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/symtab.h"

#define MACRO_RECURSION_MAX 10
#define EXPAND_BUF 4096

static char *values[MACRO_ID_MAX + 1];

/* Operator macros: "$*" in a rule reads macro '*', whose value is the operator byte. */
static const struct { char name; unsigned char code; } operator_macros[] = {
	{ '*', META_ZANY }, { '+', META_ANY }, { '-', META_ONE },
	{ '=', META_CLASS }, { '~', META_NCLASS },
	{ '#', META_NET }, { '@', META_HOST }, { ':', META_USER },
	{ '>', META_CALL },
	{ '?', META_IF }, { '|', META_ELSE }, { '.', META_FI },
	{ '[', META_HOSTBEGIN }, { ']', META_HOSTEND },
	{ '(', META_LOOKUP }, { ')', META_LOOKUPEND },
	{ '&', META_DEFER },
};

void macro_init(void)
{
	char buf[3];

	for (size_t i = 0; i < sizeof operator_macros / sizeof operator_macros[0]; i++) {
		buf[0] = (char)operator_macros[i].code;
		buf[1] = '\0';
		macro_set(operator_macros[i].name, buf);
	}
	buf[0] = (char)META_REPL;
	buf[2] = '\0';
	for (int c = '0'; c <= '9'; c++) {
		buf[1] = (char)c;
		macro_set(c, buf);
	}
	macro_set('n', "MAILER-DAEMON");
}

void macro_free(void)
{
	for (int i = 0; i <= MACRO_ID_MAX; i++) {
		free(values[i]);
		values[i] = NULL;
	}
}

const char *macro_get(int id)
{
	return values[id & 0xff];
}

void macro_set(int id, const char *value)
{
	id &= 0xff;
	free(values[id]);
	values[id] = value ? xstrdup(value) : NULL;
}

static void expand_level(const char *s, char *buf, size_t bufsize, int level)
{
	char xbuf[EXPAND_BUF];
	char *xp = xbuf, *xend = xbuf + sizeof xbuf - 1;
	int skipping = 0, skiplev = 0, iflev = 0, quotenext = 0, recurse = 0;

	if (s == NULL)
		s = "";
	for (; *s != '\0'; s++) {
		int c = *s & 0xff;
		const char *q = NULL;

		if (quotenext) {
			quotenext = 0;
		} else {
			switch (c) {
			case META_IF:
				iflev++;
				c = *++s & 0xff;
				if (c == 0) {
					s--;
					continue;
				}
				if (skipping)
					skiplev++;
				else {
					const char *mv = macro_get(c);

					skipping = (mv == NULL || *mv == '\0');
				}
				continue;
			case META_ELSE:
				if (iflev == 0)
					break;
				if (skiplev == 0)
					skipping = !skipping;
				continue;
			case META_FI:
				if (iflev == 0)
					break;
				iflev--;
				if (skiplev == 0)
					skipping = 0;
				if (skipping)
					skiplev--;
				continue;
			case META_EXPAND:
				c = *++s & 0xff;
				if (c != 0)
					q = macro_get(c);
				else
					s--;
				if (q == NULL)
					continue;
				break;
			case META_QUOTE:
				quotenext = 1;
				break;
			}
		}
		if (skipping || xp >= xend)
			continue;
		if (q == NULL) {
			*xp++ = (char)c;
			continue;
		}
		/* copy the value; operator bytes in it need another pass */
		{
			int hide = 0;

			for (; *q != '\0' && xp < xend; q++) {
				int d = *q & 0xff;

				if (!hide && (d & 0340) == 0200)
					recurse = 1;
				*xp++ = (char)d;
				hide = (d == META_QUOTE);
			}
		}
	}
	*xp = '\0';
	if (recurse) {
		if (level < MACRO_RECURSION_MAX) {
			expand_level(xbuf, buf, bufsize, level + 1);
			return;
		}
		msg_syserr("expand: recursion too deep (%d max)", MACRO_RECURSION_MAX);
	}
	if (bufsize == 0)
		return;
	{
		size_t n = (size_t)(xp - xbuf);

		if (n >= bufsize)
			n = bufsize - 1;
		memcpy(buf, xbuf, n);
		buf[n] = '\0';
	}
}

void macro_expand(const char *s, char *buf, size_t bufsize)
{
	expand_level(s, buf, bufsize, 0);
}

/* Bytes in the 0200 range typed literally are protected with META_QUOTE. */
static void quote_internal(struct strbuf *sb, const char *s)
{
	for (; *s != '\0'; s++) {
		int c = *s & 0xff;

		if ((c & 0340) == 0200 || c == META_QUOTE)
			strbuf_addch(sb, META_QUOTE);
		strbuf_addch(sb, c);
	}
}

char *macro_quote(const char *s)
{
	struct strbuf sb = STRBUF_INIT;

	quote_internal(&sb, s);
	strbuf_addch(&sb, '\0');
	return strbuf_detach(&sb);
}

char *macro_translate(const char *line, int config_level)
{
	struct strbuf sb = STRBUF_INIT;
	char *bp, *p;

	quote_internal(&sb, line);
	strbuf_addch(&sb, '\0');	/* room for the loop's look-behind */
	bp = strbuf_detach(&sb);
	for (p = bp; *p != '\0'; p++) {
		if (*p == '#' && p > bp && config_level >= 3) {
			int prev = p[-1] & 0xff;

			if (prev == META_EXPAND)
				continue;	/* "$#" */
			if (prev == '\\') {
				memmove(p - 1, p, strlen(p) + 1);
				p--;
				continue;
			}
			/* a comment: cut it and the white space before it */
			p--;
			while (p > bp && isspace((unsigned char)*p) && *p != '\n')
				p--;
			p++;
			{
				char *nl = strchr(p, '\n');

				if (nl != NULL)
					memmove(p, nl, strlen(nl) + 1);
				else
					*p-- = '\0';
			}
			if (*p == '\0')
				break;
			continue;
		}
		if (*p != '$' || p[1] == '\0')
			continue;
		if (p[1] == '$') {
			memmove(p, p + 1, strlen(p + 1) + 1);
			continue;
		}
		*p++ = (char)META_EXPAND;
		if (*p == '=' || *p == '~' || *p == '&' || *p == '?')
			p++;
		{
			const char *end;
			int id = macro_id_parse(p, &end);

			*p = (char)id;
			if (end != p + 1)
				memmove(p + 1, end, strlen(end) + 1);
			if (*p == '\0')
				break;
		}
	}
	/* strip trailing white space */
	p = bp + strlen(bp);
	while (--p > bp && isspace((unsigned char)*p))
		*p = '\0';
	return bp;
}
