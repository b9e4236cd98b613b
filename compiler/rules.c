/*
 * rules.c - writing a rule table: conditions, ruleset headers, and the
 * hook points where site text and feature rules go.
 */
#include <string.h>

#include "compiler/emit_ctx.h"
#include "compiler/rules.h"

/* Site text the .mc gave for SECTION, in .mc order. */
static void write_site_text(struct emit_ctx *ctx, const char *section)
{
	size_t i;

	for (i = 0; i < ir_ntexts(ctx->ir); i++) {
		const struct ir_text *t = ir_text_at(ctx->ir, i);

		if (strcmp(t->section, section) == 0)
			fputs(t->text, ctx->out);
	}
}

/* Rules features registered at HOOK, in registration order. */
static void write_hook_rules(struct emit_ctx *ctx, const char *hook)
{
	size_t i;

	for (i = 0; i < ctx->nhook_rules; i++) {
		const struct ctx_hook_rule *r = &ctx->hook_rules[i];

		if (strcmp(r->hook, hook) != 0)
			continue;
		if (r->when && !r->when(ctx))
			continue;
		fprintf(ctx->out, "%s\n", r->text);
	}
}

int rules_write(struct emit_ctx *ctx, const struct rule_line *table, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const struct rule_line *l = &table[i];

		if (l->when && !l->when(ctx))
			continue;
		switch (l->text[0]) {
		case '@':
			write_hook_rules(ctx, l->text + 1);
			write_site_text(ctx, l->text + 1);
			break;
		case 'S':
			fprintf(ctx->out, "\n%s\n", l->text);
			break;
		default:
			fprintf(ctx->out, "%s\n", l->text);
			break;
		}
	}
	return ferror(ctx->out) ? -1 : 0;
}
