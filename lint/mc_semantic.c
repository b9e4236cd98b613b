/*
 * mc_semantic.c - the checks that need the .mc as m4 expands it.  The
 * compiler runs as for `smcf build' (front end, checker, emitter and the
 * read-back of the cf) with its diagnostics captured (lib/diag.h sink):
 * each comes with the code its producer gave it, so nothing here reads
 * a message's wording.  Then lint's own checks of the model: features
 * and relay domains that open the relay, divert(0) text that would leak
 * into sendmail.cf, the cf the .mc compiles to (mc_compiled.c) and the
 * settings administrators trip over (mc_admin.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "xalloc.h"
#include "compiler/checker.h"
#include "compiler/frontend.h"
#include "compiler/ir.h"
#include "compiler/ir_build.h"
#include "lint/lint.h"
#include "lint/lint_mc.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Features that let strangers relay through the host. */
static const struct {
	const char *name;
	const char *why;
} relay_features[] = {
	{ "promiscuous_relay", "relays mail from anywhere to anywhere: an open relay" },
	{ "relay_local_from", "relays for any sender who claims a local domain; sender addresses are trivially forged" },
	{ "relay_mail_from", "relays for senders listed in the access map; sender addresses are trivially forged" },
	{ "relay_based_on_MX", "relays for any domain that points its MX at this host, which anyone can arrange" },
	{ "loose_relay_check", "accepts %-hack addresses (user%site@host), which can be abused to relay" },
};

/* The cf codes of problems a .mc also names with a code of its own:
 * the same problem, found in the raw cf text the .mc hands through. */
static const struct {
	enum diag_code cf, mc;
} mc_twins[] = {
	{ DC_CF_RULE_WITHOUT_TAB, DC_MC_RULE_WITHOUT_TAB },
	{ DC_CF_OPERANDS, DC_MC_RULE_OPERANDS },
	{ DC_CF_UNKNOWN_LINE, DC_MC_TEXT_LEAK },
	{ DC_CF_RULE_OUTSIDE, DC_MC_RULE_LANDS_ELSEWHERE },
};

/* What the sink needs while the compiler runs. */
struct captured {
	struct lint_list *out;
	const char *mc_file;
};

/* A position the user cannot act on (built-in defaults) goes on the
 * .mc itself, at no particular line. */
static const char *real_file(const struct captured *cap, const char *file, int *line, int *col)
{
	if (file == NULL || strcmp(file, FE_POS_DEFAULTS) == 0 || strcmp(file, FE_POS_COMMAND_LINE) == 0) {
		*line = 0;
		*col = 0;
		return cap->mc_file;
	}
	return file;
}

static void sink(void *arg, enum diag_code code, enum diag_level level, const char *file, int line,
		 int col, const char *msg)
{
	struct captured *cap = arg;
	const struct diag_code_info *info;
	enum lint_severity sev;
	size_t i;

	/* a ruleset the .mc's text defines again: mc_compiled.c says what
	 * happens to its rules (MC130) */
	if (code == DC_CF_RULESET_AGAIN)
		return;
	for (i = 0; i < NELEM(mc_twins); i++)
		if (mc_twins[i].cf == code)
			code = mc_twins[i].mc;
	info = diag_code_info(code);
	sev = (enum lint_severity)info->severity;
	if (info->follows_level)
		sev = level == DIAG_WARNING ? LINT_WARNING : LINT_ERROR;
	file = real_file(cap, file, &line, &col);
	lint_add_sev(cap->out, file, line, col, code, sev, "%s", msg);
	cap->out->items[cap->out->n - 1].source = LINT_FROM_COMPILER;
}

/* --- relay risks --- */

/* Does an IPv6 prefix (after "IPv6:") cover more than a /16? */
static int ipv6_too_broad(const char *p)
{
	int groups = 0;

	if (*p == '\0')
		return 1;
	for (; *p; p++)
		if (*p == ':' && p[1] != ':' && p[1] != '\0')
			groups++;
	return groups == 0;
}

int lint_relay_key_too_broad(const char *key)
{
	const char *p;
	int dots = 0, digits_only = 1;

	while (*key == '.')
		key++;
	if (*key == '\0')
		return 1;
	if (strncasecmp(key, "IPv6:", 5) == 0)
		return strcmp(key + 5, "::1") != 0 && ipv6_too_broad(key + 5);
	/* a CIDR (which the access map cannot match anyway) of /8 or more */
	if (strchr(key, '/') != NULL && isdigit((unsigned char)key[0]))
		return atoi(strchr(key, '/') + 1) <= 8;
	/* Loopback is local. */
	if (strcmp(key, "localhost") == 0 || strcmp(key, "127") == 0 || strncmp(key, "127.", 4) == 0)
		return 0;
	for (p = key; *p; p++) {
		if (*p == '.')
			dots++;
		else if (!isdigit((unsigned char)*p))
			digits_only = 0;
	}
	if (p[-1] == '.')
		dots--;
	/* "10" or "10." is a /8 network; "com" a whole top-level domain;
	 * "0.0.0.0" (or a CIDR form of it) everything. */
	return dots == 0 || (digits_only && strspn(key, "0.") == strlen(key));
}

static void check_relay_features(const struct ir_config *ir, struct lint_list *out)
{
	size_t i, k;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (strcmp(c->macro, "FEATURE") != 0 || c->nargs < 1)
			continue;
		for (k = 0; k < NELEM(relay_features); k++)
			if (strcmp(c->args[0], relay_features[k].name) == 0)
				lint_add(out, c->pos.file, c->pos.line, c->pos.col, DC_MC_OPEN_RELAY_FEATURE,
					 "FEATURE(`%s') %s; prefer SMTP AUTH or STARTTLS for roaming users",
					 relay_features[k].name, relay_features[k].why);
	}
}

static void check_relay_domains(const struct ir_config *ir, struct lint_list *out)
{
	size_t i;
	int a;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (strcmp(c->macro, "RELAY_DOMAIN") != 0)
			continue;
		for (a = 0; a < c->nargs; a++) {
			char *words = xstrdup(c->args[a]), *save = NULL, *w;

			for (w = strtok_r(words, " \t\n", &save); w; w = strtok_r(NULL, " \t\n", &save))
				if (lint_relay_key_too_broad(w))
					lint_add(out, c->pos.file, c->pos.line, c->pos.col, DC_MC_BROAD_RELAY_DOMAIN,
						 "RELAY_DOMAIN(`%s') relays for a whole top-level domain or /8 network", w);
			free(words);
		}
	}
}

/* --- text that leaks into the cf --- */

static int is_cf_line(const char *line)
{
	return line[0] == '\0' || strchr("#RSDHCTFMOPQVKEX \t", line[0]) != NULL;
}

/* Line number of TEXT in the raw file, searching from FROM; 0 if absent.
 * A line equal to TEXT, else one ending in it (what a macro call left
 * behind, as in "FEATURE(`x')dln"). */
static int find_raw_line(const struct lint_lines *lines, const char *text, size_t len, int from)
{
	size_t i;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		for (i = from > 0 ? (size_t)from - 1 : 0; i < lines->n; i++) {
			const char *l = lines->line[i];
			size_t n = strlen(l);

			while (n > 0 && isspace((unsigned char)l[n - 1]))
				n--;
			if ((pass == 0 ? n == len : n > len) && strncmp(l + n - len, text, len) == 0)
				return (int)i + 1;
		}
	}
	return 0;
}

static int starts_with_call(const char *line)
{
	size_t n = 0;

	while (isalnum((unsigned char)line[n]) || line[n] == '_')
		n++;
	return n > 0 && line[n] == '(';
}

static void check_text_block(const struct ir_text *t, const char *file, const struct lint_lines *lines,
			     struct lint_list *out)
{
	int from = strcmp(t->pos.file, file) == 0 ? t->pos.line : 1;
	const char *p = t->text;

	while (*p) {
		size_t len = strcspn(p, "\n"), n = len;
		int line;

		while (n > 0 && isspace((unsigned char)p[n - 1]))
			n--;
		if (n > 0 && !is_cf_line(p) && !starts_with_call(p)) {
			line = find_raw_line(lines, p, n, from);
			if (line == 0 && from > 1)
				line = find_raw_line(lines, p, n, 1);
			if (line > 0)
				lint_add(out, file, line, 1, DC_MC_TEXT_LEAK,
					 "`%.*s' reaches sendmail.cf, where it is not a valid line "
					 "(a missing dnl or divert(-1)?)", (int)(n > 60 ? 60 : n), p);
			else
				lint_add(out, t->pos.file, t->pos.line, t->pos.col, DC_MC_TEXT_LEAK,
					 "`%.*s' reaches sendmail.cf, where it is not a valid line",
					 (int)(n > 60 ? 60 : n), p);
		}
		p += len;
		if (*p)
			p++;
	}
}

static void check_texts(const struct ir_config *ir, const char *file, const struct lint_lines *lines,
			struct lint_list *out)
{
	size_t i;

	for (i = 0; i < ir_ntexts(ir); i++)
		check_text_block(ir_text_at(ir, i), file, lines, out);
}

/* --- one finding per problem --- */

/* Lexical codes for which m4 also speaks up, at the end of the file:
 * the lexical finding already says where the quote or call opened. */
static const enum diag_code eof_codes[] = { DC_MC_UNBALANCED_QUOTE, DC_MC_UNBALANCED_PAREN };

static int lexical_has(const struct lint_list *out, size_t from, const char *file, enum diag_code code)
{
	size_t i;

	for (i = from; i < out->n; i++)
		if (out->items[i].source == LINT_FROM_LEXICAL && out->items[i].code == code &&
		    strcmp(out->items[i].file, file) == 0)
			return 1;
	return 0;
}

/* Is finding I a problem another source found too (same file, line
 * and code; the more severe finding stays, the earlier when alike), or
 * m4's end-of-file echo of a lexical finding?  One source's findings
 * are all kept: the checker may say two things of one line. */
static int is_echo(const struct lint_list *out, size_t from, size_t i)
{
	const struct lint_finding *f = &out->items[i];
	size_t k;

	for (k = 0; k < NELEM(eof_codes) && f->source != LINT_FROM_LEXICAL; k++)
		if (f->code == eof_codes[k] && lexical_has(out, from, f->file, f->code))
			return 1;
	for (k = from; k < out->n; k++) {
		const struct lint_finding *g = &out->items[k];

		if (k != i && g->source != f->source && g->code == f->code && g->line == f->line &&
		    strcmp(g->file, f->file) == 0 &&
		    (g->severity > f->severity || (g->severity == f->severity && k < i)))
			return 1;
	}
	return 0;
}

static void drop_echoes(struct lint_list *out, size_t from)
{
	size_t i = from;

	while (i < out->n)
		if (is_echo(out, from, i))
			lint_drop(out, i);
		else
			i++;
}

int lint_mc_semantic(const char *file, const struct lint_lines *lines,
		     const struct lint_context *ctx, struct lint_list *out)
{
	struct captured cap = { out, file };
	struct fe_options opt;
	struct ir_config *ir = NULL;
	size_t from = out->n;
	const char *include_dirs[1];
	char *dir;
	int rc;

	/* the lexical findings of this file come first (cmd_lint.c) */
	while (from > 0 && out->items[from - 1].source == LINT_FROM_LEXICAL &&
	       strcmp(out->items[from - 1].file, file) == 0)
		from--;
	memset(&opt, 0, sizeof(opt));
	opt.mc_file = file;
	/* include(`site.m4') in a .mc usually means the file beside it. */
	dir = xstrndup(file, strrchr(file, '/') ? (size_t)(strrchr(file, '/') - file) : 0);
	include_dirs[0] = *dir ? dir : ".";
	opt.include_dirs = include_dirs;
	opt.nincludes = 1;
	diag_reset();
	diag_set_sink(sink, &cap);
	rc = frontend_read(&opt, &ir);
	if (rc == 0 && ir != NULL)
		check_config(ir, file);
	if (rc == 0 && ir != NULL && diag_errors() == 0)
		lint_mc_compiled(file, ir, ctx, out);
	diag_set_sink(NULL, NULL);
	if (ir != NULL)
		lint_mc_includes(ir, include_dirs, 1, out);
	free(dir);
	if (ir != NULL) {
		lint_mc_partner(file, ir, ctx, out);
		check_relay_features(ir, out);
		check_relay_domains(ir, out);
		check_texts(ir, file, lines, out);
		lint_mc_admin(file, ir, ctx, out);
		ir_free(ir);
	}
	drop_echoes(out, from);
	return ir == NULL && rc != 0 ? 2 : 0;
}
