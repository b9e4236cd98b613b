/*
 * emit_options.c - the options section of the cf, printed from the one
 * options table (compiler/options.c) in the reference's order.
 *
 * A define with a value gives "O Name=value", a define with an empty
 * value "O Name", no define "#O Name=default" (the default shown as a
 * hint, not in effect).  A few lines do not follow that rule and are
 * handled here by name: the port options built from DAEMON_OPTIONS and
 * CLIENT_OPTIONS calls (and the obsolete confDAEMON_OPTIONS and
 * confCLIENT_OPTIONS), QueueDirectory and HelpFile (always in effect,
 * the help file under MAIL_SETTINGS_DIR by default), TimeZoneSpec
 * (USE_SYSTEM / USE_TZ), the queue timeouts the obsolete
 * confMESSAGE_TIMEOUT replaces, and the mail filter options, which only
 * appear when the .mc declares a filter.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "compiler/emit_origin.h"
#include "compiler/emit_internal.h"
#include "compiler/options.h"
#include "lib/xalloc.h"

/* Print the lines of every call to MACRO as "O NAME=argument", then
 * the value of the obsolete define OLD when it is not empty (the
 * reference turns it into one more call at the end). */
static int print_calls_as_option(struct emit_ctx *ctx, const char *macro, const char *name,
				 const char *old)
{
	const char *v = ctx_define(ctx, old, "");
	size_t i;
	int n = 0;

	for (i = 0; i < ir_ncalls(ctx->ir); i++) {
		const struct ir_call *c = ir_call_at(ctx->ir, i);

		if (strcmp(c->macro, macro) != 0)
			continue;
		fprintf(ctx->out, "O %s=%s\n", name, ctx_arg(c, 0));
		n++;
	}
	if (v[0]) {
		fprintf(ctx->out, "O %s=%s\n", name, v);
		n++;
	}
	return n;
}

/* DaemonPortOptions: the daemon a feature adds (FEATURE(msp), when no
 * DAEMON_OPTIONS came before it: it is then the first) and the .mc's
 * DAEMON_OPTIONS lines, or the standard MTA daemon; plus the submission
 * port unless FEATURE(no_default_msa). */
static void print_port_options(struct emit_ctx *ctx)
{
	int n = 0;

	if (ctx->str[CS_DEFAULT_DAEMON]) {
		fprintf(ctx->out, "O DaemonPortOptions=%s\n", ctx->str[CS_DEFAULT_DAEMON]);
		n++;
	}
	if (print_calls_as_option(ctx, "DAEMON_OPTIONS", "DaemonPortOptions", "confDAEMON_OPTIONS") + n == 0) {
		if (ctx_define(ctx, "_NETINET6_", NULL))
			fputs("O DaemonPortOptions=Name=MTA-v4, Family=inet\n"
			      "O DaemonPortOptions=Name=MTA-v6, Family=inet6\n", ctx->out);
		else
			fputs("O DaemonPortOptions=Name=MTA\n", ctx->out);
	}
	if (!ctx_on(ctx, CF_NO_DEFAULT_MSA))
		fputs("O DaemonPortOptions=Port=587, Name=MSA, M=E\n", ctx->out);
	if (print_calls_as_option(ctx, "CLIENT_OPTIONS", "ClientPortOptions", "confCLIENT_OPTIONS") == 0)
		fputs("#O ClientPortOptions=Family=inet, Address=0.0.0.0\n", ctx->out);
}

static void print_time_zone(struct emit_ctx *ctx, const char *value)
{
	if (value == NULL)	/* undefined: m4 leaves the word */
		value = "confTIME_ZONE";
	if (strcmp(value, "USE_SYSTEM") == 0)
		fputs("#O TimeZoneSpec=\n", ctx->out);
	else if (strcmp(value, "USE_TZ") == 0)
		fputs("O TimeZoneSpec=\n", ctx->out);
	else
		fprintf(ctx->out, "O TimeZoneSpec=%s\n", value);
}

int emit_count_calls(const struct emit_ctx *ctx, const char *macro)
{
	size_t i;
	int n = 0;

	for (i = 0; i < ir_ncalls(ctx->ir); i++)
		if (strcmp(ir_call_at(ctx->ir, i)->macro, macro) == 0)
			n++;
	return n;
}

/* The value of option O's define (NULL when undefined; caller frees).
 * The obsolete confMESSAGE_TIMEOUT, RETURN[/WARN], replaces the two
 * queue timeouts when it is defined, whatever the .mc set them to. */
static char *option_value(struct emit_ctx *ctx, const struct smcf_option *o)
{
	const char *old = ctx_define(ctx, "confMESSAGE_TIMEOUT", NULL);
	const char *v = ctx_define(ctx, o->m4_name, NULL);
	const char *slash = old ? strchr(old, '/') : NULL;

	if (old && strcmp(o->m4_name, "confTO_QUEUERETURN") == 0)
		return slash ? xstrndup(old, (size_t)(slash - old)) : xstrdup(old);
	if (slash && strcmp(o->m4_name, "confTO_QUEUEWARN") == 0)
		return xstrdup(slash + 1);
	return v ? xstrdup(v) : NULL;
}

static void print_one(struct emit_ctx *ctx, const struct smcf_option *o, const char *value)
{
	if (value == NULL) {
		if (o->cf_default)
			fprintf(ctx->out, "#O %s=%s\n", o->cf_name, o->cf_default);
		else
			fprintf(ctx->out, "#O %s\n", o->cf_name);
	} else if (value[0] == '\0') {
		fprintf(ctx->out, "O %s\n", o->cf_name);
	} else {
		/* a value may hold anything the .mc put in it, newlines too */
		emit_origin_mark(ir_define_pos(ctx->ir, o->m4_name), 0);
		fprintf(ctx->out, "O %s=%s\n", o->cf_name, value);
		emit_origin_mark(NULL, 0);
	}
}

static int is_early(const struct smcf_option *o)
{
	return strcmp(o->cf_name, "DontBlameSendmail") == 0 ||
	       strcmp(o->cf_name, "LDAPDefaultSpec") == 0;
}

void emit_early_options(struct emit_ctx *ctx)
{
	size_t i;

	for (i = 0; i < smcf_noptions; i++) {
		const struct smcf_option *o = &smcf_options[i];

		if (o->kind == OPT_KIND_OPTION && is_early(o))
			print_one(ctx, o, ctx_define(ctx, o->m4_name, NULL));
	}
}

void emit_options(struct emit_ctx *ctx)
{
	int filters = emit_count_calls(ctx, "MAIL_FILTER") +
		      emit_count_calls(ctx, "INPUT_MAIL_FILTER") > 0;
	size_t i;

	fputs("\n###############\n#   Options   #\n###############\n\n", ctx->out);
	for (i = 0; i < smcf_noptions; i++) {
		const struct smcf_option *o = &smcf_options[i];
		char *value;

		if (o->kind != OPT_KIND_OPTION || is_early(o))
			continue;
		value = option_value(ctx, o);
		if (strcmp(o->cf_name, "QueueDirectory") == 0) {
			print_port_options(ctx);
			fprintf(ctx->out, "O QueueDirectory=%s\n",
				value ? value : o->cf_default);
		} else if (strcmp(o->cf_name, "HelpFile") == 0) {
			if (value)
				fprintf(ctx->out, "O HelpFile=%s\n", value);
			else
				fprintf(ctx->out, "O HelpFile=%shelpfile\n",
					ctx_define_or_name(ctx, "MAIL_SETTINGS_DIR", SIZE_MAX));
		} else if (strcmp(o->cf_name, "TimeZoneSpec") == 0) {
			print_time_zone(ctx, value);
		} else if (strncmp(o->cf_name, "Milter.", 7) == 0) {
			if (filters)
				print_one(ctx, o, value);
		} else {
			print_one(ctx, o, value);
		}
		free(value);
	}
}
