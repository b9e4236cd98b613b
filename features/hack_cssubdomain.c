/*
 * hack_cssubdomain.c - HACK(`cssubdomain'): Berkeley's old local rule:
 * this host's names under .CS.Berkeley.EDU or .Berkeley.EDU are this
 * host ($j), at the site rules of Canonify2.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_cssubdomain_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx_add_rule(ctx, IR_SECTION_LOCAL_RULE_3, NULL,
		     "R$* < @ $=w .CS.Berkeley.EDU > $*\t$: $1 < @ $j > $3");
	ctx_add_rule(ctx, IR_SECTION_LOCAL_RULE_3, NULL,
		     "R$* < @ $=w .Berkeley.EDU> $*\t$: $1 < @ $j > $3");
	return 0;
}
