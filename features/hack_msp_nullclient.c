/*
 * hack_msp_nullclient.c - HACK(`msp_nullclient', `hub'): Debian's null
 * client for the mail submission program (submit.mc): everything goes
 * to HUB from a client queue, with only a loopback daemon.
 *
 * The hack is nothing but defines and macro calls (DOMAIN, DAEMON_OPTIONS,
 * FEATURE, MASQUERADE_AS, MAILER) that must happen where the reference
 * makes them, between the .mc's own lines, so m4/prelude.m4 makes them
 * (smcf_msp_nullclient) and the compiler reads their records as it reads
 * the .mc's: there is nothing left to do here.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

int feature_msp_nullclient_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)ctx;
	(void)call;
	return 0;
}
