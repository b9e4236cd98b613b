/*
 * mc_compiled.c - checks of the cf a .mc compiles to.  The compiler
 * emits the cf and reads it back exactly as `smcf build' does
 * (compiler/compile.h); the cf reader's model (cf/check.h) then says
 * which rulesets, classes, maps and mailers the cf defines, which ones
 * the .mc's own raw cf text (LOCAL_RULESETS, LOCAL_RULE_n, LOCAL_CONFIG,
 * MAILER_DEFINITIONS, divert(0) text ...) uses, and which ruleset each
 * of its rules went to.  Findings go to the .mc line that wrote the cf
 * line (compiler/emit_origin.h).
 *
 * A submission configuration (FEATURE(`msp')) is also compared with the
 * MTA's: a sendmail.mc beside it, or another .mc of the command line.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "diag.h"
#include "xalloc.h"
#include "cf/check.h"
#include "compiler/checker.h"
#include "compiler/compile.h"
#include "compiler/frontend.h"
#include "compiler/ir.h"
#include "compiler/ir_build.h"
#include "lint/lint.h"
#include "lint/lint_cf.h"
#include "lint/lint_mc.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Sections whose text the cf puts inside a ruleset of its own (a
 * LOCAL_RULE_n, Local_check_* ...): a rule there needs no S line.  The
 * other sections (LOCAL_RULESETS, LOCAL_CONFIG, MAILER_DEFINITIONS,
 * divert(0) text) hold whole rulesets: S line first. */
static const char *const ruleset_sections[] = {
	IR_SECTION_LOCAL_RULE_0, IR_SECTION_LOCAL_RULE_1, IR_SECTION_LOCAL_RULE_2,
	IR_SECTION_LOCAL_RULE_3, IR_SECTION_LOCAL_NET_CONFIG, "LOCAL_UUCP",
	IR_SECTION_LOCAL_SRV_FEATURES, IR_SECTION_LOCAL_CLT_FEATURES, IR_SECTION_LOCAL_TRY_TLS,
	IR_SECTION_LOCAL_TLS_RCPT, IR_SECTION_LOCAL_TLS_CLIENT, IR_SECTION_LOCAL_TLS_SERVER,
	IR_SECTION_LOCAL_DNSBL,
};

/* Where cf lines go in the .mc. */
struct placing {
	const char *mc;
	struct emit_origin_line *lines;
	size_t n;
	int site_only;		/* only lines of the .mc's own text */
};

static int is_real_file(const char *file)
{
	return file != NULL && strcmp(file, FE_POS_DEFAULTS) != 0 && strcmp(file, FE_POS_COMMAND_LINE) != 0;
}

static int place(void *arg, int cf_line, const char **file, int *line, int *col)
{
	const struct placing *p = arg;
	const struct emit_origin_line *o =
		cf_line >= 1 && (size_t)cf_line <= p->n ? &p->lines[cf_line - 1] : NULL;

	if (o == NULL || !is_real_file(o->pos.file) || (p->site_only && !o->site_text)) {
		if (p->site_only)
			return -1;
		*file = p->mc;
		*line = *col = 0;
		return 0;
	}
	*file = o->pos.file;
	*line = o->pos.line;
	*col = o->pos.col > 0 ? o->pos.col : 1;
	return 0;
}

/* The section of the .mc text at POS, or NULL. */
static const char *section_at(const struct ir_config *ir, const struct ir_pos *pos)
{
	size_t i;

	for (i = 0; i < ir_ntexts(ir); i++) {
		const struct ir_text *t = ir_text_at(ir, i);
		const char *p;
		int last = t->pos.line;

		if (t->pos.file == NULL || strcmp(t->pos.file, pos->file) != 0 || pos->line < t->pos.line)
			continue;
		for (p = t->text; (p = strchr(p, '\n')) != NULL && p[1] != '\0'; p++)
			last++;
		if (pos->line <= last)
			return t->section;
	}
	return NULL;
}

static int has_own_ruleset(const char *section)
{
	return lint_name_index(section, ruleset_sections, NELEM(ruleset_sections)) >= 0;
}

/* The S line (a definition) that opened the ruleset of the rule at cf
 * line LINE: the last one before it. */
static const struct cf_name *opening_s_line(const struct cf_model *m, int line)
{
	const struct cf_name *s = NULL;
	size_t i;

	for (i = 0; i < m->defs.n && m->defs.v[i].line < line; i++)
		if (m->defs.v[i].kind == CF_NAME_RULESET)
			s = &m->defs.v[i];
	return s;
}

/* A rule of a section that holds whole rulesets must come after an S
 * line of the same text: one before any (or after text the cf wrote
 * itself) joins whatever ruleset the cf had open there. */
static void check_rule_landing(const struct ir_config *ir, const struct cf_model *m,
			       const struct placing *pl, struct lint_list *out)
{
	size_t i;

	for (i = 0; i < m->rules.n; i++) {
		const struct cf_name *r = &m->rules.v[i];
		const struct emit_origin_line *o;
		const struct cf_name *s;
		const char *section;
		int k, own = 1;

		if (r->line < 1 || (size_t)r->line > pl->n || r->ruleset < 0)
			continue;
		o = &pl->lines[r->line - 1];
		if (!o->site_text || !is_real_file(o->pos.file))
			continue;
		section = section_at(ir, &o->pos);
		if (section == NULL || has_own_ruleset(section))
			continue;
		s = opening_s_line(m, r->line);
		for (k = s ? s->line : 1; own && k < r->line; k++)
			own = pl->lines[k - 1].site_text;
		if (s != NULL && own)
			continue;
		lint_add(out, o->pos.file, o->pos.line, 1, DC_MC_RULE_LANDS_ELSEWHERE,
			 "this %s rule has no S line of its own before it: it joins ruleset `%s', "
			 "which the configuration had open here; put the S line of the ruleset "
			 "you mean before it", section, s ? s->name : "?");
	}
}

/* The first rule of the ruleset D opens that comes before D (an empty
 * earlier definition, such as the configuration's SLocal_check_rcpt
 * placeholder, is no matter), or NULL. */
static const struct cf_name *earlier_rule(const struct cf_model *m, const struct cf_name *d)
{
	size_t i;

	for (i = 0; i < m->rules.n && m->rules.v[i].line < d->line; i++)
		if (m->rules.v[i].ruleset == d->number)
			return &m->rules.v[i];
	return NULL;
}

static int ruleset_defined(const struct cf_model *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->defs.n; i++)
		if (m->defs.v[i].kind == CF_NAME_RULESET && strcmp(m->defs.v[i].name, name) == 0)
			return 1;
	return 0;
}

/* An S line of the .mc's text for a ruleset the configuration has
 * already written: sendmail appends the rules to it, after its own
 * rules, which end the ruleset before them. */
static void check_ruleset_again(const struct cf_model *m, const struct placing *pl, struct lint_list *out)
{
	size_t i;

	for (i = 0; i < m->defs.n; i++) {
		const struct cf_name *d = &m->defs.v[i], *first;
		const struct emit_origin_line *o;
		char *local;

		if (d->kind != CF_NAME_RULESET || d->line < 1 || (size_t)d->line > pl->n)
			continue;
		o = &pl->lines[d->line - 1];
		if (!o->site_text || !is_real_file(o->pos.file) || (first = earlier_rule(m, d)) == NULL ||
		    (first->line >= 1 && (size_t)first->line <= pl->n && pl->lines[first->line - 1].site_text))
			continue;
		local = xasprintf("Local_%s", d->name);
		lint_add(out, o->pos.file, o->pos.line, 1, DC_MC_RULE_LANDS_ELSEWHERE,
			 "the configuration has its own ruleset `%s': these rules are added after its "
			 "rules, which end it before them%s%s%s", d->name,
			 ruleset_defined(m, local) ? "; for checks of your own use S" : "",
			 ruleset_defined(m, local) ? local : "", ruleset_defined(m, local) ? ", which it calls" : "");
		free(local);
	}
}

/* --- a submission configuration and its MTA --- */

static int port_number(const char *p, size_t n)
{
	static const struct {
		const char *name;
		int port;
	} ports[] = { { "smtp", 25 }, { "submission", 587 }, { "smtps", 465 } };
	size_t i;

	for (i = 0; i < NELEM(ports); i++)
		if (strlen(ports[i].name) == n && strncasecmp(p, ports[i].name, n) == 0)
			return ports[i].port;
	return atoi(p);
}

static int is_loopback(const char *addr)
{
	const char *a = addr;

	if (*a == '[')
		a++;
	if (strncasecmp(a, "IPv6:", 5) == 0)
		a += 5;
	return strncmp(a, "127.", 4) == 0 || strncmp(a, "::1", 3) == 0 || strncasecmp(a, "localhost", 9) == 0;
}

/* Does one of the MTA's daemons take connections on loopback PORT? */
static int mta_listens(const struct cf_model *mta, int port)
{
	size_t i;
	int daemons = 0;

	for (i = 0; i < mta->options.n; i++) {
		const struct cf_name *o = &mta->options.v[i];
		char *p, *a;
		int ok;

		if (strcmp(o->name, "DaemonPortOptions") != 0 && strcmp(o->name, "O") != 0)
			continue;
		daemons++;
		p = lint_daemon_field(o->detail, 'P');
		a = lint_daemon_field(o->detail, 'A');
		ok = (p ? port_number(p, strlen(p)) : 25) == port &&
		     (a == NULL || is_loopback(a) || strcmp(a, "0.0.0.0") == 0 || strcmp(a, "::") == 0);
		free(p);
		free(a);
		if (ok)
			return 1;
	}
	return daemons == 0 && port == 25;
}

/* The loopback port the submission configuration hands mail to (its
 * FEATURE(`msp', host, `MSA'), or RELAY_MAILER_ARGS), or 0 when its MTA
 * is another host. */
static int msp_port(const struct ir_config *ir, const struct ir_call *msp)
{
	const char *host = msp->nargs > 1 && msp->args[1][0] ? msp->args[1] : "[localhost]";
	const char *args = ir_define(ir, "RELAY_MAILER_ARGS");

	if (!is_loopback(host))
		return 0;
	if (msp->nargs > 2 && strcmp(msp->args[2], "MSA") == 0)
		return 587;
	if (args != NULL) {
		args += strspn(args, " \t");
		args += strcspn(args, " \t");	/* TCP */
		args += strspn(args, " \t");
		args += strcspn(args, " \t");	/* $h */
		args += strspn(args, " \t");
		if (*args)
			return port_number(args, strcspn(args, " \t"));
	}
	return 25;
}

static void discard(void *arg, enum diag_code code, enum diag_level level, const char *file, int line,
		    int col, const char *msg)
{
	(void)arg, (void)code, (void)level, (void)file, (void)line, (void)col, (void)msg;
}

/* Compile the .mc FILE quietly into MODEL (the diag sink is left
 * unset); 0, or -1 when it does not compile, or when it is a submission
 * configuration itself. */
static int compile_quietly(const char *file, struct cf_model *model)
{
	struct fe_options opt;
	struct ir_config *ir = NULL;
	struct compiled c;
	int rc = -1;

	memset(&opt, 0, sizeof(opt));
	opt.mc_file = file;
	diag_reset();
	diag_set_sink(discard, NULL);
	if (frontend_read(&opt, &ir) == 0 && ir != NULL && ir_feature(ir, "msp") == NULL) {
		check_config(ir, file);
		if (diag_errors() == 0 && compile_cf(ir, file, &c, model) == 0 && diag_errors() == 0)
			rc = 0;
		compiled_free(&c);
	}
	ir_free(ir);
	diag_set_sink(NULL, NULL);
	diag_reset();
	return rc;
}

static int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The MTA configuration of the submission configuration FILE: another
 * .mc of the command line, else sendmail.mc beside it.  NULL: none. */
static char *mta_partner(const char *file, const struct lint_context *ctx)
{
	const char *slash = strrchr(file, '/');
	char *beside;
	size_t i;

	for (i = 0; ctx && i < ctx->nfiles; i++)
		if (strcmp(ctx->files[i], file) != 0 && has_suffix(ctx->files[i], ".mc"))
			return xstrdup(ctx->files[i]);
	beside = slash ? xasprintf("%.*s/sendmail.mc", (int)(slash - file), file) : xstrdup("sendmail.mc");
	if (strcmp(beside, file) == 0 || access(beside, R_OK) != 0) {
		free(beside);
		return NULL;
	}
	return beside;
}

void lint_mc_partner(const char *file, const struct ir_config *ir, const struct lint_context *ctx,
		     struct lint_list *out)
{
	const struct ir_call *msp = ir_feature(ir, "msp");
	struct cf_model mta;
	char *partner;
	int port;

	if (msp == NULL || (port = msp_port(ir, msp)) == 0 || (partner = mta_partner(file, ctx)) == NULL)
		return;
	memset(&mta, 0, sizeof(mta));
	if (compile_quietly(partner, &mta) == 0 && !mta_listens(&mta, port))
		lint_add(out, msp->pos.file, msp->pos.line, msp->pos.col, DC_MC_MSP_PORT,
			 "this submission configuration hands mail to port %d on this host, but no "
			 "daemon of %s listens there: mail stays in the client queue; %s",
			 port, partner, port == 25 ? "use FEATURE(`msp', `[127.0.0.1]', `MSA') (port 587)"
						  : "add a DAEMON_OPTIONS for that port to the MTA's .mc");
	cf_model_free(&mta);
	free(partner);
}

void lint_mc_compiled(const char *file, const struct ir_config *ir, const struct lint_context *ctx,
		      struct lint_list *out)
{
	struct compiled c;
	struct cf_model model;
	struct placing pl;

	memset(&model, 0, sizeof(model));
	/* the read-back's findings are the sink's; the model is whole even
	 * when sendmail would refuse some lines */
	if (compile_cf(ir, file, &c, &model) != 0 || c.cf == NULL) {
		compiled_free(&c);
		cf_model_free(&model);
		return;
	}
	pl.mc = file;
	pl.lines = emit_origin_lines(&c.origins, c.cf, c.len, &pl.n);
	pl.site_only = 1;
	lint_cf_names(&model, place, &pl, out);
	check_rule_landing(ir, &model, &pl, out);
	check_ruleset_again(&model, &pl, out);
	pl.site_only = 0;
	lint_cf_settings(file, &model, place, &pl, ctx, out);
	free(pl.lines);
	compiled_free(&c);
	cf_model_free(&model);
}
