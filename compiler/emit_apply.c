/*
 * emit_apply.c - reading the model into the emitter context before any
 * line is written: FEATUREs and HACKs (through the registry), MAILERs
 * and the macros that fill classes (MASQUERADE_AS is a define the rule
 * tables read).
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
		ctx_error(ctx, DC_MC_UNKNOWN_NAME, &call->pos, "unknown %s `%s'", what, name);
		return;
	}
	if (!feature_implemented(f)) {
		ctx_error(ctx, DC_MC_NOT_IMPLEMENTED, &call->pos, "%s(`%s') is known but not implemented yet",
			  what, name);
		return;
	}
	ctx->cur_pos = &call->pos;
	ctx->cur_seq = call->seq;
	f->apply(ctx, call);
	ctx->cur_pos = NULL;
	ctx->cur_seq = 0;
}

static void apply_mailer(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *name = ctx_arg(call, 0);
	const struct mailer_file *m = mailer_file_lookup(name);

	if (m == NULL) {
		ctx_error(ctx, DC_MC_UNKNOWN_NAME, &call->pos, "unknown MAILER `%s'", name);
		return;
	}
	if (!m->implemented) {
		ctx_error(ctx, DC_MC_NOT_IMPLEMENTED, &call->pos, "MAILER(`%s') is known but not implemented yet",
			  name);
		return;
	}
	/* the rules a mailer file puts in the core rulesets keep their
	 * place among the site's text of the same hook, as features' do */
	ctx->cur_seq = call->seq;
	if (!ctx_has_mailer(ctx, m->file))
		mailer_hook_rules(ctx, m->file, call);
	ctx->cur_seq = 0;
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
	else if ((cm = class_macro(call->macro)) != NULL) {
		ctx->cur_pos = &call->pos;	/* the line answers to the call */
		ctx_add_line(ctx, SEC_CLASSES, "%s%s", cm->prefix, ctx_arg(call, 0));
		ctx->cur_pos = NULL;
	}
}

/* The local mailer is always there: without MAILER(`local') the
 * reference reads it after everything else, so it comes last. */
static void ensure_local_mailer(struct emit_ctx *ctx)
{
	ctx_want_mailer(ctx, "local", NULL);
}

int emit_apply(struct emit_ctx *ctx)
{
	size_t i;

	for (i = 0; i < ir_ncalls(ctx->ir); i++)
		apply_call(ctx, ir_call_at(ctx->ir, i));
	ensure_local_mailer(ctx);
	return ctx->errors ? -1 : 0;
}
