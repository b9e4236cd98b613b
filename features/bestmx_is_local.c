/*
 * bestmx_is_local.c - FEATURE(`bestmx_is_local' [, domains]): mail for a
 * host whose best MX is this host is delivered locally.  With domains
 * (class B), only hosts in them are looked up.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

/* The lookup both routes mail (Parse1, with LOCAL_NET_CONFIG) and accepts
 * recipients as local (head of Rcpt_ok). */
static const char *const hooks[] = { "LOCAL_NET_CONFIG", "RCPT_OK_HEAD" };

int feature_bestmx_is_local_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *domains = ctx_arg(call, 1);
	size_t i;

	ctx_add_line(ctx, SEC_MAPS, "Kbestmx bestmx");
	if (domains[0])
		ctx_add_line(ctx, SEC_MAPS, "CB%s", domains);
	for (i = 0; i < sizeof(hooks) / sizeof(hooks[0]); i++) {
		const char *hook = hooks[i];
		/* Parse1 sees canonical names (trailing dot), Rcpt_ok does not */
		const char *dot = i == 0 ? " ." : "";

		if (domains[0])
			ctx_add_rule(ctx, hook, NULL,
				     "R$* < @ $* $=B%s > $*\t$: $1 < @ $2 $3%s @@ $(bestmx $2 $3%s $) > $4",
				     dot, dot, dot);
		else
			ctx_add_rule(ctx, hook, NULL,
				     "R$* < @ $* > $*\t$: $1 < @ $2 @@ $(bestmx $2 $) > $3");
		if (i == 0) {
			ctx_add_rule(ctx, hook, NULL, "R$* $=O $* < @ $* @@ $=w . > $*\t$@ $>Recurse $1 $2 $3");
			ctx_add_rule(ctx, hook, NULL, "R< @ $* @@ $=w . > : $*\t$@ $>Recurse $3");
			ctx_add_rule(ctx, hook, NULL, "R$* < @ $* @@ $=w . > $*\t$@ $>CanonLocal < $1 >");
		} else {
			ctx_add_rule(ctx, hook, NULL, "R$* $=O $* < @ $* @@ $=w . > $*\t$@ $>\"Rcpt_ok\" $1 $2 $3");
			ctx_add_rule(ctx, hook, NULL, "R$* < @ $* @@ $=w . > $*\t$: $1 < @ $3 > $4");
		}
		ctx_add_rule(ctx, hook, NULL, "R$* < @ $* @@ $* > $*\t$: $1 < @ $2 > $4");
	}
	return 0;
}
