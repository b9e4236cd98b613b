/*
 * mailer_write.c - turning a mailer family's table into M lines.
 *
 * Every field value is read as of the MAILER() call (the reference
 * expands the mailer file at that point): the define that overrides a
 * field, the configurable flags, and the MODIFY_MAILER_FLAGS calls made
 * before it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "lib/strbuf.h"
#include "mailers/mailer.h"

/* Epoch at which the mailer file is read; a file a feature asked for is
 * read as of the end of the .mc. */
static size_t call_epoch(const struct ir_call *call)
{
	return call ? call->define_epoch : (size_t)-1;
}

/* Is C one of the calls before LIMIT (NULL = all calls)? */
static int before(const struct emit_ctx *ctx, size_t i, const struct ir_call *limit)
{
	return limit == NULL || ir_call_at(ctx->ir, i) != limit;
}

static void delete_first(struct strbuf *sb, char c)
{
	char *p = memchr(sb->buf, c, sb->len);

	if (p == NULL)
		return;
	memmove(p, p + 1, sb->len - (size_t)(p - sb->buf));
	sb->len--;
}

static void add_if_missing(struct strbuf *sb, char c)
{
	if (sb->len == 0 || memchr(sb->buf, c, sb->len) == NULL)
		strbuf_addch(sb, c);
}

/* The pending edits of one mailer's flags. */
struct flag_edits {
	struct strbuf add, del;
	const char *replace;
};

/* One MODIFY_MAILER_FLAGS value: +x adds, -x deletes, anything else
 * replaces the whole field and clears the pending edits. */
static void one_edit(struct flag_edits *e, const char *v)
{
	if (v[0] == '+') {
		strbuf_addstr(&e->add, v + 1);
	} else if (v[0] == '-') {
		strbuf_addstr(&e->del, v + 1);
	} else {
		e->replace = v;
		strbuf_reset(&e->add);
		strbuf_reset(&e->del);
	}
}

/* Edits features made (msp) at epochs up to EPOCH. */
static void feature_edits(const struct emit_ctx *ctx, const char *name, size_t from,
			  size_t to, struct flag_edits *e)
{
	size_t i;

	for (i = 0; i < ctx->nflag_edits; i++) {
		const struct ctx_flag_edit *f = &ctx->flag_edits[i];

		if (f->epoch >= from && f->epoch < to && strcmp(f->mailer, name) == 0)
			one_edit(e, f->edit);
	}
}

/*
 * MODIFY_MAILER_FLAGS(`NAME', ...) calls made before the mailer, and the
 * same edits made by features, in the order they were made; then
 * deletions apply first, additions second.
 */
static void modify_flags(const struct emit_ctx *ctx, const char *name,
			 const struct ir_call *limit, struct strbuf *flags)
{
	struct flag_edits e = { STRBUF_INIT, STRBUF_INIT, NULL };
	size_t i, j, done = 0;

	for (i = 0; i < ir_ncalls(ctx->ir) && before(ctx, i, limit); i++) {
		const struct ir_call *c = ir_call_at(ctx->ir, i);

		if (strcmp(c->macro, "MODIFY_MAILER_FLAGS") != 0 ||
		    strcmp(ctx_arg(c, 0), name) != 0)
			continue;
		feature_edits(ctx, name, done, c->define_epoch + 1, &e);
		done = c->define_epoch + 1;
		one_edit(&e, ctx_arg(c, 1));
	}
	feature_edits(ctx, name, done, limit ? limit->define_epoch + 1 : (size_t)-1, &e);
	if (e.replace) {
		strbuf_reset(flags);
		strbuf_addstr(flags, e.replace);
	} else {
		for (j = 0; j < e.del.len; j++)
			delete_first(flags, e.del.buf[j]);
		for (j = 0; j < e.add.len; j++)
			add_if_missing(flags, e.add.buf[j]);
	}
	strbuf_free(&e.add);
	strbuf_free(&e.del);
}

static char *mailer_flags(struct emit_ctx *ctx, const struct mailer_def *m,
			  const struct ir_call *call)
{
	struct strbuf sb = STRBUF_INIT;
	size_t epoch = call_epoch(call);
	const char *conf = NULL;
	const char *base = NULL;

	if (m->flags_define)
		conf = ctx_define_at(ctx, m->flags_define, epoch);
	if (conf == NULL && m->flags_fallback)
		conf = ctx_define_at(ctx, m->flags_fallback, epoch);
	if (conf == NULL)
		conf = m->flags_default;
	if (m->base_define)
		base = ctx_define_at(ctx, m->base_define, epoch);
	if (base == NULL)
		base = m->flags_base;
	strbuf_addstr(&sb, base ? base : "");
	strbuf_addstr(&sb, m->flags_extra ? m->flags_extra : "");
	strbuf_addstr(&sb, conf ? conf : "");
	if (m->modify_name)
		modify_flags(ctx, m->modify_name, call, &sb);
	return strbuf_detach(&sb);
}

/* Mailers that exist only when another family was read before theirs:
 * the domain-style UUCP mailers use the SMTP rulesets. */
static const struct {
	const char *mailer;
	const char *needs;
} needs_earlier[] = {
	{ "uucp-dom", "smtp" },
	{ "uucp-uudom", "smtp" },
};

static int mailer_wanted(const struct emit_ctx *ctx, const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(needs_earlier) / sizeof(needs_earlier[0]); i++)
		if (strcmp(needs_earlier[i].mailer, name) == 0 &&
		    !ctx_has_mailer(ctx, needs_earlier[i].needs))
			return 0;
	return 1;
}

static int write_mailer(struct emit_ctx *ctx, const struct mailer_def *m,
			const struct ir_call *call)
{
	size_t epoch = call_epoch(call);
	const struct mailer_field *f;
	char *flags;

	if (!mailer_wanted(ctx, m->name))
		return 0;
	flags = mailer_flags(ctx, m, call);

	fprintf(ctx->out, "M%s,\tF=%s", m->name, flags);
	free(flags);
	for (f = m->fields; f->letter; f++) {
		const char *v = NULL;

		if (f->when && !f->when(ctx))
			continue;
		if (f->define)
			v = ctx_define_at(ctx, f->define, epoch);
		if (v == NULL && f->fallback)
			v = ctx_define_at(ctx, f->fallback, epoch);
		if (v == NULL)
			v = f->value;
		if (v == NULL || (f->omit_empty && v[0] == '\0'))
			continue;
		fprintf(ctx->out, ",\n\t%c=%s%s%s", f->letter, f->prefix ? f->prefix : "",
			v, f->suffix ? f->suffix : "");
	}
	fputs("\n\n", ctx->out);
	return ferror(ctx->out) ? -1 : 0;
}

int mailer_file_write(struct emit_ctx *ctx, const struct mailer_file *file,
		      const struct ir_call *call)
{
	size_t i;
	int rc = 0;

	if (!file->implemented) {
		ctx_error(ctx, DC_MC_NOT_IMPLEMENTED, call ? &call->pos : NULL,
			  "MAILER(`%s') is known but not implemented yet", file->file);
		return -1;
	}
	fprintf(ctx->out, "\n###  MAILER(`%s')\n", file->file);
	ctx->mailer_epoch = call_epoch(call);
	if (file->rules && file->rules(ctx, call) != 0)
		rc = -1;
	if (rc == 0)
		fputc('\n', ctx->out);
	for (i = 0; rc == 0 && i < file->nmailers; i++)
		rc = write_mailer(ctx, &file->mailers[i], call);
	ctx->mailer_epoch = SIZE_MAX;
	return rc;
}
