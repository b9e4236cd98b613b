/*
 * check_cert_altnames.c - FEATURE(`check_cert_altnames'): match the
 * server name against the certificate's subjectAltNames too (the
 * SetCertAltnames option, and TLS_req's CN requirement).
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_check_cert_altnames_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	ctx->flag[CF_TLS_ALTNAMES] = 1;
	ctx_add_line(ctx, SEC_MAPS, "O SetCertAltnames=true");
	return 0;
}
