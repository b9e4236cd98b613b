/*
 * nouucp.c - FEATURE(`nouucp', `reject'|`nospecial'): no UUCP address
 * syntax: `!' is not an address operator; with `reject' bang paths are
 * refused as relaying attempts.
 */
#include "features/feature_impl.h"
#include "features/percent_bang.h"

int feature_nouucp_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return percent_bang_apply(ctx, call, CF_NO_UUCP, CF_NO_UUCP_REJECT);
}
