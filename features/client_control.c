/*
 * client_control.c - argument handling shared by conncontrol and
 * ratecontrol.
 */
#include <string.h>
#include <strings.h>

#include "features/client_control.h"

int client_control_apply(struct emit_ctx *ctx, const struct ir_call *call,
			 enum ctx_flag on, enum ctx_flag nodelay, enum ctx_flag terminate)
{
	const char *name = ctx_arg(call, 0);
	const char *delay = ctx_arg(call, 1);
	const char *end = ctx_arg(call, 2);

	/* the access map and, for nodelay, delay_checks before it are
	 * the registry's needs (features/registry.c) */
	if (delay[0] && strcasecmp(delay, "nodelay") != 0) {
		ctx_error(ctx, DC_MC_FEATURE_ARGUMENT, &call->pos, "FEATURE(`%s'): unknown argument `%s'", name, delay);
		return -1;
	}
	if (end[0] && strcmp(end, "terminate") != 0) {
		ctx_error(ctx, DC_MC_FEATURE_ARGUMENT, &call->pos, "FEATURE(`%s'): unknown argument `%s'", name, end);
		return -1;
	}
	/* a second call adds to the first, as the reference's defines do */
	ctx->flag[on] = 1;
	ctx->flag[nodelay] |= delay[0] != '\0';
	ctx->flag[terminate] |= end[0] != '\0';
	/* SearchList may then look up addresses (A:) too */
	ctx_set_define(ctx, "_FFR_SRCHLIST_A", "1", call->define_epoch);
	return 0;
}
