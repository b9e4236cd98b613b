/*
 * domaintable.c - FEATURE(`domaintable' [, map spec]): hosts are renamed through a table of old domain -> new domain while canonifying.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

int feature_domaintable_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return feature_add_map(ctx, call, CF_DOMAINTABLE, "domaintable", "domaintable", "domain");
}
