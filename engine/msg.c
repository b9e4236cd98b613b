/*
 * msg.c - format and print diagnostics the way sendmail does in -bt.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xvasprintf.h"
#include "engine/meta.h"
#include "engine/msg.h"

static const char *cur_file;
static int cur_line;
static const char *cur_to;
static int exit_status;
static int suppress_user_errors;
static int smtp_replies;
static msg_sink_fn sink;
static void *sink_arg;

void msg_set_sink(msg_sink_fn fn, void *arg)
{
	sink = fn;
	sink_arg = arg;
}

void msg_set_smtp(int on)
{
	smtp_replies = on;
}

void msg_suppress(int on)
{
	suppress_user_errors = on;
}

void msg_set_file(const char *file, int line)
{
	cur_file = file;
	cur_line = line;
}

void msg_set_to(const char *to)
{
	cur_to = to;
}

const char *msg_get_to(void)
{
	return cur_to;
}

int msg_exit_status(void)
{
	return exit_status;
}

void msg_set_exit_status(int status)
{
	exit_status = status;
}

void msg_setstat(int status)
{
	if (exit_status == SMX_OK || exit_status == SMX_TEMPFAIL)
		exit_status = status;
}

/* Does TEXT start with a reply code "DDD " or "DDD-"? */
static int has_reply_code(const char *text)
{
	return isdigit((unsigned char)text[0]) && isdigit((unsigned char)text[1]) &&
	       isdigit((unsigned char)text[2]) && (text[3] == ' ' || text[3] == '-');
}

/* Length of an enhanced status code "D.DDD.DDD" followed by END, or 0. */
static int enhanced_code_len(const char *s, int end)
{
	const char *p = s;
	int part;

	if (s == NULL || (*p != '2' && *p != '4' && *p != '5') || p[1] != '.')
		return 0;
	p += 2;
	for (part = 0; part < 2; part++) {
		int digits = 0;

		while (isdigit((unsigned char)*p) && digits < 3) {
			p++;
			digits++;
		}
		if (digits == 0 || (part == 0 && *p != '.'))
			return 0;
		if (part == 0)
			p++;
	}
	if (*p != end)
		return 0;
	return (int)(p - s);
}

/* Shorten like sendmail's shortenstring(): keep head and tail. */
static void shorten(const char *s, char *out, size_t outsz, size_t max)
{
	size_t len = strlen(s);

	if (len <= max) {
		snprintf(out, outsz, "%s", s);
		return;
	}
	snprintf(out, outsz, "%.*s...%s", (int)(max / 2 - 3), s,
		 s + len - (max / 2 - 3));
}

/*
 * Build and print one message.  CODE is the default reply code, used
 * when FMT does not start with one.  ENO is an errno value or 0.
 */
/* sendmail formats messages into a buffer of this size */
#define MSGBUF_SIZE 16384

/*
 * Build and print one message.  CODE is the default reply code, used
 * when FMT does not start with one.  REASON is strerror text or NULL.
 * The text is cut where sendmail's message buffer would cut it.
 */
static void emit(const char *code, const char *reason, const char *fmt, va_list ap)
{
	char buf[MSGBUF_SIZE];
	char *eb = buf, *text;
	size_t left = sizeof buf - 10;	/* reply and enhanced status code */
	const char *num = code;
	int len;

	const char *enh = fmt;
	int enhlen;

	if (has_reply_code(fmt)) {
		num = fmt;
		fmt += 4;
		enh = fmt;
	}
	len = enhanced_code_len(fmt, ' ');
	enhlen = len;
	if (len > 0)
		fmt += len + 1;
	buf[0] = '\0';
	if (cur_file != NULL) {
		char f[100];

		shorten(cur_file, f, sizeof f, 83);
		snprintf(eb, left, "%s: line %d: ", f, cur_line);
		len = (int)strlen(eb);
		eb += len;
		left -= (size_t)len;
	}
	text = eb;
	if (smtp_replies) {
		/* the reply code, then the enhanced code given or the class's */
		if (enhlen > 0)
			snprintf(eb, left, "%.3s %.*s ", num, enhlen, enh);
		else
			snprintf(eb, left, "%.3s %c.0.0 ", num, num[0]);
		len = (int)strlen(eb);
		eb += len;
		left -= (size_t)len;
	}
	if (cur_to != NULL && cur_to[0] != '\0' &&
	    (strncmp(num, "050", 3) == 0 || strncmp(num, "250", 3) == 0 ||
	     strncmp(num, "252", 3) == 0 || strncmp(num, "450", 3) == 0 ||
	     strncmp(num, "550", 3) == 0 || strncmp(num, "553", 3) == 0)) {
		char addr[SM_MAXSHORTSTR + 8];

		shorten(cur_to, addr, sizeof addr, SM_MAXSHORTSTR);
		snprintf(eb, left, "%s... ", addr);
		for (; *eb != '\0'; eb++, left--)
			*eb &= 0177;
	}
	vsnprintf(eb, left, fmt, ap);
	for (; *eb != '\0'; eb++, left--)
		*eb &= 0177;
	if (reason != NULL)
		snprintf(eb, left, ": %s", reason);
	if (sink != NULL)
		sink(sink_arg, code[0] == '0' ? MSG_NOTE : code[0] == '4' || strcmp(code, "554") == 0 ?
		     MSG_SYSERR : MSG_USRERR, cur_line, text);
	else
		printf("%s\n", buf);
}

void msg_syserr(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit("554", NULL, fmt, ap);
	va_end(ap);
	if (exit_status == 0)
		exit_status = SMX_SOFTWARE;
}

void msg_syserr_reason(const char *reason, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit("451", reason, fmt, ap);
	va_end(ap);
	if (exit_status == 0)
		exit_status = SMX_OSERR;
}

void msg_from_module(int syserr, const char *text)
{
	if (syserr == 2)
		msg_syserr("%s", text);
	else if (syserr) {
		int before = exit_status;

		msg_syserr("%s", text);
		if (before == SMX_OK)
			exit_status = SMX_OSERR;
	} else
		msg_message("%s", text);
}

void msg_usrerr(const char *fmt, ...)
{
	va_list ap;

	if (suppress_user_errors)
		return;
	va_start(ap, fmt);
	emit("550", NULL, fmt, ap);
	va_end(ap);
}

void msg_message(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit("050", NULL, fmt, ap);
	va_end(ap);
}

void msg_plain(const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	if (sink != NULL) {
		size_t n = strlen(text);

		if (n > 0 && text[n - 1] == '\n')
			text[n - 1] = '\0';
		sink(sink_arg, MSG_NOTE, cur_line, text);
	} else
		fputs(text, stdout);
	free(text);
}

static int is_smtp_code(const char *s)
{
	return (s[0] >= '2' && s[0] <= '5') && isdigit((unsigned char)s[1]) &&
	       isdigit((unsigned char)s[2]);
}

/* Length of "D.D.D" at S ending with END, else 0 (sendmail's isenhsc). */
static int enhanced_len(const char *s, int end)
{
	const char *p = s;

	if ((*p != '2' && *p != '4' && *p != '5') || p[1] != '.')
		return 0;
	p += 2;
	if (!isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	if (*p++ != '.' || !isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	return *p == end ? (int)(p - s) : 0;
}

/* $#error: print the message the way buildaddr() does. */
/* sysexits values not in meta.h */
#define SMX_NOUSER	67
#define SMX_IOERR	74
#define SMX_PROTOCOL	76

/*
 * The exit status an enhanced status code "5.X.Y" stands for, as
 * sendmail maps them: by subject X, and for subjects 1, 2 and 4 by Y.
 * Rows with detail -1 cover the whole subject.
 */
static const struct { int subject, detail, status; } dsn_status[] = {
	{ 0, -1, SMX_UNAVAILABLE },
	{ 1, 0, SMX_DATAERR }, { 1, 1, SMX_NOUSER }, { 1, 6, SMX_NOUSER },
	{ 1, 2, SMX_NOHOST }, { 1, 8, SMX_NOHOST }, { 1, 3, SMX_USAGE },
	{ 1, 7, SMX_USAGE }, { 1, 4, SMX_UNAVAILABLE }, { 1, 5, SMX_CONFIG },
	{ 2, 0, SMX_UNAVAILABLE }, { 2, 1, SMX_UNAVAILABLE }, { 2, 2, SMX_UNAVAILABLE },
	{ 2, 4, SMX_UNAVAILABLE }, { 2, 3, SMX_DATAERR },
	{ 3, -1, SMX_OSERR },
	{ 4, 0, SMX_IOERR }, { 4, 1, SMX_TEMPFAIL }, { 4, 3, SMX_TEMPFAIL },
	{ 4, 5, SMX_TEMPFAIL }, { 4, 2, SMX_IOERR }, { 4, 4, SMX_PROTOCOL },
	{ 4, 6, SMX_CONFIG }, { 4, 7, SMX_UNAVAILABLE },
	{ 5, -1, SMX_PROTOCOL }, { 6, -1, SMX_UNAVAILABLE }, { 7, -1, SMX_DATAERR },
};

static int dsn_exit_status(const char *code)
{
	int subject, detail;
	const char *p = code;

	if (*p == '2')
		return SMX_OK;
	if (*p == '4')
		return SMX_TEMPFAIL;
	if (*p != '5')
		return SMX_CONFIG;
	if (*++p == '.')
		p++;
	subject = atoi(p);
	while (*p != '\0' && *p != '.')
		p++;
	if (*p != '\0')
		p++;
	detail = atoi(p);
	for (size_t i = 0; i < sizeof dsn_status / sizeof dsn_status[0]; i++)
		if (dsn_status[i].subject == subject &&
		    (dsn_status[i].detail == -1 || dsn_status[i].detail == detail))
			return dsn_status[i].status;
	return SMX_UNAVAILABLE;
}

/* "$@ nouser" style error hosts */
static int named_exit_status(const char *name)
{
	static const struct { const char *name; int status; } names[] = {
		{ "usage", SMX_USAGE }, { "nouser", SMX_NOUSER },
		{ "nohost", SMX_NOHOST }, { "unavailable", SMX_UNAVAILABLE },
		{ "software", SMX_SOFTWARE }, { "tempfail", SMX_TEMPFAIL },
		{ "protocol", SMX_PROTOCOL }, { "config", SMX_CONFIG },
	};

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcasecmp(names[i].name, name) == 0)
			return names[i].status;
	return SMX_UNAVAILABLE;
}

void msg_error_triple(char *ubuf, const char *host)
{
	char *q = ubuf;

	/* the exit status this error stands for, as buildaddr() sets it */
	if (host == NULL)
		msg_setstat(SMX_UNAVAILABLE);
	else if (strchr(host, '.') != NULL)
		msg_setstat(dsn_exit_status(host));
	else if (isdigit((unsigned char)host[0]))
		msg_setstat(atoi(host));
	else
		msg_setstat(named_exit_status(host));
	/* strip quotes */
	for (char *s = ubuf; *s != '\0'; s++)
		if (*s != '"')
			*q++ = *s;
	*q = '\0';
	if (is_smtp_code(ubuf) && ubuf[3] == ' ') {
		int off = enhanced_len(ubuf + 4, ' ');
		char fmt[32];

		/* the reply code (and enhanced code) lead the format, as in sendmail */
		if (off > 0) {
			ubuf[off + 4] = '\0';
			snprintf(fmt, sizeof fmt, "%s %%s", ubuf);
			msg_usrerr(fmt, ubuf + off + 5);
		} else {
			ubuf[3] = '\0';
			if (host != NULL && enhanced_len(host, '\0') > 0)
				snprintf(fmt, sizeof fmt, "%s %s %%s", ubuf, host);
			else
				snprintf(fmt, sizeof fmt, "%s %%s", ubuf);
			msg_usrerr(fmt, ubuf + 4);
		}
	} else
		msg_usrerr("553 5.3.0 %s", ubuf);
}
