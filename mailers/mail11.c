/*
 * mail11.c - MAILER(`mail11'): delivery to DECnet hosts through the
 * mail11 program.
 *
 * Addresses "user < @ node .DECNET >" are written as "node::user"; the
 * sender gets this host's name in front.  ParseLocal sends .DECNET
 * addresses to this mailer (or to the local one for our own names); the
 * emitter registers those rules through mailer_hook_rules().
 */
#include "compiler/emit_ctx.h"
#include "compiler/rules.h"
#include "mailers/mailer.h"
#include "mailers/hook_rules.h"

static const struct mailer_def mail11_mailers[] = {
	{ "mail11", NULL, "", NULL, "MAIL11_MAILER_FLAGS", "nsFx", NULL, "MAIL11", {
		MAILER_FIELD('P', "/usr/etc/mail11", "MAIL11_MAILER_PATH"),
		MAILER_FIXED('S', "Mail11From"),
		MAILER_FIXED('R', "Mail11To"),
		MAILER_FIXED('T', "DNS/X-DECnet/X-Unix"),
		MAILER_QGRP("MAIL11_MAILER_QGRP"),
		MAILER_FIELD('A', "mail11 $g $x $h $u", "MAIL11_MAILER_ARGS"),
		MAILER_END } },
};

static const struct rule_line mail11_rules[] = {
	{ NULL, "SMail11To" },
	{ NULL, "R$+ < @ $- .UUCP >\t$: $2 ! $1\tUUCP hosts keep the bang path" },
	{ NULL, "R$+ < @ $- .DECNET >\t$: $2 :: $1\tnode::user" },
	{ NULL, "R$+ < @ $- .LOCAL >\t$: $2 :: $1\tnode::user" },
	{ NULL, "R$+ < @ $=w. >\t$: $2 :: $1\tnode::user" },
	{ NULL, "R$=w :: $+\t$2\tour own node: user alone" },
	{ NULL, "R$+ :: $+\t$@ $1 :: $2\tnode given: done" },
	{ NULL, "SMail11From" },
	{ NULL, "R$+\t$: $>Mail11To $1\tfirst as a recipient" },
	{ NULL, "R$w :: $+\t$@ $w :: $1\tfrom this node: done" },
};

/*
 * ParseLocal: our own DECnet names are local, other .DECNET nodes go to
 * mail11.  The local mailer is named as it is when MAILER(`mail11') is
 * read: confLOCAL_MAILER if it is defined by then, else local.
 */
void mail11_hook_rules(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *local = ctx_define_at(ctx, "confLOCAL_MAILER", call->define_epoch);

	ctx_add_rule(ctx, IR_SECTION_LOCAL_RULE_0, NULL, "R$* < @ $=w .DECNET. >\t$#%s $: $1\tour own DECnet node",
		     local ? local : "local");
	ctx_add_rule(ctx, IR_SECTION_LOCAL_RULE_0, NULL,
		     "R$+ < @ $+ .DECNET. >\t$#mail11 $@ $2 $: $1\tanother DECnet node");
}

static int rules_mail11_mailer(struct emit_ctx *ctx, const struct ir_call *call)
{
	(void)call;
	return rules_write(ctx, mail11_rules, RULES_COUNT(mail11_rules));
}

const struct mailer_file mailer_file_mail11 = {
	"mail11", mail11_mailers, sizeof(mail11_mailers) / sizeof(mail11_mailers[0]),
	"MAIL11_MAILER_PATH, MAIL11_MAILER_FLAGS, MAIL11_MAILER_ARGS, MAIL11_MAILER_QGRP",
	rules_mail11_mailer, 1
};
