/*
 * feature.h - the registry of every FEATURE and HACK name the reference
 * knows, and the interface one feature file implements.
 *
 * The registry (features/registry.c) lists all 78 names of
 * reference/features.tsv, implemented or not, so that the checker can
 * say "unknown FEATURE, did you mean ..." and the emitter can refuse a
 * known but unimplemented one with a clear error.
 *
 * Pattern for a feature file (see features/nocanonify.c):
 *   - one file features/NAME.c, defining feature_NAME_apply();
 *   - the function reads its arguments from the ir_call and records what
 *     the feature changes in the emitter context (flags the core rules
 *     test, classes, maps, macros, options, rules at hook points) through
 *     compiler/emit_ctx.h; it returns 0, or -1 after reporting an error;
 *   - its entry in registry.c points at the function.
 */
#ifndef SMCF_FEATURE_H
#define SMCF_FEATURE_H

#include <stddef.h>

#include "diag.h"

struct emit_ctx;
struct ir_call;

enum feature_kind {
	FEATURE_KIND_FEATURE,	/* FEATURE(`name', ...) */
	FEATURE_KIND_HACK	/* HACK(`name', ...) */
};

/* Ordering rules (bits of feature_def.order). */
#define FEATURE_ORDER_BEFORE_MAILERS	0x01	/* before every MAILER() */
#define FEATURE_ORDER_BEFORE_LOCAL	0x02	/* explicit check vs MAILER(local) */
#define FEATURE_ORDER_BEFORE_UUCP	0x04	/* explicit check vs MAILER(uucp) */
#define FEATURE_ORDER_READS_MAILERS	0x10	/* reads feature_own_mailers itself */

/*
 * What a feature needs from the rest of the .mc, as data: the checker
 * (compiler/checker.c) tests every entry for `smcf build' and `smcf
 * lint' alike.  An entry applies to every call of the feature, or only
 * when its first argument is empty, given, or a given word.
 */
enum feature_need_when {
	NEED_ALWAYS,
	NEED_WHEN_NO_ARG,	/* the first argument is empty or absent */
	NEED_WHEN_ARG,		/* the first argument is given */
	NEED_WHEN_ARG_IS	/* the first argument is WORD (case does not
				 * matter; "f*": it starts with f) */
};

enum feature_need_time {
	NEED_ANYWHERE,		/* anywhere in the .mc */
	NEED_BEFORE,		/* before the feature: the reference looks
				 * for it when it reads the feature */
	NEED_BEFORE_IF_GIVEN	/* no need, but when given, before it */
};

struct feature_need {
	enum feature_need_when when;
	const char *word;		/* for NEED_WHEN_ARG_IS */
	/* What is needed, as written in a .mc; alternatives separated by
	 * "|": FEATURE(`name'), define(`NAME') or a macro's NAME (a call
	 * of it, such as MASQUERADE_AS). */
	const char *what;
	enum feature_need_time time;
	/* DIAG_ERROR: the reference refuses the .mc without it (*** ERROR
	 * or "requires"); DIAG_MISTAKE: it builds, but the feature does
	 * not work as meant; DIAG_WARNING: the feature has nothing to do */
	enum diag_level level;
	const char *why;		/* what goes wrong (NULL for refusals) */
};

/* The mailer files a feature with FEATURE_ORDER_READS_MAILERS (msp,
 * nullclient) reads at its end, as if the .mc gave MAILER() for each:
 * later FEATUREs and the same MAILER()s are then out of place.  NULL
 * terminated. */
extern const char *const feature_own_mailers[];

/* What one feature does when applied; NULL in the registry = not
 * implemented yet. */
typedef int (*feature_apply_fn)(struct emit_ctx *ctx, const struct ir_call *call);

struct feature_def {
	const char *name;
	enum feature_kind kind;
	int min_args;		/* arguments after the name */
	int max_args;
	const char *arg_schema;	/* human form, for messages */
	const char *default_map; /* default map spec, NULL when none */
	/* what the feature needs (ended by an entry whose what is NULL);
	 * NULL: nothing */
	const struct feature_need *needs;
	/* NULL when current; else the feature that replaces it, or an
	 * option ("conf..."), or "" when it does nothing any more */
	const char *deprecated_by;
	unsigned order;		/* FEATURE_ORDER_* bits */
	feature_apply_fn apply;
};

/* The entry for NAME of KIND, or NULL when the reference has no such
 * file. */
const struct feature_def *feature_lookup(enum feature_kind kind, const char *name);

/* All entries, for "did you mean" searches and listings. */
size_t feature_count(void);
const struct feature_def *feature_at(size_t i);

static inline int feature_implemented(const struct feature_def *f)
{
	return f->apply != NULL;
}

#endif
