/*
 * tls_failures.c - FEATURE(`tls_failures'): gone.  Its job (falling back
 * to a clear-text connection when STARTTLS fails) is the option
 * confTLS_FALLBACK_TO_CLEAR now, and the reference stops with an error
 * that names it; so does smcf.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_tls_failures_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	ctx_error(ctx, DC_MC_MUST, &call->pos,
		  "FEATURE(`tls_failures') has been replaced by the option confTLS_FALLBACK_TO_CLEAR: "
		  "write define(`confTLS_FALLBACK_TO_CLEAR', `true') instead");
	return -1;
}
