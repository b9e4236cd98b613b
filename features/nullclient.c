/*
 * nullclient.c - FEATURE(`nullclient', `hub'): a host that delivers
 * nothing itself.  Everything, local mail included, goes to the hub; the
 * sender is masqueraded as the hub, headers and envelope alike; no alias
 * file and no .forward files are read.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_nullclient_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *hub = ctx_arg(call, 1);
	size_t epoch = call->define_epoch;
	size_t i;

	if (hub[0] == '\0') {
		ctx_error(ctx, DC_MC_ARGUMENT_COUNT, &call->pos, "FEATURE(`nullclient') needs the hub host as argument");
		return -1;
	}
	ctx_set_define(ctx, "ALIAS_FILE", NULL, epoch);
	ctx_set_define(ctx, "MAIL_HUB", hub, epoch);
	ctx_set_define(ctx, "SMART_HOST", hub, epoch);
	ctx_set_define(ctx, "confFORWARD_PATH", "", epoch);
	if (ctx_define_at(ctx, "confFROM_HEADER", epoch) == NULL)
		ctx_set_define(ctx, "confFROM_HEADER", "<$g>", epoch);
	ctx_set_define(ctx, "_DEF_LOCAL_MAILER_FLAGS", "lsDFM5q", epoch);
	ctx_set_define(ctx, "MASQUERADE_NAME", hub, epoch);
	ctx->flag[CF_NULLCLIENT] = 1;
	ctx->flag[CF_ALLMASQUERADE] = 1;
	ctx->flag[CF_MASQ_ENVELOPE] = 1;
	/* read at the end of the feature: later defines do not count */
	for (i = 0; feature_own_mailers[i]; i++)
		ctx_want_mailer(ctx, feature_own_mailers[i], call);
	return 0;
}
