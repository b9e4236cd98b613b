/*
 * hack_debian_auth.c - HACK(`debian_auth') (Debian): default SMTP AUTH
 * client credentials from MAIL_SETTINGS_DIR/default-auth-info, the user
 * sendmail becomes trusted, and trusted users may give any AUTH= identity
 * (Local_trust_auth).  DEBIAN_DEBUG logs the AUTH values.
 */
#include <stdint.h>
#include <stdlib.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "lib/xalloc.h"

#define HOOK IR_SECTION_LOCAL_RULESETS

int feature_debian_auth_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t epoch = call->define_epoch;
	/* the file name is expanded at the end, with the last settings dir */
	const char *dir = ctx_define_or_name(ctx, "MAIL_SETTINGS_DIR", SIZE_MAX);
	const char *trusted = ctx_define_at(ctx, "confTRUSTED_USERS", epoch);
	char *s;

	s = xasprintf("%sdefault-auth-info", dir);
	ctx_set_define(ctx, "confDEF_AUTH_INFO", s, epoch);
	free(s);
	s = trusted ? xasprintf("%s,sendmail", trusted) : xstrdup("sendmail");
	ctx_set_define(ctx, "confTRUSTED_USERS", s, epoch);
	free(s);
	ctx_add_rule(ctx, HOOK, NULL, "%s", "");
	ctx_add_rule(ctx, HOOK, NULL, "SLocal_trust_auth");
	ctx_add_rule(ctx, HOOK, NULL, "R$*\t$: $&{auth_authen}");
	if (ctx_define_at(ctx, "DEBIAN_DEBUG", epoch)) {
		ctx_add_rule(ctx, HOOK, NULL, "R$*\t$: $(log authtype:$&{auth_type} $) $1");
		ctx_add_rule(ctx, HOOK, NULL, "R$*\t$: $(log authauthen:$&{auth_authen} $) $1");
		ctx_add_rule(ctx, HOOK, NULL, "R$*\t$: $(log authauthor:$&{auth_author} $) $1");
	}
	/* The reference separates its comment on this rule with spaces, not
	 * a tab, so sendmail reads the words as part of the RHS (after $#ok
	 * they are never used, but they are tokens of the rule).  Keep them,
	 * so the rule is the same rule. */
	ctx_add_rule(ctx, HOOK, NULL,
		     "R$=t\t$@ $#ok Trusted users...    Allow trusted users to auth= as anyone");
	return 0;
}
