/*
 * authinfo.c - FEATURE(`authinfo' [, map spec]): SMTP AUTH client credentials come from their own map instead of the access map.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

int feature_authinfo_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return feature_add_map(ctx, call, CF_AUTHINFO, "authinfo", "authinfo", "authinfo");
}
