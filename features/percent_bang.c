/*
 * percent_bang.c - argument handling of nouucp and nopercenthack.
 */
#include "features/percent_bang.h"

int percent_bang_apply(struct emit_ctx *ctx, const struct ir_call *call,
		       enum ctx_flag on, enum ctx_flag reject)
{
	const char *how = ctx_arg(call, 1);

	if (how[0] != 'r' && how[0] != 'n') {
		ctx_error(ctx, DC_MC_FEATURE_ARGUMENT, &call->pos, "FEATURE(`%s') needs `reject' or `nospecial' as argument",
			  ctx_arg(call, 0));
		return -1;
	}
	ctx->flag[on] = 1;
	ctx->flag[reject] = how[0] == 'r';
	return 0;
}
