/*
 * commands.c - one line of -bt input, as sendmail's test mode reads it.
 *
 * The first character picks the command family: '#' and empty lines are
 * ignored, '?' prints help, '.' sets macros and classes, '=' dumps
 * rulesets and mailers, '-' sets debug levels, '$' prints macros and
 * classes, '/' starts the named commands; anything else is a list of
 * rulesets followed by addresses to rewrite.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "bt/bt.h"
#include "cf/config.h"
#include "engine/debug.h"
#include "engine/hostid.h"
#include "engine/macro.h"
#include "engine/map.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/resolve.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "engine/token.h"

int bt_tryflags;

static void cmd_help(void)
{
	FILE *fp = config.helpfile ? fopen(config.helpfile, "r") : NULL;
	char buf[SM_MAXLINE];
	int found = 0, version = -1;

	if (fp == NULL) {
		msg_message("502 5.3.0 Sendmail %s -- HELP not implemented", macro_get('v'));
		return;
	}
	while (fgets(buf, sizeof buf, fp) != NULL) {
		char *p, *nl;

		if (buf[0] == '#') {
			if (version < 0 && strncmp(buf, "#vers", 5) == 0)
				sscanf(buf + 5, "%d", &version);
			continue;
		}
		if (strncmp(buf, "-bt", 3) != 0)
			continue;
		p = strpbrk(buf, " \t");
		p = p == NULL ? buf + strlen(buf) - 1 : p + 1;
		nl = strchr(p, '\n');
		if (nl != NULL)
			*nl = '\0';
		if (version >= 2) {
			char *t = macro_translate(p, config.level);
			char out[SM_MAXLINE];

			macro_expand(t, out, sizeof out);
			free(t);
			msg_message("214-2.0.0 %s", out);
		} else
			msg_message("214-2.0.0 %s", p);
		found = 1;
	}
	fclose(fp);
	if (!found)
		msg_message("504 5.3.0 HELP topic \"%.10s\" unknown", "-bt");
	else
		msg_message("214 2.0.0 End of HELP info");
}

static void cmd_dot(char *line)
{
	const char *end;
	int id;

	switch (line[1]) {
	case 'D':
	case 'C': {
		char *value, exbuf[SM_MAXLINE];

		if (line[1] == 'C' && line[2] == '\0')
			return;
		id = macro_id_parse(line + 2, &end);
		if (id == 0)
			return;
		value = macro_translate(end, config.level);
		if (line[1] == 'D')
			macro_set(id, value);
		else {
			macro_expand(value, exbuf, sizeof exbuf);
			class_add_words(id, exbuf);
		}
		free(value);
		break;
	}
	case '\0':
		printf("Usage: .[DC]macro value(s)\n");
		break;
	default:
		printf("Unknown \".\" command %s\n", line);
		break;
	}
}

static void cmd_equals(char *line)
{
	int i, rs;

	switch (line[1]) {
	case 'S':
		rs = rw_parse_ruleset(line + 2, NULL, 0);
		if (rs < 0) {
			/* sendmail's lookup cuts a name at the white space after it */
			char *p = line + 2;

			while (isspace((unsigned char)*p))
				p++;
			if (isalpha((unsigned char)*p)) {
				while (isalnum((unsigned char)*p) || *p == '_')
					p++;
				if (isspace((unsigned char)*p))
					*p = '\0';
			}
			printf("Undefined ruleset %s\n", line + 2);
			return;
		}
		for (struct rule *r = rw_rules(rs); r != NULL; r = r->next) {
			putchar('R');
			for (char **s = r->lhs; *s != NULL; s++) {
				tok_print(stdout, *s);
				putchar(' ');
			}
			putchar('\t');
			putchar('\t');
			for (char **s = r->rhs; *s != NULL; s++) {
				tok_print(stdout, *s);
				putchar(' ');
			}
			putchar('\n');
		}
		break;
	case 'M':
		for (i = 0; i < SM_MAXMAILERS; i++)
			if (config.mailers[i] != NULL)
				mailer_print(stdout, config.mailers[i]);
		break;
	case '\0':
		printf("Usage: =Sruleset or =M\n");
		break;
	default:
		printf("Unknown \"=\" command %s\n", line);
		break;
	}
}

static void cmd_dash(char *line)
{
	switch (line[1]) {
	case 'd':
		debug_parse(line + 2);
		break;
	case '\0':
		printf("Usage: -d{debug arguments}\n");
		break;
	default:
		printf("Unknown \"-\" command %s\n", line);
		break;
	}
}

static void cmd_dollar(char *line)
{
	int id;
	const char *v;

	if (line[1] == '=') {
		id = macro_id_parse(line + 2, NULL);
		if (id != 0)
			class_print(id, stdout);
		return;
	}
	id = macro_id_parse(line + 1, NULL);
	if (id == 0)
		return;
	v = macro_get(id);
	if (v == NULL)
		printf("Undefined\n");
	else {
		tok_print(stdout, v);
		putchar('\n');
	}
}

static void slash_mx(char *p)
{
	char **hosts = NULL;
	int status = 0, n;

	if (*p == '\0') {
		printf("Usage: /mx address\n");
		return;
	}
	n = resolve_mx_fallback(p, macro_get('m'), &hosts, &status);
	if (n == RESOLVE_NULL_MX)
		printf("getmxrr(%s) returns null MX (See RFC7505)\n", p);
	else
		printf("getmxrr(%s) returns %d value(s):\n", p, n);
	for (int i = 0; i < n; i++)
		printf("\t%s\n", hosts[i]);
	if (n > 0)
		resolve_free_list(hosts, n);
}

static void slash_canon(char *p)
{
	char *canon = NULL;
	int status = 0;

	if (*p == '\0') {
		printf("Usage: /canon address\n");
		return;
	}
	if (strlen(p) >= 256) {
		printf("Name too long\n");
		return;
	}
	if (resolve_canon(p, 1, macro_get('m'), &canon, &status) == 1 && canon != NULL)
		printf("getcanonname(%s) returns %s\n", p, canon);
	else
		printf("getcanonname(%s) returns %s\n", p, p);
	free(canon);
}

static void slash_map(char *p)
{
	char *q, *res;
	struct map *map;
	int status = 0;

	if (*p == '\0') {
		printf("Usage: /map mapname key\n");
		return;
	}
	for (q = p; *q != '\0' && !isspace((unsigned char)*q); q++)
		;
	if (*q == '\0') {
		printf("No key specified\n");
		return;
	}
	*q++ = '\0';
	map = maps_find(config.maps, p);
	if (map == NULL) {
		printf("Map named \"%s\" not found\n", p);
		return;
	}
	if (!map_ensure_open(map)) {
		printf("Map named \"%s\" not open\n", p);
		return;
	}
	printf("map_lookup: %s (%s) ", p, q);
	res = map_lookup_raw(map, q, &status);
	if (res == NULL)
		printf("no match (%d)\n", status);
	else
		printf("returns %s (%d)\n", res, status);
	free(res);
}

static void slash_tryflags(char *p)
{
	char buf[4];

	if (*p == '\0') {
		printf("Usage: /tryflags [Hh|Ee][Ss|Rr]\n");
		return;
	}
	for (; *p != '\0'; p++) {
		switch (*p) {
		case 'H': case 'h': bt_tryflags |= TRY_HEADER; break;
		case 'E': case 'e': bt_tryflags &= ~TRY_HEADER; break;
		case 'S': case 's': bt_tryflags |= TRY_SENDER; break;
		case 'R': case 'r': bt_tryflags &= ~TRY_SENDER; break;
		}
	}
	buf[0] = (bt_tryflags & TRY_HEADER) ? 'h' : 'e';
	buf[1] = ' ';
	buf[2] = (bt_tryflags & TRY_SENDER) ? 's' : 'r';
	buf[3] = '\0';
	macro_set(macro_id("{addr_type}"), buf);
}

static void slash_try(char *p)
{
	char *q = strpbrk(p, " \t");

	if (q != NULL)
		while (isspace((unsigned char)*q))
			*q++ = '\0';
	if (q == NULL || *q == '\0') {
		printf("Usage: /try mailer address\n");
		return;
	}
	bt_try_command(p, q);
}

static void slash_expand(char *p)
{
	char buf[SM_MAXLINE];

	if (*p == '\0') {
		printf("Usage: /expand string\n");
		return;
	}
	macro_expand(p, buf, sizeof buf);
	tok_print(stdout, buf);
}

static int cmd_slash(char *line)
{
	char *p = line + strlen(line);

	while (--p >= line && isspace((unsigned char)*p))
		*p = '\0';
	p = strpbrk(line, " \t");
	if (p != NULL)
		while (isspace((unsigned char)*p))
			*p++ = '\0';
	else
		p = "";
	if (line[1] == '\0') {
		printf("Usage: /[canon|map|mx|parse|try|tryflags]\n");
		return 0;
	}
	if (strcasecmp(line + 1, "quit") == 0)
		return 1;
	if (strcasecmp(line + 1, "mx") == 0)
		slash_mx(p);
	else if (strcasecmp(line + 1, "canon") == 0)
		slash_canon(p);
	else if (strcasecmp(line + 1, "map") == 0)
		slash_map(p);
	else if (strcasecmp(line + 1, "sender") == 0)
		bt_sender_command(p);
	else if (strcasecmp(line + 1, "expand") == 0)
		slash_expand(p);
	else if (strcasecmp(line + 1, "try") == 0)
		slash_try(p);
	else if (strcasecmp(line + 1, "tryflags") == 0)
		slash_tryflags(p);
	else if (strcasecmp(line + 1, "parse") == 0) {
		if (*p == '\0')
			printf("Usage: /parse address\n");
		else
			bt_parse_command(p);
	} else if (strcasecmp(line + 1, "header") == 0) {
		char *quoted = macro_quote(p);
		unsigned long flags = header_user(quoted);

		/* "%#0.8lx": no 0x prefix for zero */
		if (flags == 0)
			printf("ul = 00000000\n");
		else
			printf("ul = %#.8lx\n", flags);
		free(quoted);
	} else if (strcasecmp(line + 1, "gethostbyname") == 0)
		;
	else
		printf("Unknown \"/\" command %s\n", line);
	return 0;
}

/* sendmail refuses addresses with bytes 0200-0237 or 256+ bytes long. */
static int invalid_address(char *addr)
{
	int bad = 0;
	char *b = addr;
	size_t len = 0;

	for (; *addr != '\0'; addr++) {
		if ((*addr & 0340) == 0200) {
			msg_setstat(SMX_USAGE);
			bad = 1;
			*addr = '?';
		}
		if (++len > SM_MAXNAME - 1) {
			char saved = *addr;

			*addr = '\0';
			msg_usrerr("553 5.1.0 Address \"%s\" too long (%d bytes max)", b, SM_MAXNAME - 1);
			*addr = saved;
			return 1;
		}
	}
	if (bad)
		msg_usrerr("501 5.1.3 8-bit character in mailbox address \"%s\"", b);
	return bad;
}

/* "RULESETS ADDRESS[, ADDRESS...]" */
static void cmd_rewrite(char *line)
{
	char *p, *q;
	const char *delim;

	for (p = line; isspace((unsigned char)*p); p++)
		;
	q = p;
	while (*p != '\0' && !isspace((unsigned char)*p))
		p++;
	if (*p == '\0') {
		printf("No address!\n");
		return;
	}
	*p = '\0';
	if (invalid_address(p + 1))
		return;
	do {
		struct tokens tb;
		char tokbuf[SM_PSBUFSIZE];
		char **pvp, *vec[SM_MAXATOM + 1];
		const char *rsl;

		tb.buf = tokbuf;
		tb.bufsize = sizeof tokbuf;
		pvp = tok_scan(++p, ',', &tb, &delim,
			       config.level >= 9 ? TOK_NOCOMMENT : TOK_EXTERNAL, 0);
		if (pvp == NULL)
			continue;
		tok_copy(vec, pvp);
		for (rsl = q; *rsl != '\0';) {
			int rs = rw_parse_ruleset(rsl, NULL, 0), status;

			if (rs < 0) {
				printf("Undefined ruleset %s\n", rsl);
				break;
			}
			status = rw_rewrite(vec, rs, 0, SM_MAXATOM);
			if (status != SMX_OK)
				printf("== Ruleset %s (%d) status %d\n", rsl, rs, status);
			while (*rsl != '\0' && *rsl++ != ',')
				;
		}
	} while (*(p = (char *)delim) != '\0');
}

int bt_command(char *line)
{
	while (*line == ' ')
		line++;
	switch (line[0]) {
	case '#':
	case '\0':
		return 0;
	case '?':
		cmd_help();
		return 0;
	case '.':
		cmd_dot(line);
		return 0;
	case '=':
		cmd_equals(line);
		return 0;
	case '-':
		cmd_dash(line);
		return 0;
	case '$':
		cmd_dollar(line);
		return 0;
	case '/':
		return cmd_slash(line);
	}
	cmd_rewrite(line);
	return 0;
}
