/*
 * use_ct_file.c - FEATURE(`use_ct_file'): read more trusted users from confCT_FILE.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_use_ct_file_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_USE_CT_FILE] = 1;
	return 0;
}
