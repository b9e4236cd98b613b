/*
 * bt.h - the -bt session of "smcf test": start-up, the command
 * interpreter and the address commands (/parse, /try).
 */
#ifndef SMCF_BT_H
#define SMCF_BT_H

struct bt_options {
	const char *cf_path;
	const char *expect_path;	/* --expect FILE */
	int explain;			/* --explain */
	int verbose;			/* -v: echo commands instead of prompts */
	char **options;			/* -O values, NULL-terminated, or NULL */
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

/* --expect: run the tests in PATH; returns the exit status. */
int bt_expect(const char *path);

#endif
