/*
 * greet_pause.c - FEATURE(`greet_pause' [, milliseconds]): wait before
 * the SMTP greeting and refuse clients that talk first.  The access map
 * (GreetPause: entries) may set the pause per client; the argument is
 * the default.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_greet_pause_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *pause = ctx_arg(call, 1);

	if (!ctx_on(ctx, CF_ACCESS_DB)) {
		ctx_error(ctx, &call->pos, "FEATURE(`greet_pause') needs FEATURE(`access_db') before it");
		return -1;
	}
	ctx->flag[CF_GREET_PAUSE] = 1;
	if (pause[0])
		ctx_add_rule(ctx, "GREET_PAUSE_DEFAULT", NULL, "R<?> <$*>\t$# %s", pause);
	else
		ctx_add_rule(ctx, "GREET_PAUSE_DEFAULT", NULL, "R<?> <$*>\t$@");
	return 0;
}
