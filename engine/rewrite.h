/*
 * rewrite.h - rulesets and the rewriting engine.
 *
 * A rule is a left-hand side (pattern) and a right-hand side (template),
 * both token vectors in internal form.  rw_rewrite() applies one ruleset
 * to a token vector in place, exactly as sendmail's rewrite() does:
 * printing "NAME input:" / "NAME returns:" lines, backtracking pattern
 * matching, $: and $@ prefixes, map lookups, $> subroutine calls, and
 * sendmail's limits and messages.
 */
#ifndef SMCF_REWRITE_H
#define SMCF_REWRITE_H

#include <stdio.h>

#include "engine/meta.h"

struct map_registry;
struct arena;

struct rule {
	char **lhs;
	char **rhs;
	int line;		/* cf line, for -d21.15 and --explain */
	struct rule *next;
	/* first bytes (case-folded) of the literal tokens of the LHS: a
	 * workspace lacking one of them cannot match (set by rw_append) */
	unsigned long long needs[4];
	/* first bytes of the RHS tokens (lookups and calls need scanning) */
	unsigned long long makes[4];
};

/* The rulesets: rules by number and names by number. */
struct rule *rw_rules(int ruleset);
void rw_append(int ruleset, struct rule *r);
const char *rw_name(int ruleset);

/*
 * Ruleset designator at P: a number (< 100) or a name; ENTER: create
 * named ones ("name" or "name=number").  *ENDP (if not NULL) is set past
 * it.  Returns the number, or -1 (after sendmail's message, if any).
 */
int rw_parse_ruleset(const char *p, const char **endp, int enter);

/* What the engine needs from its surroundings. */
void rw_set_maps(struct map_registry *maps);
void rw_set_arena(struct arena *arena);
/* --explain: one line per rule tried, matched or not, with the
 * workspace after it. */
void rw_set_explain(int on);
/* smcf test --color on a terminal: ruleset names and results stand out
 * in the traces (only escape sequences are added). */
void rw_set_color(int on);

/* While ON, the "NAME input:" / "NAME returns:" lines are not printed;
 * returns the previous setting. */
int rw_set_quiet(int on);

/*
 * What a caller may learn while rules run (smcf policy names the rule
 * and the map entry that decided a reply).  MATCHED is called after a
 * rule matched, with the workspace it left (lookups and calls done);
 * LOOKUP after each map lookup, with the result (NULL: not found) and
 * the status the lookup left.  Either may be NULL.
 */
struct rw_watch {
	void *ctx;
	void (*matched)(void *ctx, int ruleset, int ruleno, const struct rule *r,
			char **workspace);
	void (*lookup)(void *ctx, const char *map, const char *key,
		       const char *result, int status);
};
void rw_set_watch(const struct rw_watch *watch);	/* NULL: none */

/* Rewrite PVP (room for MAXATOM tokens + NULL) with RULESET. */
int rw_rewrite(char **pvp, int ruleset, int reclevel, int maxatom);

void rw_free(void);

#endif
