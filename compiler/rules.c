/*
 * rules.c - writing a rule table: conditions, ruleset headers, and the
 * hook points where site text and feature rules go.
 */
#include <string.h>

#include "compiler/emit_ctx.h"
#include "compiler/rules.h"

/*
 * Rules name the mailers of the standard routes by role: _LOCAL_, _SMTP_,
 * _RELAY_ and _UUCP_ stand for confLOCAL_MAILER, confSMTP_MAILER,
 * confRELAY_MAILER and confUUCP_MAILER (the .mc may rename them).
 */
static const char *role_mailer(const struct emit_ctx *ctx, const char *role)
{
	if (strcmp(role, "_LOCAL_") == 0)
		return ctx_define(ctx, "confLOCAL_MAILER", "local");
	if (strcmp(role, "_SMTP_") == 0)
		return ctx_define(ctx, "confSMTP_MAILER", "esmtp");
	if (strcmp(role, "_UUCP_") == 0)
		return ctx_define(ctx, "confUUCP_MAILER", "uucp-old");
	/* Without MAILER(smtp) the reference names no relay mailer. */
	return ctx_define(ctx, "confRELAY_MAILER",
			  ctx_has_mailer(ctx, "smtp") ? "relay" : "unknown");
}

static const char *const roles[] = { "_LOCAL_", "_SMTP_", "_RELAY_", "_UUCP_" };

/* Write one line, mailer roles replaced, newline added.  Every role
 * starts with '_', so the text between underscores is copied in one go;
 * this runs for every rule of every cf. */
static void write_line(struct emit_ctx *ctx, const char *text)
{
	const char *p = text, *u;
	size_t i, len;

	while ((u = strchr(p, '_')) != NULL) {
		fwrite(p, 1, (size_t)(u - p), ctx->out);
		for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++) {
			len = strlen(roles[i]);
			if (strncmp(u, roles[i], len) == 0)
				break;
		}
		if (i < sizeof(roles) / sizeof(roles[0])) {
			fputs(role_mailer(ctx, roles[i]), ctx->out);
			p = u + len;
		} else {
			fputc('_', ctx->out);
			p = u + 1;
		}
	}
	fputs(p, ctx->out);
	fputc('\n', ctx->out);
}

/* Site text the .mc gave for SECTION, in .mc order. */
void rules_site_text(struct emit_ctx *ctx, const char *section)
{
	size_t i;

	for (i = 0; i < ir_ntexts(ctx->ir); i++) {
		const struct ir_text *t = ir_text_at(ctx->ir, i);

		if (strcmp(t->section, section) == 0)
			fputs(t->text, ctx->out);
	}
}

/*
 * The rules features registered at HOOK and the site text of the section
 * of the same name, merged in .mc order: the reference appends both to
 * one m4 diversion as the .mc is read.  Rules of one call keep their
 * registration order.
 */
static void write_hook(struct emit_ctx *ctx, const char *hook)
{
	size_t i = 0, t = 0;

	for (;;) {
		const struct ctx_hook_rule *r = NULL;
		const struct ir_text *x = NULL;

		while (i < ctx->nhook_rules && strcmp(ctx->hook_rules[i].hook, hook) != 0)
			i++;
		while (t < ir_ntexts(ctx->ir) && strcmp(ir_text_at(ctx->ir, t)->section, hook) != 0)
			t++;
		if (i < ctx->nhook_rules)
			r = &ctx->hook_rules[i];
		if (t < ir_ntexts(ctx->ir))
			x = ir_text_at(ctx->ir, t);
		if (r == NULL && x == NULL)
			return;
		if (r && (x == NULL || r->seq < x->seq)) {
			if (r->when == NULL || r->when(ctx))
				write_line(ctx, r->text);
			i++;
		} else {
			fputs(x->text, ctx->out);
			t++;
		}
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
			write_hook(ctx, l->text + 1);
			break;
		case 'S':
			fprintf(ctx->out, "\n%s\n", l->text);
			break;
		default:
			write_line(ctx, l->text);
			break;
		}
	}
	return ferror(ctx->out) ? -1 : 0;
}
