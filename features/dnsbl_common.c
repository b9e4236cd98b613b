/*
 * dnsbl_common.c - rules and messages shared by the DNS list features.
 */
#include <stdlib.h>

#include "compiler/emit_ctx.h"
#include "features/dnsbl_common.h"
#include "lib/xalloc.h"

char *dnsbl_reject_message(const struct ir_call *call, const char *server)
{
	const char *given = ctx_arg(call, 2);

	if (given[0])
		return xstrdup(given);
	return xasprintf("\"550 Rejected: \" $&{client_addr} \" listed at %s\"", server);
}

void dnsbl_tempfail_rule(struct emit_ctx *ctx, const char *lhs, const char *how,
			 const char *code, const char *subject)
{
	if (how[0] == '\0')
		ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R%s\t$: TMPOK", lhs);
	else if (how[0] == 't' && how[1] == '\0')
		ctx_add_rule(ctx, DNSBL_HOOK, NULL,
			     "R%s\t$#error $@ %s $: \"451 Temporary lookup failure of \" %s",
			     lhs, code, subject);
	else
		ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R%s\t$#error $@ %s $: %s", lhs, code, how);
}

void dnsbl_tempfail_client(struct emit_ctx *ctx, const struct ir_call *call,
			   const char *server)
{
	char *subject = xasprintf("$&{client_addr} \" at %s\"", server);

	dnsbl_tempfail_rule(ctx, "<?>$+<TMP>", ctx_arg(call, 3), "4.4.3", subject);
	free(subject);
}

void dnsbl_lookup_rules(struct emit_ctx *ctx, const char *map, const char *server)
{
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R$*\t$: $&{client_addr}");
	ctx_add_rule(ctx, DNSBL_HOOK, NULL,
		     "R$-.$-.$-.$-\t$: <?> $(%s $4.$3.$2.$1.%s. $: OK $)", map, server);
	ctx_add_rule(ctx, DNSBL_HOOK, NULL, "R<?>OK\t$: OKSOFAR");
}
