/*
 * vnet.c - FEATURE(`vnet') (Debian): IBM's VNET/RSCS network.  Hosts
 * under the domains of class A are rewritten to node.vnet in Canonify2
 * (after the VM TCP/IP %-hack forms are undone), and Parse1 sends .vnet
 * mail to the RSCS gateway named by macro A and *.ibm.com mail straight
 * to the host, after keeping this host's names local.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

/* Canonify2, with the site's ruleset 3 text. */
static const char *const canonify_rules[] = {
	"R$* % ibmus.rscs < @ $+> $*\t$: $1 < @ us.ibm.com > $3",
	/* the reference separates this comment with spaces, not a tab:
	 * its words are part of the right-hand side */
	"R$* % ibmca.rscs < @ $+> $*\t$: $1 < @ ca.ibm.com > $3   # Deprecated",
	"R$* % ibmuk.rscs < @ $+> $*\t$: $1 < @ uk.ibm.com > $3",
	"R$* % $-.rscs    < @ $+> $*\t$: $1 < @ $2.rscs > $4",
	"R$* < @ $-.$=A > $*\t$: $1 < @ $2.vnet . >",
};

/* Parse1, with the site's LOCAL_NET_CONFIG text. */
static const char *const route_rules[] = {
	"R$* < @ $=w . > $*\t$@ $1 < @ $2 . > $3",
	"R$* < @ $=w > $*\t$@ $1 < @ $2 . > $3",
	"R$* < @ $- . vnet . > $*\t$#relay $@ $A $: $1 < @$2.VNET. > $3",
	"R$* < @ $+.ibm.com  > $*\t$#relay $@ $2.ibm.com $: $1 < @$2.ibm.com > $3",
	"R$* < @ $+.ibm.com. > $*\t$#relay $@ $2.ibm.com $: $1 < @$2.ibm.com > $3",
};

int feature_vnet_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t i;

	(void)call;
	ctx_add_line(ctx, SEC_MAPS, "CAvnet.ibm.com vnet rscs ipnet");
	for (i = 0; i < sizeof(canonify_rules) / sizeof(canonify_rules[0]); i++)
		ctx_add_rule(ctx, IR_SECTION_LOCAL_RULE_3, NULL, "%s", canonify_rules[i]);
	for (i = 0; i < sizeof(route_rules) / sizeof(route_rules[0]); i++)
		ctx_add_rule(ctx, IR_SECTION_LOCAL_NET_CONFIG, NULL, "%s", route_rules[i]);
	return 0;
}
