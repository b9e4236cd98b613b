/*
 * genericstable.c - FEATURE(`genericstable' [, map spec]): sender
 * addresses of the hosts in class G (and unqualified ones) are rewritten
 * through a table of user or user@domain -> address.
 */
#include <stdlib.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

int feature_genericstable_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	char *spec = feature_map_spec(ctx, call, 1, "genericstable", NULL);

	if (spec == NULL)
		return -1;
	ctx->flag[CF_GENERICSTABLE] = 1;
	ctx_add_line(ctx, SEC_MAPS, "Kgenerics %s", spec);
	free(spec);
	return 0;
}
