/*
 * hack_spamtrap.c - HACK(`spamtrap'): recipients the access map marks
 * POISON (To: entries) poison the whole message, which is refused once
 * its headers are read; a To: header naming such an address is refused
 * at once.  The lookups need the access map, but the reference does not
 * check for it, so neither do we: the cf is the same.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

static const char *const spamtrap_rules[] = {
	"",
	"SLocal_check_rcpt",
	"R$*\t$: $1 $| $1",
	"R$* $| $* <$+> $*\t$1 $| $3",
	"R$* $| $+\t$: $1 $| $>SearchList <!To> $| <E:$2> <>",
	"R$* $| <POISON>\t$: $1 $| $(macro {PoisonRecipient} $@ POISON $)",
	"R$* $| $*\t$: $1",
	"",
	"Scheck_eoh",
	"R$*\t$: $&{PoisonRecipient}",
	"RPOISON\t$#error $@ 5.7.1 $: 550 Mail sent to spam lists is not accepted here",
	"",
	"HTo: $>CheckTo",
	"",
	"SCheckTo",
	"R$+ , $+\t$@ $1 , $2",
	"R$*\t$: $1 $| $>SearchList <!To> $| <E:$1> <>",
	"R$* $| <POISON>\t$#error $@ 5.7.1 $: 550 Mail sent by spamware is not accepted here",
	"R$* $| $*\t$: $1",
};

int feature_spamtrap_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t i;

	(void)call;
	ctx_add_line(ctx, SEC_MAPS, "Kmacro macro");
	for (i = 0; i < sizeof(spamtrap_rules) / sizeof(spamtrap_rules[0]); i++)
		ctx_add_rule(ctx, IR_SECTION_LOCAL_RULESETS, NULL, "%s", spamtrap_rules[i]);
	return 0;
}
