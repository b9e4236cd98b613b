/*
 * nocanonify.c - FEATURE(`nocanonify'): do not look host names up in DNS
 * while canonifying addresses, except hosts in class {Canonify} and
 * addresses a daemon marked with the `c' flag.  The optional argument
 * `canonify_hosts' still canonifies names that look like hosts.
 *
 * This file is the model for a feature: it only records in the emitter
 * context what changes; the core rule tables (compiler/rules_core.c)
 * test the flag.
 */
#include <strings.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_nocanonify_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *arg = ctx_arg(call, 1);

	if (arg[0] && strcasecmp(arg, "canonify_hosts") != 0) {
		ctx_error(ctx, DC_MC_FEATURE_ARGUMENT, &call->pos,
			  "FEATURE(`nocanonify'): unknown parameter `%s' (only `canonify_hosts')", arg);
		return -1;
	}
	ctx->flag[CF_NOCANONIFY] = 1;
	if (arg[0])
		ctx_set_str(ctx, CS_CANONIFY_HOSTS, arg);
	return 0;
}
