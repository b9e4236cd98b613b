/*
 * session.c - the server side of an SMTP session, as sendmail's
 * srvrsmtp.c answers it, without delivering anything.
 *
 * At connection the client's identity becomes macros and check_relay,
 * srv_features and greet_pause run; a check_relay refusal makes the
 * session a "null server" that answers every transaction command with
 * that refusal, as sendmail does.  HELO/EHLO, MAIL (tls_client,
 * check_mail), RCPT (check_rcpt, the local user check), DATA
 * (check_data, check_eoh, check_eom), RSET, NOOP, VRFY, EXPN, ETRN, VERB,
 * HELP, AUTH, STARTTLS and QUIT are answered with sendmail's texts; any
 * other line is an unknown command, and too many bad commands close the
 * session.  Replies are handed to the caller one by one.
 */
#include <ctype.h>
#include <dirent.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "xalloc.h"
#include "bt/bt.h"
#include "cf/config.h"
#include "engine/macro.h"
#include "engine/map.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "engine/token.h"
#include "policy/check.h"
#include "policy/client.h"
#include "policy/policy.h"

#define MAX_BAD_COMMANDS 25	/* sendmail's MAXBADCOMMANDS */
#define SHORT_STRING 203	/* sendmail's MAXSHORTSTR */

/* sendmail's default list when AuthMechanisms is not set */
#define DEFAULT_AUTH_MECHANISMS "GSSAPI KERBEROS_V4 DIGEST-MD5 CRAM-MD5"

struct policy_session {
	struct policy_options opt;
	policy_reply_fn fn;
	void *ctx;
	struct client_id id;
	char *nullserver;		/* check_relay's refusal, replayed */
	struct policy_why null_why;
	int discard_all;		/* check_relay said $#discard */
	char features[512];		/* what srv_features returned */
	int gothelo, esmtp, gotmail, nrcpts, badcmds, authenticated;
	int msg_discard;		/* check_mail/check_rcpt said discard */
	char quarantine[1024];
	int data;			/* reading the message */
	int in_headers, hdr_count;
	long hdr_size, msg_size;
	int will_queue;
	int closed;
	int pending_auth;		/* waiting for the AUTH PLAIN response */
	char pending_mech[32];
	struct policy_reply r;		/* the reply being built */
	int was_quiet;			/* the engine's trace setting before */
};

/* ---- replies ------------------------------------------------------ */

static void reply_begin(struct policy_session *s, const char *command)
{
	memset(&s->r, 0, sizeof s->r);
	s->r.command = xstrdup(command ? command : "");
}

static void reply_line(struct policy_session *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void reply_line(struct policy_session *s, const char *fmt, ...)
{
	va_list ap;
	char buf[2048];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	s->r.lines = xrealloc(s->r.lines, (size_t)(s->r.nlines + 1) * sizeof *s->r.lines);
	s->r.lines[s->r.nlines++] = xstrdup(buf);
	if (s->r.nlines == 1)
		s->r.code = atoi(buf);
}

static void reply_note(struct policy_session *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void reply_note(struct policy_session *s, const char *fmt, ...)
{
	va_list ap;
	char buf[1024];
	char *old = s->r.notes;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	s->r.notes = old ? xasprintf("%s\n%s", old, buf) : xstrdup(buf);
	free(old);
}

static void reply_why(struct policy_session *s, const struct policy_why *why)
{
	s->r.why = *why;
}

/* Send the reply: continuation marks on all lines but the last. */
static void reply_send(struct policy_session *s)
{
	for (int i = 0; i + 1 < s->r.nlines; i++)
		if (strlen(s->r.lines[i]) > 3)
			s->r.lines[i][3] = '-';
	if (s->r.nlines > 0) {
		char *last = s->r.lines[s->r.nlines - 1];

		if (strlen(last) > 3)
			last[3] = ' ';
	}
	s->r.closes = s->closed;
	s->fn(s->ctx, &s->r);
	for (int i = 0; i < s->r.nlines; i++)
		free(s->r.lines[i]);
	free(s->r.lines);
	free(s->r.command);
	free(s->r.notes);
	memset(&s->r, 0, sizeof s->r);
}

/* A reply of one line, with what decided it. */
static void reply_check(struct policy_session *s, const struct check_result *c)
{
	reply_line(s, "%s", c->reply);
	reply_why(s, &c->why);
}

/* ---- macros and options ------------------------------------------- */

static void set_macro(const char *name, const char *value)
{
	macro_set(macro_id(name), value);
}

/* Expand TEXT, already in internal form (an option value). */
static const char *expand_text(const char *text, char *buf, size_t size)
{
	macro_expand(text, buf, size);
	return buf;
}

/* Expand RAW, text with "$x" macros (the help file). */
static const char *expand_raw(const char *raw, char *buf, size_t size)
{
	char *t = macro_translate(raw, config.level);

	macro_expand(t, buf, size);
	free(t);
	return buf;
}

/* Is WORD among the PrivacyOptions (with goaway's meaning)? */
static int privacy(const char *word)
{
	static const char *const goaway[] = { "needmailhelo", "needexpnhelo",
		"noexpn", "needvrfyhelo", "novrfy", "noetrn", "noverb",
		"noreceipts", "nobodyreturn", "authwarnings", NULL };
	const char *v = option_value("PrivacyOptions");
	char buf[512], *p, *save = NULL;

	if (v == NULL)
		return 0;
	snprintf(buf, sizeof buf, "%s", v);
	for (p = strtok_r(buf, " ,\t", &save); p != NULL; p = strtok_r(NULL, " ,\t", &save)) {
		if (strcasecmp(p, word) == 0)
			return 1;
		if (strcasecmp(p, "goaway") == 0)
			for (int i = 0; goaway[i] != NULL; i++)
				if (strcasecmp(goaway[i], word) == 0)
					return 1;
	}
	return 0;
}

static long option_long(const char *name, long dflt)
{
	const char *v = option_value(name);

	return v != NULL && *v != '\0' ? atol(v) : dflt;
}

/* srv_features turned FEATURE (an upper case letter) off? */
static int feature_off(struct policy_session *s, int letter)
{
	return strchr(s->features, letter) != NULL;
}

/* ---- AUTH mechanisms ---------------------------------------------- */

/* SASL plugin files and the mechanisms they bring */
static const struct { const char *file, *mechs; } sasl_plugins[] = {
	{ "libanonymous.so", "ANONYMOUS" }, { "libcrammd5.so", "CRAM-MD5" },
	{ "libdigestmd5.so", "DIGEST-MD5" }, { "liblogin.so", "LOGIN" },
	{ "libplain.so", "PLAIN" }, { "libntlm.so", "NTLM" },
	{ "libscram.so", "SCRAM-SHA-1 SCRAM-SHA-256" },
	{ "libgssapiv2.so", "GSSAPI GS2-KRB5 GS2-IAKERB" }, { "libotp.so", "OTP" },
	{ "libsrp.so", "SRP" }, { "libgs2.so", "GS2-KRB5" },
};
static const char *const sasl_dirs[] = {
	"/usr/lib/x86_64-linux-gnu/sasl2", "/usr/lib/aarch64-linux-gnu/sasl2",
	"/usr/lib64/sasl2", "/usr/lib/sasl2", NULL
};
static const char *const sasl_conf_dirs[] = {
	"/etc/sasl2", "/etc/sasl", "/usr/lib/x86_64-linux-gnu/sasl2", "/usr/lib/sasl2", NULL
};

static int word_in(const char *word, const char *list)
{
	char buf[1024], *p, *save = NULL;

	snprintf(buf, sizeof buf, "%s", list);
	for (p = strtok_r(buf, " ,\t", &save); p != NULL; p = strtok_r(NULL, " ,\t", &save))
		if (strcasecmp(p, word) == 0)
			return 1;
	return 0;
}

/* The mechanisms the SASL library has (plugins, then Sendmail.conf's mech_list). */
static void sasl_available(char *out, size_t size)
{
	char mech_list[512] = "";

	out[0] = '\0';
	for (int d = 0; sasl_dirs[d] != NULL; d++)
		for (size_t i = 0; i < sizeof sasl_plugins / sizeof sasl_plugins[0]; i++) {
			char path[512];

			snprintf(path, sizeof path, "%s/%s", sasl_dirs[d], sasl_plugins[i].file);
			if (access(path, R_OK) == 0 && !word_in(sasl_plugins[i].mechs, out)) {
				size_t n = strlen(out);

				snprintf(out + n, size - n, "%s%s", n ? " " : "", sasl_plugins[i].mechs);
			}
		}
	for (int d = 0; sasl_conf_dirs[d] != NULL; d++) {
		char path[512], line[512];
		FILE *fp;

		snprintf(path, sizeof path, "%s/Sendmail.conf", sasl_conf_dirs[d]);
		if ((fp = fopen(path, "r")) == NULL)
			continue;
		while (fgets(line, sizeof line, fp) != NULL)
			if (strncasecmp(line, "mech_list:", 10) == 0) {
				snprintf(mech_list, sizeof mech_list, "%s", line + 10);
				mech_list[strcspn(mech_list, "\r\n")] = '\0';
			}
		fclose(fp);
		break;
	}
	if (mech_list[0] != '\0') {
		char keep[1024] = "", buf[1024], *p, *save = NULL;

		snprintf(buf, sizeof buf, "%s", out);
		for (p = strtok_r(buf, " ", &save); p != NULL; p = strtok_r(NULL, " ", &save))
			if (word_in(p, mech_list)) {
				size_t n = strlen(keep);

				snprintf(keep + n, sizeof keep - n, "%s%s", n ? " " : "", p);
			}
		snprintf(out, size, "%s", keep);
	}
}

/* What EHLO offers after AUTH: AuthMechanisms that the library has. */
static void auth_offered(char *out, size_t size)
{
	const char *wanted = option_value("AuthMechanisms");
	char avail[1024], buf[1024], *p, *save = NULL;

	sasl_available(avail, sizeof avail);
	snprintf(buf, sizeof buf, "%s", wanted ? wanted : DEFAULT_AUTH_MECHANISMS);
	out[0] = '\0';
	for (p = strtok_r(buf, " ,\t", &save); p != NULL; p = strtok_r(NULL, " ,\t", &save))
		if (word_in(p, avail) && !word_in(p, out)) {
			size_t n = strlen(out);

			snprintf(out + n, size - n, "%s%s", n ? " " : "", p);
		}
}

/* ---- connection --------------------------------------------------- */

/* "name [addr]" as sendmail names the client in replies and $_ */
static void client_desc(const struct policy_session *s, char *buf, size_t size)
{
	if (s->id.real_name[0] == '[')
		snprintf(buf, size, "%s", s->id.real_name);
	else
		snprintf(buf, size, "%s %s%s", s->id.real_name, s->id.bracketed,
			 s->id.forged ? " (may be forged)" : "");
}

static void set_connection_macros(struct policy_session *s)
{
	char buf[512];
	const char *dm = option_value("DeliveryMode");

	client_desc(s, buf, sizeof buf);
	macro_set('_', buf);
	set_macro("{client_addr}", s->id.addr);
	set_macro("{client_name}", s->id.name);
	set_macro("{client_ptr}", s->id.ptr[0] ? s->id.ptr : NULL);
	set_macro("{client_resolve}", s->id.resolve);
	snprintf(buf, sizeof buf, "%d", s->opt.client_port);
	set_macro("{client_port}", buf);
	snprintf(buf, sizeof buf, "%ld", s->opt.connections);
	set_macro("{client_connections}", buf);
	snprintf(buf, sizeof buf, "%ld", s->opt.rate);
	set_macro("{client_rate}", buf);
	set_macro("{daemon_family}", s->id.family == AF_INET6 ? "inet6" : "inet");
	set_macro("{daemon_name}", s->id.family == AF_INET6 ? "MTA6" : "MTA");
	set_macro("{daemon_port}", "25");
	set_macro("{daemon_flags}", "");
	set_macro("{if_family}", s->id.family == AF_INET6 ? "inet6" : "inet");
	set_macro("{opMode}", "d");
	buf[0] = dm != NULL && *dm ? *dm : 'b';
	buf[1] = '\0';
	set_macro("{deliveryMode}", buf);
	macro_set('r', NULL);
	macro_set('s', NULL);
	if (s->opt.tls != NULL)
		set_macro("{verify}", s->opt.tls);
}

static void set_auth(struct policy_session *s, const char *mech, const char *user,
		     const char *author)
{
	set_macro("{auth_type}", mech);
	set_macro("{auth_authen}", user);
	set_macro("{auth_author}", author && *author ? author : user);
	set_macro("{auth_ssf}", "0");
	s->authenticated = 1;
}

/* The greeting sendmail sends: SmtpGreetingMessage with "ESMTP" after
 * its first word. */
static void greeting(struct policy_session *s)
{
	const char *g = option_value("SmtpGreetingMessage");
	char buf[2048], *sp;

	if (g != NULL)
		expand_text(g, buf, sizeof buf);
	else
		expand_raw("$j Sendmail $v ready at $b", buf, sizeof buf);
	sp = strchr(buf, ' ');
	if (sp == NULL)
		reply_line(s, "220 %s ESMTP", buf);
	else
		reply_line(s, "220 %.*s ESMTP%s", (int)(sp - buf), buf, sp);
}

struct policy_session *policy_open(const struct policy_options *opt,
				   policy_reply_fn fn, void *ctx)
{
	struct policy_session *s = xcalloc(1, sizeof *s);
	struct check_result c;
	const char *compress = option_value("UseCompressedIPv6Addresses");

	s->opt = *opt;
	s->was_quiet = rw_set_quiet(1);	/* a session shows replies, not traces */
	s->fn = fn;
	s->ctx = ctx;
	if (policy_client_identify(opt->client_addr, opt->client_name,
				   compress != NULL && strchr("tTyY", *compress) != NULL,
				   &s->id) < 0) {
		fprintf(stderr, "smcf policy: %s is not an IPv4 or IPv6 address\n",
			opt->client_addr);
		rw_set_quiet(s->was_quiet);
		free(s);
		return NULL;
	}
	set_connection_macros(s);
	reply_begin(s, "");
	if (opt->auth != NULL) {
		char mech[64], *colon;

		snprintf(mech, sizeof mech, "%s", opt->auth);
		colon = strchr(mech, ':');
		if (colon != NULL)
			*colon = '\0';
		set_auth(s, mech, colon ? colon + 1 : "", NULL);
		reply_note(s, "authenticated beforehand: {auth_type}=%s {auth_authen}=%s (--auth)",
			   mech, colon ? colon + 1 : "");
	}
	reply_note(s, "client %s: {client_name}=%s {client_resolve}=%s",
		   s->id.addr, s->id.name, s->id.resolve);
	/* check_relay: a refusal is kept and answers every later command */
	switch (policy_rscheck("check_relay", s->id.name, s->id.addr, NULL, &c)) {
	case CHECK_REJECT:
	case CHECK_TEMPFAIL:
		s->nullserver = xstrdup(c.reply);
		s->null_why = c.why;
		reply_why(s, &c.why);
		reply_note(s, "check_relay refused the client: every command but HELO, EHLO, "
			   "NOOP, RSET and QUIT will get \"%s\"", c.reply);
		break;
	case CHECK_DISCARD:
		s->discard_all = 1;
		reply_why(s, &c.why);
		reply_note(s, "check_relay said discard: all mail of this session is accepted and dropped");
		break;
	default:
		break;
	}
	if (s->nullserver != NULL && strncmp(s->nullserver, "421", 3) == 0) {
		reply_line(s, "%s", s->nullserver);
		s->closed = 1;
		reply_send(s);
		return s;
	}
	if (policy_rscheck("srv_features", s->id.name, s->id.addr, NULL, &c) == CHECK_VALUE) {
		snprintf(s->features, sizeof s->features, "%s", c.value);
		reply_note(s, "srv_features: %s", c.value);
	}
	if (policy_rscheck("greet_pause", s->id.name, s->id.addr, NULL, &c) == CHECK_VALUE &&
	    atol(c.value) > 0) {
		reply_note(s, "greet_pause: sendmail waits %s ms before this greeting (not waited "
			   "here); a client that talks first is refused with 554", c.value);
		if (s->nullserver == NULL)
			reply_why(s, &c.why);
	}
	greeting(s);
	reply_send(s);
	return s;
}

void policy_close(struct policy_session *s)
{
	if (s == NULL)
		return;
	rw_set_quiet(s->was_quiet);
	free(s->nullserver);
	free(s);
}

/* ---- transaction state -------------------------------------------- */

static void new_transaction(struct policy_session *s)
{
	s->gotmail = 0;
	s->nrcpts = 0;
	s->msg_discard = 0;
	s->will_queue = 0;
	s->quarantine[0] = '\0';
	set_macro("{mail_addr}", NULL);
	set_macro("{mail_from}", NULL);
	set_macro("{mail_host}", NULL);
	set_macro("{mail_mailer}", NULL);
	set_macro("{rcpt_addr}", NULL);
	set_macro("{rcpt_host}", NULL);
	set_macro("{rcpt_mailer}", NULL);
	set_macro("{nrcpts}", NULL);
	macro_set('f', NULL);
}

/* The word a "MAIL FROM:" style argument starts with, for messages. */
static void first_word(const char *p, char *buf, size_t size)
{
	size_t n;

	while (isspace((unsigned char)*p))
		p++;
	n = strcspn(p, " \t:");
	snprintf(buf, size, "%.*s", (int)n, p);
}

/* sendmail's skipword(): "FROM" ":" with optional white space. */
static const char *skip_word(const char *p, const char *word)
{
	size_t n = strlen(word);

	while (isspace((unsigned char)*p))
		p++;
	if (strncasecmp(p, word, n) != 0)
		return NULL;
	p += n;
	while (isspace((unsigned char)*p))
		p++;
	if (*p != ':')
		return NULL;
	p++;
	while (isspace((unsigned char)*p))
		p++;
	return p;
}

/* Split ARG into the address and the ESMTP parameters after it. */
static void split_address(const char *arg, char *addr, size_t size, const char **params)
{
	const char *p = arg, *start = arg;
	int depth = 0, quoted = 0;

	for (; *p != '\0'; p++) {
		if (*p == '\\' && p[1] != '\0') {
			p++;
			continue;
		}
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted && *p == '<')
			depth++;
		else if (!quoted && *p == '>' && depth > 0)
			depth--;
		else if (!quoted && depth == 0 && *p == ' ')
			break;
	}
	snprintf(addr, size, "%.*s", (int)(p - start), start);
	while (*p == ' ')
		p++;
	*params = p;
}

/* The messages of parsing, in SMTP form: the first error is the reply. */
struct parse_msgs {
	char text[1024];
};

static void parse_sink(void *arg, enum msg_level level, int line, const char *text)
{
	struct parse_msgs *m = arg;

	(void)line;
	if (level != MSG_NOTE && m->text[0] == '\0')
		snprintf(m->text, sizeof m->text, "%s", text);
}

/* Parse ADDR as parseaddr() does; returns 0 after an error reply. */
static int parse_for_smtp(struct policy_session *s, const char *addr, int flags,
			  struct bt_parsed *a)
{
	struct parse_msgs m = { "" };
	int ok;

	msg_set_sink(parse_sink, &m);
	msg_set_smtp(1);
	ok = bt_parse_address(addr, flags, a);
	msg_set_smtp(0);
	msg_set_sink(NULL, NULL);
	if (m.text[0] != '\0') {
		reply_line(s, "%s", m.text);
		reply_note(s, "the address was refused while rulesets 3 and 0 parsed it");
		return 0;
	}
	if (!ok) {
		reply_line(s, "553 5.1.3 %s... Cannot parse", addr);
		return 0;
	}
	return 1;
}

/* Replay the check_relay refusal; the 26th bad command closes. */
static int refused_by_nullserver(struct policy_session *s)
{
	char j[256];

	if (s->nullserver == NULL)
		return 0;
	if (++s->badcmds > MAX_BAD_COMMANDS) {
		expand_raw("$j", j, sizeof j);
		reply_line(s, "421 4.7.0 %s Too many bad commands; closing connection", j);
		s->closed = 1;
		return 1;
	}
	reply_line(s, "%s", s->nullserver);
	reply_why(s, &s->null_why);
	reply_note(s, "refused since the connection: check_relay's answer is repeated");
	return 1;
}

/* ---- commands ----------------------------------------------------- */

static int valid_helo_name(const char *p)
{
	for (; *p != '\0'; p++)
		if (!isalnum((unsigned char)*p) && strchr("-._[]:", *p) == NULL)
			return 0;
	return 1;
}

static void cmd_helo(struct policy_session *s, const char *verb, const char *arg, int esmtp)
{
	char j[256], desc[512], mechs[1024];

	expand_raw("$j", j, sizeof j);
	if (*arg == '\0') {
		reply_line(s, "501 5.0.0 %s requires domain address", verb);
		return;
	}
	if (!valid_helo_name(arg)) {
		reply_line(s, "501 5.0.0 Invalid domain name");
		return;
	}
	macro_set('s', arg);
	macro_set('r', esmtp ? (s->authenticated ? "ESMTPA" : "ESMTP") : "SMTP");
	s->gothelo = 1;
	s->esmtp = esmtp;
	new_transaction(s);
	client_desc(s, desc, sizeof desc);
	reply_line(s, "250 %s Hello %s, pleased to meet you", j, desc);
	if (!esmtp)
		return;
	reply_line(s, "250 ENHANCEDSTATUSCODES");
	if (s->nullserver != NULL) {
		reply_note(s, "a refused client is offered nothing more");
		return;
	}
	if (!feature_off(s, 'P'))
		reply_line(s, "250 PIPELINING");
	if (!privacy("noexpn"))
		reply_line(s, "250 EXPN");
	if (!privacy("noverb"))
		reply_line(s, "250 VERB");
	reply_line(s, "250 8BITMIME");
	if (option_long("MaxMessageSize", 0) > 0)
		reply_line(s, "250 SIZE %ld", option_long("MaxMessageSize", 0));
	else
		reply_line(s, "250 SIZE");
	if (!privacy("noreceipts") && !feature_off(s, 'D'))
		reply_line(s, "250 DSN");
	if (!privacy("noetrn") && !feature_off(s, 'E'))
		reply_line(s, "250 ETRN");
	auth_offered(mechs, sizeof mechs);
	if (mechs[0] != '\0' && !feature_off(s, 'A'))
		reply_line(s, "250 AUTH %s", mechs);
	if (option_value("ServerCertFile") != NULL && option_value("ServerKeyFile") != NULL &&
	    access(option_value("ServerCertFile"), R_OK) == 0 && !feature_off(s, 'S') &&
	    s->opt.tls == NULL)
		reply_line(s, "250 STARTTLS");
	reply_line(s, "250 DELIVERBY");
	reply_line(s, "250 HELP");
}

/* Note the map entry and rule that let a command through, if any. */
static void note_check(struct policy_session *s, const struct check_result *c)
{
	if (c->status == CHECK_NONE)
		return;
	reply_why(s, &c->why);
}


/* The next ESMTP parameter of *PARAMS ("KEY=VALUE" or "KEY") into KV
 * (KEYSIZE bytes); *PARAMS moves past it.  Returns the value (inside
 * KV), or NULL for a parameter without one. */
static char *next_param(const char **params, char *kv, size_t kvsize)
{
	size_t n = strcspn(*params, " ");
	char *eq;

	snprintf(kv, kvsize, "%.*s", (int)n, *params);
	*params += n;
	while (**params == ' ')
		(*params)++;
	eq = strchr(kv, '=');
	if (eq != NULL)
		*eq++ = '\0';
	return eq;
}
static void cmd_mail(struct policy_session *s, const char *arg)
{
	char addr[SM_MAXLINE];
	const char *p, *params;
	struct bt_parsed a;
	struct check_result c;

	if (refused_by_nullserver(s))
		return;
	if (s->gotmail) {
		reply_line(s, "503 5.5.0 Sender already specified");
		return;
	}
	if (!s->gothelo && privacy("needmailhelo")) {
		reply_line(s, "503 5.0.0 Polite people say HELO first");
		return;
	}
	if ((p = skip_word(arg, "from")) == NULL) {
		char word[SHORT_STRING + 1];

		first_word(arg, word, sizeof word);
		reply_line(s, "501 5.5.2 Syntax error in parameters scanning \"%s\"", word);
		return;
	}
	split_address(p, addr, sizeof addr, &params);
	set_macro("{addr_type}", "e s");
	if (!parse_for_smtp(s, addr, TRY_SENDER, &a)) {
		set_macro("{addr_type}", NULL);
		return;
	}
	set_macro("{addr_type}", NULL);
	set_macro("{mail_mailer}", a.mailer ? a.mailer->name : "error");
	set_macro("{mail_host}", a.host[0] ? a.host : NULL);
	set_macro("{mail_addr}", a.user);
	set_macro("{mail_from}", addr);
	macro_set('f', a.user);
	/* ESMTP parameters */
	while (*params != '\0') {
		char kv[512], *eq = next_param(&params, kv, sizeof kv);

		if (strcasecmp(kv, "SIZE") == 0) {
			long max = option_long("MaxMessageSize", 0);

			if (eq != NULL && max > 0 && atol(eq) > max) {
				reply_line(s, "552 5.2.3 Message size exceeds fixed maximum message size (%ld)", max);
				return;
			}
			set_macro("{msg_size}", eq);
		} else if (strcasecmp(kv, "BODY") == 0 || strcasecmp(kv, "RET") == 0 ||
			   strcasecmp(kv, "ENVID") == 0 || strcasecmp(kv, "BY") == 0) {
			continue;
		} else if (strcasecmp(kv, "AUTH") == 0) {
			struct check_result t;

			memset(&t, 0, sizeof t);
			if (s->authenticated &&
			    policy_rscheck("trust_auth", eq ? eq : "", NULL, NULL, &t) == CHECK_OK)
				set_macro("{auth_author}", eq);
			else if (t.status == CHECK_REJECT || t.status == CHECK_TEMPFAIL)
				reply_note(s, "trust_auth: AUTH=%s not trusted: %s", eq ? eq : "", t.reply);
		} else {
			reply_line(s, "555 5.5.4 %s parameter unrecognized", kv);
			return;
		}
	}
	/* tls_client with MAIL: is TLS required of this client? */
	{
		const char *v = macro_get(macro_id("{verify}"));

		if (policy_rscheck("tls_client", v ? v : "", "MAIL", NULL, &c) == CHECK_REJECT ||
		    c.status == CHECK_TEMPFAIL) {
			reply_check(s, &c);
			return;
		}
	}
	switch (policy_rscheck("check_mail", addr, NULL, addr, &c)) {
	case CHECK_REJECT:
	case CHECK_TEMPFAIL:
		reply_check(s, &c);
		return;
	case CHECK_DISCARD:
		s->msg_discard = 1;
		reply_note(s, "check_mail said discard: this message will be accepted and dropped");
		break;
	case CHECK_QUARANTINE:
		snprintf(s->quarantine, sizeof s->quarantine, "%s", c.value);
		reply_note(s, "check_mail said quarantine: %s", c.value);
		break;
	default:
		break;
	}
	note_check(s, &c);
	s->gotmail = 1;
	reply_line(s, "250 2.1.0 %s... Sender ok", addr);
}

/* Is KEY in one of the alias databases (AliasFile: maps Alias0 ...)? */
static int is_alias(const char *key)
{
	for (int i = 0; i < config.nalias_files; i++) {
		char name[32];
		struct map *m;
		int status = 0;
		char *r;

		snprintf(name, sizeof name, "Alias%d", i);
		m = maps_find(config.maps, name);
		if (m == NULL || !map_ensure_open(m))
			continue;
		r = map_lookup(m, key, NULL, 0, &status);
		if (r != NULL) {
			free(r);
			return 1;
		}
	}
	return 0;
}

/* Is USER a local recipient sendmail knows (an alias or a login)? */
static int local_user_known(const char *user)
{
	char key[SM_MAXLINE], *plus;

	snprintf(key, sizeof key, "%s", user);
	for (char *k = key; *k; k++)
		*k = (char)tolower((unsigned char)*k);
	for (int tries = 0; tries < 2; tries++) {
		if (is_alias(key) || getpwnam(key) != NULL)
			return 1;
		/* user+detail: the user without the detail */
		plus = strchr(key, '+');
		if (plus == NULL)
			break;
		*plus = '\0';
	}
	return 0;
}

static void cmd_rcpt(struct policy_session *s, const char *arg)
{
	char addr[SM_MAXLINE], buf[32];
	const char *p, *params;
	struct bt_parsed a;
	struct check_result c;
	long max = option_long("MaxRecipientsPerMessage", 0);

	if (refused_by_nullserver(s))
		return;
	if (!s->gotmail) {
		reply_line(s, "503 5.0.0 Need MAIL before RCPT");
		return;
	}
	if ((p = skip_word(arg, "to")) == NULL) {
		char word[SHORT_STRING + 1];

		first_word(arg, word, sizeof word);
		reply_line(s, "501 5.5.2 Syntax error in parameters scanning \"%s\"", word);
		return;
	}
	if (max > 0 && s->nrcpts >= max) {
		reply_line(s, "452 4.5.3 Too many recipients");
		return;
	}
	split_address(p, addr, sizeof addr, &params);
	set_macro("{addr_type}", "e r");
	if (!parse_for_smtp(s, addr, 0, &a)) {
		set_macro("{addr_type}", NULL);
		return;
	}
	set_macro("{rcpt_mailer}", a.mailer ? a.mailer->name : "error");
	set_macro("{rcpt_host}", a.host[0] ? a.host : NULL);
	set_macro("{rcpt_addr}", a.user);
	while (*params != '\0') {
		char kv[512];

		next_param(&params, kv, sizeof kv);
		if (strcasecmp(kv, "NOTIFY") != 0 && strcasecmp(kv, "ORCPT") != 0) {
			reply_line(s, "555 5.5.4 %s parameter unrecognized", kv);
			set_macro("{addr_type}", NULL);
			return;
		}
	}
	switch (policy_rscheck("check_rcpt", addr, NULL, addr, &c)) {
	case CHECK_REJECT:
	case CHECK_TEMPFAIL:
		set_macro("{addr_type}", NULL);
		reply_check(s, &c);
		return;
	case CHECK_DISCARD:
		s->msg_discard = 1;
		reply_note(s, "check_rcpt said discard: this message will be accepted and dropped");
		break;
	case CHECK_QUARANTINE:
		snprintf(s->quarantine, sizeof s->quarantine, "%s", c.value);
		reply_note(s, "check_rcpt said quarantine: %s", c.value);
		break;
	default:
		break;
	}
	set_macro("{addr_type}", NULL);
	note_check(s, &c);
	if (!s->msg_discard && !s->discard_all && !a.tempfail && a.mailer != NULL &&
	    strcmp(a.mailer->name, "local") == 0 && !local_user_known(a.user)) {
		reply_line(s, "550 5.1.1 %s... User unknown", addr);
		reply_note(s, "local user %s: no alias and no such login", a.user);
		return;
	}
	s->nrcpts++;
	snprintf(buf, sizeof buf, "%d", s->nrcpts);
	set_macro("{nrcpts}", buf);
	if (a.tempfail) {
		s->will_queue = 1;
		reply_note(s, "a lookup failed for now while parsing: sendmail queues it");
	}
	reply_line(s, "250 2.1.5 %s... Recipient ok%s", addr, a.tempfail ? " (will queue)" : "");
	if (a.mailer != NULL)
		reply_note(s, "delivers with mailer %s%s%s, user %s", a.mailer->name,
			   a.host[0] ? ", host " : "", a.host, a.user);
}

/* A queue id in sendmail's form, for a message that is not queued. */
static void queue_id(char *buf, size_t size)
{
	static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx";
	static int seq;
	time_t t = time(NULL);
	struct tm tm;

	localtime_r(&t, &tm);
	snprintf(buf, size, "%c%c%c%c%c%c%02d%06d", digits[tm.tm_year % 60],
		 digits[tm.tm_mon], digits[tm.tm_mday], digits[tm.tm_hour],
		 digits[tm.tm_min], digits[tm.tm_sec], seq++ % 100, (int)getpid() % 1000000);
}

static void cmd_data(struct policy_session *s)
{
	struct check_result c;
	char buf[32];

	if (refused_by_nullserver(s))
		return;
	if (!s->gotmail) {
		reply_line(s, "503 5.0.0 Need MAIL command");
		return;
	}
	if (s->nrcpts == 0) {
		reply_line(s, "503 5.0.0 Need RCPT (recipient)");
		return;
	}
	snprintf(buf, sizeof buf, "%d", s->nrcpts);
	if (policy_rscheck("check_data", buf, NULL, NULL, &c) == CHECK_REJECT ||
	    c.status == CHECK_TEMPFAIL) {
		reply_check(s, &c);
		return;
	}
	note_check(s, &c);
	s->data = 1;
	s->in_headers = 1;
	s->hdr_count = 0;
	s->hdr_size = 0;
	s->msg_size = 0;
	reply_line(s, "354 End data with <CR><LF>.<CR><LF>");
}

/* End of the headers: check_eoh. */
static int end_of_headers(struct policy_session *s, struct check_result *c)
{
	char n[32], size[32];

	s->in_headers = 0;
	snprintf(n, sizeof n, "%d", s->hdr_count);
	snprintf(size, sizeof size, "%ld", s->hdr_size);
	set_macro("{hdr_count}", n);
	return policy_rscheck("check_eoh", n, size, NULL, c);
}

static void data_line(struct policy_session *s, const char *line)
{
	struct check_result c;
	char id[32], size[32];

	if (strcmp(line, ".") != 0) {
		if (s->in_headers) {
			if (*line == '\0' || (!isspace((unsigned char)*line) && strchr(line, ':') == NULL)) {
				memset(&c, 0, sizeof c);
				if (end_of_headers(s, &c) == CHECK_REJECT || c.status == CHECK_TEMPFAIL)
					snprintf(s->quarantine, sizeof s->quarantine, "%s", "");
				if (c.status == CHECK_REJECT || c.status == CHECK_TEMPFAIL) {
					s->msg_discard = -1;	/* refused after the data */
					snprintf(s->quarantine, sizeof s->quarantine, "%s", c.reply);
				}
			} else {
				s->hdr_count += !isspace((unsigned char)*line);
				s->hdr_size += (long)strlen(line) + 1;
			}
		}
		s->msg_size += (long)strlen(line) + 2;
		return;
	}
	s->data = 0;
	reply_begin(s, ".");
	if (s->in_headers) {
		memset(&c, 0, sizeof c);
		if (end_of_headers(s, &c) == CHECK_REJECT || c.status == CHECK_TEMPFAIL) {
			reply_check(s, &c);
			goto done;
		}
	}
	if (s->msg_discard == -1) {
		reply_line(s, "%s", s->quarantine);
		reply_note(s, "check_eoh refused the message");
		goto done;
	}
	snprintf(size, sizeof size, "%ld", s->msg_size);
	set_macro("{msg_size}", size);
	if (policy_rscheck("check_eom", size, NULL, NULL, &c) == CHECK_REJECT ||
	    c.status == CHECK_TEMPFAIL) {
		reply_check(s, &c);
		goto done;
	}
	queue_id(id, sizeof id);
	reply_line(s, "250 2.0.0 %s Message accepted for delivery", id);
	if (s->discard_all || s->msg_discard)
		reply_note(s, "discarded: sendmail accepts the message and drops it");
	else if (s->quarantine[0] != '\0')
		reply_note(s, "quarantined: %s", s->quarantine);
	else
		reply_note(s, "not queued: smcf policy delivers nothing (that id is made up)%s",
			   s->will_queue ? "; sendmail would keep it queued" : "");
done:
	new_transaction(s);
	reply_send(s);
}

/* HELP [topic] from the HelpFile, as sendmail's help() reads it. */
static void cmd_help(struct policy_session *s, const char *arg)
{
	FILE *fp = config.helpfile ? fopen(config.helpfile, "r") : NULL;
	char topic[64], line[SM_MAXLINE];
	int found = 0;
	size_t n;

	if (refused_by_nullserver(s))
		return;
	if (fp == NULL) {
		reply_line(s, "502 5.3.0 Sendmail %s -- HELP not implemented", macro_get('v'));
		return;
	}
	snprintf(topic, sizeof topic, "%s", *arg ? arg : "smtp");
	for (char *t = topic; *t; t++)
		*t = (char)tolower((unsigned char)*t);
	n = strlen(topic);
	while (fgets(line, sizeof line, fp) != NULL) {
		char out[SM_MAXLINE], *text;

		if (line[0] == '#' || strncmp(line, topic, n) != 0 || !isspace((unsigned char)line[n]))
			continue;
		text = line + n + 1;
		text[strcspn(text, "\n")] = '\0';
		expand_raw(text, out, sizeof out);
		reply_line(s, "214 2.0.0 %s", out);
		found = 1;
	}
	fclose(fp);
	if (found)
		reply_line(s, "214 2.0.0 End of HELP info");
	else
		reply_line(s, "504 5.3.0 HELP topic \"%.10s\" unknown", arg);
}

/* VRFY and EXPN for local users. */
static void cmd_vrfy(struct policy_session *s, const char *arg, int expn)
{
	struct bt_parsed a;
	struct check_result c;
	struct passwd *pw;
	char j[256];

	if (refused_by_nullserver(s))
		return;
	if (!expn && privacy("novrfy")) {
		reply_line(s, "252 2.5.2 Cannot VRFY user; try RCPT to attempt delivery (or try finger)");
		return;
	}
	if (expn && privacy("noexpn")) {
		reply_line(s, "502 5.7.0 Sorry, we do not allow this operation");
		return;
	}
	if (policy_rscheck(expn ? "check_expn" : "check_vrfy", arg, NULL, arg, &c) == CHECK_REJECT ||
	    c.status == CHECK_TEMPFAIL) {
		reply_check(s, &c);
		return;
	}
	if (*arg == '\0') {
		reply_line(s, "501 5.5.2 Argument required");
		return;
	}
	if (!parse_for_smtp(s, arg, 0, &a))
		return;
	expand_raw("$j", j, sizeof j);
	if (a.mailer == NULL || strcmp(a.mailer->name, "local") != 0) {
		reply_line(s, "250 2.1.5 <%s%s%s>", a.user, a.host[0] ? "@" : "", a.host);
		return;
	}
	if (!local_user_known(a.user)) {
		reply_line(s, "550 5.1.1 %s... User unknown", arg);
		return;
	}
	pw = getpwnam(a.user);
	if (pw != NULL && pw->pw_gecos != NULL && pw->pw_gecos[0] != '\0') {
		char name[256];

		snprintf(name, sizeof name, "%.*s", (int)strcspn(pw->pw_gecos, ","), pw->pw_gecos);
		reply_line(s, "250 2.1.5 %s <%s@%s>", name, a.user, j);
	} else
		reply_line(s, "250 2.1.5 <%s@%s>", a.user, j);
}

/* base64 as AUTH uses it; returns the length, or -1. */
static int base64_decode(const char *in, unsigned char *out, size_t size)
{
	static const char set[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned long acc = 0;
	int bits = 0;
	size_t n = 0;

	for (; *in != '\0' && *in != '='; in++) {
		const char *p = strchr(set, *in);

		if (p == NULL)
			return -1;
		acc = acc << 6 | (unsigned long)(p - set);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (n + 1 >= size)
				return -1;
			out[n++] = (unsigned char)(acc >> bits);
		}
	}
	out[n] = '\0';
	return (int)n;
}

/* The PLAIN response: authzid NUL authcid NUL password. */
static void auth_plain(struct policy_session *s, const char *response)
{
	unsigned char buf[1024];
	int n = base64_decode(response, buf, sizeof buf);
	const char *authz, *authc;

	if (n < 0 || memchr(buf, '\0', (size_t)n) == NULL) {
		reply_line(s, "501 5.5.2 Invalid base64 data");
		return;
	}
	authz = (const char *)buf;
	authc = authz + strlen(authz) + 1;
	if (authc >= (const char *)buf + n) {
		reply_line(s, "535 5.7.0 authentication failed");
		return;
	}
	set_auth(s, "PLAIN", authc, authz);
	if (s->esmtp)
		macro_set('r', "ESMTPA");
	reply_line(s, "235 2.0.0 OK Authenticated");
	reply_note(s, "the password is not checked: smcf policy takes it as right");
}

static void cmd_auth(struct policy_session *s, const char *arg)
{
	char mechs[1024], mech[64];
	const char *resp;

	if (refused_by_nullserver(s))
		return;
	if (s->authenticated) {
		reply_line(s, "503 5.5.0 Already Authenticated");
		return;
	}
	auth_offered(mechs, sizeof mechs);
	if (mechs[0] == '\0' || feature_off(s, 'A')) {
		reply_line(s, "503 5.3.3 AUTH not available");
		return;
	}
	snprintf(mech, sizeof mech, "%.*s", (int)strcspn(arg, " "), arg);
	resp = arg + strlen(mech);
	while (*resp == ' ')
		resp++;
	if (!word_in(mech, mechs)) {
		reply_line(s, "504 5.3.3 AUTH mechanism %.32s not available", mech);
		return;
	}
	if (strcasecmp(mech, "PLAIN") == 0) {
		if (*resp != '\0' && strcmp(resp, "=") != 0) {
			auth_plain(s, resp);
			return;
		}
		s->pending_auth = 1;
		reply_line(s, "334 ");
		return;
	}
	reply_line(s, "504 5.3.3 AUTH mechanism %.32s not simulated (use --auth %s:USER)",
		   mech, mech);
	reply_note(s, "only PLAIN can be played here; --auth sets the outcome of any mechanism");
}

static void cmd_starttls(struct policy_session *s)
{
	if (refused_by_nullserver(s))
		return;
	if (s->opt.tls != NULL) {
		reply_line(s, "220 2.0.0 Ready to start TLS");
		reply_note(s, "TLS taken as done: {verify}=%s (--tls); the client must say EHLO again",
			   s->opt.tls);
		s->gothelo = 0;
		new_transaction(s);
		return;
	}
	reply_line(s, "454 4.3.3 TLS not available after start");
	reply_note(s, "STARTTLS is not simulated: give --tls VERIFY to play a verified session");
}

/* ---- the command loop --------------------------------------------- */

int policy_input(struct policy_session *s, const char *raw)
{
	char line[SM_MAXLINE], verb[16];
	const char *arg;
	size_t n;

	if (s->closed)
		return 0;
	snprintf(line, sizeof line, "%s", raw);
	line[strcspn(line, "\r\n")] = '\0';
	if (s->data) {
		data_line(s, line);
		return !s->closed;
	}
	reply_begin(s, line);
	if (s->pending_auth) {
		s->pending_auth = 0;
		if (strcmp(line, "*") == 0)
			reply_line(s, "501 5.0.0 AUTH aborted");
		else
			auth_plain(s, line);
		reply_send(s);
		return 1;
	}
	n = strcspn(line, " \t");
	snprintf(verb, sizeof verb, "%.*s", (int)(n < sizeof verb ? n : sizeof verb - 1), line);
	arg = line + n;
	while (isspace((unsigned char)*arg))
		arg++;
	if (n >= sizeof verb)
		verb[0] = '\0';
	if (strcasecmp(verb, "HELO") == 0)
		cmd_helo(s, "HELO", arg, 0);
	else if (strcasecmp(verb, "EHLO") == 0)
		cmd_helo(s, "EHLO", arg, 1);
	else if (strcasecmp(verb, "MAIL") == 0)
		cmd_mail(s, arg);
	else if (strcasecmp(verb, "RCPT") == 0)
		cmd_rcpt(s, arg);
	else if (strcasecmp(verb, "DATA") == 0)
		cmd_data(s);
	else if (strcasecmp(verb, "RSET") == 0) {
		new_transaction(s);
		reply_line(s, "250 2.0.0 Reset state");
	} else if (strcasecmp(verb, "NOOP") == 0)
		reply_line(s, "250 2.0.0 OK");
	else if (strcasecmp(verb, "QUIT") == 0) {
		char j[256];

		expand_raw("$j", j, sizeof j);
		reply_line(s, "221 2.0.0 %s closing connection", j);
		s->closed = 1;
	} else if (strcasecmp(verb, "VRFY") == 0)
		cmd_vrfy(s, arg, 0);
	else if (strcasecmp(verb, "EXPN") == 0)
		cmd_vrfy(s, arg, 1);
	else if (strcasecmp(verb, "HELP") == 0)
		cmd_help(s, arg);
	else if (strcasecmp(verb, "VERB") == 0) {
		if (!refused_by_nullserver(s)) {
			if (privacy("noverb"))
				reply_line(s, "502 5.7.0 Verbose unavailable");
			else
				reply_line(s, "250 2.0.0 Verbose mode");
		}
	} else if (strcasecmp(verb, "ETRN") == 0) {
		struct check_result c;

		if (refused_by_nullserver(s))
			;
		else if (privacy("noetrn"))
			reply_line(s, "502 5.7.0 ETRN unavailable");
		else if (*arg == '\0')
			reply_line(s, "500 5.5.2 Parameter required");
		else if (policy_rscheck("check_etrn", arg, NULL, NULL, &c) == CHECK_REJECT ||
			 c.status == CHECK_TEMPFAIL)
			reply_check(s, &c);
		else
			reply_line(s, "250 2.0.0 Queuing for node %s started", arg);
	} else if (strcasecmp(verb, "AUTH") == 0)
		cmd_auth(s, arg);
	else if (strcasecmp(verb, "STARTTLS") == 0)
		cmd_starttls(s);
	else {
		char shown[SHORT_STRING + 8];

		if (++s->badcmds > MAX_BAD_COMMANDS) {
			char j[256];

			expand_raw("$j", j, sizeof j);
			reply_line(s, "421 4.7.0 %s Too many bad commands; closing connection", j);
			s->closed = 1;
		} else {
			snprintf(shown, sizeof shown, "%.*s", SHORT_STRING, line);
			reply_line(s, "500 5.5.1 Command unrecognized: \"%s\"", shown);
		}
	}
	reply_send(s);
	return !s->closed;
}
