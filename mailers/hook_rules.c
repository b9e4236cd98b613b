/*
 * hook_rules.c - which mailer families put rules into the core rulesets
 * (see hook_rules.h); each family's own function picks the hook points.
 */
#include <string.h>

#include "compiler/emit_ctx.h"
#include "mailers/hook_rules.h"

static const struct family_hook {
	const char *file;		/* MAILER(`file') */
	void (*add)(struct emit_ctx *ctx, const struct ir_call *call);
} family_hooks[] = {
	{ "uucp", uucp_hook_rules },
	{ "mail11", mail11_hook_rules },
};

void mailer_hook_rules(struct emit_ctx *ctx, const char *file, const struct ir_call *call)
{
	size_t i;

	for (i = 0; i < sizeof(family_hooks) / sizeof(family_hooks[0]); i++)
		if (strcmp(family_hooks[i].file, file) == 0)
			family_hooks[i].add(ctx, call);
}
