/*
 * feature_map.c - default and explicit map specifications of features.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "features/feature_map.h"
#include "lib/xalloc.h"

char *feature_map_spec(struct emit_ctx *ctx, const struct ir_call *call, int arg,
		       const char *file, const char *options)
{
	const char *given = ctx_arg(call, arg);
	const char *type, *dir;

	if (strcmp(given, "LDAP") == 0) {
		ctx_error(ctx, DC_MC_NOT_IMPLEMENTED, &call->pos, "FEATURE(`%s'): LDAP map specifications are not supported yet",
			  ctx_arg(call, 0));
		return NULL;
	}
	if (given[0])
		return xstrdup(given);
	type = ctx_define_or_name(ctx, "DATABASE_MAP_TYPE", call->define_epoch);
	dir = ctx_define_or_name(ctx, "MAIL_SETTINGS_DIR", call->define_epoch);
	return xasprintf("%s %s%s%s%s", type, options ? options : "", options ? " " : "", dir, file);
}

int feature_add_map(struct emit_ctx *ctx, const struct ir_call *call, enum ctx_flag flag,
		    const char *name, const char *file)
{
	char *spec = feature_map_spec(ctx, call, 1, file, NULL);

	if (spec == NULL)
		return -1;
	ctx->flag[flag] = 1;
	ctx_add_line(ctx, SEC_MAPS, "K%s %s", name, spec);
	free(spec);
	return 0;
}

char *feature_program_path(struct emit_ctx *ctx, const struct ir_call *call, int arg,
			   const char *program)
{
	const char *given = ctx_arg(call, arg);
	const char *bindir;

	if (given[0])
		return xstrdup(given);
	bindir = ctx_define_at(ctx, "confEBINDIR", call->define_epoch);
	return xasprintf("%s/%s", bindir ? bindir : "/usr/libexec", program);
}
