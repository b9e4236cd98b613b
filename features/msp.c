/*
 * msp.c - FEATURE(`msp' [, mta host [, `MSA']]): the mail submission
 * program configuration (submit.cf).  Nothing is delivered here: every
 * address, local ones included, is relayed to the MTA host ([localhost]
 * by default; port 587 with `MSA'), from a client queue, as a
 * non-root user.  It sets the options and mailer parameters of such a
 * program and adds MAILER(local) and MAILER(smtp) itself.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "lib/xalloc.h"

/* Defines the feature makes unconditionally. */
static const struct {
	const char *name;
	const char *value;
} msp_defines[] = {
	{ "confDELIVERY_MODE", "i" },
	{ "confUSE_MSP", "True" },
	{ "confFORWARD_PATH", "" },
	{ "confPRIVACY_FLAGS", "goaway,noetrn,restrictqrun" },
	{ "confDONT_PROBE_INTERFACES", "True" },
	{ "confQUEUE_FILE_MODE", "0660" },
	/* both local mailers talk SMTP to the MTA */
	{ "_DEF_LOCAL_MAILER_FLAGS", "" },
	{ "_DEF_LOCAL_SHELL_FLAGS", "" },
	{ "LOCAL_MAILER_PATH", "[IPC]" },
	{ "LOCAL_MAILER_FLAGS", "lmDFMuXkw5" },
	{ "LOCAL_MAILER_ARGS", "TCP $h" },
	{ "LOCAL_MAILER_DSN_DIAGNOSTIC_CODE", "SMTP" },
	{ "LOCAL_SHELL_PATH", "[IPC]" },
	{ "LOCAL_SHELL_FLAGS", "lmDFMuXk5" },
	{ "LOCAL_SHELL_ARGS", "TCP $h" },
};

/* Flags added to the SMTP family: skip the "talking to myself" check,
 * and (not for relay) run ruleset 5. */
static const struct {
	const char *mailer;
	const char *edit;
} msp_flag_edits[] = {
	{ "SMTP", "+k5" }, { "ESMTP", "+k5" }, { "DSMTP", "+k5" },
	{ "SMTP8", "+k5" }, { "RELAY", "+k" },
};

/* Local_localaddr: everything goes to the MTA host.  The reference
 * writes these rules when it reads the feature, so what they depend on
 * is read as of the call. */
static const char *const msp_rules[] = {
	"SLocal_localaddr",
	"R$+\t$: $>ParseRecipient $1",
	"R$* < @ $+ > $*\t$#relay $@ ${MTAHost} $: $1 < @ $2 > $3",
};

/* The status file of the client queue: sm-client.st beside where the
 * site put sendmail.st, or in the queue directory. */
static char *status_file(const char *given, const char *queue)
{
	const char *at;

	if (given == NULL)
		return xasprintf("%s/sm-client.st", queue);
	at = strstr(given, "sendmail.st");
	if (at == NULL)
		return xstrdup(given);
	return xasprintf("%.*ssm-client.st", (int)(at - given), given);
}

/* Did a DAEMON_OPTIONS come before CALL? */
static int daemon_before(const struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t i;

	for (i = 0; i < ir_ncalls(ctx->ir); i++) {
		const struct ir_call *c = ir_call_at(ctx->ir, i);

		if (c->seq < call->seq && strcmp(c->macro, "DAEMON_OPTIONS") == 0)
			return 1;
	}
	return 0;
}

int feature_msp_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t epoch = call->define_epoch;
	const char *host = ctx_arg(call, 1);
	const char *user, *queue, *colon;
	char *s;
	size_t i;

	ctx_set_define(ctx, "ALIAS_FILE", NULL, epoch);
	for (i = 0; i < sizeof(msp_defines) / sizeof(msp_defines[0]); i++)
		ctx_set_define(ctx, msp_defines[i].name, msp_defines[i].value, epoch);
	user = ctx_define_at(ctx, "confRUN_AS_USER", epoch);
	if (user == NULL)
		ctx_set_define(ctx, "confRUN_AS_USER", user = "smmsp", epoch);
	if (ctx_define_at(ctx, "confTRUSTED_USER", epoch) == NULL) {
		colon = strchr(user, ':');
		s = colon ? xstrndup(user, (size_t)(colon - user)) : xstrdup(user);
		ctx_set_define(ctx, "confTRUSTED_USER", s, epoch);
		free(s);
	}
	queue = ctx_define_at(ctx, "MSP_QUEUE_DIR", epoch);
	ctx_set_define(ctx, "QUEUE_DIR", queue ? queue : "/var/spool/clientmqueue", epoch);
	queue = ctx_define_at(ctx, "QUEUE_DIR", epoch);
	if (strcmp(ctx_arg(call, 2), "MSA") == 0)
		ctx_set_define(ctx, "RELAY_MAILER_ARGS", "TCP $h 587", epoch);
	if (ctx_define_at(ctx, "confPID_FILE", epoch) == NULL) {
		s = xasprintf("%s/sm-client.pid", queue);
		ctx_set_define(ctx, "confPID_FILE", s, epoch);
		free(s);
	}
	s = status_file(ctx_define_at(ctx, "STATUS_FILE", epoch), queue);
	ctx_set_define(ctx, "STATUS_FILE", s, epoch);
	free(s);
	ctx->flag[CF_NO_DEFAULT_MSA] = 1;
	/* a daemon on the loopback address only, unless the .mc gave one
	 * before this call */
	if (!daemon_before(ctx, call))
		ctx_set_str(ctx, CS_DEFAULT_DAEMON, "Name=NoMTA, Addr=127.0.0.1, M=E");
	for (i = 0; i < sizeof(msp_flag_edits) / sizeof(msp_flag_edits[0]); i++)
		ctx_add_flag_edit(ctx, msp_flag_edits[i].mailer, msp_flag_edits[i].edit, epoch);
	/* read at the end of the feature: later defines do not count */
	for (i = 0; feature_own_mailers[i]; i++)
		ctx_want_mailer(ctx, feature_own_mailers[i], call);
	ctx_add_line(ctx, SEC_MAPS, "D{MTAHost}%s", host[0] ? host : "[localhost]");
	ctx_add_rule(ctx, "LOCAL_RULESETS", NULL, "%s", "");
	for (i = 0; i < sizeof(msp_rules) / sizeof(msp_rules[0]); i++)
		ctx_add_rule(ctx, "LOCAL_RULESETS", NULL, "%s", msp_rules[i]);
	/* DECnet node::user, when that syntax is on by now */
	if (ctx_define_at(ctx, "_USE_DECNET_SYNTAX_", epoch))
		ctx_add_rule(ctx, "LOCAL_RULESETS", NULL,
			     "R$+ :: $+\t$#relay $@ ${MTAHost} $: $1 :: $2");
	/* unqualified names get this host's name, or the masquerade name
	 * when the envelope is masqueraded (both as of now) */
	ctx_add_rule(ctx, "LOCAL_RULESETS", NULL, "R$*\t$#relay $@ ${MTAHost} $: $1 < @ %s >",
		     ctx_define_at(ctx, "MASQUERADE_NAME", epoch) && ctx_on(ctx, CF_MASQ_ENVELOPE) ? "$M" : "$j");
	return 0;
}
