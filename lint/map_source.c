/*
 * map_source.c - checks of map source files, the text that makemap (or
 * newaliases) turns into a database, against what reads them: lines
 * makemap rejects, duplicate keys as makemap folds them, CR line ends,
 * and for each kind of map the keys the configuration looks up and the
 * values its rulesets understand:
 *
 *  - access: tags, IPv4 prefixes on octet boundaries and IPv6 prefixes
 *    after "IPv6:" (sendmail shortens an address one octet or group at
 *    a time: a CIDR /nn or an "@domain" key never matches), the actions
 *    of each tag (OK, RELAY, REJECT, DISCARD, SKIP, ERROR:[x.y.z:]nnn
 *    text, QUARANTINE:text, FRIEND/HATER for Spam:, numbers for
 *    GreetPause: ...), RELAY for much of the Internet;
 *  - mailertable: mailer:host, the mailer one the configuration defines
 *    (--cf FILE, or sendmail.cf beside the map; else the mailers every
 *    configuration has);
 *  - virtusertable, genericstable, domaintable, authinfo, aliases:
 *    their shapes.
 *
 * makemap's reading: a line that is empty or starts with '#' is
 * skipped, a line that starts with white space is an error, the key runs
 * to the first white space, the value is the rest after the white space
 * that follows, and keys are folded to lower case.  A CR before the
 * newline stays in the value.
 *
 * The file is read as a stream and each line is checked on its own
 * (map_line()); only duplicates are found at the end, from the keys
 * sorted in bounded memory, so a map of millions of lines is checked in
 * the memory of a small one (apart from the findings themselves).
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "didyoumean.h"
#include "extsort.h"
#include "xalloc.h"
#include "cf/check.h"
#include "lint/lint.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define MAKEMAP_MAX_LINE 1022

struct map_state;

/* One entry of a map source. */
struct map_line {
	const char *file;
	int line;
	const char *key;	/* as written */
	const char *value;	/* without a CR line end */
	int value_col;
	struct lint_list *out;
	const struct map_state *st;
};

typedef void (*map_check_fn)(const struct map_line *m);

/* A map source line is kept up to this many bytes: makemap rejects
 * lines of more than 1022, and no alias needs more. */
#define MAP_LINE_KEEP (64 * 1024)

/* Keys alone sort well in a quarter of the default budget (24 MiB):
 * more runs, but lint's memory stays small next to makemap's. */
#define KEY_SORT_SHARE 4

struct map_state {
	const char *file;
	const char *kind;
	map_check_fn check;
	struct lint_list *out;
	/* Keys gathered while reading (folded key, NUL, big-endian line)
	 * and compared once at the end, sorted in bounded memory, so that a
	 * large map stays fast and small (lib/extsort.h). */
	struct extsort *seen;
	int seen_error;		/* errno of a failed temporary file */
	char *keybuf;		/* room to make such a record */
	size_t keycap;
	int in_alias;		/* aliases: an entry may continue */
	int cr_first, cr_count;	/* lines ending in CR LF */
	/* mailertable: the mailers the configuration defines */
	char **mailers;
	size_t nmailers;
	char *mailers_from;	/* the cf they come from; NULL: the standard ones */
	char *cf_text;		/* access: that cf's text, or NULL */
};

static int word_in_nocase(const char *w, size_t n, const char *const *list, size_t nlist)
{
	size_t i;

	for (i = 0; i < nlist; i++)
		if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0)
			return 1;
	return 0;
}

static int has_space(const char *s)
{
	return s[strcspn(s, " \t")] != '\0';
}

/* --- values sendmail turns into an SMTP reply --- */

/* "550 text" or "550-text": a reply code of class 4 or 5 at P. */
static int is_reply(const char *p)
{
	return (p[0] == '4' || p[0] == '5') && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
	       (p[3] == '\0' || p[3] == ' ' || p[3] == '\t' || p[3] == '-');
}

/* "5.7.1" at P: the length, or 0. */
static size_t enhanced_code(const char *p)
{
	size_t n = 0;
	int part;

	for (part = 0; part < 3; part++) {
		size_t d = strspn(p + n, "0123456789");

		if (d == 0 || d > 3 || (part < 2 && p[n + d] != '.'))
			return 0;
		n += d + (part < 2);
	}
	return (p[0] == '2' || p[0] == '4' || p[0] == '5') ? n : 0;
}

/* The text after ERROR: (access) or error: (mailertable, virtusertable):
 * [x.y.z:]nnn text.  Returns NULL when fine, else why not. */
static const char *error_text_problem(const char *text)
{
	size_t e;

	text += strspn(text, " \t");
	if (*text == '\0')
		return "needs a reply: ERROR:550 text, or ERROR:5.7.1:550 text";
	e = enhanced_code(text);
	if (e > 0) {
		const char *reply = text + e;

		if (*reply == ' ' || *reply == '\t')
			return "has a blank after the enhanced status code where sendmail wants a colon "
			       "(x.y.z:nnn text): it takes the code as part of the text";
		if (*reply != ':')
			return NULL;
		reply++;
		reply += strspn(reply, " \t\"");
		if (!is_reply(reply))
			return "needs a reply code after the enhanced status code (x.y.z:550 text)";
		if (reply[0] != text[0])
			return "has an enhanced status code whose class (first digit) is not the reply code's";
		return NULL;
	}
	text += *text == '"';
	if (isdigit((unsigned char)*text) && !is_reply(text))
		return "has a reply code sendmail does not take (4xx or 5xx)";
	return NULL;
}

/* --- access --- */

/* What the value of an entry with a given tag may be. */
enum access_values {
	ACCESS_ACTIONS,		/* OK RELAY REJECT ... ERROR:... */
	ACCESS_SPAM,		/* FRIEND, HATER or an action */
	ACCESS_NUMBER,		/* milliseconds, a rate, a count */
	ACCESS_ANY		/* TLS requirements, feature letters ...: not checked */
};

/* What the key after the tag is. */
enum access_keys {
	KEYS_CLIENT,		/* an IP address or prefix, a host or domain */
	KEYS_ADDRESS,		/* user@domain, domain, user@, or a client */
	KEYS_CLIENT_OR_DEFAULT,	/* a client, or empty for the default */
	KEYS_ANY
};

/* Each tag, its keys and values, and what makes a configuration look
 * entries with it up (for a tag the serving cf never names). */
static const struct {
	const char *tag;
	enum access_values values;
	enum access_keys keys;
	const char *looked_up_by;
} access_tags[] = {
	{ "Connect", ACCESS_ACTIONS, KEYS_CLIENT, "FEATURE(`access_db')" },
	{ "From", ACCESS_ACTIONS, KEYS_ADDRESS, "FEATURE(`access_db')" },
	{ "To", ACCESS_ACTIONS, KEYS_ADDRESS, "FEATURE(`access_db')" },
	{ "Spam", ACCESS_SPAM, KEYS_ADDRESS, "FEATURE(`delay_checks', `friend') or `hater'" },
	{ "GreetPause", ACCESS_NUMBER, KEYS_CLIENT_OR_DEFAULT, "FEATURE(`greet_pause')" },
	{ "ClientRate", ACCESS_NUMBER, KEYS_CLIENT_OR_DEFAULT, "FEATURE(`ratecontrol')" },
	{ "ClientConn", ACCESS_NUMBER, KEYS_CLIENT_OR_DEFAULT, "FEATURE(`conncontrol')" },
	{ "TLS_Clt", ACCESS_ANY, KEYS_ANY, "FEATURE(`access_db')" },
	{ "TLS_Srv", ACCESS_ANY, KEYS_ANY, "FEATURE(`access_db')" },
	{ "TLS_Rcpt", ACCESS_ANY, KEYS_ANY, "FEATURE(`access_db')" },
	{ "Try_TLS", ACCESS_ANY, KEYS_ANY, "FEATURE(`access_db')" },
	{ "Srv_Features", ACCESS_ANY, KEYS_CLIENT_OR_DEFAULT, "FEATURE(`access_db')" },
	{ "Clt_Features", ACCESS_ANY, KEYS_CLIENT_OR_DEFAULT, "FEATURE(`access_db')" },
	{ "TLS_Srv_Features", ACCESS_ANY, KEYS_ANY, "FEATURE(`tls_session_features')" },
	{ "TLS_Clt_Features", ACCESS_ANY, KEYS_ANY, "FEATURE(`tls_session_features')" },
	{ "AuthInfo", ACCESS_ANY, KEYS_ANY, "FEATURE(`access_db') without FEATURE(`authinfo')" },
	{ "QGRP", ACCESS_ANY, KEYS_ANY, "FEATURE(`queuegroup')" },
	{ "Bcc", ACCESS_ANY, KEYS_ANY, "FEATURE(`bcc', `access')" },
	{ "CERTISSUER", ACCESS_ANY, KEYS_ANY, "FEATURE(`access_db')" },
	{ "CERTSUBJECT", ACCESS_ANY, KEYS_ANY, "FEATURE(`access_db')" },
	{ "Compat", ACCESS_ACTIONS, KEYS_ANY, "FEATURE(`compat_check')" },
};

/* Actions that must be the whole value (sendmail compares tokens
 * without regard to case). */
static const char *const access_words[] = { "OK", "RELAY", "REJECT", "DISCARD", "SKIP" };
static const char *const spam_words[] = { "FRIEND", "HATER" };

static void bad_access_value(const struct map_line *m, const char *expected)
{
	size_t n = strcspn(m->value, " \t");

	if (word_in_nocase(m->value, n, access_words, NELEM(access_words)) ||
	    word_in_nocase(m->value, n, spam_words, NELEM(spam_words)))
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_ACCESS_ACTION,
			 "`%s': sendmail compares the whole value, so the text after `%.*s' "
			 "makes it an unknown action (makemap keeps `#' comments in the value)",
			 m->value, (int)n, m->value);
	else
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_ACCESS_ACTION,
			 "`%s' is not %s: sendmail would refuse the mail with `%s' as the message",
			 m->value, expected, m->value);
}

/* An action of the access map: a word, ERROR:, QUARANTINE:, or a text
 * that starts with a reply code (sendmail replies with it).  Reports a
 * wrong form; returns 0 when VALUE is none of these at all. */
static int check_action(const struct map_line *m)
{
	const char *v = m->value;
	const char *why;

	if (word_in_nocase(v, strlen(v), access_words, NELEM(access_words)) || is_reply(v))
		return 1;
	if (strncasecmp(v, "ERROR:", 6) == 0) {
		if ((why = error_text_problem(v + 6)) != NULL)
			lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_ACCESS_ACTION,
				 "`%s' %s", v, why);
		return 1;
	}
	if (strncasecmp(v, "QUARANTINE:", 11) == 0) {
		if (v[11 + strspn(v + 11, " \t")] == '\0')
			lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_ACCESS_ACTION,
				 "`%s' needs a reason after the colon (QUARANTINE:reason)", v);
		return 1;
	}
	if (strncasecmp(v, "DISCARD", 7) == 0 && (v[7] == ':' || v[7] == ' ' || v[7] == '\t')) {
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_ACCESS_ACTION,
			 "`%s': DISCARD takes no text (sendmail would refuse the mail with it as the "
			 "message); write DISCARD alone", v);
		return 1;
	}
	return 0;
}

static int is_number(const char *v)
{
	return *v != '\0' && v[strspn(v, "0123456789")] == '\0';
}

/* The tag of KEY ("Connect" of "Connect:10.1"), or NULL without one. */
static char *access_tag(const char *key)
{
	size_t n = strspn(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-0123456789");

	return n > 0 && key[n] == ':' ? xstrndup(key, n) : NULL;
}

/* Dotted numbers only (an IPv4 address or prefix, maybe a CIDR)? */
static int looks_ipv4(const char *k, size_t n)
{
	return n > 0 && isdigit((unsigned char)k[0]) && strspn(k, "0123456789./") == n;
}

static int looks_ipv6(const char *k)
{
	const char *colon = strchr(k, ':');

	return colon != NULL && strspn(k, "0123456789abcdefABCDEF:./") == strlen(k) &&
	       (strstr(k, "::") != NULL || strchr(colon + 1, ':') != NULL);
}

/* The client part of a key: an IPv4 prefix, IPv6:prefix, or a name. */
static void check_client_key(const struct map_line *m, const char *k)
{
	size_t n = strlen(k);
	const char *slash = strchr(k, '/');

	if (strncasecmp(k, "IPv6:", 5) == 0) {
		if (slash)
			lint_add(m->out, m->file, m->line, 1, DC_MAP_ACCESS_KEY,
				 "`%s': sendmail's access map does not understand CIDR: it shortens the address "
				 "one group at a time; write the prefix as IPv6:2001:db8 (whole groups)", m->key);
		return;
	}
	if (looks_ipv6(k)) {
		lint_add(m->out, m->file, m->line, 1, DC_MAP_ACCESS_KEY,
			 "`%s': sendmail looks IPv6 addresses up as IPv6:address; this key never matches "
			 "(write IPv6:%s)", m->key, k);
		return;
	}
	if (!looks_ipv4(k, n))
		return;
	if (slash) {
		long bits = strtol(slash + 1, NULL, 10);
		int octets = 1;
		const char *p;

		for (p = k; p < slash; p++)
			octets += *p == '.';
		lint_add(m->out, m->file, m->line, 1, DC_MAP_ACCESS_KEY,
			 "`%s': sendmail's access map does not understand CIDR: it shortens the address "
			 "one octet at a time, so this key never matches; %s", m->key,
			 bits % 8 == 0 && bits >= 8 && bits <= 32 && octets == 4
				 ? "write the prefix with whole octets only (192.168.1 for 192.168.1.0/24)"
				 : "list the prefixes on octet boundaries it covers (a /22 is four /24s)");
		return;
	}
	{
		const char *p = k;
		int octets = 0;

		while (*p) {
			size_t d = strspn(p, "0123456789");

			if (d == 0 || d > 3 || atoi(p) > 255) {
				lint_add(m->out, m->file, m->line, 1, DC_MAP_ACCESS_KEY,
					 "`%s' is not an IPv4 address or prefix (octets 0 to 255, separated by dots)",
					 m->key);
				return;
			}
			octets++;
			p += d;
			if (*p == '.' && p[1] == '\0') {
				lint_add(m->out, m->file, m->line, 1, DC_MAP_ACCESS_KEY,
					 "`%s' ends in a dot: sendmail looks up the prefix without it, so this key "
					 "never matches", m->key);
				return;
			}
			p += *p == '.';
		}
		if (octets == 4 && strcmp(k + n - 2, ".0") == 0 && strcmp(k, "0.0.0.0") != 0)
			lint_add_sev(m->out, m->file, m->line, 1, DC_MAP_ACCESS_KEY, LINT_WARNING,
				     "`%s' matches the single address %s only, not a network: for the network "
				     "write the prefix without the trailing .0 (%.*s)", m->key, k,
				     (int)(n - 2), k);
	}
}

static void check_access_key(const struct map_line *m, const char *bare, enum access_keys keys)
{
	switch (keys) {
	case KEYS_CLIENT_OR_DEFAULT:
		if (*bare == '\0')
			return;
		/* fall through */
	case KEYS_CLIENT:
		check_client_key(m, bare);
		break;
	case KEYS_ADDRESS:
		if (bare[0] == '@')
			lint_add(m->out, m->file, m->line, 1, DC_MAP_ACCESS_KEY,
				 "`%s': sendmail looks up user@domain, domain and user@, never @domain; "
				 "write %s to match the whole domain", m->key, bare + 1);
		else if (strchr(bare, '@') == NULL)
			check_client_key(m, bare);
		break;
	case KEYS_ANY:
		break;
	}
}

static void check_access(const struct map_line *m)
{
	static const char actions[] = "an access action (OK, RELAY, REJECT, DISCARD, SKIP, "
				      "ERROR:..., QUARANTINE:... or a 4xx/5xx reply)";
	enum access_values values = ACCESS_ACTIONS;
	enum access_keys keys = KEYS_ADDRESS;
	char *tag = access_tag(m->key);
	const char *bare = m->key;
	size_t i;

	if (tag != NULL && strcasecmp(tag, "IPv6") != 0) {
		for (i = 0; i < NELEM(access_tags); i++)
			if (strcasecmp(tag, access_tags[i].tag) == 0)
				break;
		/* The value of an unknown tag could mean anything: not checked. */
		if (i == NELEM(access_tags)) {
			lint_add(m->out, m->file, m->line, 1, DC_MAP_ACCESS_TAG,
				 "unknown access tag `%s:' (Connect:, From:, To:, Spam:, GreetPause:, "
				 "ClientRate:, Srv_Features:, TLS_Clt:, ...)", tag);
			values = ACCESS_ANY;
			keys = KEYS_ANY;
		} else {
			values = access_tags[i].values;
			keys = access_tags[i].keys;
			bare = m->key + strlen(tag) + 1;
			if (m->st->cf_text && strcasestr(m->st->cf_text, access_tags[i].tag) == NULL)
				lint_add(m->out, m->file, m->line, 1, DC_MAP_ACCESS_TAG,
					 "%s never looks up %s: entries: the entry does nothing (%s does)",
					 m->st->mailers_from, access_tags[i].tag, access_tags[i].looked_up_by);
		}
	}
	free(tag);
	check_access_key(m, bare, keys);
	switch (values) {
	case ACCESS_ACTIONS:
		if (!check_action(m))
			bad_access_value(m, actions);
		break;
	case ACCESS_SPAM:
		if (!word_in_nocase(m->value, strlen(m->value), spam_words, NELEM(spam_words)) &&
		    !check_action(m))
			bad_access_value(m, "FRIEND, HATER or an access action");
		break;
	case ACCESS_NUMBER:
		if (!is_number(m->value))
			bad_access_value(m, "a number");
		break;
	case ACCESS_ANY:
		break;
	}
	if (strcasecmp(m->value, "RELAY") == 0 && lint_relay_key_too_broad(bare))
		lint_add(m->out, m->file, m->line, 1, DC_MAP_ACCESS_BROAD_RELAY,
			 "RELAY for `%s' relays for a whole top-level domain, a /8 network or more",
			 m->key);
}

/* --- mailertable --- */

/* Mailers every configuration made from the standard files has. */
static const char *const standard_mailers[] = {
	"local", "prog", "smtp", "esmtp", "smtp8", "dsmtp", "relay", "error", "discard",
};
/* Mailers whose host part must not be empty. */
static const char *const host_mailers[] = { "smtp", "esmtp", "smtp8", "dsmtp", "relay" };

/* " (did you mean `esmtp'?)" for a misspelt mailer, or "". */
static char *closest_mailer(const struct map_state *st, const char *mailer)
{
	struct dym dym;
	size_t i;

	dym_init(&dym, mailer);
	if (st->mailers_from == NULL)
		for (i = 0; i < NELEM(standard_mailers); i++)
			dym_consider(&dym, standard_mailers[i]);
	for (i = 0; i < st->nmailers; i++)
		dym_consider(&dym, st->mailers[i]);
	return dym_best(&dym) ? xasprintf(" (did you mean `%s'?)", dym_best(&dym)) : xstrdup("");
}

static int mailer_known(const struct map_state *st, const char *mailer, size_t n)
{
	size_t i;

	if (st->mailers_from == NULL)
		return word_in_nocase(mailer, n, standard_mailers, NELEM(standard_mailers));
	for (i = 0; i < st->nmailers; i++)
		if (strlen(st->mailers[i]) == n && strncmp(st->mailers[i], mailer, n) == 0)
			return 1;
	return 0;
}

/* "host:25" or "[host]:2525": a port after a host (an IPv6 literal
 * [IPv6:...] has colons of its own). */
static int has_port(const char *host)
{
	const char *p = host[0] == '[' ? strchr(host, ']') : host;
	const char *colon = p ? strrchr(p, ':') : NULL;

	return colon != NULL && colon[1] != '\0' && strspn(colon + 1, "0123456789") == strlen(colon + 1);
}

static void check_mailertable(const struct map_line *m)
{
	const char *colon = strchr(m->value, ':');
	size_t n = colon ? (size_t)(colon - m->value) : 0;
	const char *why;
	char *mailer;

	if (strchr(m->key, '@') || (strchr(m->key, ':') && m->key[0] != '['))
		lint_add(m->out, m->file, m->line, 1, DC_MAP_MAILERTABLE_KEY,
			 "mailertable key `%s' is not a host or .domain name", m->key);
	if (colon == NULL || n == 0 || n != strspn(m->value, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")) {
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_MAILERTABLE_VALUE,
			 "mailertable value `%s' is not mailer:host (e.g. smtp:[%s])",
			 m->value, colon ? "relay.example.com" : m->value);
		return;
	}
	mailer = xstrndup(m->value, n);
	if (word_in_nocase(mailer, n, host_mailers, NELEM(host_mailers)) && colon[1] == '\0')
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_MAILERTABLE_VALUE,
			 "mailertable value `%s' names the %s mailer but no host", m->value, mailer);
	else if (strcmp(mailer, "error") == 0 && (why = error_text_problem(colon + 1)) != NULL)
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_MAILERTABLE_VALUE,
			 "`%s' %s", m->value, why);
	else if (strcmp(mailer, "error") != 0 && has_space(colon + 1))
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_MAILERTABLE_VALUE,
			 "host part of `%s' contains white space", m->value);
	else if (strcmp(mailer, "error") != 0 && strcmp(mailer, "local") != 0 && has_port(colon + 1))
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_MAILERTABLE_VALUE,
			 "`%s': a mailertable host takes no port (sendmail looks the whole text up as a "
			 "host name); set the port in the mailer's arguments, e.g. "
			 "define(`ESMTP_MAILER_ARGS', `TCP $h 2525')", m->value);
	if (!mailer_known(m->st, mailer, n) && strcmp(mailer, "error") != 0) {
		char *tail = closest_mailer(m->st, mailer);

		if (m->st->mailers_from)
			lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_MAILERTABLE_MAILER,
				 "mailer `%s' is not defined by %s%s: sendmail fails the delivery "
				 "(or add its MAILER() to the .mc)", mailer, m->st->mailers_from, tail);
		else
			lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_MAILERTABLE_MAILER,
				 "mailer `%s' is not one every configuration has%s: local, smtp, esmtp, "
				 "smtp8, dsmtp, relay ...; if your sendmail.cf defines it, give it with --cf",
				 mailer, tail);
		free(tail);
	}
	free(mailer);
}

/* --- virtusertable, genericstable, domaintable --- */

static void check_virtusertable(const struct map_line *m)
{
	const char *why;

	if (strchr(m->key, '@') == NULL)
		lint_add(m->out, m->file, m->line, 1, DC_MAP_VIRTUSERTABLE,
			 "virtusertable key `%s' has no @: keys are user@domain or @domain", m->key);
	if (strncmp(m->value, "error:", 6) == 0) {
		if ((why = error_text_problem(m->value + 6)) != NULL)
			lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_VIRTUSERTABLE,
				 "`%s' %s", m->value, why);
	} else if (has_space(m->value))
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_VIRTUSERTABLE,
			 "virtusertable value `%s' is not one address, local user or error:...", m->value);
}

static void check_genericstable(const struct map_line *m)
{
	if (m->key[0] == '@' || has_space(m->value) || m->value[0] == '@')
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_GENERICSTABLE,
			 "genericstable maps a user or user@host to one address: `%s %s'", m->key, m->value);
	else if (strchr(m->value, '@') == NULL)
		lint_add_sev(m->out, m->file, m->line, m->value_col, DC_MAP_GENERICSTABLE, LINT_WARNING,
			     "genericstable value `%s' has no @domain: the sender stays unqualified", m->value);
}

static void check_domaintable(const struct map_line *m)
{
	if (strpbrk(m->key, "@:") || strpbrk(m->value, "@: \t"))
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_DOMAINTABLE,
			 "domaintable maps a domain to a domain: `%s %s'", m->key, m->value);
}

/* --- authinfo --- */

/* SASL mechanisms an "M:" item may list. */
static const char *const sasl_mechanisms[] = {
	"PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "GSSAPI", "EXTERNAL", "ANONYMOUS", "OTP",
	"NTLM", "SCRAM-SHA-1", "SCRAM-SHA-256", "XOAUTH2", "OAUTHBEARER", "SRP", "GS2-KRB5",
};

/* The mechanisms of an "M:" item (LEN bytes at P, blank separated). */
static void check_mechanisms(const struct map_line *m, const char *p, size_t len)
{
	while (len > 0) {
		size_t n = strcspn(p, " \t\"");

		if (n > len)
			n = len;
		if (n > 0 && !word_in_nocase(p, n, sasl_mechanisms, NELEM(sasl_mechanisms)))
			lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_AUTHINFO,
				 "`%.*s' is not a SASL mechanism (PLAIN, LOGIN, CRAM-MD5, DIGEST-MD5, "
				 "GSSAPI, EXTERNAL ...): sendmail never authenticates with it", (int)n, p);
		n += strspn(p + n, " \t");
		if (n > len)
			n = len;
		p += n;
		len -= n;
	}
}

static void check_authinfo(const struct map_line *m)
{
	const char *p = m->value;
	int have_password = 0;

	if (strncasecmp(m->key, "AuthInfo:", 9) != 0)
		lint_add(m->out, m->file, m->line, 1, DC_MAP_AUTHINFO,
			 "authinfo key `%s' does not start with AuthInfo:", m->key);
	else if (m->key[9] == '[' || has_port(m->key + 9))
		lint_add(m->out, m->file, m->line, 1, DC_MAP_AUTHINFO,
			 "authinfo key `%s' is never looked up: sendmail looks up AuthInfo: with the "
			 "server's name or its address, without brackets or port", m->key);
	while (*p) {
		const char *end;

		if (*p != '"' || strchr("UIPRM", p[1]) == NULL || p[1] == '\0' ||
		    (p[2] != ':' && p[2] != '=') || (end = strchr(p + 1, '"')) == NULL) {
			lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_AUTHINFO,
				 "authinfo value must be quoted items \"U:user\" \"P:secret\" "
				 "\"M:mechanism\" ...; found `%s'", p);
			return;
		}
		if (p[1] == 'P')
			have_password = 1;
		if (p[1] == 'M')
			check_mechanisms(m, p + 3, (size_t)(end - p - 3));
		p = end + 1;
		p += strspn(p, " \t");
	}
	if (!have_password)
		lint_add(m->out, m->file, m->line, m->value_col, DC_MAP_AUTHINFO,
			 "authinfo value has no \"P:password\" (or \"P=base64\") item");
}

/* --- the kinds --- */

static const struct {
	const char *kind;
	map_check_fn check;
} kinds[] = {
	{ "access", check_access },
	{ "mailertable", check_mailertable },
	{ "virtusertable", check_virtusertable },
	{ "genericstable", check_genericstable },
	{ "domaintable", check_domaintable },
	{ "authinfo", check_authinfo },
	{ "aliases", NULL },
};

int lint_map_kind_known(const char *kind)
{
	size_t i;

	for (i = 0; i < NELEM(kinds); i++)
		if (strcmp(kinds[i].kind, kind) == 0)
			return 1;
	return 0;
}

/* --- duplicate keys --- */

static void fold(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

static void seen_add(struct map_state *st, const char *key, size_t len, int line)
{
	char *rec;
	size_t i;
	int err;

	if (len + 5 > st->keycap) {
		st->keycap = len + 5;
		st->keybuf = xrealloc(st->keybuf, st->keycap);
	}
	rec = st->keybuf;

	for (i = 0; i < len; i++)
		rec[i] = (char)tolower((unsigned char)key[i]);
	rec[len] = '\0';
	for (i = 0; i < 4; i++)
		rec[len + 1 + i] = (char)((unsigned)line >> (24 - 8 * i));
	err = extsort_add(st->seen, rec, len + 5);
	if (err != 0 && st->seen_error == 0)
		st->seen_error = err;
}

/* Report every key again after its first line. */
static void report_duplicates(struct map_state *st)
{
	int aliases = strcmp(st->kind, "aliases") == 0;
	char *first = NULL;
	int first_line = 0, rc;
	const void *data;
	size_t len;

	if (st->seen_error != 0)
		return;
	if ((rc = extsort_finish(st->seen, false)) != 0) {
		st->seen_error = rc;
		return;
	}
	while ((rc = extsort_next(st->seen, &data, &len)) > 0) {
		const char *key = data;
		const unsigned char *p = (const unsigned char *)data + strlen(key) + 1;
		int line = (int)((unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3]);

		if (first == NULL || strcmp(key, first) != 0) {
			free(first);
			first = xstrdup(key);
			first_line = line;
			continue;
		}
		if (aliases)
			lint_add_sev(st->out, st->file, line, 1, DC_MAP_DUPLICATE_KEY, LINT_WARNING,
				     "alias `%s' is defined again (first at line %d)", key, first_line);
		else
			lint_add(st->out, st->file, line, 1, DC_MAP_DUPLICATE_KEY,
				 "duplicate key `%s' (first at line %d): makemap keeps the first "
				 "value and fails (exit 65) unless run with -r", key, first_line);
	}
	if (rc < 0)
		st->seen_error = extsort_error(st->seen);
	free(first);
}

/* --- makemap's reading --- */

static void check_makemap_line(struct map_state *st, int line, const char *text, size_t len)
{
	struct map_line m;
	size_t klen, skip;
	char *key, *value;

	if (len == 0 || text[0] == '#')
		return;
	if (len > MAKEMAP_MAX_LINE) {
		lint_add(st->out, st->file, line, MAKEMAP_MAX_LINE + 1, DC_MAP_LINE_TOO_LONG,
			 "line longer than %d bytes: makemap rejects it", MAKEMAP_MAX_LINE);
		return;
	}
	if (isspace((unsigned char)text[0])) {
		lint_add(st->out, st->file, line, 1, DC_MAP_LEADING_SPACE,
			 "line starts with white space: makemap rejects it (syntax error, leading space)");
		return;
	}
	klen = strcspn(text, " \t\r\v\f");
	if (klen > len)
		klen = len;
	skip = klen + strspn(text + klen, " \t\r\v\f");
	if (skip > len)
		skip = len;
	if (skip == len) {
		key = xstrndup(text, klen);
		fold(key);
		lint_add(st->out, st->file, line, (int)klen + 1, DC_MAP_NO_VALUE,
			 "key `%s' has no value: makemap rejects it (no RHS)", key);
		free(key);
		return;
	}
	seen_add(st, text, klen, line);
	/* Checks compare the key as written (tags keep their case). */
	key = xstrndup(text, klen);
	value = xstrndup(text + skip, len - skip);
	m.file = st->file;
	m.line = line;
	m.key = key;
	m.value = value;
	m.value_col = (int)skip + 1;
	m.out = st->out;
	m.st = st;
	if (st->check)
		st->check(&m);
	free(key);
	free(value);
}

/* --- aliases: "name: address, address" with indented continuations --- */

/* An alias's addresses (LEN bytes at P, from column COL): an :include:
 * file must be named by its full path (sendmail reads it from the queue
 * folder otherwise). */
static void check_alias_addresses(struct map_state *st, int line, const char *p, size_t len, int col)
{
	const char *end = p + len, *inc;

	for (inc = p; inc < end && (inc = memmem(inc, (size_t)(end - inc), ":include:", 9)) != NULL; inc += 9) {
		const char *file = inc + 9;

		while (file < end && (*file == ' ' || *file == '\t'))
			file++;
		if (file < end && *file != '/')
			lint_add(st->out, st->file, line, col + (int)(inc - p), DC_MAP_ALIASES,
				 ":include: names `%.*s', not a full path: sendmail looks for it in its queue "
				 "folder; write /etc/mail/%.*s (or wherever it is)",
				 (int)strcspn(file, ", \t\r"), file, (int)strcspn(file, ", \t\r"), file);
	}
}

static void check_aliases_line(struct map_state *st, int line, const char *text, size_t len)
{
	const char *colon;

	if (len == 0 || text[0] == '#') {
		st->in_alias = 0;
		return;
	}
	if (text[0] == ' ' || text[0] == '\t') {
		if (!st->in_alias && strspn(text, " \t") < len)
			lint_add(st->out, st->file, line, 1, DC_MAP_ALIASES,
				 "continuation line with no alias before it");
		return;
	}
	colon = memchr(text, ':', len);
	st->in_alias = 1;
	if (colon == NULL || colon == text) {
		lint_add(st->out, st->file, line, 1, DC_MAP_ALIASES,
			 "alias line has no `name:' before the addresses");
		st->in_alias = 0;
		return;
	}
	if (memchr(text, ' ', (size_t)(colon - text)) || memchr(text, '\t', (size_t)(colon - text)))
		lint_add(st->out, st->file, line, 1, DC_MAP_ALIASES,
			 "alias name `%.*s' has a blank in it: the name ends at the colon and has none",
			 (int)(colon - text), text);
	else if ((size_t)(colon - text) + 1 + strspn(colon + 1, " \t") >= len) {
		char *name = xstrndup(text, (size_t)(colon - text));

		fold(name);
		lint_add(st->out, st->file, line, (int)(colon - text) + 2, DC_MAP_ALIASES,
			 "alias `%s' has no addresses on its first line", name);
		free(name);
	}
	check_alias_addresses(st, line, colon + 1, len - (size_t)(colon - text) - 1, (int)(colon - text) + 2);
	seen_add(st, text, (size_t)(colon - text), line);
}

/* --- the configuration the maps serve --- */

/* The cf for a map: --cf, or sendmail.cf beside FILE; NULL: none. */
static char *serving_cf(const char *file, const struct lint_context *ctx)
{
	const char *slash = strrchr(file, '/');
	char *beside;

	if (ctx && ctx->cf_file)
		return xstrdup(ctx->cf_file);
	beside = slash ? xasprintf("%.*s/sendmail.cf", (int)(slash - file), file) : xstrdup("sendmail.cf");
	if (access(beside, R_OK) == 0)
		return beside;
	free(beside);
	return NULL;
}

/* What the maps need of the cf CF: the mailers it defines (and the ones
 * sendmail has itself), and for an access map its text, in which the
 * tags it looks up appear. */
static void read_serving_cf(struct map_state *st, const char *cf)
{
	struct lint_lines text;
	struct cf_findings found = { NULL, 0, 0 };
	struct cf_model model;
	static const char *const builtin[] = { "error", "discard", "prog", "*file*", "*include*" };
	size_t i;

	if (lint_lines_read(cf, &text) < 0) {
		lint_add_sev(st->out, st->file, 0, 0, DC_MAP_MAILERTABLE_MAILER, LINT_WARNING,
			     "cannot read %s: the mailers are not checked", cf);
		return;
	}
	memset(&model, 0, sizeof(model));
	cf_check_model(cf, text.text, text.len, &found, &model);
	for (i = 0; i < model.defs.n + NELEM(builtin); i++) {
		const char *name = i < model.defs.n ? model.defs.v[i].name : builtin[i - model.defs.n];

		if (i < model.defs.n && model.defs.v[i].kind != CF_NAME_MAILER)
			continue;
		st->mailers = lint_grow(st->mailers, st->nmailers, sizeof(*st->mailers));
		st->mailers[st->nmailers++] = xstrdup(name);
	}
	st->mailers_from = xstrdup(cf);
	if (strcmp(st->kind, "access") == 0)
		st->cf_text = xstrdup(text.text);
	cf_findings_free(&found);
	cf_model_free(&model);
	lint_lines_free(&text);
}

/* NAME.db older than NAME: the running sendmail does not see the edits. */
static void check_stale_db(struct map_state *st)
{
	char *db = xasprintf("%s.db", st->file);
	struct stat src, dbst;

	if (stat(st->file, &src) == 0 && stat(db, &dbst) == 0 &&
	    (src.st_mtim.tv_sec > dbst.st_mtim.tv_sec ||
	     (src.st_mtim.tv_sec == dbst.st_mtim.tv_sec && src.st_mtim.tv_nsec > dbst.st_mtim.tv_nsec)))
		lint_add(st->out, st->file, 0, 0, DC_MAP_STALE_DB,
			 "%s is older than its source: run makemap (or newaliases) again", db);
	free(db);
}

static void map_begin(struct map_state *st, const char *file, const char *kind,
		      const struct lint_context *ctx, struct lint_list *out)
{
	size_t i;

	memset(st, 0, sizeof(*st));
	st->file = file;
	st->kind = kind;
	st->out = out;
	st->seen = extsort_new(extsort_budget() / KEY_SORT_SHARE);
	for (i = 0; i < NELEM(kinds); i++)
		if (strcmp(kind, kinds[i].kind) == 0)
			st->check = kinds[i].check;
	if (strcmp(kind, "mailertable") == 0 || strcmp(kind, "access") == 0) {
		char *cf = serving_cf(file, ctx);

		if (cf)
			read_serving_cf(st, cf);
		free(cf);
	}
}

/* One line of the source, without its newline (LEN bytes). */
static void map_line(struct map_state *st, int line, const char *text, size_t len)
{
	if (len > 0 && text[len - 1] == '\r') {
		if (st->cr_count++ == 0)
			st->cr_first = line;
		len--;
	}
	if (strcmp(st->kind, "aliases") == 0)
		check_aliases_line(st, line, text, len);
	else
		check_makemap_line(st, line, text, len);
}

static void map_end(struct map_state *st)
{
	size_t i;

	if (st->cr_count > 0)
		lint_add(st->out, st->file, st->cr_first, 1, DC_MAP_CR_LINE_END,
			 "%d line%s end%s in CR LF (a file saved on Windows): makemap keeps the CR as "
			 "part of each value; convert the file (dos2unix, or tr -d '\\r')", st->cr_count,
			 st->cr_count == 1 ? "" : "s", st->cr_count == 1 ? "s" : "");
	report_duplicates(st);
	check_stale_db(st);
	extsort_free(st->seen);
	free(st->keybuf);
	for (i = 0; i < st->nmailers; i++)
		free(st->mailers[i]);
	free(st->mailers);
	free(st->mailers_from);
	free(st->cf_text);
}

/*
 * The next line of FP into BUF (CAP bytes and a NUL; the rest of a longer
 * line is skipped), up to a NUL byte as lint_lines_read() keeps it.  1
 * with *LEN set, 0 at the end, -1 on a read error.
 */
static int next_line(FILE *fp, char *buf, size_t cap, size_t *len)
{
	size_t n = 0;
	int c, any = 0;

	while ((c = getc_unlocked(fp)) != EOF) {
		any = 1;
		if (c == '\n')
			break;
		if (n < cap)
			buf[n++] = (char)c;
	}
	if (c == EOF && ferror(fp))
		return -1;
	if (!any)
		return 0;
	buf[n] = '\0';
	*len = strlen(buf);
	return 1;
}

/* Drop the findings from index FROM on. */
static void drop_from(struct lint_list *out, size_t from)
{
	while (out->n > from)
		lint_drop(out, out->n - 1);
}

int lint_map_file(const char *file, const char *kind, const struct lint_context *ctx,
		  struct lint_list *out)
{
	struct lint_marks marks = { NULL, 0 };
	struct map_state st;
	size_t from = out->n, len;
	char *buf;
	int rc, line = 0, err;
	FILE *fp = fopen(file, "r");

	if (fp == NULL)
		return -1;
	buf = xmalloc(MAP_LINE_KEEP + 1);
	map_begin(&st, file, kind, ctx, out);
	while ((rc = next_line(fp, buf, MAP_LINE_KEEP, &len)) > 0) {
		line++;
		lint_marks_note(&marks, line, buf);
		map_line(&st, line, buf, len);
	}
	err = rc < 0 ? (errno ? errno : EIO) : 0;
	fclose(fp);
	free(buf);
	map_end(&st);
	lint_suppress_marks(out, from, file, &marks);
	lint_marks_free(&marks);
	if (err != 0 || st.seen_error != 0) {
		drop_from(out, from);
		errno = err != 0 ? err : st.seen_error;
		return err != 0 ? -1 : -2;
	}
	return 0;
}
