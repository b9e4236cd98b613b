/*
 * notsticky.c - FEATURE(`notsticky'): the default behaviour since 8.7
 * (user@thishost is delivered locally); kept so old .mc files build.
 */
#include "features/feature_impl.h"

int feature_notsticky_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)ctx;
	(void)call;
	return 0;
}
