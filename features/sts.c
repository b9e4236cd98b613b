/*
 * sts.c - FEATURE(`sts' [, socketmap_spec [, NO_SAN_TST]]): MTA-STS.  The
 * client asks a policy daemon (the sts socket map) for each recipient
 * domain and, for a "secure" policy, requires a verified TLS connection
 * to a server the policy names.  The rulesets (STS_Check, STS_secure,
 * Set_SNI ... and the STS parts of tls_rcpt, tls_server and
 * tls_clt_features) are in the core table; this file declares the maps
 * and options.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "lib/xalloc.h"

/*
 * The reference builds a given map spec through a helper that an earlier
 * FEATURE(access_db) may have left behind: when the access map's spec
 * lacked -T<TMPF>, the sts spec gets " -T<TMPF> " inserted at the
 * position of the first blank of that access spec.  NULL when there is
 * no such access_db before CALL.
 */
static char *spec_with_access_fix(const struct emit_ctx *ctx, const struct ir_call *call,
				  const char *spec)
{
	const char *access = NULL, *blank;
	size_t i, at, len = strlen(spec);

	for (i = 0; i < ir_ncalls(ctx->ir); i++) {
		const struct ir_call *c = ir_call_at(ctx->ir, i);

		if (c == call)
			break;
		if (strcmp(c->macro, "FEATURE") == 0 && strcmp(ctx_arg(c, 0), "access_db") == 0)
			access = ctx_arg(c, 1);
	}
	if (access == NULL || access[0] == '\0' || strcmp(access, "LDAP") == 0 ||
	    strncmp(access, "sequence ", 9) == 0 || strstr(access, "<TMPF>") != NULL)
		return NULL;
	blank = strchr(access, ' ');
	at = blank ? (size_t)(blank - access) : 0;
	if (at > len)
		at = len;
	return xasprintf("%.*s -T<TMPF> %s", (int)at, spec, spec + at);
}

int feature_sts_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *spec = ctx_arg(call, 1);
	int san = strcmp(ctx_arg(call, 2), "NO_SAN_TST") != 0;
	char *fixed = NULL;

	ctx->flag[CF_STS] = 1;
	ctx->flag[CF_STS_SAN] = ctx->flag[CF_STS_SAN] || san;
	ctx_add_line(ctx, SEC_MAPS, "O StrictTransportSecurity=true");
	if (san)
		ctx_add_line(ctx, SEC_MAPS, "O SetCertAltnames=true");
	if (spec[0] == '\0')
		spec = "socket -d5 -T<TMPF> inet:5461@127.0.0.1";
	else
		fixed = spec_with_access_fix(ctx, call, spec);
	ctx_add_line(ctx, SEC_MAPS, "Ksts %s", fixed ? fixed : spec);
	free(fixed);
	/* what the reference's TLS checks need with STS */
	ctx_add_line(ctx, SEC_MAPS, "Kmacro macro");
	ctx_add_line(ctx, SEC_MAPS, "C{Tls}VERIFY ENCR");
	ctx_add_line(ctx, SEC_MAPS, "C{TlsVerified}OK TRUSTED");
	ctx_add_line(ctx, SEC_MAPS, "Kstsxsni regex -a: -s3 (.*)(servername=)(.*)");
	ctx_add_line(ctx, SEC_MAPS, "Kstsxsni2 regex -a: -s2 (.*)(servername=.*)");
	ctx_add_line(ctx, SEC_MAPS, "Kstsxmatch regex -a: -s2 (match=)(.*)");
	ctx_add_line(ctx, SEC_MAPS, "Kstsxnodaneflag regex -a@ -s3 (.*)(flags=)([^;]*d)(.*)");
	return 0;
}
