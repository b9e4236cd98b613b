/*
 * client_control.h - what FEATURE(`conncontrol') and FEATURE(`ratecontrol')
 * share: both limit a client (by the ClientConn: / ClientRate: access
 * entries), take the options `nodelay' and `terminate', and need the
 * access map.
 */
#ifndef SMCF_CLIENT_CONTROL_H
#define SMCF_CLIENT_CONTROL_H

#include "compiler/emit_ctx.h"

/* Read the arguments of CALL into the flags ON, NODELAY and TERMINATE;
 * returns 0 or -1 after an error. */
int client_control_apply(struct emit_ctx *ctx, const struct ir_call *call,
			 enum ctx_flag on, enum ctx_flag nodelay, enum ctx_flag terminate);

#endif
