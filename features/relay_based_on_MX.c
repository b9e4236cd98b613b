/*
 * relay_based_on_MX.c - FEATURE(`relay_based_on_MX'): relay for any
 * domain whose best MX record points at this host (the bestmx map).
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_relay_based_on_MX_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_RELAY_BASED_ON_MX] = 1;
	ctx_add_line(ctx, SEC_MAPS, "Kmxserved bestmx -z: -T<TEMP>");
	return 0;
}
