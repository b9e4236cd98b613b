/*
 * emit_sections.c - the cf sections that are not rules or options: the
 * header, the local info block (macros, classes, maps), queue groups,
 * precedences, trusted users, message headers, and the mailers.
 */
#include <stdint.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "compiler/emit_origin.h"
#include "compiler/emit_internal.h"
#include "compiler/rules.h"
#include "mailers/mailer.h"
#include "version.h"

static void queued_lines(struct emit_ctx *ctx, enum ctx_section s)
{
	size_t i;

	for (i = 0; i < ctx->section[s].n; i++) {
		emit_origin_mark(&ctx->section[s].pos[i], 0);
		fprintf(ctx->out, "%s\n", ctx->section[s].lines[i]);
	}
	emit_origin_mark(NULL, 0);
}

/* Lines written from now on answer to the define NAME (the .mc line
 * that made it); a NULL name ends that. */
static void from_define(struct emit_ctx *ctx, const char *name)
{
	emit_origin_mark(name ? ir_define_pos(ctx->ir, name) : NULL, 0);
}

/* V<level>/<vendor>: CF_LEVEL, then VENDOR_NAME (Berkeley when unset)
 * unless NO_VENDOR is defined.  The line answers to the define that
 * made it differ from the default (a vendor sendmail does not know is
 * the .mc's mistake, not smcf's). */
static void emit_version_line(struct emit_ctx *ctx)
{
	int vendor = ctx_define(ctx, "NO_VENDOR", NULL) == NULL;

	fputs("\n# configuration file format level\n", ctx->out);
	from_define(ctx, vendor && ctx_define(ctx, "VENDOR_NAME", NULL) ? "VENDOR_NAME" :
		    ctx_define(ctx, "CF_LEVEL", NULL) ? "CF_LEVEL" : NULL);
	fprintf(ctx->out, "V%s", ctx_define(ctx, "CF_LEVEL", "10"));
	if (vendor)
		fprintf(ctx->out, "/%s", ctx_define(ctx, "VENDOR_NAME", "Berkeley"));
	fputs("\n", ctx->out);
	from_define(ctx, NULL);
	fputs("\n", ctx->out);
}

void emit_header(struct emit_ctx *ctx)
{
	const struct ir_pos *pos = NULL;
	size_t i;

	for (i = 0; i < ir_ncalls(ctx->ir) && pos == NULL; i++)
		pos = &ir_call_at(ctx->ir, i)->pos;
	fputs("#\n# sendmail.cf written by smcf build", ctx->out);
	if (pos && pos->file)
		fprintf(ctx->out, " from %s", pos->file);
	fputs(".\n# Change the .mc file and rebuild; edits made here are lost.\n#\n",
	      ctx->out);
	rules_site_text(ctx, IR_SECTION_TOP);
	emit_version_line(ctx);
	emit_early_options(ctx);
}

/* "D<letter><value>" when NAME is defined. */
static void macro_if_defined(struct emit_ctx *ctx, const char *letter, const char *name)
{
	const char *v = ctx_define(ctx, name, NULL);

	if (v) {
		from_define(ctx, name);
		fprintf(ctx->out, "D%s%s\n", letter, v);
		from_define(ctx, NULL);
	}
}

/* "<K line start> regex <value>" when NAME is defined. */
static void cert_regex_map(struct emit_ctx *ctx, const char *k, const char *name)
{
	const char *v = ctx_define(ctx, name, NULL);

	if (v)
		fprintf(ctx->out, "%s regex %s\n", k, v);
}

/* The pseudo-domain relays: macro letter, class word, define. */
static const struct relay_macro {
	const char *letter;
	const char *pseudo_domain;
	const char *define;
} relays[] = {
	{ "Y", "UUCP", "UUCP_RELAY" },
	{ "B", "BITNET", "BITNET_RELAY" },
	{ "C", "DECNET", "DECNET_RELAY" },
	{ "F", "FAX", "FAX_RELAY" },
};

/* Mailers that own a pseudo-domain in class P. */
static const struct {
	const char *mailer;
	const char *pseudo_domain;
} pseudo_mailers[] = {
	{ "pop", "POP" },
	{ "fax", "FAX" },
	{ "mail11", "DECNET" },
};

void emit_local_info(struct emit_ctx *ctx)
{
	FILE *out = ctx->out;
	const char *v;
	size_t i;

	fputs("\n##################\n#   local info   #\n##################\n\n", out);
	v = ctx_define(ctx, "confLDAP_CLUSTER", NULL);
	from_define(ctx, "confLDAP_CLUSTER");
	if (v)
		fprintf(out, "D{sendmailMTACluster}%s\n", v);
	else
		fputs("#D{sendmailMTACluster}$m\n", out);
	from_define(ctx, NULL);
	fputs("Cwlocalhost\n", out);
	/* the reference writes the name itself when the .mc undefined it */
	from_define(ctx, "USE_CW_FILE");
	if (ctx_define(ctx, "USE_CW_FILE", NULL))
		fprintf(out, "Fw%s\n", ctx_define_or_name(ctx, "confCW_FILE", SIZE_MAX));
	v = ctx_define(ctx, "confDOMAIN_NAME", NULL);
	from_define(ctx, "confDOMAIN_NAME");
	if (v)
		fprintf(out, "Dj%s\n", v);
	else
		fputs("#Dj$w.Foo.COM\n", out);
	from_define(ctx, NULL);
	fputs("CP.\n", out);
	for (i = 0; i < sizeof(relays) / sizeof(relays[0]); i++) {
		v = ctx_define(ctx, relays[i].define, NULL);
		if (v) {
			from_define(ctx, relays[i].define);
			fprintf(out, "D%s%s\nCP%s\n", relays[i].letter, v,
				relays[i].pseudo_domain);
			from_define(ctx, NULL);
		}
	}
	for (i = 0; i < sizeof(pseudo_mailers) / sizeof(pseudo_mailers[0]); i++)
		if (ctx_has_mailer(ctx, pseudo_mailers[i].mailer))
			fprintf(out, "CP%s\n", pseudo_mailers[i].pseudo_domain);
	from_define(ctx, "SMART_HOST");
	fprintf(out, "DS%s\n", ctx_define(ctx, "SMART_HOST", ""));
	v = ctx_define(ctx, "LUSER_RELAY", NULL);
	from_define(ctx, "LUSER_RELAY");
	if (v)
		fprintf(out, "Kuser user -m -a<>\nDL%s\n", v);
	from_define(ctx, NULL);
	fprintf(out, "CO @%s%s\n", ctx_on(ctx, CF_NO_PERCENTHACK) ? "" : " %",
		ctx_on(ctx, CF_NO_UUCP) ? "" : " !");
	fputs("C..\nC[[\n", out);
	queued_lines(ctx, SEC_LOCAL_INFO);
	if (when_spam_tag_class(ctx))
		fputs("C{SpamTag}SPAMFRIEND SPAMHATER\n", out);
	/* the parts of certificate names RelayTLS looks up */
	v = ctx_define(ctx, "_CERT_REGEX_ISSUER_", NULL);
	if (v)
		fprintf(out, "KCERTIssuer regex %s\n", v);
	v = ctx_define(ctx, "_CERT_REGEX_SUBJECT_", NULL);
	if (v)
		fprintf(out, "KCERTSubject regex %s\n", v);
	if (!ctx_on(ctx, CF_ACCEPT_UNRESOLVABLE))
		fputs("Kresolve host -a<OKR> -T<TEMP>\n", out);
	fputs("C{ResOk}OKR\n", out);
	v = ctx_define(ctx, "confCR_FILE", NULL);
	from_define(ctx, "confCR_FILE");
	if (v)
		fprintf(out, "FR%s\n", v);
	from_define(ctx, NULL);
	fputs("Karith arith\n", out);
	cert_regex_map(ctx, "KCERTIssuer", "_CERT_REGEX_ISSUER_");
	cert_regex_map(ctx, "KCERTSubject", "_CERT_REGEX_SUBJECT_");
	macro_if_defined(ctx, "R", "LOCAL_RELAY");
	macro_if_defined(ctx, "H", "MAIL_HUB");
	v = ctx_define(ctx, "confDEQUOTE_OPTS", NULL);
	fprintf(out, "Kdequote dequote%s%s\n", v ? " " : "", v ? v : "");
	queued_lines(ctx, SEC_CLASSES);
	rules_site_text(ctx, "CLASSES");
	/* virtual domains may relay */
	if (emit_count_calls(ctx, "VIRTUSER_DOMAIN") + emit_count_calls(ctx, "VIRTUSER_DOMAIN_FILE"))
		fputs("CR$={VirtHost}\n", out);
	macro_if_defined(ctx, "M", "MASQUERADE_NAME");
	v = ctx_define(ctx, "confMAILER_NAME", NULL);
	from_define(ctx, "confMAILER_NAME");
	if (v)
		fprintf(out, "Dn%s\n", v);
	else
		fputs("#DnMAILER-DAEMON\n", out);
	from_define(ctx, NULL);
	rules_site_text(ctx, IR_SECTION_LOCAL_CONFIG);
	v = ctx_define(ctx, "confCF_VERSION", NULL);
	from_define(ctx, v ? "confCF_VERSION" : NULL);
	fprintf(out, "DZ%s%s%s\n", SMCF_SENDMAIL_VERSION, v ? "/" : "", v ? v : "");
	from_define(ctx, NULL);
	queued_lines(ctx, SEC_MAPS);
}

/* Queue groups, precedences, trusted users and message headers. */
void emit_message_headers(struct emit_ctx *ctx)
{
	FILE *out = ctx->out;
	const char *v;
	size_t i;

	/* after the options, as the reference writes it */
	if (ctx_on(ctx, CF_NEED_SMTPOPMODES))
		fputs("\n# SMTP operation modes\nC{SMTPOpModes} s d D\n", out);
	fputs("\n# queue groups\n", out);
	for (i = 0; i < ir_ncalls(ctx->ir); i++) {
		const struct ir_call *c = ir_call_at(ctx->ir, i);

		if (strcmp(c->macro, "QUEUE_GROUP") == 0) {
			emit_origin_mark(&c->pos, 0);
			fprintf(out, "Q%s, %s\n", ctx_arg(c, 0), ctx_arg(c, 1));
		}
	}
	emit_origin_mark(NULL, 0);
	fputs("\n# message precedences\n"
	      "Pfirst-class=0\nPspecial-delivery=100\nPlist=-30\nPbulk=-60\nPjunk=-100\n",
	      out);
	fputs("\n# trusted users\n", out);
	fputs(ctx_define(ctx, "_USE_CT_FILE_", NULL) ? "Ft" : "#Ft", out);
	if ((v = ctx_define(ctx, "confCT_FILE", NULL)) != NULL)
		fprintf(out, "%s\n", v);
	else
		fprintf(out, "%strusted-users\n", ctx_define_or_name(ctx, "MAIL_SETTINGS_DIR", SIZE_MAX));
	fputs("Troot\nTdaemon\n", out);
	if (!ctx_on(ctx, CF_NO_UUCP))
		fputs("Tuucp\n", out);
	v = ctx_define(ctx, "confTRUSTED_USERS", NULL);
	if (v)
		fprintf(out, "T%s\n", v);

	fputs("\n# message headers\n", out);
	fputs("H?P?Return-Path: <$g>\n", out);
	fprintf(out, "HReceived: %s\n", ctx_define_or_name(ctx, "confRECEIVED_HEADER", SIZE_MAX));
	fputs("H?D?Resent-Date: $a\nH?D?Date: $a\n", out);
	v = ctx_define(ctx, "confFROM_HEADER", "$?x$x <$g>$|$g$.");
	fprintf(out, "H?F?Resent-From: %s\nH?F?From: %s\n", v, v);
	fputs("H?x?Full-Name: $x\n", out);
	v = ctx_define(ctx, "confMESSAGEID_HEADER", "<$t.$i@$j>");
	fprintf(out, "H?M?Resent-Message-Id: %s\nH?M?Message-Id: %s\n", v, v);
}

/* MAILER_DEFINITIONS text the .mc gave before call UNTIL (NULL: all
 * that is left) and not written yet (*DONE counts the texts looked at):
 * the reference puts it in the mailer section where the .mc gave it,
 * between the mailer files. */
static void mailer_definitions_before(struct emit_ctx *ctx, const struct ir_call *until,
				      size_t *done)
{
	for (; *done < ir_ntexts(ctx->ir); (*done)++) {
		const struct ir_text *t = ir_text_at(ctx->ir, *done);

		if (until != NULL && t->seq > until->seq)
			break;
		if (strcmp(t->section, IR_SECTION_MAILER_DEFINITIONS) == 0)
			rules_write_site_text(ctx, t);
	}
}

int emit_mailers(struct emit_ctx *ctx)
{
	size_t i, texts = 0;

	fputs("\n#\n#  mail filters\n#\n", ctx->out);
	for (i = 0; i < ir_ncalls(ctx->ir); i++) {
		const struct ir_call *c = ir_call_at(ctx->ir, i);

		if (strcmp(c->macro, "MAIL_FILTER") == 0 ||
		    strcmp(c->macro, "INPUT_MAIL_FILTER") == 0) {
			emit_origin_mark(&c->pos, 0);
			fprintf(ctx->out, "X%s, %s\n", ctx_arg(c, 0), ctx_arg(c, 1));
		}
	}
	emit_origin_mark(NULL, 0);
	fputs("\n#\n#  mailers\n#\n", ctx->out);
	for (i = 0; i < ctx->nmailers; i++) {
		const struct mailer_file *f = mailer_file_lookup(ctx->mailers[i]);

		mailer_definitions_before(ctx, ctx->mailer_calls[i], &texts);
		ctx->mailers_visible = i;
		/* a mailer's lines answer to its MAILER() line (its parameter
		 * defines are read there) */
		emit_origin_mark(ctx->mailer_calls[i] ? &ctx->mailer_calls[i]->pos : NULL, 0);
		if (f == NULL || mailer_file_write(ctx, f, ctx->mailer_calls[i]) != 0)
			return -1;
	}
	emit_origin_mark(NULL, 0);
	ctx->mailers_visible = SIZE_MAX;
	mailer_definitions_before(ctx, NULL, &texts);
	return 0;
}
