/*
 * expect.c - "smcf test --expect FILE...": expectations for people and CI.
 *
 * Each line of each FILE is one expectation (blank lines and lines
 * starting with '#' are skipped):
 *
 *   RULESETS ADDRESS => WORKSPACE     the address through the rulesets
 *   route ADDRESS => MAILER [HOST] USER   what rulesets 3 and 0 resolve to
 *   policy CLIENT [NAME] [helo H] [from A] rcpt B => CODE [TEXT]
 *                                     the reply a client gets (smcf policy)
 *   map NAME KEY => VALUE             a map lookup ("-": not found)
 *
 * Workspaces, users and values are compared without regard to how they
 * are split into tokens (white space is ignored); a policy TEXT must
 * appear in the reply.  A cf sendmail complains about, an unknown
 * ruleset, map or line, and a file without expectations are failures.
 * Failures say FILE:LINE, what was expected and what happened, and the
 * rule (and map entry) that decided.  --format=tap and --format=junit
 * print the results for CI dashboards.  Exit status 0 when everything
 * held, 1 when something failed, 2 when a file cannot be read.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"
#include "xalloc.h"
#include "bt/bt.h"
#include "cf/config.h"
#include "engine/map.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/rewrite.h"
#include "engine/token.h"
#include "policy/check.h"
#include "policy/policy.h"

/* One expectation and how it went. */
struct result {
	char *file;
	int line;
	char *text;		/* the expectation as written */
	int ok;
	char *expected, *got;	/* set when it failed */
	char *why;		/* the deciding rule and map entry, or NULL */
};

struct results {
	struct result *r;
	size_t n, cap;
};

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

/* Equal once white space (token splitting) is taken out? */
static int same_tokens(const char *a, const char *b)
{
	for (;;) {
		while (isspace((unsigned char)*a))
			a++;
		while (isspace((unsigned char)*b))
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if (*a++ != *b++)
			return 0;
	}
}

static char *why_text(const struct policy_why *w)
{
	if (w->rule_line <= 0)
		return NULL;
	if (w->map[0] != '\0')
		return xasprintf("ruleset %s rule %d (cf line %d): %s; map: %s", w->rule_set,
				 w->rule_no, w->rule_line, w->rule, w->map);
	return xasprintf("ruleset %s rule %d (cf line %d): %s", w->rule_set, w->rule_no,
			 w->rule_line, w->rule);
}

/*
 * Run ADDR through the comma-separated RULESETS; *WS gets the final
 * workspace, WHY what decided in the last ruleset.  Returns -1 with *WS
 * an explanation when a ruleset is unknown or there is nothing to parse.
 */
static int run_rulesets(const char *rulesets, const char *addr, char **ws,
			struct policy_why *why, char ***vecp)
{
	static char *vec[SM_MAXATOM + 1];
	static char tokbuf[SM_PSBUFSIZE];
	struct tokens tb;
	char **pvp;
	const char *rsl;

	tb.buf = tokbuf;
	tb.bufsize = sizeof tokbuf;
	pvp = tok_scan(addr, '\0', &tb, NULL,
		       config.level >= 9 ? TOK_NOCOMMENT : TOK_EXTERNAL, 0);
	if (pvp == NULL) {
		*ws = xstrdup("(no tokens)");
		return -1;
	}
	tok_copy(vec, pvp);
	for (rsl = rulesets; *rsl != '\0';) {
		int rs = rw_parse_ruleset(rsl, NULL, 0);

		if (rs < 0) {
			*ws = xasprintf("(unknown ruleset %.*s)", (int)strcspn(rsl, ","), rsl);
			return -1;
		}
		memset(why, 0, sizeof *why);
		policy_rewrite_why(vec, rs, why);
		while (*rsl != '\0' && *rsl++ != ',')
			;
	}
	*ws = tok_vector_text(vec);
	if (vecp != NULL)
		*vecp = vec;
	return 0;
}

char *bt_rewrite_quietly(const char *rulesets, const char *addr)
{
	struct policy_why why;
	char *ws = NULL;

	run_rulesets(rulesets, addr, &ws, &why, NULL);
	return ws;
}

static void fail(struct result *r, const char *expected, char *got, char *why)
{
	r->ok = 0;
	r->expected = xstrdup(expected);
	r->got = got;
	r->why = why;
}

/* RULESETS ADDRESS => WORKSPACE */
static void expect_rulesets(struct result *r, char *lhs, const char *want)
{
	struct policy_why why;
	char *rulesets = lhs, *addr, *ws = NULL;

	addr = lhs + strcspn(lhs, " \t");
	if (*addr != '\0')
		*addr++ = '\0';
	normalize(addr);
	memset(&why, 0, sizeof why);
	if (run_rulesets(rulesets, addr, &ws, &why, NULL) < 0)
		fail(r, want, ws, NULL);
	else if (!same_tokens(ws, want))
		fail(r, want, ws, why_text(&why));
	else
		free(ws);
}

/* route ADDRESS => MAILER [HOST] USER */
static void expect_route(struct result *r, char *addr, const char *want)
{
	struct policy_why why;
	char **vec = NULL, *ws = NULL, mailer[256] = "", host[1024] = "", user[1024] = "";
	char got[2400], wm[256] = "", wh[1024] = "", wu[1024] = "";
	int words;

	normalize(addr);
	memset(&why, 0, sizeof why);
	if (run_rulesets("3,0", addr, &ws, &why, &vec) < 0) {
		fail(r, want, ws, NULL);
		return;
	}
	if (vec[0] != NULL && (vec[0][0] & 0xff) == META_NET && vec[1] != NULL) {
		char **tv = vec + 2, **h = NULL;

		snprintf(mailer, sizeof mailer, "%s", vec[1]);
		if (*tv != NULL && (**tv & 0xff) == META_HOST)
			h = ++tv;
		while (*tv != NULL && (**tv & 0xff) != META_USER)
			tv++;
		if (h != NULL && tv != h)
			tok_join(h, tv - 1, host, sizeof host, '\0', 1);
		if (*tv != NULL)
			tok_join(tv + 1, NULL, user, sizeof user, '\0', 1);
	}
	if (host[0] != '\0')
		snprintf(got, sizeof got, "%s %s %s", mailer, host, user);
	else
		snprintf(got, sizeof got, "%s %s", mailer, user);
	words = sscanf(want, "%255s %1023s %1023[^\n]", wm, wh, wu);
	if (words == 2) {
		snprintf(wu, sizeof wu, "%s", wh);
		wh[0] = '\0';
	}
	if (mailer[0] == '\0' || strcasecmp(wm, mailer) != 0 || !same_tokens(wh, host) ||
	    !same_tokens(wu, user))
		fail(r, want, xstrdup(mailer[0] ? got : ws), why_text(&why));
	free(ws);
}

/* map NAME KEY => VALUE ("-": not found) */
static void expect_map(struct result *r, char *args, const char *want)
{
	char *name = args, *key;
	struct map *map;
	char *res;
	int status = 0;

	key = args + strcspn(args, " \t");
	if (*key != '\0')
		*key++ = '\0';
	normalize(key);
	map = maps_find(config.maps, name);
	if (map == NULL || !map_ensure_open(map)) {
		fail(r, want, xasprintf(map ? "(map %s cannot be opened)" : "(no map named %s)",
					name), NULL);
		return;
	}
	res = map_lookup_raw(map, key, &status);
	if (res == NULL) {
		if (strcmp(want, "-") != 0)
			fail(r, want, xasprintf("- (not found, status %d)", status), NULL);
		return;
	}
	if (!same_tokens(res, want))
		fail(r, want, xstrdup(res), NULL);
	free(res);
}

/* The replies of a policy expectation: the first refusal, or the last. */
struct policy_outcome {
	char reply[1024];
	struct policy_why why;
	int done;
};

static void collect_reply(void *ctx, const struct policy_reply *rp)
{
	struct policy_outcome *o = ctx;

	if (o->done || rp->nlines == 0)
		return;
	snprintf(o->reply, sizeof o->reply, "%s", rp->lines[rp->nlines - 1]);
	o->why = rp->why;
	if (rp->code >= 400)
		o->done = 1;
}

/* policy CLIENT [NAME] [helo H] [from A] rcpt B => CODE [TEXT] */
static void expect_policy(struct result *r, char *args, const char *want)
{
	struct policy_options opt = { NULL, NULL, NULL, NULL, 1, 1, 49152 };
	struct policy_outcome o;
	struct policy_session *s;
	char *w[16], *helo = NULL, *from = NULL, *rcpt = NULL, line[SM_MAXLINE];
	int n = 0, i = 1, code = atoi(want);
	const char *text = want + strspn(want, "0123456789");

	for (char *save = NULL, *p = strtok_r(args, " \t", &save); p != NULL && n < 16;
	     p = strtok_r(NULL, " \t", &save))
		w[n++] = p;
	if (n == 0) {
		fail(r, want, xstrdup("(no client address)"), NULL);
		return;
	}
	opt.client_addr = w[0];
	if (i < n && strcasecmp(w[i], "helo") != 0 && strcasecmp(w[i], "from") != 0 &&
	    strcasecmp(w[i], "rcpt") != 0)
		opt.client_name = w[i++];
	for (; i + 1 < n; i += 2) {
		if (strcasecmp(w[i], "helo") == 0)
			helo = w[i + 1];
		else if (strcasecmp(w[i], "from") == 0)
			from = w[i + 1];
		else if (strcasecmp(w[i], "rcpt") == 0)
			rcpt = w[i + 1];
		else
			break;
	}
	if (rcpt == NULL || i != n) {
		fail(r, want, xstrdup("(a policy line reads: policy CLIENT [NAME] [helo H] "
				      "[from A] rcpt B => CODE [TEXT])"), NULL);
		return;
	}
	while (isspace((unsigned char)*text))
		text++;
	memset(&o, 0, sizeof o);
	s = policy_open(&opt, collect_reply, &o);
	if (s == NULL) {
		fail(r, want, xasprintf("(%s is not an IPv4 or IPv6 address)", w[0]), NULL);
		return;
	}
	snprintf(line, sizeof line, "EHLO %s", helo ? helo : "client.example");
	if (!o.done)
		policy_input(s, line);
	snprintf(line, sizeof line, "MAIL FROM:%s%s%s", from && *from != '<' ? "<" : "",
		 from ? from : "<>", from && *from != '<' ? ">" : "");
	if (!o.done)
		policy_input(s, line);
	snprintf(line, sizeof line, "RCPT TO:%s%s%s", *rcpt != '<' ? "<" : "", rcpt,
		 *rcpt != '<' ? ">" : "");
	if (!o.done)
		policy_input(s, line);
	policy_close(s);
	if (atoi(o.reply) != code || (*text != '\0' && strstr(o.reply, text) == NULL)) {
		char *why = why_text(&o.why);

		fail(r, want, xstrdup(o.reply[0] ? o.reply : "(no reply)"), why);
	}
}

static struct result *new_result(struct results *rs, const char *file, int line,
				 const char *text)
{
	struct result *r;

	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? 2 * rs->cap : 32;
		rs->r = xrealloc(rs->r, rs->cap * sizeof *rs->r);
	}
	r = &rs->r[rs->n++];
	memset(r, 0, sizeof *r);
	r->file = xstrdup(file);
	r->line = line;
	r->text = xstrdup(text);
	r->ok = 1;
	return r;
}

/* Run the expectations of PATH into RS; -1 when it cannot be read. */
static int run_file(const char *path, struct results *rs)
{
	FILE *fp = fopen(path, "r");
	char line[SM_MAXLINE];
	int lineno = 0;
	size_t before = rs->n;

	if (fp == NULL)
		return -1;
	while (fgets(line, sizeof line, fp) != NULL) {
		char *p = line, *arrow, *want;
		struct result *r;

		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '#' || *p == '\0')
			continue;
		r = new_result(rs, path, lineno, p);
		arrow = strstr(p, "=>");
		if (arrow == NULL) {
			fail(r, "a line of the form \"... => EXPECTED\"", xstrdup("no \"=>\""), NULL);
			continue;
		}
		*arrow = '\0';
		want = arrow + 2;
		normalize(want);
		normalize(p);
		free(r->text);
		r->text = xstrdup(p);
		if (strncasecmp(p, "route ", 6) == 0)
			expect_route(r, p + 6, want);
		else if (strncasecmp(p, "policy ", 7) == 0)
			expect_policy(r, p + 7, want);
		else if (strncasecmp(p, "map ", 4) == 0)
			expect_map(r, p + 4, want);
		else
			expect_rulesets(r, p, want);
		bt_command_done();
	}
	fclose(fp);
	if (rs->n == before) {
		struct result *r = new_result(rs, path, 0, "(the file)");

		fail(r, "at least one expectation", xstrdup("none: the file is empty"), NULL);
	}
	return 0;
}

/* XML text of S (JUnit). */
static void xml(FILE *out, const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		switch (*s) {
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '&': fputs("&amp;", out); break;
		case '"': fputs("&quot;", out); break;
		default:
			if ((unsigned char)*s < 0x20 && *s != '\t')
				putc('?', out);
			else
				putc(*s, out);
		}
}

static void print_text(const struct results *rs, int passed, int failed)
{
	for (size_t i = 0; i < rs->n; i++) {
		const struct result *r = &rs->r[i];

		if (r->ok)
			continue;
		printf("%s:%d: %s: expected %s, got %s\n", r->file, r->line, r->text,
		       r->expected, r->got);
		if (r->why != NULL)
			printf("    decided by %s\n", r->why);
	}
	printf("%d passed, %d failed\n", passed, failed);
}

static void print_tap(const struct results *rs)
{
	printf("TAP version 13\n1..%zu\n", rs->n);
	for (size_t i = 0; i < rs->n; i++) {
		const struct result *r = &rs->r[i];

		printf("%s %zu - %s:%d: %s\n", r->ok ? "ok" : "not ok", i + 1, r->file, r->line,
		       r->text);
		if (!r->ok) {
			printf("  ---\n  expected: '%s'\n  got: '%s'\n", r->expected, r->got);
			if (r->why != NULL)
				printf("  decided_by: '%s'\n", r->why);
			printf("  ...\n");
		}
	}
}

static void print_junit(const struct results *rs, int failed)
{
	printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	printf("<testsuites tests=\"%zu\" failures=\"%d\">\n", rs->n, failed);
	for (size_t i = 0; i < rs->n;) {
		size_t j = i;
		int nf = 0;

		while (j < rs->n && strcmp(rs->r[j].file, rs->r[i].file) == 0)
			nf += !rs->r[j++].ok;
		printf("  <testsuite name=\"");
		xml(stdout, rs->r[i].file);
		printf("\" tests=\"%zu\" failures=\"%d\">\n", j - i, nf);
		for (; i < j; i++) {
			const struct result *r = &rs->r[i];

			printf("    <testcase classname=\"smcf.expect\" name=\"");
			xml(stdout, r->file);
			printf(":%d: ", r->line);
			xml(stdout, r->text);
			if (r->ok) {
				printf("\"/>\n");
				continue;
			}
			printf("\">\n      <failure message=\"expected ");
			xml(stdout, r->expected);
			printf(", got ");
			xml(stdout, r->got);
			printf("\">");
			if (r->why != NULL) {
				printf("decided by ");
				xml(stdout, r->why);
			}
			printf("</failure>\n    </testcase>\n");
		}
		printf("  </testsuite>\n");
	}
	printf("</testsuites>\n");
}

int bt_expect(char **paths, const char *format)
{
	struct results rs = { NULL, 0, 0 };
	int passed = 0, failed = 0, status = 0;

	if (format != NULL && strcmp(format, "text") != 0 && strcmp(format, "tap") != 0 &&
	    strcmp(format, "junit") != 0) {
		fprintf(stderr, "smcf test: unknown --format %s (text, tap or junit)\n", format);
		return SMX_USAGE;
	}
	/* a cf sendmail complained about is a failure, whatever follows */
	if (msg_exit_status() != 0) {
		struct result *r = new_result(&rs, paths[0] ? paths[0] : "-", 0, "(the cf)");

		fail(r, "a cf sendmail reads without complaint",
		     xasprintf("errors while reading it (exit status %d)", msg_exit_status()), NULL);
	}
	for (char **p = paths; *p != NULL; p++)
		if (run_file(*p, &rs) < 0) {
			fprintf(stderr, "smcf test: cannot open %s\n", *p);
			status = 2;
		}
	for (size_t i = 0; i < rs.n; i++) {
		if (rs.r[i].ok)
			passed++;
		else
			failed++;
	}
	if (format != NULL && strcmp(format, "tap") == 0)
		print_tap(&rs);
	else if (format != NULL && strcmp(format, "junit") == 0)
		print_junit(&rs, failed);
	else
		print_text(&rs, passed, failed);
	for (size_t i = 0; i < rs.n; i++) {
		free(rs.r[i].file);
		free(rs.r[i].text);
		free(rs.r[i].expected);
		free(rs.r[i].got);
		free(rs.r[i].why);
	}
	free(rs.r);
	msg_set_exit_status(0);
	if (status != 0)
		return status;
	return failed ? 1 : 0;
}
