/*
 * rules_mailers.c - the rulesets named by the S= and R= fields of the
 * local and SMTP mailer families.
 *
 * They are written with MAILER(`local') and MAILER(`smtp'), just before
 * the family's M lines, as the reference does.
 */
#include "compiler/emit_ctx.h"
#include "compiler/rules.h"

static const struct rule_line local_rules[] = {
	/* envelope sender: <> stays empty, everything else gets a domain */
	{ NULL, "SEnvFromL" },
	{ NULL, "R<@>\t$n" },
	{ NULL, "R@ <@ $*>\t$n" },
	{ NULL, "R$+\t$: $>AddDomain $1" },
	{ when_no_local_no_masquerade, "R$*\t$: $>MasqEnv $1" },

	/* envelope recipient: the bare user, +detail kept for 'e s' */
	{ NULL, "SEnvToL" },
	{ NULL, "R$+ < @ $* >\t$: $1" },
	{ NULL, "R$+ + $*\t$: < $&{addr_type} > $1 + $2" },
	{ NULL, "R<e s> $+ + $*\t$: $1" },
	{ NULL, "R< $* > $+\t$: $2" },

	/* header sender */
	{ NULL, "SHdrFromL" },
	{ NULL, "R<@>\t$n" },
	{ NULL, "R@ <@ $*>\t$n" },
	{ NULL, "R$+\t$: $>AddDomain $1" },
	{ when_no_local_no_masquerade, "R$*\t$: $>MasqHdr $1" },

	/* header recipients */
	{ NULL, "SHdrToL" },
	{ NULL, "R$+\t$: $>AddDomain $1" },
	{ when_not_allmasquerade, "R$* < @ *LOCAL* > $*\t$: $1 < @ $j . > $2" },
	{ when_allmasquerade, "R$*\t$: $>MasqHdr $1" },

	/* qualify bare names only with FEATURE(always_add_domain) */
	{ NULL, "SAddDomain" },
	{ when_always_add_domain_local, "R$* < @ $* > $*\t$@ $1 < @ $2 > $3" },
	{ when_always_add_domain_local, "R$+\t$@ $1 < @ *LOCAL* >" },
	{ when_always_add_domain_given, "R$* < @ $* > $*\t$@ $1 < @ $2 > $3" },
	{ when_always_add_domain_given, "@ALWAYS_ADD_DOMAIN" },
};

static const struct rule_line smtp_rules[] = {
	/* qualify unqualified names with this host */
	{ NULL, "SMasqSMTP" },
	{ NULL, "R$* < @ $* > $*\t$@ $1 < @ $2 > $3" },
	{ NULL, "R$+\t$@ $1 < @ *LOCAL* >" },

	/* turn the internal .UUCP form back into real addresses (not with
	 * FEATURE(nouucp)) */
	{ NULL, "SPseudoToReal" },
	{ NULL, "R< @ $+ > $*\t$@ < @ $1 > $2" },
	/* BITNET_RELAY: pseudo-domain addresses leave as user%host.BITNET@relay */
	{ when_bitnet_relay, "R$+ <@ $+ .BITNET. >\t$: $1 % $2 .BITNET < @ $B >" },
	{ when_bitnet_relay, "R$+.BITNET <@ $~[ $*:$+ >\t$: $1 .BITNET < @ $4 >" },
	{ when_no_nouucp, "R$+ < @ $+ .UUCP. >\t$: < $2 ! > $1" },
	{ when_no_nouucp, "R$+ < @ $* > $*\t$@ $1 < @ $2 > $3" },
	{ when_no_nouucp, "R< $&h ! > $- ! $+\t$@ $2 < @ $1 .UUCP. >" },
	{ when_no_nouucp, "R< $&h ! > $-.$+ ! $+\t$@ $3 < @ $1.$2 >" },
	{ when_no_nouucp, "R< $&h ! > $+\t$@ $1 < @ $&h .UUCP. >" },
	{ when_no_nouucp, "R< $+ ! > $+\t$: $1 ! $2 < @ $Y >" },
	{ when_no_nouucp, "R$+ < @ $~[ $* : $+ >\t$@ $1 < @ $4 >" },
	{ when_no_nouucp, "R$+ < @ >\t$: $1 < @ *LOCAL* >" },

	{ NULL, "SEnvFromSMTP" },
	{ NULL, "R$+\t$: $>PseudoToReal $1" },
	{ NULL, "R$* :; <@>\t$@" },
	{ NULL, "R$*\t$: $>MasqSMTP $1" },
	{ NULL, "R$+\t$: $>MasqEnv $1" },

	{ NULL, "SEnvToSMTP" },
	{ NULL, "R$+\t$: $>PseudoToReal $1" },
	{ NULL, "R$+\t$: $>MasqSMTP $1" },
	{ NULL, "R$* < @ *LOCAL* > $*\t$: $1 < @ $j . > $2" },

	{ NULL, "SHdrFromSMTP" },
	{ NULL, "R$+\t$: $>PseudoToReal $1" },
	{ NULL, "R:; <@>\t$@" },
	{ NULL, "R$* <@> $*\t$@ $1 <@> $2" },
	{ NULL, "R< @ $* > $*\t$@ < @ $1 > $2" },
	{ NULL, "R$*\t$: $>MasqSMTP $1" },
	{ NULL, "R$+\t$: $>MasqHdr $1" },

	/* the relay mailer masquerades recipients as well */
	{ NULL, "SMasqRelay" },
	{ NULL, "R$+\t$: $>MasqSMTP $1" },
	{ NULL, "R$+\t$: $>MasqHdr $1" },
};

int rules_local_mailer(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	return rules_write(ctx, local_rules, RULES_COUNT(local_rules));
}

int rules_smtp_mailer(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	return rules_write(ctx, smtp_rules, RULES_COUNT(smtp_rules));
}
