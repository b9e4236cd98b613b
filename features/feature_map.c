/*
 * feature_map.c - default and explicit map specifications of features.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "features/feature_map.h"
#include "lib/xalloc.h"

/* The search the reference writes for the keyword LDAP: the
 * sendmailMTAMapObject entry of map LDAP_NAME and the key, for this
 * cluster or this host. */
#define LDAP_MAP_ATTRIBUTES \
	"-v sendmailMTAMapValue,sendmailMTAMapSearch:FILTER:sendmailMTAMapObject," \
	"sendmailMTAMapURL:URL:sendmailMTAMapObject"
#define LDAP_MAP_FILTER \
	"-k (&(objectClass=sendmailMTAMapObject)(|(sendmailMTACluster=${sendmailMTACluster})" \
	"(sendmailMTAHost=$j))(sendmailMTAMapName=%s)(sendmailMTAKey=%%0))"

char *feature_map_spec(struct emit_ctx *ctx, const struct ir_call *call, int arg,
		       const char *file, const char *options, const char *ldap_name)
{
	const char *given = ctx_arg(call, arg);
	const char *type, *dir;

	if (ldap_name != NULL && strcmp(given, "LDAP") == 0)
		return xasprintf("ldap %s%s-1 " LDAP_MAP_ATTRIBUTES " " LDAP_MAP_FILTER,
				 options ? options : "", options ? " " : "", ldap_name);
	if (given[0])
		return xstrdup(given);
	type = ctx_define_or_name(ctx, "DATABASE_MAP_TYPE", call->define_epoch);
	dir = ctx_define_or_name(ctx, "MAIL_SETTINGS_DIR", call->define_epoch);
	return xasprintf("%s %s%s%s%s", type, options ? options : "", options ? " " : "", dir, file);
}

int feature_add_map(struct emit_ctx *ctx, const struct ir_call *call, enum ctx_flag flag,
		    const char *name, const char *file, const char *ldap_name)
{
	char *spec = feature_map_spec(ctx, call, 1, file, NULL, ldap_name);

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
