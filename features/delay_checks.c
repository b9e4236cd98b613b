/*
 * delay_checks.c - FEATURE(`delay_checks' [, friend|hater [, n]]): the
 * client and sender checks run at RCPT time, so that a recipient can
 * decide.  The reference renames check_relay and check_mail to
 * checkrelay and checkmail and calls them from a new check_rcpt.
 *
 * The first argument is read by its first letter, in either case:
 * `f'riend lets mail to recipients with a Spam:FRIEND access entry skip
 * the delayed checks, `h'ater runs them only for recipients with
 * Spam:HATER; both need the access map (anywhere in the .mc).  Without a
 * second argument the configuration stays compatible with 8.10's
 * SPAMFRIEND/SPAMHATER entries of blocklist_recipients.
 */
#include <ctype.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_delay_checks_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *mode = ctx_arg(call, 1);

	/* a second call adds to what the first one switched on */
	ctx->flag[CF_DELAY_CHECKS] = 1;
	ctx->flag[CF_DELAY_COMPAT] |= ctx_arg(call, 2)[0] == '\0';
	if (mode[0] == '\0')
		return 0;
	switch (tolower((unsigned char)mode[0])) {
	case 'f':
		ctx->flag[CF_DELAY_FRIEND] = 1;
		break;
	case 'h':
		ctx->flag[CF_DELAY_HATER] = 1;
		break;
	default:
		ctx_error(ctx, DC_MC_FEATURE_ARGUMENT, &call->pos, "illegal argument `%s' for FEATURE(`delay_checks'):"
			  " use `friend' or `hater'", mode);
		return -1;
	}
	if (ctx_on(ctx, CF_DELAY_FRIEND) && ctx_on(ctx, CF_DELAY_HATER)) {
		ctx_error(ctx, DC_MC_FEATURE_ARGUMENT, &call->pos, "FEATURE(`delay_checks'): `friend' and `hater' cannot both be used");
		return -1;
	}
	return 0;
}
