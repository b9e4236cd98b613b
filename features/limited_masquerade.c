/*
 * limited_masquerade.c - FEATURE(`limited_masquerade'): only the hosts
 * in class M are masqueraded, not every name of this host (class w).
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_limited_masquerade_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_LIMITED_MASQ] = 1;
	return 0;
}
