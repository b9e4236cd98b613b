/*
 * masquerade_entire_domain.c - FEATURE(`masquerade_entire_domain'): the
 * names in class M (MASQUERADE_DOMAIN) cover their subdomains too.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_masquerade_entire_domain_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_MASQ_ENTIRE_DOMAIN] = 1;
	return 0;
}
