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
 * The keyword LDAP is refused for now (error, NULL).  Caller frees. */
char *feature_map_spec(struct emit_ctx *ctx, const struct ir_call *call, int arg,
		       const char *file, const char *options);

#endif
