/*
 * emit_ctx.c - the emitter's working state: flags, string slots, queued
 * lines, hook rules and the defines features make.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "lib/diag.h"
#include "lib/xalloc.h"
#include "lib/xvasprintf.h"

void ctx_init(struct emit_ctx *ctx, const struct ir_config *ir, FILE *out)
{
	memset(ctx, 0, sizeof(*ctx));
	ctx->ir = ir;
	ctx->out = out;
	ctx->mailers_visible = SIZE_MAX;
	ctx->mailer_epoch = SIZE_MAX;
}

void ctx_free(struct emit_ctx *ctx)
{
	size_t i, j;

	for (i = 0; i < CS_STR_COUNT; i++)
		free(ctx->str[i]);
	for (i = 0; i < SEC_COUNT; i++) {
		for (j = 0; j < ctx->section[i].n; j++)
			free(ctx->section[i].lines[j]);
		free(ctx->section[i].lines);
		free(ctx->section[i].pos);
	}
	for (i = 0; i < ctx->nhook_rules; i++) {
		free(ctx->hook_rules[i].hook);
		free(ctx->hook_rules[i].text);
	}
	free(ctx->hook_rules);
	for (i = 0; i < ctx->ndefines; i++) {
		free(ctx->defines[i].name);
		free(ctx->defines[i].value);
	}
	free(ctx->defines);
	for (i = 0; i < ctx->nflag_edits; i++) {
		free(ctx->flag_edits[i].mailer);
		free(ctx->flag_edits[i].edit);
	}
	free(ctx->flag_edits);
}

void ctx_set_str(struct emit_ctx *ctx, enum ctx_str s, const char *value)
{
	free(ctx->str[s]);
	ctx->str[s] = value ? xstrdup(value) : NULL;
}

/* Grow ARRAY (of N used, CAP allocated elements of SIZE) for one more. */
static void *grow(void *array, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return array;
	*cap = *cap ? *cap * 2 : 16;
	return xrealloc(array, *cap * size);
}

void ctx_add_line(struct emit_ctx *ctx, enum ctx_section section, const char *fmt, ...)
{
	struct ctx_lines *l = &ctx->section[section];
	va_list ap;

	size_t cap = l->cap;

	l->lines = grow(l->lines, l->n, &l->cap, sizeof(*l->lines));
	l->pos = grow(l->pos, l->n, &cap, sizeof(*l->pos));
	if (ctx->cur_pos != NULL)
		l->pos[l->n] = *ctx->cur_pos;
	else
		memset(&l->pos[l->n], 0, sizeof(l->pos[l->n]));
	va_start(ap, fmt);
	l->lines[l->n++] = xvasprintf(fmt, ap);
	va_end(ap);
}

void ctx_add_rule(struct emit_ctx *ctx, const char *hook,
		  int (*when)(const struct emit_ctx *ctx), const char *fmt, ...)
{
	struct ctx_hook_rule *r;
	va_list ap;

	ctx->hook_rules = grow(ctx->hook_rules, ctx->nhook_rules,
			       &ctx->cap_hook_rules, sizeof(*ctx->hook_rules));
	r = &ctx->hook_rules[ctx->nhook_rules++];
	r->seq = ctx->cur_seq;
	r->hook = xstrdup(hook);
	r->when = when;
	va_start(ap, fmt);
	r->text = xvasprintf(fmt, ap);
	va_end(ap);
}

/* Through lib/diag like every other stage, so the message takes its
 * place in source order and smcf lint sees it, with its CODE. */
static void vreport(enum diag_code code, enum diag_level level, const struct ir_pos *pos,
		    const char *fmt, va_list ap)
{
	char *msg = xvasprintf(fmt, ap);

	if (pos && pos->file)
		diag_report(code, level, pos->file, pos->line, pos->col, "%s", msg);
	else
		diag_report(code, level, NULL, 0, 0, "%s", msg);
	free(msg);
}

void ctx_error(struct emit_ctx *ctx, enum diag_code code, const struct ir_pos *pos,
	       const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(code, DIAG_ERROR, pos, fmt, ap);
	va_end(ap);
	ctx->errors++;
}

void ctx_warning(const struct emit_ctx *ctx, enum diag_code code, const struct ir_pos *pos,
		 const char *fmt, ...)
{
	va_list ap;

	(void)ctx;
	va_start(ap, fmt);
	vreport(code, DIAG_WARNING, pos, fmt, ap);
	va_end(ap);
}

void ctx_set_define(struct emit_ctx *ctx, const char *name, const char *value, size_t epoch)
{
	struct ctx_define *d;

	ctx->defines = grow(ctx->defines, ctx->ndefines, &ctx->cap_defines,
			    sizeof(*ctx->defines));
	d = &ctx->defines[ctx->ndefines++];
	d->name = xstrdup(name);
	d->value = value ? xstrdup(value) : NULL;
	d->epoch = epoch;
}

void ctx_add_flag_edit(struct emit_ctx *ctx, const char *mailer, const char *edit, size_t epoch)
{
	struct ctx_flag_edit *e;

	ctx->flag_edits = grow(ctx->flag_edits, ctx->nflag_edits, &ctx->cap_flag_edits,
			       sizeof(*ctx->flag_edits));
	e = &ctx->flag_edits[ctx->nflag_edits++];
	e->mailer = xstrdup(mailer);
	e->edit = xstrdup(edit);
	e->epoch = epoch;
}

/*
 * A feature's define holds from its epoch on, as long as the .mc has not
 * defined or undefined the name since.  The latest such feature define
 * wins.
 */
static const struct ctx_define *feature_define(const struct emit_ctx *ctx,
					       const char *name, size_t epoch)
{
	size_t i;

	for (i = ctx->ndefines; i-- > 0;) {
		const struct ctx_define *d = &ctx->defines[i];

		if (strcmp(d->name, name) != 0 || d->epoch > epoch)
			continue;
		if (!ir_define_touched(ctx->ir, name, d->epoch, epoch))
			return d;
	}
	return NULL;
}

const char *ctx_define_at(const struct emit_ctx *ctx, const char *name, size_t epoch)
{
	const char *v = ir_define_at(ctx->ir, name, epoch);
	const struct ctx_define *d = feature_define(ctx, name, epoch);

	return d ? d->value : v;
}

const char *ctx_define_at_mailer(const struct emit_ctx *ctx, const char *name)
{
	return ctx_define_at(ctx, name, ctx->mailer_epoch);
}

const char *ctx_define(const struct emit_ctx *ctx, const char *name, const char *dflt)
{
	const char *v = ir_define(ctx->ir, name);
	const struct ctx_define *d = feature_define(ctx, name, SIZE_MAX);

	if (d)
		v = d->value;
	return v ? v : dflt;
}

const char *ctx_define_or_name(const struct emit_ctx *ctx, const char *name, size_t epoch)
{
	const char *v = epoch == SIZE_MAX ? ctx_define(ctx, name, NULL) : ctx_define_at(ctx, name, epoch);

	return v ? v : name;
}

const char *ctx_arg(const struct ir_call *call, int i)
{
	if (i < 0 || i >= call->nargs || call->args[i] == NULL)
		return "";
	return call->args[i];
}

int ctx_has_mailer(const struct emit_ctx *ctx, const char *file)
{
	size_t i;

	for (i = 0; i < ctx->nmailers && i < ctx->mailers_visible; i++)
		if (strcmp(ctx->mailers[i], file) == 0)
			return 1;
	return 0;
}

void ctx_want_mailer(struct emit_ctx *ctx, const char *file, const struct ir_call *call)
{
	if (ctx_has_mailer(ctx, file))
		return;
	if (ctx->nmailers >= sizeof(ctx->mailers) / sizeof(ctx->mailers[0]))
		return;
	ctx->mailers[ctx->nmailers] = file;
	ctx->mailer_calls[ctx->nmailers] = call;
	ctx->nmailers++;
}
