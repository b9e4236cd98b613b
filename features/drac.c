/*
 * drac.c - FEATURE(`drac' [, map spec]): clients that recently
 * authenticated to the POP/IMAP server (dynamic relay authorization
 * control, a map the drac daemon keeps) may relay.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

int feature_drac_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return feature_add_map(ctx, call, CF_DRAC, "drac", "drac", NULL);
}
