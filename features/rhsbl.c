/*
 * rhsbl.c - FEATURE(`rhsbl', `list.domain' [, message [, tempfail]]):
 * refuse senders whose domain (the right-hand side of the address) is
 * listed in a DNS list, unless the access map accepts it (rhs: entries).
 * It shares the dnsbl map when FEATURE(`dnsbl') declared it first.
 */
#include <stdlib.h>

#include "compiler/emit_ctx.h"
#include "features/dnsbl_common.h"
#include "features/feature_impl.h"
#include "lib/xalloc.h"

int feature_rhsbl_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *server = ctx_arg(call, 1);
	const char *msg = ctx_arg(call, 2);
	const char *how = ctx_arg(call, 3);
	char *subject;

	if (server[0] == '\0') {
		ctx_error(ctx, DC_MC_ARGUMENT_COUNT, &call->pos, "FEATURE(`rhsbl') needs the list's domain as argument");
		return -1;
	}
	/* the first rhsbl declares the map unless dnsbl did; a later dnsbl
	 * declares it again (its own way), as in the reference */
	if (!ctx_on(ctx, CF_RHSBL_MAP) && !ctx_on(ctx, CF_DNSBL_MAP))
		ctx_add_line(ctx, SEC_MAPS, "Kdnsbl host -T<TMP>");
	ctx->flag[CF_RHSBL_MAP] = 1;
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R$+\t$: <@> $>CanonAddr $&f");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL,
		     "R<@> $*<@$+.>\t$: <@> <@$2.> $| $>SearchList <+ rhs> $| <F:$1@$2> <D:$2> <>");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<@> $* $| <$={Accept}>\t$: OKSOFAR");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL,
		     "R<@> $*<@$+.> $| $*\t$: <?> $(dnsbl $2.%s. $: OK $) $(macro {RHS} $@ $2 $)", server);
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<@> $*\t$: OKSOFAR");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?> OK\t$: OKSOFAR");
	subject = xasprintf("$&{RHS} \" at %s\"", server);
	dnsbl_tempfail_rule(ctx, "<?>$+<TMP>", how, "4.7.1", subject);
	free(subject);
	if (msg[0])
		ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>$+\t$#error $@ 5.7.1 $: %s", msg);
	else
		ctx_add_rule(ctx, DNSBL_HOOK, NULL,
			     "R<?>$+\t$#error $@ 5.7.1 $: \"550 Mail from \" $&{RHS} \" refused by blackhole site %s\"",
			     server);
	return 0;
}
