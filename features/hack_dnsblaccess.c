/*
 * hack_dnsblaccess.c - HACK(`dnsblaccess' [, list.domain [, message
 * [, tempfail [, access tag]]]]) (Debian): a DNS block list whose answers
 * the access map interprets (dnsblaccess: entries keyed by the answer and
 * the list), so that each listing can be accepted, refused or discarded.
 */
#include <stdlib.h>

#include "compiler/emit_ctx.h"
#include "features/dnsbl_common.h"
#include "features/feature_impl.h"
#include "lib/xalloc.h"

int feature_dnsblaccess_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *server = ctx_arg(call, 1);
	const char *how = ctx_arg(call, 3);
	const char *tag = ctx_arg(call, 4);
	const char *retries = ctx_define_at(ctx, "EDNSBL_TO", call->define_epoch);
	char *msg, *subject;

	if (server[0] == '\0')
		server = "blackholes.mail-abuse.org";
	if (tag[0] == '\0')
		tag = "dnsblaccess";
	if (!ctx_on(ctx, CF_EDNSBL_MAP)) {
		ctx->flag[CF_EDNSBL_MAP] = 1;
		ctx_add_line(ctx, SEC_MAPS, "Kednsbl dns -R A -a. -T<TMP> -r%s", retries ? retries : "5");
	}
	msg = dnsbl_reject_message(call, server);
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R$*\t$: $&{client_addr}");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL,
		     "R$-.$-.$-.$-\t$: <?> $(ednsbl $4.$3.$2.$1.%s. $: OK $) <>$1.$2.$3.$4", server);
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>OK<>$*\t$: OKSOFAR");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>$+<TMP><>$*\t$: <? <TMPF>>");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL,
		     "R<?>$* $- .<>$*\t<$(access %s:$1$2 $@$3 $@%s $: ? $)> $1 <>$3", tag, server);
	ctx_add_rule(ctx, DNSBL_HOOK, NULL,
		     "R<?>$* <>$*\t$:<$(access %s: $@$2 $@%s $: ? $)> <>$2", tag, server);
	subject = xasprintf("$&{client_addr} \" at %s\"", server);
	dnsbl_tempfail_rule(ctx, "<$*<TMPF>>$*", how, "4.4.3", subject);
	free(subject);
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<$={Accept}>$*\t$: OKSOFAR");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<ERROR:$-.$-.$-:$+> $*\t$#error $@ $1.$2.$3 $: $4");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<ERROR:$+> $*\t$#error $: $1");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<DISCARD> $*\t$#discard $: discard");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<$*> $*\t$#error $@ 5.7.1 $: %s", msg);
	free(msg);
	return 0;
}
