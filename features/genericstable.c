/*
 * genericstable.c - FEATURE(`genericstable' [, map spec]): sender
 * addresses of the hosts in class G (and unqualified ones) are rewritten
 * through a table of user or user@domain -> address.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

int feature_genericstable_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return feature_add_map(ctx, call, CF_GENERICSTABLE, "generics", "genericstable", "generics");
}
