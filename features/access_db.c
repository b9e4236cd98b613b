/*
 * access_db.c - FEATURE(`access_db' [, map spec] [, skip]
 * [, lookupdotdomain] [, relaytofulladdress]): the access map decides
 * about connecting hosts, senders and recipients (OK, RELAY, REJECT,
 * DISCARD, ERROR:..., QUARANTINE:...), with tags such as Connect:, From:,
 * To:.  The lookup rulesets (D, A, F, E, U, SearchList) and the hooks in
 * the check_* rulesets live in the core tables under when_access_db.
 *
 * A map spec without -T<TMPF> gets it after the map type, so that a
 * failing lookup is a temporary error, as the reference does.
 */
#include <string.h>
#include <strings.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"
#include "lib/xalloc.h"

/* Option words of arguments 2 to 4 and the flag each sets. */
static const struct {
	const char *word;
	enum ctx_flag flag;
} options[] = {
	{ "skip", CF_ACCESS_SKIP },
	{ "lookupdotdomain", CF_LOOKUPDOTDOMAIN },
	{ "relaytofulladdress", CF_RELAY_FULL_ADDR },
};

/* A given "type rest" becomes "type -T<TMPF> rest" unless it has
 * <TMPF> already or is a sequence map.  Without a space the reference's
 * m4 keeps neither part: only " -T<TMPF> " is left. */
static char *with_tempfail(struct emit_ctx *ctx, const struct ir_call *call, const char *spec)
{
	const char *sp = strchr(spec, ' ');

	if (ctx_arg(call, 1)[0] == '\0' || strstr(spec, "<TMPF>") || strncmp(spec, "sequence ", 9) == 0)
		return xstrdup(spec);
	ctx_warning(ctx, DC_MC_FEATURE_ARGUMENT, &call->pos, "missing -T<TMPF> in the map of FEATURE(`access_db', `%s'): added after the map type",
		    spec);
	if (sp == NULL)
		return xstrdup(" -T<TMPF> ");
	return xasprintf("%.*s -T<TMPF>%s", (int)(sp - spec), spec, sp);
}

int feature_access_db_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	char *spec, *full;
	size_t i;
	int a;

	for (a = 2; a <= 4; a++)
		for (i = 0; i < sizeof(options) / sizeof(options[0]); i++)
			if (strcasecmp(ctx_arg(call, a), options[i].word) == 0)
				ctx->flag[options[i].flag] = 1;
	spec = feature_map_spec(ctx, call, 1, "access", "-T<TMPF>", "access");
	full = with_tempfail(ctx, call, spec);
	ctx->flag[CF_ACCESS_DB] = 1;
	ctx_add_line(ctx, SEC_LOCAL_INFO, "C{Accept}OK RELAY");
	ctx_add_line(ctx, SEC_MAPS, "Kmacro macro");
	ctx_add_line(ctx, SEC_MAPS, "C{Tls}VERIFY ENCR");
	ctx_add_line(ctx, SEC_MAPS, "C{TlsVerified}OK TRUSTED");
	ctx_add_line(ctx, SEC_MAPS, "Kaccess %s", full);
	free(spec);
	free(full);
	return 0;
}
