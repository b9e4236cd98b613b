/*
 * accept_unresolvable_domains.c - FEATURE(`accept_unresolvable_domains'): senders whose domain does not resolve are accepted (no resolve map).
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_accept_unresolvable_domains_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_ACCEPT_UNRESOLVABLE] = 1;
	return 0;
}
