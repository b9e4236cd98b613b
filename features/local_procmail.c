/*
 * local_procmail.c - FEATURE(`local_procmail' [, path [, argv [, flags]]]):
 * the local mailer becomes procmail.  Without arguments it runs
 * PROCMAIL_MAILER_PATH (or /usr/local/bin/procmail) as
 * "procmail -a $h -d $u" with the flags SPfhn9.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_local_procmail_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t epoch = call->define_epoch;
	const char *path = ctx_arg(call, 1);
	const char *argv = ctx_arg(call, 2);
	const char *flags = ctx_arg(call, 3);

	if (path[0] == '\0')
		path = ctx_define_at(ctx, "PROCMAIL_MAILER_PATH", epoch);
	ctx_set_define(ctx, "LOCAL_MAILER_PATH", path ? path : "/usr/local/bin/procmail", epoch);
	ctx_set_define(ctx, "LOCAL_MAILER_ARGS", argv[0] ? argv : "procmail -a $h -d $u", epoch);
	ctx_set_define(ctx, "LOCAL_MAILER_FLAGS", flags[0] ? flags : "SPfhn9", epoch);
	ctx_set_define(ctx, "LOCAL_MAILER_DSN_DIAGNOSTIC_CODE", NULL, epoch);
	ctx->flag[CF_LOCAL_PROCMAIL] = 1;
	return 0;
}
