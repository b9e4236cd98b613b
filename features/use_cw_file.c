/*
 * use_cw_file.c - FEATURE(`use_cw_file'): read this host's other names
 * into class w from confCW_FILE (local-host-names).
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_use_cw_file_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_USE_CW_FILE] = 1;
	return 0;
}
