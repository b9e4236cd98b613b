/*
 * feature_map.h - the map specification a feature's argument gives, or
 * its default built from DATABASE_MAP_TYPE and MAIL_SETTINGS_DIR as they
 * are at the FEATURE() call.
 */
#ifndef SMCF_FEATURE_MAP_H
#define SMCF_FEATURE_MAP_H

#include <stdlib.h>

struct emit_ctx;
struct ir_call;

/* Argument ARG of CALL, or "<type> [OPTIONS ]<dir><FILE>" when it is
 * empty.  OPTIONS (may be NULL) go between type and path, e.g. "-T<TMPF>".
 * When LDAP_NAME is not NULL, the keyword LDAP stands for the ldap map
 * the reference writes: the sendmailMTAMapObject entries of that map
 * name (OPTIONS after "ldap").  Caller frees. */
char *feature_map_spec(struct emit_ctx *ctx, const struct ir_call *call, int arg,
		       const char *file, const char *options, const char *ldap_name);

/* The common shape of a map feature: switch FLAG on and declare map
 * NAME from argument 1 (LDAP: map LDAP_NAME in the directory, when not
 * NULL) or MAIL_SETTINGS_DIR/FILE.  Returns 0 or -1. */
#include "compiler/emit_ctx.h"
int feature_add_map(struct emit_ctx *ctx, const struct ir_call *call, enum ctx_flag flag,
		    const char *name, const char *file, const char *ldap_name);

/* Argument ARG of CALL, or confEBINDIR/PROGRAM (/usr/libexec/PROGRAM
 * when confEBINDIR is undefined) as of the call.  Caller frees. */
char *feature_program_path(struct emit_ctx *ctx, const struct ir_call *call, int arg,
			   const char *program);

#endif
