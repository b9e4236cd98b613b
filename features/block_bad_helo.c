/*
 * block_bad_helo.c - FEATURE(`block_bad_helo'): refuse clients that greet
 * with one of this host's names or addresses (unless they may relay).
 * The loopback addresses join class R and, bracketed, class w, so that
 * local clients are not caught.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_block_bad_helo_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_BLOCK_BAD_HELO] = 1;
	ctx_add_line(ctx, SEC_CLASSES, "C{R}127.0.0.1");
	ctx_add_line(ctx, SEC_CLASSES, "C{R}IPv6:0:0:0:0:0:0:0:1 IPv6:::1");
	ctx_add_line(ctx, SEC_CLASSES, "C{w}[127.0.0.1]");
	ctx_add_line(ctx, SEC_CLASSES, "C{w}[IPv6:0:0:0:0:0:0:0:1] [IPv6:::1]");
	return 0;
}
