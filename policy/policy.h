/*
 * policy.h - "smcf policy": a simulated SMTP server session.
 *
 * A client at an address (and name) talks SMTP to the sendmail this cf
 * describes; each command is answered with the reply sendmail would
 * send, after running the rulesets sendmail runs at that stage with the
 * macros it sets, and nothing is delivered.  Each reply carries what
 * decided it: the ruleset, the rule (cf line) and the map entry or DNS
 * list answer.  `smcf test --expect' uses the same engine for its
 * "policy" lines.
 */
#ifndef SMCF_POLICY_H
#define SMCF_POLICY_H

#include <stdio.h>

struct policy_options {
	const char *client_addr;	/* ADDRESS (IPv4 or IPv6) */
	const char *client_name;	/* NAME, or NULL: look it up */
	const char *tls;		/* --tls VERIFY ({verify}), or NULL */
	const char *auth;		/* --auth MECH:user, or NULL */
	long connections;		/* {client_connections} */
	long rate;			/* {client_rate} */
	int client_port;		/* {client_port} */
};

/* What decided a reply (all fields may be empty). */
struct policy_why {
	char ruleset[64];	/* the ruleset that was run */
	char rule_set[64];	/* where the deciding rule is */
	int rule_no, rule_line;	/* its number in that ruleset and cf line */
	char rule[512];		/* the rule as -bt's =S prints it */
	char map[512];		/* "access Connect:1.2.3.4 => REJECT" */
	char note[512];		/* anything else worth saying */
};

/* One reply: its lines (without CR LF), and why. */
struct policy_reply {
	char *command;		/* the command it answers ("" for the greeting) */
	char **lines;
	int nlines;
	int code;		/* the reply code */
	int closes;		/* the connection is closed after it */
	struct policy_why why;
	char *notes;		/* extra lines ("discarded", "not waited"), or NULL */
};

/* Receives each reply as soon as it is known. */
typedef void (*policy_reply_fn)(void *ctx, const struct policy_reply *r);

struct policy_session;

/*
 * Start a session (the cf has been read: bt_start()): find the client's
 * name as sendmail would, set the connection macros, run check_relay,
 * srv_features and greet_pause and send the greeting.  Returns NULL on
 * a bad client address (after a message on stderr).
 */
struct policy_session *policy_open(const struct policy_options *opt,
				   policy_reply_fn fn, void *ctx);
/* One line from the client (without CR LF).  Returns 0 once the
 * session is over (QUIT, or the server closed it). */
int policy_input(struct policy_session *s, const char *line);
/* The client goes away. */
void policy_close(struct policy_session *s);

/* Write R as text (TEXT) or one JSON object per reply. */
void policy_print_text(FILE *out, const struct policy_reply *r, int explain);
void policy_print_json(FILE *out, const struct policy_reply *r);

#endif
