/*
 * enhdnsbl.c - FEATURE(`enhdnsbl', `list.domain' [, message [, tempfail
 * [, result ...]]]): like dnsbl, but only the given answers (arguments 4
 * to 9, default any) mean "listed".  EDNSBL_TO sets the retry count.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "features/dnsbl_common.h"
#include "features/feature_impl.h"
#include "lib/xalloc.h"

int feature_enhdnsbl_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *server = ctx_arg(call, 1);
	const char *what = ctx_arg(call, 2);
	const char *action = "$#error $@ 5.7.1";
	char *msg;
	int a;

	if (server[0] == '\0') {
		ctx_error(ctx, DC_MC_ARGUMENT_COUNT, &call->pos, "FEATURE(`enhdnsbl') needs the list's domain as argument");
		return -1;
	}
	if (!ctx_on(ctx, CF_EDNSBL_MAP)) {
		const char *retries = ctx_define_at(ctx, "EDNSBL_TO", call->define_epoch);

		ctx->flag[CF_EDNSBL_MAP] = 1;
		ctx_add_line(ctx, SEC_MAPS, "Kednsbl dns -R A -a. -T<TMP> -r%s",
			     retries ? retries : "5");
	}
	if (strcmp(what, "quarantine") == 0) {
		action = "$#error $@ quarantine";
		msg = xstrdup(server);
	} else {
		if (strcmp(what, "discard") == 0)
			action = "$#discard";
		msg = dnsbl_reject_message(call, server);
	}
	dnsbl_lookup_rules(ctx, "ednsbl", server);
	dnsbl_tempfail_client(ctx, call, server);
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>%s\t%s $: %s",
		     ctx_arg(call, 4)[0] ? ctx_arg(call, 4) : "$+", action, msg);
	for (a = 5; a <= 9; a++)
		if (ctx_arg(call, a)[0])
			ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>%s\t%s $: %s",
				     ctx_arg(call, a), action, msg);
	free(msg);
	return 0;
}
