/*
 * virtusertable.c - FEATURE(`virtusertable' [, map spec]): addresses in
 * this host's domains (class w) and the virtual domains (class VirtHost)
 * are looked up in a table of user@domain -> address, with +detail and
 * catch-all "@domain" keys.
 */
#include <stdlib.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

int feature_virtusertable_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	char *spec = feature_map_spec(ctx, call, 1, "virtusertable", NULL);

	if (spec == NULL)
		return -1;
	ctx->flag[CF_VIRTUSERTABLE] = 1;
	ctx_add_line(ctx, SEC_MAPS, "Kvirtuser %s", spec);
	free(spec);
	return 0;
}
