/*
 * bt.h - the -bt session of "smcf test": start-up, the command
 * interpreter and the address commands (/parse, /try).
 */
#ifndef SMCF_BT_H
#define SMCF_BT_H

#include "engine/meta.h"

struct bt_options {
	const char *cf_path;
	const char *expect_path;	/* the first --expect FILE */
	int explain;			/* --explain */
	int verbose;			/* -v: echo commands instead of prompts */
	char **options;			/* -O values, NULL-terminated, or NULL */
	char **expect_paths;		/* every --expect FILE, NULL-terminated */
	const char *expect_format;	/* --format: text (NULL), tap, junit */
};

/* Start-up as sendmail does it: macros, host identity, the cf, maps. */
int bt_start(const struct bt_options *opt);
void bt_finish(void);

/* One input line (without newline); returns 1 after /quit. */
int bt_command(char *line);
/* Release what one command allocated (map results, deferred values). */
void bt_command_done(void);

/* Flags of /tryflags (header/sender) used by /try and /parse. */
#define TRY_HEADER 1
#define TRY_SENDER 2
extern int bt_tryflags;

void bt_parse_command(const char *addr);		/* /parse */
/* The left side of an alias line, for the stab map (engine/map.h). */
int bt_parse_alias(const char *line, const char *file, int lineno, char **user);

/* What parsing an address found (sendmail's ADDRESS, as far as -bt shows it). */
struct mailer;
struct bt_parsed {
	struct mailer *mailer;	/* NULL: the error mailer */
	int bad;		/* the address was rejected */
	int tempfail;		/* a ruleset failed temporarily: queue it */
	char host[SM_MAXNAME + 1];	/* "" when there is none */
	char user[2 * SM_MAXNAME + 2];
};
/*
 * Parse ADDR as sendmail's parseaddr() does: rulesets 3 and 0, the
 * triple taken apart, the user part rewritten by 2, the mailer's R= and
 * 4; errors are reported as sendmail reports them.  FLAGS are
 * TRY_HEADER/TRY_SENDER.  Returns 0 when ADDR has no tokens at all.
 */
int bt_parse_address(const char *addr, int flags, struct bt_parsed *a);
void bt_try_command(const char *mailer, const char *addr);	/* /try */
void bt_sender_command(const char *addr);		/* /sender */
void bt_sender_free(void);

/*
 * Run ADDR through the comma-separated RULESETS without printing the
 * trace; returns the final workspace as -bt prints it (a new string).
 */
char *bt_rewrite_quietly(const char *rulesets, const char *addr);

/* The address frame with the address replaced by $g (new string). */
char *bt_crack_address(const char *addr);

/* --expect: run the expectations in PATHS (NULL-terminated) and print
 * the results in FORMAT (NULL: text); returns the exit status. */
int bt_expect(char **paths, const char *format);

#endif
