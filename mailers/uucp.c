/*
 * uucp.c - MAILER(`uucp'): delivery over UUCP through uux, in the old
 * bang-path style (uucp-old, uucp-new and their old names uucp and suucp)
 * and, when MAILER(`smtp') is in the configuration too, with domain style
 * addresses (uucp-dom, uucp-uudom).
 *
 * The family's rulesets turn "user < @ host . UUCP >" back into
 * "host!user", drop this host's own names, and prefix the sender with
 * $U! (the UUCP name of this host, or $k when that is unset).  Parse1
 * sends hosts of the classes $=U, $=Y and $=Z to the matching mailer; the
 * emitter registers those rules at the LOCAL_UUCP hook through
 * mailer_hook_rules().
 */
#include "compiler/emit_ctx.h"
#include "compiler/rules.h"
#include "mailers/mailer.h"
#include "mailers/hook_rules.h"

/* Fields the whole family shares besides S= and R=. */
#define UUCP_FIELDS \
	MAILER_FIELD('P', "/usr/bin/uux", "UUCP_MAILER_PATH"), \
	MAILER_FIELD_OR('M', "100000", "UUCP_MAILER_MAX", "UUCP_MAX_SIZE"), \
	MAILER_FIELD('C', NULL, "UUCP_MAILER_CHARSET"), \
	MAILER_FIXED('T', "X-UUCP/X-UUCP/X-Unix"), \
	MAILER_QGRP("UUCP_MAILER_QGRP"), \
	MAILER_FIELD('A', "uux - -r -a$g -gC $h!rmail ($u)", "UUCP_MAILER_ARGS"), \
	MAILER_END

/* A bang-path mailer: NAME with fixed flags BASE. */
#define UUCP_BANG_MAILER(name, base) \
	{ name, NULL, base, NULL, "UUCP_MAILER_FLAGS", "", NULL, "UUCP", { \
		MAILER_FIXED('S', "FromU"), \
		MAILER_FIXED('R', "EnvToU/HdrToU"), \
		UUCP_FIELDS } }

/* A domain-style mailer: NAME with envelope sender ruleset SENDER.
 * Header recipients are masqueraded too under FEATURE(allmasquerade). */
#define UUCP_DOMAIN_MAILER(name, sender) \
	{ name, NULL, "mDFMhud", NULL, "UUCP_MAILER_FLAGS", "", NULL, "UUCP", { \
		MAILER_FIXED('S', sender "/HdrFromSMTP"), \
		MAILER_FIXED_WHEN('R', "EnvToSMTP", when_not_allmasquerade), \
		MAILER_FIXED_WHEN('R', "EnvToSMTP/HdrFromSMTP", when_allmasquerade), \
		UUCP_FIELDS } }

/*
 * The order is the reference's.  uucp-dom and uucp-uudom only make sense
 * with the SMTP rulesets; the reference leaves them out (with a warning)
 * when MAILER(`uucp') comes before MAILER(`smtp').
 */
static const struct mailer_def uucp_mailers[] = {
	UUCP_BANG_MAILER("uucp", "DFMhuUd"),
	UUCP_BANG_MAILER("uucp-old", "DFMhuUd"),
	UUCP_BANG_MAILER("suucp", "mDFMhuUd"),
	UUCP_BANG_MAILER("uucp-new", "mDFMhuUd"),
	UUCP_DOMAIN_MAILER("uucp-dom", "EnvFromUD"),
	UUCP_DOMAIN_MAILER("uucp-uudom", "EnvFromUUD"),
};

/*
 * Rules shared by the three bang-path rulesets: route addresses and
 * "user < @ host >" become "host!user" once this host's names are gone.
 */
#define UUCP_TO_BANG \
	{ NULL, "R:; <@>\t$@" }, \
	{ NULL, "R$* < @ $* . > $*\t$1 < @ $2 > $3\tdrop the trailing dot" }, \
	{ NULL, "R$* < @ $=w >\t$1\tone of our names: no host part" }, \
	{ NULL, "R<@ $- . UUCP > : $+\t$1 ! $2\troute through a UUCP host" }, \
	{ NULL, "R<@ $+ > : $+\t$1 ! $2\troute through any host" }, \
	{ NULL, "R$* < @ $- . UUCP >\t$2 ! $1\tuser at a UUCP host" }, \
	{ NULL, "R$* < @ $+ >\t$2 ! $1\tuser at any host" }

/* Sender side: a path that starts with the recipient host loses it, and
 * everything else gets our own UUCP name in front. */
#define UUCP_SENDER_PREFIX \
	{ NULL, "R$&h ! $+ ! $+\t$@ $1 ! $2\tstrip the recipient host" }, \
	{ NULL, "R$&h ! $+\t$@ $&h ! $1\tuser at the recipient host: keep" }, \
	{ NULL, "R$+\t$: $U ! $1\tprefix this host's UUCP name" }, \
	{ NULL, "R! $+\t$: $k ! $1\tno UUCP name: use $k" }

static const struct rule_line uucp_rules[] = {
	{ NULL, "SFromU" },
	{ NULL, "R<@>\t$n\tthe null sender is the mailer daemon" },
	UUCP_TO_BANG,
	UUCP_SENDER_PREFIX,
	{ NULL, "SEnvToU" },
	UUCP_TO_BANG,
	{ NULL, "SHdrToU" },
	UUCP_TO_BANG,
	UUCP_SENDER_PREFIX,
	/* Envelope senders of the domain-style mailers. */
	{ when_smtp_mailer, "SEnvFromUD" },
	{ when_smtp_mailer, "R<@>\t$n\tthe null sender is the mailer daemon" },
	{ when_smtp_mailer, "R$*\t$@ $>EnvFromSMTP $1\tthen as for SMTP" },
	{ when_smtp_mailer, "SEnvFromUUD" },
	{ when_smtp_mailer, "R<@>\t$n\tthe null sender is the mailer daemon" },
	{ when_smtp_mailer, "R$*\t$: $>EnvFromSMTP $1\tqualify as for SMTP" },
	{ when_smtp_mailer, "R$* < @ $* . > $*\t$1 < @ $2 > $3\tdrop the trailing dot" },
	{ when_smtp_mailer, "R<@ $- . UUCP > : $+\t$@ $1 ! $2\tthen a bang path" },
	{ when_smtp_mailer, "R<@ $+ > : $+\t$@ $1 ! $2\tthen a bang path" },
	{ when_smtp_mailer, "R$* < @ $- . UUCP >\t$@ $2 ! $1\tthen a bang path" },
	{ when_smtp_mailer, "R$* < @ $+ >\t$@ $2 ! $1\tthen a bang path" },
};

/* Parse1: hosts listed in $=Z, $=Y and $=U (with the .UUCP. pseudo
 * domain) go to uucp-uudom, uucp-new and uucp-old. */
static const struct rule_line uucp_parse1[] = {
	{ NULL, "R$* < @ $=Z . UUCP. > $*\t$#uucp-uudom $@ $2 $: $1 < @ $2 .UUCP. > $3" },
	{ NULL, "R$* < @ $=Y . UUCP. > $*\t$#uucp-new $@ $2 $: $1 < @ $2 .UUCP. > $3" },
	{ NULL, "R$* < @ $=U . UUCP. > $*\t$#uucp-old $@ $2 $: $1 < @ $2 .UUCP. > $3" },
};

void uucp_hook_rules(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t i;

	(void)call;
	for (i = 0; i < RULES_COUNT(uucp_parse1); i++)
		ctx_add_rule(ctx, "LOCAL_UUCP", uucp_parse1[i].when, "%s", uucp_parse1[i].text);
}

static int rules_uucp_mailer(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	return rules_write(ctx, uucp_rules, RULES_COUNT(uucp_rules));
}

const struct mailer_file mailer_file_uucp = {
	"uucp", uucp_mailers, sizeof(uucp_mailers) / sizeof(uucp_mailers[0]),
	"UUCP_MAILER_PATH, UUCP_MAILER_FLAGS, UUCP_MAILER_ARGS, UUCP_MAILER_MAX, UUCP_MAX_SIZE, "
	"UUCP_MAILER_CHARSET, UUCP_MAILER_QGRP",
	rules_uucp_mailer, 1
};
