/*
 * always_add_domain.c - FEATURE(`always_add_domain' [, domain]): local
 * deliveries see qualified addresses: a bare user gets this host's name,
 * or the domain given as argument.
 */
#include "compiler/emit_ctx.h"
#include "compiler/rules.h"
#include "features/feature_impl.h"

int feature_always_add_domain_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *domain = ctx_arg(call, 1);

	ctx->flag[CF_ALWAYS_ADD_DOMAIN] = 1;
	if (domain[0]) {
		ctx_set_str(ctx, CS_ALWAYS_ADD_DOMAIN, domain);
		ctx_add_rule(ctx, "ALWAYS_ADD_DOMAIN", NULL, "R$+\t$@ $1 < @ %s >", domain);
	}
	return 0;
}
