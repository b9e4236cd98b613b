/*
 * uucpdomain.c - FEATURE(`uucpdomain' [, map spec]): UUCP hosts are rewritten to their Internet domains through a table.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

int feature_uucpdomain_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return feature_add_map(ctx, call, CF_UUCPDOMAIN, "uudomain", "uudomain", "uucpdomain");
}
