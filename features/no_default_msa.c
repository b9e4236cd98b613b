/*
 * no_default_msa.c - FEATURE(`no_default_msa'): no submission daemon (port 587) unless DAEMON_OPTIONS asks for one.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_no_default_msa_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_NO_DEFAULT_MSA] = 1;
	return 0;
}
