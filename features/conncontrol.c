/*
 * conncontrol.c - FEATURE(`conncontrol' [, nodelay [, terminate]]): limit
 * the number of open connections per client (ClientConn: entries of the
 * access map).  `terminate' closes the session (421) instead of only
 * refusing commands (452).
 */
#include "features/client_control.h"
#include "features/feature_impl.h"

int feature_conncontrol_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return client_control_apply(ctx, call, CF_CONNCONTROL, CF_CONN_NODELAY, CF_CONN_TERMINATE);
}
