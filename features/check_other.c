/*
 * check_other.c - FEATURE(`check_other' [, regex]): the check_other
 * ruleset drops the connection (421) when a client sends something that
 * looks like a mail header instead of an SMTP command (the pattern may
 * be replaced).
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

#define HOOK "LOCAL_RULESETS"

int feature_check_other_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *pattern = ctx_arg(call, 1);

	if (pattern[0] == '\0')
		pattern = "^[[:print:]]+ *:";
	ctx_add_line(ctx, SEC_MAPS, "Kbadcmd regex -m -a<BADCMD> %s", pattern);
	ctx_add_rule(ctx, HOOK, NULL, "%s", "");
	ctx_add_rule(ctx, HOOK, NULL, "Scheck_other");
	ctx_add_rule(ctx, HOOK, NULL, "R$* $| 2\t$@ ok");
	ctx_add_rule(ctx, HOOK, NULL, "R$+ $| 5\t$: $(badcmd $1 $)");
	ctx_add_rule(ctx, HOOK, NULL, "R$*<BADCMD>\t$#error $@ 4.7.0 $: 421 bad command");
	return 0;
}
