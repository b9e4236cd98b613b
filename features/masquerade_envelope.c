/*
 * masquerade_envelope.c - FEATURE(`masquerade_envelope'): the envelope
 * sender is masqueraded like the header sender.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_masquerade_envelope_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_MASQ_ENVELOPE] = 1;
	return 0;
}
