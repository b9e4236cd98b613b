/*
 * check.c - run a check ruleset the way sendmail's rscheck() does, and
 * find what decided the answer.
 *
 * The input is "ARG1" or "ARG1 $| ARG2", tokenized as sendmail tokenizes
 * it; the ruleset runs quietly while every matched rule and every map
 * lookup is recorded (engine/rewrite.h's watch).  A result "$#error"
 * becomes the reply sendmail sends, built by the same code -bt uses
 * (msg_error_triple) in SMTP form; "$#discard" and "$#quarantine" are
 * reported as such, any other "$# VALUE" (greet_pause, srv_features) is
 * handed back as text.  The deciding rule is the first one that left
 * the final workspace; the map entry is the last lookup that found
 * something before it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "policy/check.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/rewrite.h"
#include "engine/token.h"

/* One thing that happened while the ruleset ran. */
struct event {
	int is_lookup;
	int ruleset, ruleno;
	const struct rule *rule;
	char *text;		/* the workspace after the rule, or "map key => result" */
	int found;		/* a lookup that found something */
};

struct recorder {
	struct event *ev;
	size_t n, cap;
};

static struct event *add_event(struct recorder *rec)
{
	if (rec->n == rec->cap) {
		rec->cap = rec->cap ? 2 * rec->cap : 64;
		rec->ev = xrealloc(rec->ev, rec->cap * sizeof *rec->ev);
	}
	memset(&rec->ev[rec->n], 0, sizeof rec->ev[0]);
	return &rec->ev[rec->n++];
}

static void on_match(void *ctx, int ruleset, int ruleno, const struct rule *r, char **ws)
{
	struct event *e = add_event(ctx);

	e->ruleset = ruleset;
	e->ruleno = ruleno;
	e->rule = r;
	e->text = tok_vector_text(ws);
}

static void on_lookup(void *ctx, const char *map, const char *key, const char *result,
		      int status)
{
	struct event *e = add_event(ctx);
	char *k = NULL, *v = NULL;
	size_t kl = 0, vl = 0;
	FILE *mk = open_memstream(&k, &kl), *mv = open_memstream(&v, &vl);

	if (mk != NULL) {
		tok_print(mk, key);
		fclose(mk);
	}
	if (mv != NULL) {
		if (result != NULL)
			tok_print(mv, result);
		fclose(mv);
	}
	e->is_lookup = 1;
	/* canonical names and helper maps explain nothing by themselves */
	e->found = result != NULL && strcmp(map, "host") != 0 && strcmp(map, "macro") != 0 &&
		   strcmp(map, "arith") != 0 && strcmp(map, "dequote") != 0;
	if (result != NULL)
		e->text = xasprintf("%s %s => %s", map, k ? k : "", v ? v : "");
	else if (status == SMX_TEMPFAIL)
		e->text = xasprintf("%s %s: temporary failure", map, k ? k : "");
	else
		e->text = xasprintf("%s %s: not found", map, k ? k : "");
	free(k);
	free(v);
}

/* The rule as =S prints it: R, the pattern, a tab, the template. */
static void rule_text(const struct rule *r, char *buf, size_t size)
{
	char *l = tok_vector_text(r->lhs), *rh = tok_vector_text(r->rhs);

	snprintf(buf, size, "R%s\t%s", l, rh);
	free(l);
	free(rh);
}

/* the sink that collects the message of "$#error" */
struct captured {
	char text[1024];
};

static void capture(void *arg, enum msg_level level, int line, const char *text)
{
	struct captured *c = arg;

	(void)line;
	if (level != MSG_NOTE && c->text[0] == '\0')
		snprintf(c->text, sizeof c->text, "%s", text);
}

/* Split "$# mailer $@ host $: user" and hand the error to msg_error_triple. */
static void error_reply(char **pvp, const char *to, char *reply, size_t size)
{
	char host[SM_MAXNAME + 1] = "", user[2 * SM_MAXNAME + 2] = "";
	char **tv = pvp + 2, **hostp = NULL;
	struct captured c = { "" };

	if (*tv != NULL && (**tv & 0xff) == META_HOST)
		hostp = ++tv;
	while (*tv != NULL && (**tv & 0xff) != META_USER)
		tv++;
	if (hostp != NULL && tv != hostp)
		tok_join(hostp, tv - 1, host, sizeof host, '\0', 1);
	else
		hostp = NULL;
	if (*tv != NULL)
		tok_join(tv + 1, NULL, user, sizeof user, ' ', 0);
	msg_set_sink(capture, &c);
	msg_set_smtp(1);
	msg_set_to(to);
	msg_error_triple(user, hostp ? host : NULL);
	msg_set_to(NULL);
	msg_set_smtp(0);
	msg_set_sink(NULL, NULL);
	snprintf(reply, size, "%s", c.text[0] ? c.text : "550 5.0.0 error");
}

int policy_rewrite_why(char **vec, int rs, struct policy_why *why)
{
	struct recorder rec = { NULL, 0, 0 };
	struct rw_watch watch = { &rec, on_match, on_lookup };
	size_t decider = (size_t)-1;
	char *final;
	int rstat, was_quiet;

	was_quiet = rw_set_quiet(1);
	rw_set_watch(&watch);
	rstat = rw_rewrite(vec, rs, 0, SM_MAXATOM);
	rw_set_watch(NULL);
	rw_set_quiet(was_quiet);
	final = tok_vector_text(vec);
	/* the first rule that left the final workspace decided */
	for (size_t i = 0; i < rec.n; i++)
		if (!rec.ev[i].is_lookup && strcmp(rec.ev[i].text, final) == 0) {
			decider = i;
			break;
		}
	if (decider == (size_t)-1)
		for (size_t i = rec.n; i-- > 0;)
			if (!rec.ev[i].is_lookup) {
				decider = i;
				break;
			}
	if (decider != (size_t)-1) {
		struct event *e = &rec.ev[decider];
		const char *name = rw_name(e->ruleset);

		if (name != NULL)
			snprintf(why->rule_set, sizeof why->rule_set, "%s", name);
		else
			snprintf(why->rule_set, sizeof why->rule_set, "%d", e->ruleset);
		why->rule_no = e->ruleno;
		why->rule_line = e->rule->line;
		rule_text(e->rule, why->rule, sizeof why->rule);
		for (size_t i = decider; i-- > 0;)
			if (rec.ev[i].is_lookup && rec.ev[i].found) {
				snprintf(why->map, sizeof why->map, "%s", rec.ev[i].text);
				break;
			}
	}
	free(final);
	for (size_t i = 0; i < rec.n; i++)
		free(rec.ev[i].text);
	free(rec.ev);
	return rstat;
}

int policy_rscheck(const char *ruleset, const char *arg1, const char *arg2,
		   const char *to, struct check_result *res)
{
	struct tokens tb;
	char tokbuf[SM_PSBUFSIZE], buf[2 * SM_MAXLINE];
	char *vec[SM_MAXATOM + 1], **pvp;
	char *final;
	int rs;

	memset(res, 0, sizeof *res);
	snprintf(res->why.ruleset, sizeof res->why.ruleset, "%s", ruleset);
	rs = rw_parse_ruleset(ruleset, NULL, 0);
	if (rs < 0 || rw_rules(rs) == NULL) {
		res->status = CHECK_NONE;
		return res->status;
	}
	if (arg2 == NULL)
		snprintf(buf, sizeof buf, "%s", arg1);
	else
		snprintf(buf, sizeof buf, "%s %c %s", arg1, META_ELSE, arg2);
	tb.buf = tokbuf;
	tb.bufsize = sizeof tokbuf;
	pvp = tok_scan(buf, '\0', &tb, NULL, TOK_INTERNAL, 0);
	if (pvp == NULL) {
		res->status = CHECK_OK;
		return res->status;
	}
	tok_copy(vec, pvp);
	res->rstat = policy_rewrite_why(vec, rs, &res->why);
	final = tok_vector_text(vec);
	snprintf(res->workspace, sizeof res->workspace, "%s", final);
	free(final);

	res->status = CHECK_OK;
	if (vec[0] != NULL && (vec[0][0] & 0xff) == META_NET && vec[1] != NULL) {
		if (strcasecmp(vec[1], "error") == 0) {
			error_reply(vec, to, res->reply, sizeof res->reply);
			res->status = res->reply[0] == '4' ? CHECK_TEMPFAIL : CHECK_REJECT;
		} else if (strcasecmp(vec[1], "discard") == 0)
			res->status = CHECK_DISCARD;
		else {
			char **tv = vec + 1;

			if (strcasecmp(vec[1], "quarantine") == 0) {
				res->status = CHECK_QUARANTINE;
				while (*tv != NULL && (**tv & 0xff) != META_USER)
					tv++;
				if (*tv != NULL)
					tv++;
			} else
				res->status = CHECK_VALUE;
			tok_join(tv, NULL, res->value, sizeof res->value, ' ', 1);
		}
	}
	return res->status;
}
