/*
 * emit_apply.c - reading the model into the emitter context before any
 * line is written: FEATUREs and HACKs (through the registry), MAILERs,
 * MASQUERADE_AS and the macros that fill classes.
 *
 * A name the reference does not know, or one this toolchain does not
 * implement yet, is an error with the position of the call: nothing is
 * dropped silently.
 */
#include <string.h>

#include "compiler/emit_ctx.h"
#include "compiler/emit_internal.h"
#include "features/feature.h"
#include "mailers/hook_rules.h"
#include "mailers/mailer.h"

/* Macros that add words or a file to a class: macro name and the cf
 * line prefix its argument follows. */
static const struct class_macro {
	const char *macro;
	const char *prefix;
} class_macros[] = {
	{ "EXPOSED_USER", "C{E}" },
	{ "EXPOSED_USER_FILE", "F{E}" },
	{ "LOCAL_USER", "C{L}" },
	{ "LOCAL_USER_FILE", "F{L}" },
	{ "MASQUERADE_DOMAIN", "C{M}" },
	{ "MASQUERADE_DOMAIN_FILE", "F{M}" },
	{ "MASQUERADE_EXCEPTION", "C{N}" },
	{ "MASQUERADE_EXCEPTION_FILE", "F{N}" },
	{ "LOCAL_DOMAIN", "C{w}" },
	{ "CANONIFY_DOMAIN", "C{Canonify}" },
	{ "CANONIFY_DOMAIN_FILE", "F{Canonify}" },
	{ "GENERICS_DOMAIN", "C{G}" },
	{ "GENERICS_DOMAIN_FILE", "F{G}" },
	{ "LDAPROUTE_DOMAIN", "C{LDAPRoute}" },
	{ "LDAPROUTE_DOMAIN_FILE", "F{LDAPRoute}" },
	{ "LDAPROUTE_EQUIVALENT", "C{LDAPRouteEquiv}" },
	{ "LDAPROUTE_EQUIVALENT_FILE", "F{LDAPRouteEquiv}" },
	{ "VIRTUSER_DOMAIN", "C{VirtHost}" },
	{ "VIRTUSER_DOMAIN_FILE", "F{VirtHost}" },
	{ "RELAY_DOMAIN", "C{R}" },
	{ "RELAY_DOMAIN_FILE", "F{R}" },
	{ "TRUST_AUTH_MECH", "C{TrustAuthMech}" },
};

static const struct class_macro *class_macro(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(class_macros) / sizeof(class_macros[0]); i++)
		if (strcmp(class_macros[i].macro, name) == 0)
			return &class_macros[i];
	return NULL;
}

static void apply_feature(struct emit_ctx *ctx, const struct ir_call *call,
			  enum feature_kind kind)
{
	const char *what = kind == FEATURE_KIND_HACK ? "HACK" : "FEATURE";
	const char *name = ctx_arg(call, 0);
	const struct feature_def *f = feature_lookup(kind, name);

	if (f == NULL) {
		ctx_error(ctx, &call->pos, "unknown %s `%s'", what, name);
		return;
	}
	if (!feature_implemented(f)) {
		ctx_error(ctx, &call->pos, "%s(`%s') is known but not implemented yet",
			  what, name);
		return;
	}
	f->apply(ctx, call);
}

static void apply_mailer(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *name = ctx_arg(call, 0);
	const struct mailer_file *m = mailer_file_lookup(name);

	if (m == NULL) {
		ctx_error(ctx, &call->pos, "unknown MAILER `%s'", name);
		return;
	}
	if (!m->implemented) {
		ctx_error(ctx, &call->pos, "MAILER(`%s') is known but not implemented yet",
			  name);
		return;
	}
	if (!ctx_has_mailer(ctx, m->file))
		mailer_hook_rules(ctx, m->file);
	ctx_want_mailer(ctx, m->file, call);
}

static void apply_call(struct emit_ctx *ctx, const struct ir_call *call)
{
	const struct class_macro *cm;

	if (strcmp(call->macro, "FEATURE") == 0)
		apply_feature(ctx, call, FEATURE_KIND_FEATURE);
	else if (strcmp(call->macro, "HACK") == 0)
		apply_feature(ctx, call, FEATURE_KIND_HACK);
	else if (strcmp(call->macro, "MAILER") == 0)
		apply_mailer(ctx, call);
	else if (strcmp(call->macro, "MASQUERADE_AS") == 0)
		ctx->flag[CF_MASQUERADING] = 1;
	else if ((cm = class_macro(call->macro)) != NULL)
		ctx_add_line(ctx, SEC_CLASSES, "%s%s", cm->prefix, ctx_arg(call, 0));
	else if (strcmp(call->macro, "SITECONFIG") == 0 || strcmp(call->macro, "SITE") == 0)
		/* the UUCP site lists live in the reference's cf tree */
		ctx_error(ctx, &call->pos, "%s() is not implemented: the UUCP site files it reads are part of the sendmail cf tree",
			  call->macro);
}

/* The local mailer is always there, first, as in the reference. */
static void ensure_local_mailer(struct emit_ctx *ctx)
{
	size_t i;

	if (ctx_has_mailer(ctx, "local"))
		return;
	ctx_want_mailer(ctx, "local", NULL);
	for (i = ctx->nmailers - 1; i > 0; i--) {
		ctx->mailers[i] = ctx->mailers[i - 1];
		ctx->mailer_calls[i] = ctx->mailer_calls[i - 1];
	}
	ctx->mailers[0] = "local";
	ctx->mailer_calls[0] = NULL;
}

int emit_apply(struct emit_ctx *ctx)
{
	size_t i;

	for (i = 0; i < ir_ncalls(ctx->ir); i++)
		apply_call(ctx, ir_call_at(ctx->ir, i));
	if (ctx_define(ctx, "MASQUERADE_NAME", NULL))
		ctx->flag[CF_MASQUERADING] = 1;
	ensure_local_mailer(ctx);
	return ctx->errors ? -1 : 0;
}
