/*
 * hack_nodns.c - HACK(`nodns'): a host without DNS: no resolver options,
 * a service switch file without DNS, no interface probing, and
 * FEATURE(`nocanonify').
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_nodns_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t epoch = call->define_epoch;

	ctx_set_define(ctx, "confBIND_OPTS", NULL, epoch);
	ctx_set_define(ctx, "confSERVICE_SWITCH_FILE", "/etc/mail/service.switch-nodns", epoch);
	ctx_set_define(ctx, "confDONT_PROBE_INTERFACES", "True", epoch);
	/* the hack calls FEATURE(nocanonify) itself, with no argument: the
	 * hack's own arguments are not nocanonify's */
	{
		struct ir_call inner = *call;

		inner.nargs = 1;
		return feature_nocanonify_apply(ctx, &inner);
	}
}
