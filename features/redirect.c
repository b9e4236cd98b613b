/*
 * redirect.c - FEATURE(`redirect'): mail to user@host.REDIRECT (an alias
 * pointing at a new address) is refused with "551 User has moved" and
 * the new address, except when sendmail only verifies (-bi mode).
 */
#include "compiler/emit_ctx.h"
#include "compiler/rules.h"
#include "features/feature_impl.h"

/* Rules for ParseLocal, among the site's LOCAL_RULE_0 text in .mc order. */
static const char *const redirect_rules[] = {
	"R$* < @ $+ .REDIRECT. >\t$: $1 < @ $2 . REDIRECT . > < ${opMode} >",
	"R$* < @ $+ .REDIRECT. > <i>\t$: $1 < @ $2 . REDIRECT. >",
	"R$* < @ $+ .REDIRECT. > < $- >\t$#error $@ 5.1.1 $: \"551 User has moved; please try \" <$1@$2>",
};

int feature_redirect_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t i;

	(void)call;
	ctx->flag[CF_REDIRECT] = 1;
	ctx_add_line(ctx, SEC_CLASSES, "CPREDIRECT");
	for (i = 0; i < sizeof(redirect_rules) / sizeof(redirect_rules[0]); i++)
		ctx_add_rule(ctx, IR_SECTION_LOCAL_RULE_0, NULL, "%s", redirect_rules[i]);
	return 0;
}
