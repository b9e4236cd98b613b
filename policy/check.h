/*
 * check.h - one check ruleset run as sendmail's rscheck() runs it, with
 * what decided the answer (policy/check.c).
 */
#ifndef SMCF_POLICY_CHECK_H
#define SMCF_POLICY_CHECK_H

#include "policy/policy.h"

enum check_status {
	CHECK_NONE,		/* the cf has no such ruleset (or it is empty) */
	CHECK_OK,		/* no "$#": go on */
	CHECK_REJECT,		/* $#error with a 5xx reply */
	CHECK_TEMPFAIL,		/* $#error with a 4xx reply */
	CHECK_DISCARD,		/* $#discard */
	CHECK_QUARANTINE,	/* $#quarantine: VALUE is the reason */
	CHECK_VALUE		/* another "$# VALUE" (greet_pause, srv_features) */
};

struct check_result {
	enum check_status status;
	int rstat;		/* what the rewriting returned (75: a map failed) */
	char reply[1024];	/* CHECK_REJECT/TEMPFAIL: the reply sendmail sends */
	char value[512];	/* CHECK_VALUE/QUARANTINE */
	char workspace[1024];	/* the final workspace, printed */
	struct policy_why why;
};

/*
 * Rewrite VEC with ruleset RS quietly, as rw_rewrite does, and fill WHY
 * with the rule that left the final workspace and the last map entry
 * found before it.  Returns rw_rewrite's status.
 */
int policy_rewrite_why(char **vec, int rs, struct policy_why *why);

/*
 * Run RULESET on "ARG1" or "ARG1 $| ARG2" (ARG2 NULL).  TO is the address
 * an error names ("<a@b>... "), or NULL.  Returns RES->status.
 */
int policy_rscheck(const char *ruleset, const char *arg1, const char *arg2,
		   const char *to, struct check_result *res);

#endif
