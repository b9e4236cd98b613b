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

void mailer_hook_rules(struct emit_ctx *ctx, const char *file)
{
	size_t i, j;

	for (i = 0; i < sizeof(family_hooks) / sizeof(family_hooks[0]); i++) {
		const struct family_hook *h = &family_hooks[i];

		if (strcmp(h->file, file) != 0)
			continue;
		for (j = 0; j < *h->count; j++)
			ctx_add_rule(ctx, h->hook, h->rules[j].when, "%s", h->rules[j].text);
	}
}
