/*
 * compat_check.c - FEATURE(`compat_check'): the access map can refuse
 * sender/recipient pairs (Compat: entries).  The reference writes the
 * check_compat ruleset among the LOCAL_RULESETS when the feature is read.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

static const char *const compat_rules[] = {
	"",
	"Scheck_compat",
	"R< $+ > $| $+\t$: $1 $| $2",
	"R$+ $| < $+ >\t$: $1 $| $2",
	"R$+ $| $+\t$: <$(access Compat:$1<@>$2 $:OK $)>",
	"R$* $| $*\t$@ ok",
	"R< DISCARD:$* >\t$#discard $: $1 \" - discarded by check_compat\"",
	"R< DISCARD $* >\t$#discard $: $1 \" - discarded by check_compat\"",
	"R< TEMP:$* >\t$#error $@ TEMPFAIL $: $1 \" error from check_compat. Try again later\"",
	"R< ERROR:$* >\t$#error $@ UNAVAILABLE $: $1 \" error from check_compat\"",
};

int feature_compat_check_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t i;

	(void)call;
	for (i = 0; i < sizeof(compat_rules) / sizeof(compat_rules[0]); i++)
		ctx_add_rule(ctx, IR_SECTION_LOCAL_RULESETS, NULL, "%s", compat_rules[i]);
	return 0;
}
