/*
 * rules.c - writing a rule table: conditions, ruleset headers, and the
 * hook points where site text and feature rules go.
 */
#include <string.h>

#include "compiler/emit_ctx.h"
#include "compiler/emit_origin.h"
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

/*
 * Texts of the check rulesets a define may replace (the reference reads
 * them once the whole .mc is read):
 *   _MSG_REJECT_   what follows $#error for an access map REJECT:
 *                  "$: confREJECT_MSG" or the 5.7.1 default;
 *   _MSG_RELAY_    the relaying-denied text: confRELAY_MSG, or a default
 *                  that asks for authentication once TRUST_AUTH_MECH is
 *                  used;
 *   _MSG_RCPTREJ_  the text for a rejected recipient (confRCPTREJ_MSG);
 *   _TLS_DSN_, _TLS_ERR_  the status and reply codes of TLS failures,
 *                  permanent ones with TLS_PERM_ERR;
 *   _RBL_          the DNS blocklist the .mc names by that define.
 */
static void write_message(struct emit_ctx *ctx, const char *role)
{
	const char *v;

	if (strcmp(role, "_MSG_REJECT_") == 0) {
		v = ctx_define(ctx, "confREJECT_MSG", NULL);
		if (v)
			fprintf(ctx->out, "$: %s", v);
		else
			fputs("$@ 5.7.1 $: \"550 Access denied\"", ctx->out);
	} else if (strcmp(role, "_MSG_RELAY_") == 0) {
		v = ctx_define(ctx, "confRELAY_MSG", NULL);
		fputs(v ? v : when_use_auth(ctx)
		      ? "\"550 Relaying denied. Proper authentication required.\""
		      : "\"550 Relaying denied\"", ctx->out);
	} else if (strcmp(role, "_MSG_RCPTREJ_") == 0) {
		fputs(ctx_define(ctx, "confRCPTREJ_MSG",
				 "\"550 Mailbox disabled for this recipient\""), ctx->out);
	} else if (strcmp(role, "_RBL_") == 0) {
		fputs(ctx_define(ctx, "_RBL_", ""), ctx->out);
	} else if (strcmp(role, "_TLS_DSN_") == 0) {
		fputs(when_tls_perm_err(ctx) ? "5.7.0" : "4.7.0", ctx->out);
	} else {
		fputs(when_tls_perm_err(ctx) ? "554" : "454", ctx->out);
	}
}

static const char *const roles[] = { "_LOCAL_", "_SMTP_", "_RELAY_", "_UUCP_" };
static const char *const messages[] = {
	"_MSG_REJECT_", "_MSG_RELAY_", "_MSG_RCPTREJ_", "_RBL_", "_TLS_DSN_", "_TLS_ERR_"
};

/* The role or message word at P (its table entry), or NULL. */
static const char *word_at(const char *p, const char *const *words, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strncmp(p, words[i], strlen(words[i])) == 0)
			return words[i];
	return NULL;
}

/* Write one line, mailer roles and messages replaced, newline added.
 * Every such word starts with '_', so the text between underscores is
 * copied in one go; this runs for every rule of every cf. */
static void write_line(struct emit_ctx *ctx, const char *text)
{
	const char *p = text, *u, *w;

	while ((u = strchr(p, '_')) != NULL) {
		fwrite(p, 1, (size_t)(u - p), ctx->out);
		if ((w = word_at(u, roles, sizeof(roles) / sizeof(roles[0]))) != NULL) {
			fputs(role_mailer(ctx, w), ctx->out);
			p = u + strlen(w);
		} else if ((w = word_at(u, messages, sizeof(messages) / sizeof(messages[0]))) != NULL) {
			write_message(ctx, w);
			p = u + strlen(w);
		} else {
			fputc('_', ctx->out);
			p = u + 1;
		}
	}
	fputs(p, ctx->out);
	fputc('\n', ctx->out);
}

void rules_write_site_text(struct emit_ctx *ctx, const struct ir_text *t)
{
	emit_origin_mark(&t->pos, 1);
	fputs(t->text, ctx->out);
	/* text whose last line lost its newline (to a dnl) still ends its
	 * line: the next cf line must not be glued to it */
	if (t->text[0] != '\0' && t->text[strlen(t->text) - 1] != '\n')
		fputc('\n', ctx->out);
	emit_origin_mark(NULL, 0);
}

/* Site text the .mc gave for SECTION, in .mc order. */
void rules_site_text(struct emit_ctx *ctx, const char *section)
{
	size_t i;

	for (i = 0; i < ir_ntexts(ctx->ir); i++) {
		const struct ir_text *t = ir_text_at(ctx->ir, i);

		if (strcmp(t->section, section) == 0)
			rules_write_site_text(ctx, t);
	}
}

/* The next hook rule at HOOK from *I on that is to be written, or NULL. */
static const struct ctx_hook_rule *next_hook_rule(const struct emit_ctx *ctx, const char *hook,
						  size_t *i)
{
	for (; *i < ctx->nhook_rules; (*i)++) {
		const struct ctx_hook_rule *r = &ctx->hook_rules[*i];

		if (strcmp(r->hook, hook) == 0 && (r->when == NULL || r->when(ctx)))
			return r;
	}
	return NULL;
}

/* The next site text for SECTION from *I on, or NULL. */
static const struct ir_text *next_site_text(const struct emit_ctx *ctx, const char *section,
					    size_t *i)
{
	for (; *i < ir_ntexts(ctx->ir); (*i)++) {
		const struct ir_text *t = ir_text_at(ctx->ir, *i);

		if (strcmp(t->section, section) == 0)
			return t;
	}
	return NULL;
}

/*
 * A hook: the rules features registered there and the site's own text
 * for it, in the order the .mc gave them (the reference appends both to
 * one m4 diversion as it reads the .mc).  Rules registered outside any
 * call come first.
 */
static void write_hook(struct emit_ctx *ctx, const char *hook)
{
	size_t ri = 0, ti = 0;
	const struct ctx_hook_rule *r = next_hook_rule(ctx, hook, &ri);
	const struct ir_text *t = next_site_text(ctx, hook, &ti);

	while (r != NULL || t != NULL) {
		if (r != NULL && (t == NULL || r->seq < t->seq)) {
			write_line(ctx, r->text);
			ri++;
			r = next_hook_rule(ctx, hook, &ri);
		} else {
			rules_write_site_text(ctx, t);
			ti++;
			t = next_site_text(ctx, hook, &ti);
		}
	}
}

int rules_write(struct emit_ctx *ctx, const struct rule_line *table, size_t n)
{
	size_t i;
	int skipping = 0;	/* depth of blocks being left out */

	for (i = 0; i < n; i++) {
		const struct rule_line *l = &table[i];

		if (skipping) {
			if (l->text[0] == '{')
				skipping++;
			else if (l->text[0] == '}')
				skipping--;
			continue;
		}
		if (l->text[0] == '{') {
			if (l->when && !l->when(ctx))
				skipping = 1;
			continue;
		}
		if (l->text[0] == '}')
			continue;
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
