/*
 * allmasquerade.c - FEATURE(`allmasquerade'): header recipients are masqueraded too, not only senders.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_allmasquerade_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_ALLMASQUERADE] = 1;
	return 0;
}
