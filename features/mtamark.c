/*
 * mtamark.c - FEATURE(`mtamark' [, message [, tempfail [, record]]]):
 * refuse clients whose address is marked in DNS (MTA mark TXT record,
 * _perm._smtp._srv by default) as not being a mail server.
 * MTAMARK_TO sets the lookup retries.
 */
#include <stdlib.h>

#include "compiler/emit_ctx.h"
#include "features/dnsbl_common.h"
#include "features/feature_impl.h"
#include "lib/xalloc.h"

int feature_mtamark_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *msg = ctx_arg(call, 1);
	const char *how = ctx_arg(call, 2);
	const char *record = ctx_arg(call, 3);
	const char *retries = ctx_define_at(ctx, "MTAMARK_TO", call->define_epoch);
	char *subject;

	if (record[0] == '\0')
		record = "_perm._smtp._srv";
	if (!ctx_on(ctx, CF_MTAMARK_MAP)) {
		ctx->flag[CF_MTAMARK_MAP] = 1;
		ctx_add_line(ctx, SEC_MAPS, "Kmtamark dns -R TXT -a. -T<TMP> -r%s",
			     retries ? retries : "5");
	}
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R$*\t$: $&{client_addr}");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL,
		     "R$-.$-.$-.$-\t$: <?> $(mtamark %s.$4.$3.$2.$1.in-addr.arpa. $: OK $)", record);
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>1.\t$: OKSOFAR");
	if (msg[0])
		ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>0.\t$#error $@ 5.7.1 $: %s", msg);
	else
		ctx_add_rule(ctx, DNSBL_HOOK, NULL,
			     "R<?>0.\t$#error $@ 5.7.1 $: \"550 Rejected: \" $&{client_addr} \" not listed as MTA\"");
	subject = xasprintf("%s.$&{client_addr}", record);
	dnsbl_tempfail_rule(ctx, "<?>$+<TMP>", how, "4.4.3", subject);
	free(subject);
	return 0;
}
