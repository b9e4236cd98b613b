/*
 * bcc.c - FEATURE(`bcc', [map_spec|`access'], [[mailer:]host],
 * [bcc_address], [canonical_rcpt_map_spec]): sendmail's AddBcc option.
 * Ruleset bcc decides, for each envelope recipient, whether a blind copy
 * goes out and to which address: the recipient's domain is looked up in
 * the bcctable map (also as .parent domains, ruleset BCC) or, with
 * `access', in the access map under the tag bcc:.  The copy goes to
 * macro A (the host of argument 2) as the recipient itself, or always to
 * argument 3; argument 4 names a map that rewrites the copy's address.
 * Parse0 sends copies ({addr_type} "e b") to $A through ParseBcc.
 */
#include <stdlib.h>
#include <strings.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

#define RULESETS IR_SECTION_LOCAL_RULESETS

/* The domain walk of the bcctable map. */
static const char *const bcctable_ruleset[] = {
	"",
	"SBCC",
	"R$+\t$: $1 < $(bcctable $1 $: ? $) >",
	"R$- . $+ <?>\t$: $2 < $(bcctable .$2 $: ? $) >",
	"R$- . $+ <?>\t$: $>BCC $2",
	"R$* <$*>\t$: <$2>",
};

/* The copy's address through the canonicalRcpt map (argument 4). */
static const char *const canonify_rules[] = {
	"R$+ @ $+\t$: $1@$2 $| <$(canonicalRcpt $1 @ $2 $: $)>",
	"R$* $| <>\t$@",
	"R$* $| <$* <TMPF>>\t$#error $@ 4.3.0 $: \"451 Temporary system failure. Please try again later.\"",
	"R$* $| <$+>\t$@ $2",
};

#define ADD_RULES(ctx, table) \
	do { \
		size_t i_; \
		for (i_ = 0; i_ < sizeof(table) / sizeof(table[0]); i_++) \
			ctx_add_rule(ctx, RULESETS, NULL, "%s", table[i_]); \
	} while (0)

int feature_bcc_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	int access = strcasecmp(ctx_arg(call, 1), "access") == 0;
	const char *host = ctx_arg(call, 2);
	const char *address = ctx_arg(call, 3);
	const char *canon = ctx_arg(call, 4);

	if (!access) {
		/* LDAP is no keyword here: it is taken as the map's spec */
		char *spec = feature_map_spec(ctx, call, 1, "bcctable", NULL, NULL);

		ctx_add_line(ctx, SEC_MAPS, "Kbcctable %s", spec);
		free(spec);
	}
	ctx->flag[CF_ADD_BCC] = 1;
	ctx_add_line(ctx, SEC_MAPS, "O AddBcc=true");
	if (host[0])
		ctx_add_line(ctx, SEC_MAPS, "DA%s", host);
	if (canon[0]) {
		ctx_add_line(ctx, SEC_MAPS, "KcanonicalRcpt %s", canon);
		/* the SMTP operation modes, for rulesets that tell an SMTP
		 * recipient from a queue run */
		ctx->flag[CF_NEED_SMTPOPMODES] = 1;
	}

	ctx_add_rule(ctx, RULESETS, NULL, "%s", "");
	ctx_add_rule(ctx, RULESETS, NULL, "Sbcc");
	ctx_add_rule(ctx, RULESETS, NULL, "R< $+ >\t$1");
	if (access)
		ctx_add_rule(ctx, RULESETS, NULL, "R$+ @ $+\t$: $1@$2 $| $>SearchList <! bcc> $| <D:$2> <>");
	else
		ctx_add_rule(ctx, RULESETS, NULL, "R$+ @ $+\t$: $1@$2 $| $>BCC $2");
	ctx_add_rule(ctx, RULESETS, NULL, "R$* $| <?>\t$@");
	ctx_add_rule(ctx, RULESETS, NULL, "R$* $| $*\t$: %s", address[0] ? address : "$1");
	if (canon[0])
		ADD_RULES(ctx, canonify_rules);
	if (!access)
		ADD_RULES(ctx, bcctable_ruleset);
	return 0;
}
