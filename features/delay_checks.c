/*
 * delay_checks.c - FEATURE(`delay_checks' [, friend|hater [, n]]): the
 * client and sender checks run at RCPT time, so that a recipient can
 * decide (Spam:FRIEND entries in the access map let mail to that
 * recipient through).  The reference renames check_relay and check_mail
 * to checkrelay and checkmail and calls them from a new check_rcpt.
 */
#include <string.h>
#include <strings.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_delay_checks_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *mode = ctx_arg(call, 1);

	ctx->flag[CF_DELAY_CHECKS] = 1;
	/* without a second argument the access map's SPAMFRIEND and
	 * SPAMHATER answers stay accepted, as before 8.12 */
	if (ctx_arg(call, 2)[0] == '\0')
		ctx->flag[CF_DELAY_COMPAT] = 1;
	if (mode[0] == '\0')
		return 0;
	if (strcasecmp(mode, "friend") != 0) {
		ctx_error(ctx, &call->pos, "FEATURE(`delay_checks', `%s') is not implemented yet", mode);
		return -1;
	}
	ctx->flag[CF_DELAY_FRIEND] = 1;
	return 0;
}
