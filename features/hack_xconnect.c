/*
 * hack_xconnect.c - HACK(`xconnect'): the x_connect ruleset asks the
 * access map (XConnect: entries by client name or address) whether a
 * client should get the XCONNECT treatment.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

static const char *const xconnect_rules[] = {
	"",
	"Sx_connect",
	"R$+ $| $+\t$: $>D < $1 > <?> <! XConnect> < $2 >",
	"R   $| $+\t$: $>A < $1 > <?> <! XConnect> <>",
	"R<?> <$+>\t$: $>A < $1 > <?> <! XConnect> <>",
	"R<?> <$*>\t$# no",
	"R<$+> <$*>\t$@ yes",
};

int feature_xconnect_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t i;

	(void)call;
	for (i = 0; i < sizeof(xconnect_rules) / sizeof(xconnect_rules[0]); i++)
		ctx_add_rule(ctx, IR_SECTION_LOCAL_RULESETS, NULL, "%s", xconnect_rules[i]);
	return 0;
}
