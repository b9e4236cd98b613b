/*
 * relay_mail_from.c - FEATURE(`relay_mail_from' [, `domain']): relay
 * when the access map has RELAY for the envelope sender (From: entries;
 * with `domain', for the sender's domain too).  The sender can be forged:
 * SMTP AUTH or STARTTLS are the safe ways to allow relaying.
 */
#include <string.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_relay_mail_from_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	ctx->flag[CF_RELAY_MAIL_FROM] = 1;
	if (strcmp(ctx_arg(call, 1), "domain") == 0)
		ctx->flag[CF_RELAY_MAIL_FROM_DOMAIN] = 1;
	return 0;
}
