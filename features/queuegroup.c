/*
 * queuegroup.c - FEATURE(`queuegroup' [, default group]): the access map
 * chooses the queue group of a recipient (qgrp: entries by address or
 * domain); the argument is the group when nothing matches.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

#define HOOK "LOCAL_RULESETS"

int feature_queuegroup_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *group = ctx_arg(call, 1);

	ctx_add_rule(ctx, HOOK, NULL, "%s", "");
	ctx_add_rule(ctx, HOOK, NULL, "Squeuegroup");
	ctx_add_rule(ctx, HOOK, NULL, "R< $+ >\t$1");
	ctx_add_rule(ctx, HOOK, NULL, "R $+ @ $+\t$: $>SearchList <! qgrp> $| <F:$1@$2> <D:$2> <>");
	if (group[0])
		ctx_add_rule(ctx, HOOK, NULL, "R<?>\t$# %s", group);
	else
		ctx_add_rule(ctx, HOOK, NULL, "R<?>\t$@");
	ctx_add_rule(ctx, HOOK, NULL, "R<$+>\t$# $1");
	return 0;
}
