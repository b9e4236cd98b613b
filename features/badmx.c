/*
 * badmx.c - FEATURE(`badmx' [, regex]): refuse senders whose domain's MX
 * records point at bogus addresses (loopback, private networks by
 * default; the argument replaces the pattern of bad addresses).
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_badmx_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *bad = ctx_arg(call, 1);

	ctx->flag[CF_BADMX] = 1;
	ctx_add_line(ctx, SEC_MAPS, "Kmxlist bestmx -z: -T<TEMP>");
	ctx_add_line(ctx, SEC_MAPS, "Kbadmx regex -a<BADMX> ^(([0-9]{1,3}\\.){3}[0-9]){0,1}\\.$");
	ctx_add_line(ctx, SEC_MAPS, "KdnsA dns -R A -a. -T<TEMP>");
	ctx_add_line(ctx, SEC_MAPS, "KBadMXIP regex -a<BADMXIP> %s",
		     bad[0] ? bad : "^(127\\.|10\\.|0\\.0\\.0\\.0)");
	return 0;
}
