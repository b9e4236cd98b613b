/*
 * local_lmtp.c - FEATURE(`local_lmtp' [, path [, argv]]): the local
 * mailer speaks LMTP to mail.local (confEBINDIR/mail.local -l by
 * default), so it reports per recipient; its envelope sender is then
 * rewritten as for SMTP.  A later FEATURE(`local_procmail') undoes it.
 * The mark the local mailer tests, _LOCAL_LMTP_, is made by the prelude
 * (m4/prelude.m4, smcf_feature_marks) so that the .mc sees it too.
 */
#include <stdlib.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

int feature_local_lmtp_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t epoch = call->define_epoch;
	char *path = feature_program_path(ctx, call, 1, "mail.local");
	const char *argv = ctx_arg(call, 2);

	ctx_set_define(ctx, "LOCAL_MAILER_PATH", path, epoch);
	ctx_set_define(ctx, "LOCAL_MAILER_FLAGS", "PSXmnz9", epoch);
	ctx_set_define(ctx, "LOCAL_MAILER_ARGS", argv[0] ? argv : "mail.local -l", epoch);
	ctx_set_define(ctx, "LOCAL_MAILER_DSN_DIAGNOSTIC_CODE", "SMTP", epoch);
	free(path);
	return 0;
}
