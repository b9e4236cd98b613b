/*
 * prefixmod.c - FEATURE(`prefixmod', `prefix', `flags'): a recipient
 * written "prefix user" loses the prefix and gets FLAGS in the
 * {rcpt_flags} macro (for the local mailer to act on).
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_prefixmod_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *prefix = ctx_arg(call, 1);
	const char *flags = ctx_arg(call, 2);

	if (prefix[0] == '\0' || flags[0] == '\0') {
		ctx_error(ctx, DC_MC_ARGUMENT_COUNT, &call->pos, "FEATURE(`prefixmod') needs two arguments: the prefix and the flags");
		return -1;
	}
	ctx_add_line(ctx, SEC_MAPS, "Kmacro macro");
	ctx_add_rule(ctx, "PARSE0_END", NULL, "R %s $+\t$: $1 $(macro {rcpt_flags} $@ %s $)", prefix, flags);
	return 0;
}
