/*
 * dnsbl.c - FEATURE(`dnsbl', `list.domain' [, message [, tempfail]]):
 * refuse clients whose address is listed in a DNS block list.  The
 * message may be `quarantine' or `discard' instead; the third argument
 * makes a failed lookup a temporary error (`t' for the standard text).
 * DNSBL_MAP and DNSBL_MAP_OPT change the map; several lists share it.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "features/dnsbl_common.h"
#include "features/feature_impl.h"

int feature_dnsbl_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *server = ctx_arg(call, 1);
	const char *what = ctx_arg(call, 2);
	char *msg;

	if (server[0] == '\0') {
		ctx_error(ctx, DC_MC_ARGUMENT_COUNT, &call->pos, "FEATURE(`dnsbl') needs the list's domain as argument");
		return -1;
	}
	if (!ctx_on(ctx, CF_DNSBL_MAP)) {
		const char *map = ctx_define_at(ctx, "DNSBL_MAP", call->define_epoch);
		const char *opt = ctx_define_at(ctx, "DNSBL_MAP_OPT", call->define_epoch);

		ctx->flag[CF_DNSBL_MAP] = 1;
		ctx_add_line(ctx, SEC_MAPS, "Kdnsbl %s -T<TMP>%s%s", map ? map : "dns -R A",
			     opt ? " " : "", opt ? opt : "");
	}
	dnsbl_lookup_rules(ctx, "dnsbl", server);
	dnsbl_tempfail_client(ctx, call, server);
	if (strcmp(what, "quarantine") == 0) {
		ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>$+\t$#error $@ quarantine $: %s", server);
	} else if (strcmp(what, "discard") == 0) {
		ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>$+\t$#discard $: %s", server);
	} else {
		msg = dnsbl_reject_message(call, server);
		ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>$+\t$#error $@ 5.7.1 $: %s", msg);
		free(msg);
	}
	return 0;
}
