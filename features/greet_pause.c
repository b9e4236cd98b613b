/*
 * greet_pause.c - FEATURE(`greet_pause' [, milliseconds]): wait before
 * the SMTP greeting and refuse clients that talk first.  The access map
 * (GreetPause: entries) may set the pause per client; the argument is
 * the default.  The reference writes the ruleset among the LOCAL_RULESETS
 * when the feature is read, so only an access_db given before it counts;
 * without one the argument is the pause for every client.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

#define HOOK IR_SECTION_LOCAL_RULESETS

int feature_greet_pause_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *pause = ctx_arg(call, 1);

	/* the reference looks at the access map as of this call (without
	 * one and without a pause the checker has refused the .mc) */
	ctx_add_rule(ctx, HOOK, NULL, "%s", "");
	ctx_add_rule(ctx, HOOK, NULL, "SLocal_greet_pause");
	ctx_add_rule(ctx, HOOK, NULL, "Sgreet_pause");
	ctx_add_rule(ctx, HOOK, NULL, "R$*\t$: <$1><?> $| $>\"Local_greet_pause\" $1");
	ctx_add_rule(ctx, HOOK, NULL, "R<$*><?> $| $#$*\t$#$2");
	ctx_add_rule(ctx, HOOK, NULL, "R<$*><?> $| $*\t$: $1");
	if (!ctx_on(ctx, CF_ACCESS_DB)) {
		ctx_add_rule(ctx, HOOK, NULL, "R$*\t$# %s", pause);
		return 0;
	}
	ctx_add_rule(ctx, HOOK, NULL, "R$+ $| $+\t$: $>D < $1 > <?> <! GreetPause> < $2 >");
	ctx_add_rule(ctx, HOOK, NULL, "R   $| $+\t$: $>A < $1 > <?> <! GreetPause> <>");
	ctx_add_rule(ctx, HOOK, NULL, "R<?> <$+>\t$: $>A < $1 > <?> <! GreetPause> <>");
	if (pause[0])
		ctx_add_rule(ctx, HOOK, NULL, "R<?> <$*>\t$# %s", pause);
	else
		ctx_add_rule(ctx, HOOK, NULL, "R<?> <$*>\t$@");
	ctx_add_rule(ctx, HOOK, NULL, "R<$* <TMPF>> <$*>\t$@");
	ctx_add_rule(ctx, HOOK, NULL, "R<$+> <$*>\t$# $1");
	return 0;
}
