/*
 * rules_mailers.c - the rulesets named by the S= and R= fields of the
 * local and SMTP mailer families.
 *
 * They are written with MAILER(`local') and MAILER(`smtp'), just before
 * the family's M lines, as the reference does.
 */
#include "compiler/emit_ctx.h"
#include "compiler/rules.h"

/* The mailer files test these defines when MAILER() expands them: a
 * define made later does not count. */
static int when_no_userdb_at_mailer(const struct emit_ctx *ctx)
{
	return ctx_define_at_mailer(ctx, "confUSERDB_SPEC") == NULL;
}

static int when_bitnet_relay_at_mailer(const struct emit_ctx *ctx)
{
	return ctx_define_at_mailer(ctx, "BITNET_RELAY") != NULL;
}

/* FEATURE(local_lmtp) defines _LOCAL_LMTP_, FEATURE(local_procmail)
 * undefines it again. */
int when_local_lmtp(const struct emit_ctx *ctx)
{
	return ctx_define_at_mailer(ctx, "_LOCAL_LMTP_") != NULL;
}

int when_no_local_lmtp(const struct emit_ctx *ctx)
{
	return !when_local_lmtp(ctx);
}

/* Header recipients of the local mailers are masqueraded under
 * FEATURE(allmasquerade), unless FEATURE(local_no_masquerade) keeps
 * local addresses as they are; without allmasquerade *LOCAL* becomes
 * this host's name. */
static int when_allmasq_local(const struct emit_ctx *ctx)
{
	return when_allmasquerade(ctx) && when_no_local_no_masquerade(ctx);
}

static const struct rule_line local_rules[] = {
	/* envelope sender: <> stays empty, everything else gets a domain */
	{ NULL, "SEnvFromL" },
	{ NULL, "R<@>\t$n" },
	{ NULL, "R@ <@ $*>\t$n" },
	{ NULL, "R$+\t$: $>AddDomain $1" },
	{ when_no_local_no_masquerade, "R$*\t$: $>MasqEnv $1" },

	/* envelope recipient: the bare user; without a user database,
	 * +detail is dropped for 'e s' (sender) addresses only */
	{ NULL, "SEnvToL" },
	{ NULL, "R$+ < @ $* >\t$: $1" },
	{ when_no_userdb_at_mailer, "R$+ + $*\t$: < $&{addr_type} > $1 + $2" },
	{ when_no_userdb_at_mailer, "R<e s> $+ + $*\t$: $1" },
	{ when_no_userdb_at_mailer, "R< $* > $+\t$: $2" },

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
	{ when_allmasq_local, "R$*\t$: $>MasqHdr $1" },

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
	{ when_bitnet_relay_at_mailer, "R$+ <@ $+ .BITNET. >\t$: $1 % $2 .BITNET < @ $B >" },
	{ when_bitnet_relay_at_mailer, "R$+.BITNET <@ $~[ $*:$+ >\t$: $1 .BITNET < @ $4 >" },
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
