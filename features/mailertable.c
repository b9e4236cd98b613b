/*
 * mailertable.c - FEATURE(`mailertable' [, map spec]): route remote
 * domains through a table of domain -> mailer:host.  A lookup tries the
 * full host, then each parent domain as ".domain", then ".".
 */
#include "compiler/emit_ctx.h"
#include "compiler/rules.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

/* Rules in Parse1, after local names are handled. */
static const char *const parse1_rules[] = {
	"R$* <@ $+ > $*\t$: < $2 > $1 < @ $2 > $3",
	"R< $+ . > $*\t$: < $1 > $2",
	"R< $+ > $*\t$: < $(mailertable $1 $) > $2",
	"R< $~[ : $* > $*\t$>MailerToTriple < $1 : $2 > $3",
	"R< $+ > $*\t$: $>Mailertable <$1> $2",
};

/* With FEATURE(ldap_routing): the mail host LDAP gave is looked up
 * (then its parent domains), else it is relayed to directly. */
static const char *const ldap_mailertable_ruleset[] = {
	"",
	"SLDAPMailertable",
	"R< $+ > $*\t$: < $(mailertable $1 $) > $2",
	"R< $~[ : $* > $*\t$>MailerToTriple < $1 : $2 > $3",
	"R< $+ > $*\t$: < $1 > $>Mailertable <$1> $2",
	"R< $+ > $#$*\t$#$2",
	"R< $+ > $*\t$#_RELAY_ $@ $1 $: $2",
};

/* Ruleset 90: strip one label at a time and look the rest up. */
static const char *const mailertable_ruleset[] = {
	"",
	"SMailertable=90",
	"R$* <$- . $+ > $*\t$: $1$2 < $(mailertable .$3 $@ $1$2 $@ $2 $) > $4",
	"R$* <$~[ : $* > $*\t$>MailerToTriple < $2 : $3 > $4",
	"R$* < . $+ > $*\t$@ $>Mailertable $1 . <$2> $3",
	"R$* < $* > $*\t$: < $(mailertable . $@ $1$2 $) > $3",
	"R< $~[ : $* > $*\t$>MailerToTriple < $1 : $2 > $3",
	"R< $* > $*\t$@ $2",
};

int feature_mailertable_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t i;

	if (feature_add_map(ctx, call, CF_MAILERTABLE, "mailertable", "mailertable", "mailer") != 0)
		return -1;
	for (i = 0; i < sizeof(parse1_rules) / sizeof(parse1_rules[0]); i++)
		ctx_add_rule(ctx, "PARSE1_REMOTE", NULL, "%s", parse1_rules[i]);
	/* ldap_routing may come later in the .mc: tested when written */
	for (i = 0; i < sizeof(ldap_mailertable_ruleset) / sizeof(ldap_mailertable_ruleset[0]); i++)
		ctx_add_rule(ctx, "FEATURE_RULESETS", when_ldap_routing, "%s", ldap_mailertable_ruleset[i]);
	for (i = 0; i < sizeof(mailertable_ruleset) / sizeof(mailertable_ruleset[0]); i++)
		ctx_add_rule(ctx, "FEATURE_RULESETS", NULL, "%s", mailertable_ruleset[i]);
	return 0;
}
