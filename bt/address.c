/*
 * address.c - /parse and /try: an address through the rulesets a real
 * delivery would use, with sendmail's output.
 *
 * /parse runs rulesets 3 and 0 (canonify, parse), builds the resolved
 * triple and rewrites the user part with ruleset 2, the mailer's R=
 * ruleset and ruleset 4.  /try runs ruleset 3, 1 or 2, the mailer's
 * S= or R= ruleset and 4, then puts the result back into the address's
 * comment frame ("Full Name <$g>").
 */
#include <ctype.h>
#include <pwd.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "strbuf.h"
#include "bt/bt.h"
#include "cf/config.h"
#include "engine/macro.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "engine/token.h"

static void tokens_to_string(char **pvp, char *buf, size_t size, int external)
{
	tok_join(pvp, NULL, buf, size, '\0', external);
}

static void lowercase(char *s)
{
	for (; *s != '\0'; s++)
		if (isascii((unsigned char)*s) && isupper((unsigned char)*s))
			*s = (char)tolower((unsigned char)*s);
}

/*
 * sendmail's last check of a parsed user name: control and 8-bit
 * characters become '?', and the problem is reported once.
 */
static int check_user_chars(char *user)
{
	const char *result = NULL;
	int quoted = 0;
	size_t len = 0;
	char *a;

	for (a = user; *a != '\0'; a++) {
		if (++len > SM_MAXNAME - 1) {
			user[SM_MAXNAME - 1] = '\0';
			msg_usrerr("553 5.1.0 Address \"%s\" too long (%d bytes max)",
				   user, SM_MAXNAME - 1);
			return 1;
		}
		if (!quoted && ((unsigned char)*a < 32 || *a == 127)) {
			result = "non-printable character";
			*a = '?';
			continue;
		}
		if (*a == '"')
			quoted = !quoted;
		else if (*a == '\\') {
			if (*++a == '\0') {
				result = "trailing \\ character";
				*--a = '?';
				break;
			}
		}
		if ((*a & 0340) == 0200) {
			msg_setstat(SMX_USAGE);
			result = "8-bit character";
			*a = '?';
		}
	}
	if (quoted)
		result = "unbalanced quote";
	if (result != NULL)
		msg_usrerr("501 5.1.3 Syntax error in mailbox address \"%s\" (%s)",
			   user, result);
	return result != NULL;
}

/*
 * Parse ADDR as sendmail's parseaddr() does: rulesets 3 and 0, then the
 * triple is taken apart and the user part rewritten with 2, the mailer's
 * R= ruleset and 4.  FLAGS are TRY_HEADER/TRY_SENDER.  Returns 0 when
 * the address has no tokens at all.
 */
static int parse_address_to(const char *addr, int delim, int flags, struct bt_parsed *a)
{
	struct tokens tb;
	char tokbuf[SM_PSBUFSIZE];
	char *vec[SM_MAXATOM + 1];
	char **pvp, **tv, **hostp = NULL;
	const char *mname, *problem = NULL;
	struct mailer *m;
	int tempfail = 0;
	const char *end = NULL;
	char shown[SM_MAXNAME + 1];

	memset(a, 0, sizeof *a);
	a->bad = 1;
	tb.buf = tokbuf;
	tb.bufsize = sizeof tokbuf;
	msg_set_to(addr);
	pvp = tok_scan(addr, delim, &tb, &end, TOK_EXTERNAL, 0);
	if (delim != '\0' && end != NULL) {
		/* once scanned, messages name the address up to the delimiter */
		snprintf(shown, sizeof shown, "%.*s", (int)(end - addr), addr);
		msg_set_to(shown);
	}
	if (pvp == NULL) {
		msg_set_to(NULL);
		return 0;
	}
	tok_copy(vec, pvp);
	if (rw_rewrite(vec, 3, 0, SM_MAXATOM) == SMX_TEMPFAIL)
		tempfail = 1;
	if (rw_rewrite(vec, 0, 0, SM_MAXATOM) == SMX_TEMPFAIL)
		tempfail = 1;
	tv = vec;
	if (*tv == NULL || (**tv & 0xff) != META_NET) {
		msg_syserr("554 5.3.5 buildaddr: no mailer in parsed address");
		goto done;
	}
	mname = *++tv;
	if (mname != NULL && *++tv != NULL && (**tv & 0xff) == META_HOST)
		hostp = ++tv;
	while (*tv != NULL && (**tv & 0xff) != META_USER)
		tv++;
	if (mname == NULL || *tv == NULL) {
		msg_syserr("554 5.3.5 buildaddr: no user");
		goto done;
	}
	if (tv == hostp)
		hostp = NULL;
	else if (hostp != NULL)
		tok_join(hostp, tv - 1, a->host, sizeof a->host, '\0', 1);
	tok_join(++tv, NULL, a->user, sizeof a->user, ' ', 0);
	if (strcasecmp(mname, "error") == 0) {
		char ubuf[sizeof a->user];

		snprintf(ubuf, sizeof ubuf, "%s", a->user);
		msg_error_triple(ubuf, hostp ? a->host : NULL);
		if (hostp == NULL)
			a->host[0] = '\0';
		goto done;
	}
	a->user[0] = '\0';
	m = mailer_find(mname);
	if (m == NULL)
		problem = "unknown mailer";
	else if (hostp == NULL && !mailer_has_flag(m, 'l'))
		problem = "no host";
	if (problem != NULL) {
		if (m == NULL)
			msg_syserr("554 5.3.5 buildaddr: unknown mailer %s", mname);
		else
			msg_syserr("554 5.3.5 buildaddr: no host");
		a->host[0] = '\0';
		goto done;
	}
	a->bad = 0;
	tok_join(tv, NULL, a->user, sizeof a->user, ' ', 0);
	{
		char *p = a->user;

		if (mailer_has_flag(m, '@') && *p == '@') {
			p++;
			tv++;
		}
		if (*p == '"')
			p++;
		if (*p == '|' && mailer_has_flag(m, '|') && mailer_find("prog") != NULL)
			m = mailer_find("prog");
		else if (*p == '/' && mailer_has_flag(m, '/') && mailer_find("*file*") != NULL)
			m = mailer_find("*file*");
		else if (*p == ':' && mailer_has_flag(m, ':') &&
			 strncasecmp(p, ":include:", 9) == 0) {
			a->mailer = mailer_find("*include*");
			memmove(a->user, p + 9, strlen(p + 9) + 1);
			a->host[0] = '\0';
			goto done;
		}
	}
	a->mailer = m;
	macro_set('h', hostp ? a->host : NULL);
	if (config.level >= 10 || !(flags & (TRY_HEADER | TRY_SENDER))) {
		rw_rewrite(tv, 2, 0, SM_MAXATOM);
		if (m->re_rwset > 0)
			rw_rewrite(tv, m->re_rwset, 0, SM_MAXATOM);
	}
	rw_rewrite(tv, 4, 0, SM_MAXATOM);
	tokens_to_string(tv, a->user, sizeof a->user, 1);
	if (hostp != NULL && !mailer_has_flag(m, 'h'))
		lowercase(a->host);
	if (!mailer_has_flag(m, 'u'))
		lowercase(a->user);
	if (check_user_chars(a->user))
		a->bad = 1;
	if (tempfail) {
		a->tempfail = 1;
		msg_message("Transient parse error -- message queued for future delivery");
	}
done:
	msg_set_to(NULL);
	return 1;
}

int bt_parse_address(const char *addr, int flags, struct bt_parsed *a)
{
	return parse_address_to(addr, '\0', flags, a);
}

int bt_parse_alias(const char *line, const char *file, int lineno, char **user)
{
	struct bt_parsed a;
	int ok;

	msg_set_file(file, lineno);
	ok = parse_address_to(line, ':', 0, &a);
	msg_set_file(NULL, 0);
	if (!ok)
		return 0;
	if (a.mailer == NULL || !mailer_has_flag(a.mailer, 'A'))
		return -1;
	*user = xstrdup(a.user);
	return 1;
}

void bt_parse_command(const char *addr)
{
	char *cracked = bt_crack_address(addr);
	struct bt_parsed a;

	fputs("Cracked address = ", stdout);
	tok_print(stdout, cracked);
	free(cracked);
	printf("\nParsing %s %s address\n",
	       (bt_tryflags & TRY_HEADER) ? "header" : "envelope",
	       (bt_tryflags & TRY_SENDER) ? "sender" : "recipient");
	if (!bt_parse_address(addr, bt_tryflags, &a))
		printf("Cannot parse\n");
	else if (a.host[0] != '\0')
		printf("mailer %s, host %s, user %s\n",
		       a.mailer ? a.mailer->name : "*error*", a.host, a.user);
	else
		printf("mailer %s, user %s\n", a.mailer ? a.mailer->name : "*error*", a.user);
}

/* The full name from a passwd GECOS field: up to ',', ';' or '%', with
 * '&' standing for the login name, capitalised. */
static char *gecos_name(const char *gecos, const char *login)
{
	char buf[SM_MAXNAME + 1];
	size_t n = 0;

	if (*gecos == '*')
		gecos++;
	for (const char *p = gecos; *p != '\0' && *p != ',' && *p != ';' && *p != '%'; p++) {
		if (n >= sizeof buf - 1)
			return xstrdup(login);	/* too long: just the login */
		if (*p == '&') {
			snprintf(buf + n, sizeof buf - n, "%s", login);
			buf[n] = (char)toupper((unsigned char)buf[n]);
			n += strlen(buf + n);
		} else
			buf[n++] = *p;
	}
	buf[n] = '\0';
	return xstrdup(buf);
}

/* $x once a passwd entry gave it; sendmail keeps it for later senders */
static char *sender_full_name;

/* A sender whose mailer checks the passwd file gets $x and $z from it. */
static void sender_passwd(const char *user)
{
	struct passwd *pw;

	if (sender_full_name == NULL) {
		const char *x = macro_get('x');

		if (x != NULL && *x != '\0')
			sender_full_name = xstrdup(x);
	}
	if (user[0] != '\0' && (pw = getpwnam(user)) != NULL) {
		const char *home = pw->pw_dir;

		macro_set('z', *home == '\0' ? NULL : strcmp(home, "/") == 0 ? "" : home);
		if (sender_full_name == NULL && pw->pw_gecos != NULL &&
		    pw->pw_gecos[0] != '\0' && strcmp(pw->pw_name, user) == 0)
			sender_full_name = gecos_name(pw->pw_gecos, pw->pw_name);
	}
	if (sender_full_name != NULL)
		macro_set('x', sender_full_name);
}

void bt_sender_free(void)
{
	free(sender_full_name);
	sender_full_name = NULL;
}

void bt_sender_command(const char *addr)
{
	struct bt_parsed a;
	const char *from = addr;
	struct passwd *pw = getpwuid(getuid());
	const char *realname = pw ? pw->pw_name : "root";
	struct mailer *m;

	macro_set('x', "");
	macro_set(macro_id("{addr_type}"), "e s");
	if (!bt_parse_address(addr, TRY_SENDER, &a) || a.bad ||
	    (a.mailer != NULL && (a.mailer == mailer_find("prog") ||
				  a.mailer == mailer_find("*file*") ||
				  a.mailer == mailer_find("*include*")))) {
		if (!a.bad) {
			msg_set_to(addr);
			msg_usrerr("553 5.1.7 Invalid sender address");
			msg_set_to(NULL);
		}
		msg_suppress(1);
		from = realname;
		bt_parse_address(realname, TRY_SENDER, &a);
	}
	msg_suppress(0);
	m = a.mailer;
	if (m != NULL && mailer_has_flag(m, 'w'))
		sender_passwd(a.user);
	{
		struct tokens tb;
		char tokbuf[SM_PSBUFSIZE];
		char *vec[SM_MAXATOM + 1], **pvp;

		tb.buf = tokbuf;
		tb.bufsize = sizeof tokbuf;
		pvp = tok_scan(from, '\0', &tb, NULL, TOK_INTERNAL, 0);
		if (pvp != NULL) {
			char buf[2 * SM_MAXNAME + 2];

			tok_copy(vec, pvp);
			rw_rewrite(vec, 3, 0, SM_MAXATOM);
			rw_rewrite(vec, 1, 0, SM_MAXATOM);
			rw_rewrite(vec, 4, 0, SM_MAXATOM);
			macro_set(macro_id("{addr_type}"), NULL);
			tokens_to_string(vec, buf + 1, sizeof buf - 2, 0);
			if (buf[1] == '@' && !(m != NULL && mailer_has_flag(m, 'd'))) {
				buf[0] = '<';
				strcat(buf, ">");
				macro_set('f', buf);
			} else
				macro_set('f', buf + 1);
			if (m != NULL && mailer_has_flag(m, 'C')) {
				macro_set(macro_id("{addr_type}"), "e s");
				rw_rewrite(vec, 3, 0, SM_MAXATOM);
				rw_rewrite(vec, 1, 0, SM_MAXATOM);
				rw_rewrite(vec, 4, 0, SM_MAXATOM);
				macro_set(macro_id("{addr_type}"), NULL);
			}
		}
	}
	printf("addr=%s\n", a.user);
}

void bt_try_command(const char *mailer, const char *addr)
{
	struct mailer *m = mailer_find(mailer);
	int rcode = SMX_OK, rwset;
	struct tokens tb;
	char tokbuf[SM_PSBUFSIZE];
	char *vec[SM_MAXATOM + 1], **pvp, *fancy;
	char lbuf[2 * SM_MAXNAME + 1], result[2 * SM_MAXNAME + 1], addrtype[4];
	const char *oldg;
	char *savedg;
	const char g[3] = { (char)META_EXPAND, 'g', '\0' };

	if (m == NULL) {
		printf("Unknown mailer %s\n", mailer);
		return;
	}
	printf("Trying %s %s address %s for mailer %s\n",
	       (bt_tryflags & TRY_HEADER) ? "header" : "envelope",
	       (bt_tryflags & TRY_SENDER) ? "sender" : "recipient", addr, mailer);
	if (bt_tryflags & TRY_SENDER) {
		rwset = (bt_tryflags & TRY_HEADER) ? m->sh_rwset : m->se_rwset;
		addrtype[2] = 's';
	} else {
		rwset = (bt_tryflags & TRY_HEADER) ? m->rh_rwset : m->re_rwset;
		addrtype[2] = 'r';
	}
	if (rwset < 0) {
		printf("Rcode = %d, addr = %s\n", rcode, addr);
		return;
	}
	addrtype[0] = (bt_tryflags & TRY_HEADER) ? 'h' : 'e';
	addrtype[1] = ' ';
	addrtype[3] = '\0';
	macro_set(macro_id("{addr_type}"), addrtype);
	fancy = mailer_has_flag(m, 'c') ? xstrdup(g) : bt_crack_address(addr);
	tb.buf = tokbuf;
	tb.bufsize = sizeof tokbuf;
	pvp = tok_scan(addr, '\0', &tb, NULL, TOK_EXTERNAL, 0);
	if (pvp == NULL) {
		printf("Rcode = %d, addr = %s\n", rcode, addr);
		free(fancy);
		return;
	}
	tok_copy(vec, pvp);
	if (rw_rewrite(vec, 3, 0, SM_MAXATOM) == SMX_TEMPFAIL)
		rcode = SMX_TEMPFAIL;
	if (rw_rewrite(vec, (bt_tryflags & TRY_SENDER) ? 1 : 2, 0, SM_MAXATOM) == SMX_TEMPFAIL)
		rcode = SMX_TEMPFAIL;
	if (rwset > 0 && rw_rewrite(vec, rwset, 0, SM_MAXATOM) == SMX_TEMPFAIL)
		rcode = SMX_TEMPFAIL;
	if (rw_rewrite(vec, 4, 0, SM_MAXATOM) == SMX_TEMPFAIL)
		rcode = SMX_TEMPFAIL;
	tokens_to_string(vec, lbuf, sizeof lbuf, 0);
	oldg = macro_get('g');
	savedg = oldg ? xstrdup(oldg) : NULL;
	macro_set('g', lbuf);
	macro_expand(fancy, result, sizeof result);
	macro_set('g', savedg);
	free(savedg);
	free(fancy);
	printf("Rcode = %d, addr = %s\n", rcode, result);
}
