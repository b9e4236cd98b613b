/*
 * hook_rules.c - which mailer families put rules into the core rulesets,
 * and at which hook point (see hook_rules.h).
 */
#include <string.h>

#include "compiler/emit_ctx.h"
#include "mailers/hook_rules.h"

static const struct family_hook {
	const char *file;		/* MAILER(`file') */
	const char *hook;		/* hook point of the core tables */
	const struct rule_line *rules;
	const size_t *count;
} family_hooks[] = {
	{ "uucp", "LOCAL_UUCP", rules_uucp_parse1, &rules_uucp_parse1_count },
	{ "mail11", IR_SECTION_LOCAL_RULE_0, rules_mail11_parselocal, &rules_mail11_parselocal_count },
};

/* Add TEXT at HOOK with the local mailer's role name _LOCAL_ replaced by
 * LOCAL_MAILER. */
static void add_rule(struct emit_ctx *ctx, const struct family_hook *h, const struct rule_line *r,
		     const char *local_mailer)
{
	static const char role[] = "_LOCAL_";
	const char *at = strstr(r->text, role);

	if (at == NULL)
		ctx_add_rule(ctx, h->hook, r->when, "%s", r->text);
	else
		ctx_add_rule(ctx, h->hook, r->when, "%.*s%s%s", (int)(at - r->text), r->text,
			     local_mailer, at + sizeof(role) - 1);
}

void mailer_hook_rules(struct emit_ctx *ctx, const char *file, const struct ir_call *call)
{
	const char *local_mailer = NULL;
	size_t i, j;

	if (call)
		local_mailer = ctx_define_at(ctx, "confLOCAL_MAILER", call->define_epoch);
	if (local_mailer == NULL)
		local_mailer = "local";
	for (i = 0; i < sizeof(family_hooks) / sizeof(family_hooks[0]); i++) {
		const struct family_hook *h = &family_hooks[i];

		if (strcmp(h->file, file) != 0)
			continue;
		for (j = 0; j < *h->count; j++)
			add_rule(ctx, h, &h->rules[j], local_mailer);
	}
}
