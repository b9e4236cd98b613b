/*
 * nopercenthack.c - FEATURE(`nopercenthack', `reject'|`nospecial'): `%'
 * is not an address operator; with `reject' user%host addresses are
 * refused as relaying attempts.
 */
#include "features/feature_impl.h"
#include "features/percent_bang.h"

int feature_nopercenthack_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return percent_bang_apply(ctx, call, CF_NO_PERCENTHACK, CF_NO_PERCENTHACK_REJECT);
}
