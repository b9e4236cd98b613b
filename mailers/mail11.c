/*
 * mail11.c - MAILER(`mail11'): delivery to DECnet hosts through the
 * mail11 program.
 *
 * Addresses "user < @ node .DECNET >" are written as "node::user"; the
 * sender gets this host's name in front.  ParseLocal sends .DECNET
 * addresses to this mailer (or to the local one for our own names); the
 * emitter registers those rules (rules_mail11_parselocal, hook_rules.h).
 */
#include "compiler/emit_ctx.h"
#include "compiler/rules.h"
#include "mailers/mailer.h"
#include "mailers/hook_rules.h"

static const struct mailer_def mail11_mailers[] = {
	{ "mail11", "", "MAIL11_MAILER_FLAGS", "nsFx", "MAIL11", {
		{ 'P', "/usr/etc/mail11", "MAIL11_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "Mail11From", NULL, NULL, NULL, 0 },
		{ 'R', "Mail11To", NULL, NULL, NULL, 0 },
		{ 'T', "DNS/X-DECnet/X-Unix", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "MAIL11_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "mail11 $g $x $h $u", "MAIL11_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
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

/* ParseLocal: our own DECnet names are local (_LOCAL_ is the local
 * mailer's role name, confLOCAL_MAILER or local), other .DECNET nodes go
 * to mail11. */
const struct rule_line rules_mail11_parselocal[] = {
	{ NULL, "R$* < @ $=w .DECNET. >\t$#_LOCAL_ $: $1\tour own DECnet node" },
	{ NULL, "R$+ < @ $+ .DECNET. >\t$#mail11 $@ $2 $: $1\tanother DECnet node" },
};
const size_t rules_mail11_parselocal_count = RULES_COUNT(rules_mail11_parselocal);

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
