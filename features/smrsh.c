/*
 * smrsh.c - FEATURE(`smrsh' [, path]): programs in aliases and .forward
 * files run under the restricted shell smrsh (confEBINDIR/smrsh by
 * default) instead of /bin/sh.
 */
#include <stdlib.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

int feature_smrsh_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t epoch = call->define_epoch;
	char *path = feature_program_path(ctx, call, 1, "smrsh");

	ctx_set_define(ctx, "LOCAL_SHELL_PATH", path, epoch);
	if (ctx_define_at(ctx, "LOCAL_SHELL_ARGS", epoch) == NULL)
		ctx_set_define(ctx, "LOCAL_SHELL_ARGS", "smrsh -c $u", epoch);
	free(path);
	return 0;
}
