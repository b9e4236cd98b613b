/*
 * hack_virthost_by_ip.c - HACK(`virthost_by_ip'): for hosts that serve
 * several names, one per address: the greeting and the Received: header
 * name the interface the mail came in on (${if_name}) instead of $j.
 *
 * Its effect is defines only (confSMTP_LOGIN_MSG, _REC_BY_ and
 * confRECEIVED_HEADER, which reads the _REC_ pieces when the cf is
 * written), so m4/prelude.m4 makes them at the call (smcf_virthost_by_ip),
 * where later lines of the .mc may still change them: nothing is left to
 * do here.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_virthost_by_ip_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)ctx;
	(void)call;
	return 0;
}
