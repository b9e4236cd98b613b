/*
 * ratecontrol.c - FEATURE(`ratecontrol' [, nodelay [, terminate]]): limit
 * the connection rate per client (ClientRate: entries of the access
 * map), as conncontrol does for open connections.
 */
#include "features/client_control.h"
#include "features/feature_impl.h"

int feature_ratecontrol_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return client_control_apply(ctx, call, CF_RATECONTROL, CF_RATE_NODELAY, CF_RATE_TERMINATE);
}
