/*
 * preserve_luser_host.c - FEATURE(`preserve_luser_host'): mail for
 * unknown local users sent on to LUSER_RELAY keeps the host part the
 * recipient address had (kept in the {Host} macro).
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_preserve_luser_host_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_PRESERVE_LUSER_HOST] = 1;
	ctx_add_line(ctx, SEC_MAPS, "Kmacro macro");
	return 0;
}
