/*
 * header.c - H lines and the header table.
 *
 * Known header names carry flags (from-type, recipient, trace ...); H
 * lines add default headers and may name a check ruleset
 * ("HSubject: $>CheckSubject").  "/header Name: value" in -bt reports
 * the flags sendmail gives a header a user sends, after running its
 * check ruleset.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "cf/config.h"
#include "engine/macro.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "engine/token.h"

/* header flags, with sendmail's values (they are printed by /header) */
#define H_EOH		0x00000001UL
#define H_RCPT		0x00000002UL
#define H_DEFAULT	0x00000004UL
#define H_RESENT	0x00000008UL
#define H_CHECK		0x00000010UL
#define H_ACHECK	0x00000020UL
#define H_FORCE		0x00000040UL
#define H_TRACE		0x00000080UL
#define H_FROM		0x00000100UL
#define H_RECEIPTTO	0x00000400UL
#define H_ERRORSTO	0x00000800UL
#define H_CTE		0x00001000UL
#define H_CTYPE		0x00002000UL
#define H_BCC		0x00004000UL
#define H_ENCODABLE	0x00008000UL
#define H_STRIPCOMM	0x00010000UL
#define H_BINDLATE	0x00020000UL
#define H_USER		0x00040000UL

static const struct { const char *name; unsigned long flags; } known[] = {
	{ "resent-sender", H_FROM | H_RESENT }, { "resent-from", H_FROM | H_RESENT },
	{ "resent-reply-to", H_FROM | H_RESENT }, { "sender", H_FROM },
	{ "from", H_FROM }, { "reply-to", H_FROM },
	{ "errors-to", H_FROM | H_ERRORSTO }, { "full-name", H_ACHECK },
	{ "return-receipt-to", H_RECEIPTTO }, { "delivery-receipt-to", H_RECEIPTTO },
	{ "disposition-notification-to", H_FROM },
	{ "to", H_RCPT }, { "resent-to", H_RCPT | H_RESENT }, { "cc", H_RCPT },
	{ "resent-cc", H_RCPT | H_RESENT }, { "bcc", H_RCPT | H_BCC },
	{ "resent-bcc", H_RCPT | H_BCC | H_RESENT }, { "apparently-to", H_RCPT },
	{ "message-id", 0 }, { "resent-message-id", H_RESENT },
	{ "message", H_EOH }, { "text", H_EOH },
	{ "date", 0 }, { "resent-date", H_RESENT },
	{ "received", H_TRACE | H_FORCE }, { "x400-received", H_TRACE | H_FORCE },
	{ "via", H_TRACE | H_FORCE }, { "mail-from", H_TRACE | H_FORCE },
	{ "comments", H_FORCE | H_ENCODABLE },
	{ "return-path", H_FORCE | H_ACHECK | H_BINDLATE },
	{ "content-transfer-encoding", H_CTE }, { "content-type", H_CTYPE },
	{ "content-length", H_ACHECK }, { "subject", H_ENCODABLE },
	{ "x-authentication-warning", H_FORCE },
};

/* headers with a check ruleset ("*" is the default for all) */
struct hcheck {
	char *name;
	char *ruleset;
	int strip_comments;
	struct hcheck *next;
};

/* headers seen so far: H line defaults and user headers */
struct hdr {
	char *name;
	unsigned long flags;
	struct hdr *next;
};

static struct hcheck *checks;
static struct hdr *headers, **headers_tail = &headers;

static unsigned long known_flags(const char *name)
{
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strcasecmp(known[i].name, name) == 0)
			return known[i].flags;
	return 0;
}

static struct hcheck *find_check(const char *name)
{
	for (struct hcheck *c = checks; c != NULL; c = c->next)
		if (strcasecmp(c->name, name) == 0)
			return c;
	return NULL;
}

static void set_check(const char *name, const char *ruleset, int strip)
{
	struct hcheck *c = find_check(name);

	if (c == NULL) {
		c = xcalloc(1, sizeof(*c));
		c->name = xstrdup(name);
		c->next = checks;
		checks = c;
	}
	free(c->ruleset);
	c->ruleset = xstrdup(ruleset);
	c->strip_comments = strip;
}

static void add_header(const char *name, unsigned long flags)
{
	struct hdr *h = xcalloc(1, sizeof(*h));

	h->name = xstrdup(name);
	h->flags = flags;
	*headers_tail = h;
	headers_tail = &h->next;
}

/*
 * Split LINE ("[?cond?]Name: value") at P.  Returns the value (after the
 * colon) and puts the name into *NAME, or NULL after printing sendmail's
 * syntax message.  ALLOW_COND: H line conditions are accepted.
 */
static char *split_header(char *line, char **name, int allow_cond, int *cond)
{
	char *p = line, *q, *fvalue;

	*cond = 0;
	if (allow_cond && *p == '?') {
		q = strchr(++p, '?');
		if (q == NULL)
			goto syntax;
		*q = '\0';
		if ((*p & 0xff) == META_EXPAND) {
			if (*++p == '\0' || *++p != '\0') {
				*q = '?';
				goto syntax;
			}
			*cond = 1;
		} else if (*p == '$') {
			const char *end;

			if (p[1] == '\0') {
				*q = '?';
				goto syntax;
			}
			macro_id_parse(p + 1, &end);
			if (*end != '\0') {
				*q = '?';
				goto syntax;
			}
			*cond = 1;
		} else {
			for (; *p != '\0'; p++)
				if (!isascii((unsigned char)*p)) {
					*q = '?';
					goto syntax;
				}
			*cond = 1;
		}
		/* sendmail leaves the flags cut off here: messages show "?D" */
		p = q + 1;
	}
	*name = p;
	while (isascii((unsigned char)*p) && isgraph((unsigned char)*p) && *p != ':')
		p++;
	fvalue = p;
	while (isspace((unsigned char)*p))
		p++;
	if (*p++ != ':' || *name == fvalue)
		goto syntax;
	*fvalue = '\0';
	return p;
syntax:
	msg_syserr("553 5.3.0 header syntax error, line \"%s\"", line);
	return NULL;
}

void header_define(char *line)
{
	char *name, *value, hbuf[50], *p;
	int cond;

	value = split_header(line, &name, 1, &cond);
	if (value == NULL || strlen(name) > 100)
		return;
	macro_expand(value, hbuf, sizeof hbuf);
	for (p = hbuf; isspace((unsigned char)*p);)
		p++;
	if ((*p++ & 0xff) == META_CALL) {
		int strip = *p == '+';
		const char *end;

		if (strip)
			p++;
		if (rw_parse_ruleset(p, &end, 1) > 0) {
			char *rs = xstrndup(p, (size_t)(end - p));

			set_check(name, rs, !strip);
			free(rs);
		}
		return;
	}
	add_header(name, known_flags(name) | H_DEFAULT | (cond ? H_CHECK : 0));
}

/* Run the check ruleset RS on header VALUE, as sendmail's rscheck() does. */
static void run_check(const char *rs, const char *value, int strip_comments)
{
	char tokbuf[SM_PSBUFSIZE], *vec[SM_MAXATOM + 1];
	struct tokens tb = { tokbuf, sizeof tokbuf, { 0 } };
	char **pvp;
	int rsno = rw_parse_ruleset(rs, NULL, 0);

	if (rsno < 0)
		return;
	pvp = tok_scan(value, '\0', &tb, NULL,
		       strip_comments ? TOK_INTERNAL : TOK_NOCOMMENT, !strip_comments);
	if (pvp == NULL)
		return;
	tok_copy(vec, pvp);
	rw_rewrite(vec, rsno, 0, SM_MAXATOM);
	if (vec[0] != NULL && (vec[0][0] & 0xff) == META_NET && vec[1] != NULL &&
	    strcmp(vec[1], "error") == 0) {
		char **tv = vec + 2, **hostp = NULL, host[SM_MAXNAME + 1], user[2 * SM_MAXNAME];

		if (*tv != NULL && (**tv & 0xff) == META_HOST)
			hostp = ++tv;
		while (*tv != NULL && (**tv & 0xff) != META_USER)
			tv++;
		if (*tv == NULL)
			return;
		if (hostp != NULL && hostp != tv)
			tok_join(hostp, tv - 1, host, sizeof host, '\0', 1);
		else
			hostp = NULL;
		tok_join(tv + 1, NULL, user, sizeof user, ' ', 0);
		msg_error_triple(user, hostp ? host : NULL);
	}
}

unsigned long header_user(char *line)
{
	char *name, *value, *p, qval[2 * SM_MAXNAME];
	unsigned long flags;
	struct hcheck *check;
	int cond, null_value;
	size_t l = 0, k;

	value = split_header(line, &name, 0, &cond);
	if (value == NULL)
		return 0;
	for (p = value; isspace((unsigned char)*p);)
		p++;
	null_value = *p == '\0';
	if (strlen(name) > 100)
		return H_EOH;
	flags = known_flags(name);
	if (flags & H_EOH)
		return flags;
	check = find_check(name);
	if (check != NULL && check->strip_comments)
		flags |= H_STRIPCOMM;
	if (check == NULL)
		check = find_check("*");
	if (check != NULL) {
		char num[32];

		/* the value, quoted, as {currHeader} */
		qval[l++] = '"';
		for (k = 0; value[k] != '\0' && l < sizeof qval - 3 && l < SM_MAXNAME - 3; k++) {
			int c = value[k];

			if (c >= '\t' && c <= '\r')
				c = ' ';
			else if (c == '"')
				qval[l++] = '\\';
			qval[l++] = (char)c;
		}
		qval[l++] = '"';
		qval[l] = '\0';
		k += strlen(value + k);
		macro_set(macro_id("{currHeader}"), qval);
		macro_set(macro_id("{hdr_name}"), name);
		snprintf(num, sizeof num, "%zu", k);
		macro_set(macro_id("{hdrlen}"), num);
		macro_set(macro_id("{addr_type}"), (flags & H_FROM) ? "h s" :
			  (flags & H_RCPT) ? "h r" : "h");
		run_check(check->ruleset, value, check->strip_comments);
	}
	for (struct hdr *h = headers; h != NULL; h = h->next)
		if (strcasecmp(h->name, name) == 0 &&
		    !(h->flags & (H_USER | H_FORCE)) && null_value)
			return 0;
	flags |= H_USER;
	add_header(name, flags);
	return flags;
}

void headers_free(void)
{
	while (checks != NULL) {
		struct hcheck *next = checks->next;

		free(checks->name);
		free(checks->ruleset);
		free(checks);
		checks = next;
	}
	while (headers != NULL) {
		struct hdr *next = headers->next;

		free(headers->name);
		free(headers);
		headers = next;
	}
	headers_tail = &headers;
}
