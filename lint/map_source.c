/*
 * map_source.c - checks of map source files, the text that makemap (or
 * newaliases) turns into a database: lines makemap rejects, duplicate
 * keys as makemap folds them, the shape of keys and values each kind of
 * map needs (access actions and tags, mailertable mailer:host, ...), and
 * a database beside the source that is older than it.
 *
 * makemap's reading (see the reference notes): a line that is empty or
 * starts with '#' is skipped, a line that starts with white space is an
 * error, the key runs to the first white space, the value is the rest
 * after the white space that follows, and keys are folded to lower case.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "xalloc.h"
#include "lint/lint.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define MAKEMAP_MAX_LINE 1022

/* One entry of a map source. */
struct map_line {
	const char *file;
	int line;
	char *key;
	char *value;
	int value_col;
	struct lint_list *out;
};

typedef void (*map_check_fn)(const struct map_line *m);

static int word_in(const char *w, const char *const *list, size_t n)
{
	return lint_name_index(w, list, n) >= 0;
}

static int has_space(const char *s)
{
	return s[strcspn(s, " \t")] != '\0';
}

/* --- access --- */

/* What the value of an entry with a given tag may be. */
enum access_values {
	ACCESS_ACTIONS,		/* OK RELAY REJECT ... ERROR:... */
	ACCESS_SPAM,		/* FRIEND, HATER or an action */
	ACCESS_NUMBER,		/* milliseconds, a rate, a count */
	ACCESS_ANY		/* TLS requirements, feature letters ...: not checked */
};

static const struct {
	const char *tag;
	enum access_values values;
} access_tags[] = {
	{ "Connect", ACCESS_ACTIONS }, { "From", ACCESS_ACTIONS },
	{ "To", ACCESS_ACTIONS }, { "Spam", ACCESS_SPAM },
	{ "GreetPause", ACCESS_NUMBER }, { "ClientRate", ACCESS_NUMBER },
	{ "ClientConn", ACCESS_NUMBER }, { "TLS_Clt", ACCESS_ANY },
	{ "TLS_Srv", ACCESS_ANY }, { "TLS_Rcpt", ACCESS_ANY },
	{ "Try_TLS", ACCESS_ANY }, { "Srv_Features", ACCESS_ANY },
	{ "Clt_Features", ACCESS_ANY }, { "TLS_Srv_Features", ACCESS_ANY },
	{ "TLS_Clt_Features", ACCESS_ANY }, { "AuthInfo", ACCESS_ANY },
	{ "QGRP", ACCESS_ANY }, { "Bcc", ACCESS_ANY },
	{ "CERTISSUER", ACCESS_ANY }, { "CERTSUBJECT", ACCESS_ANY },
	{ "Compat", ACCESS_ACTIONS }, { "IPv6", ACCESS_ACTIONS },
};

/* Actions that must be the whole value. */
static const char *const access_words[] = { "OK", "RELAY", "REJECT", "DISCARD", "SKIP" };
/* Actions followed by text. */
static const char *const access_prefixes[] = { "ERROR:", "QUARANTINE:" };
static const char *const spam_words[] = { "FRIEND", "HATER" };

/* "550 text": a reply code sendmail also accepts as an action. */
static int is_smtp_reply(const char *v)
{
	return (v[0] == '4' || v[0] == '5') && isdigit((unsigned char)v[1]) &&
	       isdigit((unsigned char)v[2]) && (v[3] == ' ' || v[3] == '\0');
}

static int is_action(const char *v)
{
	size_t i;

	if (word_in(v, access_words, NELEM(access_words)) || is_smtp_reply(v))
		return 1;
	for (i = 0; i < NELEM(access_prefixes); i++) {
		size_t n = strlen(access_prefixes[i]);

		if (strncmp(v, access_prefixes[i], n) == 0 && v[n] != '\0')
			return 1;
	}
	return 0;
}

static void bad_access_value(const struct map_line *m, const char *expected)
{
	char *word = xstrndup(m->value, strcspn(m->value, " \t"));

	if (word_in(word, access_words, NELEM(access_words)) || word_in(word, spam_words, NELEM(spam_words)))
		lint_add(m->out, m->file, m->line, m->value_col, "MAP005",
			 "`%s': sendmail compares the whole value, so the text after `%s' "
			 "makes it an unknown action (makemap keeps `#' comments in the value)",
			 m->value, word);
	else
		lint_add(m->out, m->file, m->line, m->value_col, "MAP005",
			 "`%s' is not %s", m->value, expected);
	free(word);
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

static void check_access(const struct map_line *m)
{
	static const char actions[] = "an access action (OK, RELAY, REJECT, DISCARD, SKIP, "
				      "ERROR:..., QUARANTINE:... or a 4xx/5xx reply)";
	enum access_values values = ACCESS_ACTIONS;
	char *tag = access_tag(m->key);
	const char *bare = m->key;
	size_t i;

	if (tag != NULL) {
		for (i = 0; i < NELEM(access_tags); i++)
			if (strcasecmp(tag, access_tags[i].tag) == 0)
				break;
		/* The value of an unknown tag could mean anything: not checked. */
		if (i == NELEM(access_tags)) {
			lint_add(m->out, m->file, m->line, 1, "MAP006",
				 "unknown access tag `%s:' (Connect:, From:, To:, Spam:, GreetPause:, "
				 "ClientRate:, Srv_Features:, TLS_Clt:, ...)", tag);
			values = ACCESS_ANY;
		} else {
			values = access_tags[i].values;
			if (strcasecmp(tag, "IPv6") != 0)
				bare = m->key + strlen(tag) + 1;
		}
		free(tag);
	}
	switch (values) {
	case ACCESS_ACTIONS:
		if (!is_action(m->value))
			bad_access_value(m, actions);
		break;
	case ACCESS_SPAM:
		if (!word_in(m->value, spam_words, NELEM(spam_words)) && !is_action(m->value))
			bad_access_value(m, "FRIEND, HATER or an access action");
		break;
	case ACCESS_NUMBER:
		if (!is_number(m->value))
			bad_access_value(m, "a number");
		break;
	case ACCESS_ANY:
		break;
	}
	if (strcmp(m->value, "RELAY") == 0 && lint_relay_key_too_broad(bare))
		lint_add(m->out, m->file, m->line, 1, "MAP007",
			 "RELAY for `%s' relays for a whole top-level domain or /8 network", m->key);
}

/* --- mailertable --- */

/* Mailers whose host part must not be empty. */
static const char *const host_mailers[] = { "smtp", "esmtp", "smtp8", "dsmtp", "relay" };

static void check_mailertable(const struct map_line *m)
{
	const char *colon = strchr(m->value, ':');
	size_t n = colon ? (size_t)(colon - m->value) : 0;
	char *mailer;

	if (strchr(m->key, '@') || (strchr(m->key, ':') && m->key[0] != '['))
		lint_add(m->out, m->file, m->line, 1, "MAP009",
			 "mailertable key `%s' is not a host or .domain name", m->key);
	if (colon == NULL || n == 0 || n != strspn(m->value, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")) {
		lint_add(m->out, m->file, m->line, m->value_col, "MAP008",
			 "mailertable value `%s' is not mailer:host (e.g. smtp:[%s])",
			 m->value, colon ? "relay.example.com" : m->value);
		return;
	}
	mailer = xstrndup(m->value, n);
	if (word_in(mailer, host_mailers, NELEM(host_mailers)) && colon[1] == '\0')
		lint_add(m->out, m->file, m->line, m->value_col, "MAP008",
			 "mailertable value `%s' names the %s mailer but no host", m->value, mailer);
	else if (strcmp(mailer, "error") == 0 && colon[1] == '\0')
		lint_add(m->out, m->file, m->line, m->value_col, "MAP008",
			 "`error:' needs a reply, e.g. error:5.1.2:550 unknown host");
	else if (strcmp(mailer, "error") != 0 && has_space(colon + 1))
		lint_add(m->out, m->file, m->line, m->value_col, "MAP008",
			 "host part of `%s' contains white space", m->value);
	free(mailer);
}

/* --- virtusertable, genericstable, domaintable --- */

static int is_error_value(const char *v)
{
	return strncmp(v, "error:", 6) == 0;
}

static void check_virtusertable(const struct map_line *m)
{
	if (strchr(m->key, '@') == NULL)
		lint_add(m->out, m->file, m->line, 1, "MAP010",
			 "virtusertable key `%s' has no @: keys are user@domain or @domain", m->key);
	if (is_error_value(m->value) ? m->value[6] == '\0' : has_space(m->value))
		lint_add(m->out, m->file, m->line, m->value_col, "MAP010",
			 "virtusertable value `%s' is not one address, local user or error:...", m->value);
}

static void check_genericstable(const struct map_line *m)
{
	if (m->key[0] == '@' || has_space(m->value) || m->value[0] == '@')
		lint_add(m->out, m->file, m->line, m->value_col, "MAP011",
			 "genericstable maps a user or user@host to one address: `%s %s'", m->key, m->value);
	else if (strchr(m->value, '@') == NULL)
		lint_add_sev(m->out, m->file, m->line, m->value_col, "MAP011", LINT_WARNING,
			     "genericstable value `%s' has no @domain: the sender stays unqualified", m->value);
}

static void check_domaintable(const struct map_line *m)
{
	if (strpbrk(m->key, "@:") || strpbrk(m->value, "@: \t"))
		lint_add(m->out, m->file, m->line, m->value_col, "MAP012",
			 "domaintable maps a domain to a domain: `%s %s'", m->key, m->value);
}

/* --- authinfo --- */

static void check_authinfo(const struct map_line *m)
{
	const char *p = m->value;
	int have_password = 0;

	if (strncasecmp(m->key, "AuthInfo:", 9) != 0)
		lint_add(m->out, m->file, m->line, 1, "MAP013",
			 "authinfo key `%s' does not start with AuthInfo:", m->key);
	while (*p) {
		const char *end;

		if (*p != '"' || strchr("UIPRM", p[1]) == NULL || p[1] == '\0' ||
		    (p[2] != ':' && p[2] != '=') || (end = strchr(p + 1, '"')) == NULL) {
			lint_add(m->out, m->file, m->line, m->value_col, "MAP013",
				 "authinfo value must be quoted items \"U:user\" \"P:secret\" "
				 "\"M:mechanism\" ...; found `%s'", p);
			return;
		}
		if (p[1] == 'P')
			have_password = 1;
		p = end + 1;
		p += strspn(p, " \t");
	}
	if (!have_password)
		lint_add(m->out, m->file, m->line, m->value_col, "MAP013",
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
};

/* --- duplicate keys --- */

/* Keys are gathered while reading and compared once at the end, sorted,
 * so that a large map stays fast. */
struct seen_key {
	char *key;
	int line;
};

struct seen {
	struct seen_key *keys;
	size_t n, cap;
};

static void fold(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

static void seen_add(struct seen *seen, const char *key, int line)
{
	if (seen->n == seen->cap) {
		seen->cap = seen->cap ? 2 * seen->cap : 64;
		seen->keys = xrealloc(seen->keys, seen->cap * sizeof(*seen->keys));
	}
	seen->keys[seen->n].key = xstrdup(key);
	seen->keys[seen->n].line = line;
	seen->n++;
}

static int by_key_then_line(const void *a, const void *b)
{
	const struct seen_key *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c != 0 ? c : (x->line > y->line) - (x->line < y->line);
}

/* Report every key again after its first line. */
static void report_duplicates(struct seen *seen, const char *file, int aliases, struct lint_list *out)
{
	size_t i, first = 0;

	if (seen->n > 1)
		qsort(seen->keys, seen->n, sizeof(*seen->keys), by_key_then_line);
	for (i = 1; i < seen->n; i++) {
		if (strcmp(seen->keys[i].key, seen->keys[first].key) != 0) {
			first = i;
			continue;
		}
		if (aliases)
			lint_add_sev(out, file, seen->keys[i].line, 1, "MAP003", LINT_WARNING,
				     "alias `%s' is defined again (first at line %d)",
				     seen->keys[i].key, seen->keys[first].line);
		else
			lint_add(out, file, seen->keys[i].line, 1, "MAP003",
				 "duplicate key `%s' (first at line %d): makemap keeps the first "
				 "value and fails (exit 65) unless run with -r", seen->keys[i].key, seen->keys[first].line);
	}
}

static void seen_free(struct seen *seen)
{
	size_t i;

	for (i = 0; i < seen->n; i++)
		free(seen->keys[i].key);
	free(seen->keys);
}

/* --- makemap's reading --- */

static void check_makemap_line(const char *file, int line, const char *text, map_check_fn check,
			       struct seen *seen, struct lint_list *out)
{
	struct map_line m;
	size_t klen, skip;

	if (text[0] == '\0' || text[0] == '#')
		return;
	if (strlen(text) > MAKEMAP_MAX_LINE) {
		lint_add(out, file, line, MAKEMAP_MAX_LINE + 1, "MAP015",
			 "line longer than %d bytes: makemap rejects it", MAKEMAP_MAX_LINE);
		return;
	}
	if (isspace((unsigned char)text[0])) {
		lint_add(out, file, line, 1, "MAP001",
			 "line starts with white space: makemap rejects it (syntax error, leading space)");
		return;
	}
	klen = strcspn(text, " \t\r\v\f");
	skip = klen + strspn(text + klen, " \t\r\v\f");
	m.file = file;
	m.line = line;
	m.key = xstrndup(text, klen);
	m.value = xstrdup(text + skip);
	m.value_col = (int)skip + 1;
	m.out = out;
	fold(m.key);
	if (m.value[0] == '\0') {
		lint_add(out, file, line, (int)klen + 1, "MAP002",
			 "key `%s' has no value: makemap rejects it (no RHS)", m.key);
	} else {
		seen_add(seen, m.key, line);
		/* Checks compare the key as written, tags keep their case. */
		free(m.key);
		m.key = xstrndup(text, klen);
		if (check)
			check(&m);
	}
	free(m.key);
	free(m.value);
}

/* --- aliases: "name: address, address" with indented continuations --- */

static void check_aliases_line(const char *file, int line, const char *text, int *in_entry,
			       struct seen *seen, struct lint_list *out)
{
	const char *colon;
	char *name;

	if (text[0] == '\0' || text[0] == '#') {
		*in_entry = 0;
		return;
	}
	if (text[0] == ' ' || text[0] == '\t') {
		if (!*in_entry && text[strspn(text, " \t")] != '\0')
			lint_add(out, file, line, 1, "MAP014",
				 "continuation line with no alias before it");
		return;
	}
	colon = strchr(text, ':');
	*in_entry = 1;
	if (colon == NULL || colon == text) {
		lint_add(out, file, line, 1, "MAP014", "alias line has no `name:' before the addresses");
		*in_entry = 0;
		return;
	}
	name = xstrndup(text, (size_t)(colon - text));
	fold(name);
	if (colon[1 + strspn(colon + 1, " \t")] == '\0')
		lint_add(out, file, line, (int)(colon - text) + 2, "MAP014",
			 "alias `%s' has no addresses on its first line", name);
	seen_add(seen, name, line);
	free(name);
}

/* NAME.db older than NAME: the running sendmail does not see the edits. */
static void check_stale_db(const char *file, struct lint_list *out)
{
	char *db = xasprintf("%s.db", file);
	struct stat src, dbst;

	if (stat(file, &src) == 0 && stat(db, &dbst) == 0 &&
	    (src.st_mtim.tv_sec > dbst.st_mtim.tv_sec ||
	     (src.st_mtim.tv_sec == dbst.st_mtim.tv_sec && src.st_mtim.tv_nsec > dbst.st_mtim.tv_nsec)))
		lint_add(out, file, 0, 0, "MAP004",
			 "%s is older than its source: run makemap (or newaliases) again", db);
	free(db);
}

void lint_map(const char *file, const char *kind, const struct lint_lines *lines, struct lint_list *out)
{
	struct seen seen = { NULL, 0, 0 };
	map_check_fn check = NULL;
	int in_entry = 0;
	size_t i;

	for (i = 0; i < NELEM(kinds); i++)
		if (strcmp(kind, kinds[i].kind) == 0)
			check = kinds[i].check;
	for (i = 0; i < lines->n; i++) {
		if (strcmp(kind, "aliases") == 0)
			check_aliases_line(file, (int)i + 1, lines->line[i], &in_entry, &seen, out);
		else
			check_makemap_line(file, (int)i + 1, lines->line[i], check, &seen, out);
	}
	report_duplicates(&seen, file, strcmp(kind, "aliases") == 0, out);
	seen_free(&seen);
	check_stale_db(file, out);
}
