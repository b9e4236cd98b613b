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
#define FEATURE_ORDER_AFTER_REQUIRES	0x08	/* the features in .requires must come first */
#define FEATURE_ORDER_GIVES_MAILERS	0x10	/* it calls MAILER(local) and MAILER(smtp) itself */

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
	const char *requires;	/* features needed, ", " separated; NULL */
	const char *deprecated_by; /* replacement name, NULL when current */
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
