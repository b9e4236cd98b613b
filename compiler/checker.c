/*
 * checker.c - semantic checks of one configuration (see checker.h).
 *
 * Each check is a small function over the IR; check_config() runs them in
 * the order a user would want to read the messages.  Name lists come from
 * the registries (features/, mailers/), the data folder (ostypes/,
 * domain/) and the options table.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "typoquotes.h"
#include "diag.h"
#include "didyoumean.h"
#include "paths.h"
#include "srcfile.h"
#include "xalloc.h"
#include "compiler/checker.h"
#include "compiler/frontend.h"
#include "compiler/ir.h"
#include "compiler/ir_build.h"
#include "compiler/options.h"
#include "features/feature.h"
#include "mailers/mailer.h"

/* The .mc macros a user may call (for "unknown macro, did you mean"). */
static const char *const mc_macros[] = {
	"OSTYPE", "DOMAIN", "MAILER", "FEATURE", "HACK", "VERSIONID",
	"SITECONFIG", "SITE", "MASQUERADE_AS", "MASQUERADE_DOMAIN",
	"MASQUERADE_DOMAIN_FILE", "MASQUERADE_EXCEPTION",
	"MASQUERADE_EXCEPTION_FILE", "EXPOSED_USER", "EXPOSED_USER_FILE",
	"LOCAL_USER", "LOCAL_USER_FILE", "LOCAL_DOMAIN", "RELAY_DOMAIN",
	"RELAY_DOMAIN_FILE", "CANONIFY_DOMAIN", "CANONIFY_DOMAIN_FILE",
	"VIRTUSER_DOMAIN", "VIRTUSER_DOMAIN_FILE", "GENERICS_DOMAIN",
	"GENERICS_DOMAIN_FILE", "LDAPROUTE_DOMAIN", "LDAPROUTE_DOMAIN_FILE",
	"LDAPROUTE_EQUIVALENT", "LDAPROUTE_EQUIVALENT_FILE", "TRUST_AUTH_MECH",
	"LOCAL_CONFIG", "LOCAL_RULESETS", "LOCAL_RULE_0", "LOCAL_RULE_1",
	"LOCAL_RULE_2", "LOCAL_RULE_3", "LOCAL_NET_CONFIG", "LOCAL_UUCP",
	"LOCAL_DNSBL", "MAILER_DEFINITIONS", "LOCAL_SRV_FEATURES",
	"LOCAL_CLT_FEATURES", "LOCAL_TRY_TLS", "LOCAL_TLS_RCPT",
	"LOCAL_TLS_CLIENT", "LOCAL_TLS_SERVER", "UUCPSMTP", "CONCAT", "DOL",
	"MODIFY_MAILER_FLAGS", "DAEMON_OPTIONS", "CLIENT_OPTIONS",
	"MAIL_FILTER", "INPUT_MAIL_FILTER", "QUEUE_GROUP", "CF_LEVEL",
	"define", "undefine", "ifdef", "ifelse", "include", "divert", "dnl",
};

/* Sections the reference wants after the MAILER() lines. */
static const char *const after_mailer_sections[] = {
	"LOCAL_SRV_FEATURES", "LOCAL_CLT_FEATURES", "LOCAL_TRY_TLS",
	"LOCAL_TLS_RCPT", "LOCAL_TLS_CLIENT", "LOCAL_TLS_SERVER",
};

/* Defines a mailer file reads when it is expanded: they must be made
 * before it.  The reference only prints a notice that they "must" and
 * builds anyway, so the build warns (lint: DC_MC_MUST, an error).  What
 * FEATUREs need is in their registry entries (features/registry.c). */
static const struct define_before_rule {
	const char *macro, *name, *define;
} define_before_rules[] = {
	{ "MAILER", "ssh", "SSH_MAILER_USER" },
	{ "MAILER", "ssh", "SSH_MAILER_DIR" },
};

/* Mailer files that should come before another one; the reference
 * builds without the dependent part and says so, hence a warning. */
static const struct mailer_order_rule {
	const char *first, *then;
	const char *why;
} mailer_order_rules[] = {
	{ "smtp", "uucp", "the uucp-dom mailer is defined only when smtp is already there" },
};


#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static void report(enum diag_code code, enum diag_level level, const struct ir_pos *pos,
		   const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void report(enum diag_code code, enum diag_level level, const struct ir_pos *pos,
		   const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	diag_report(code, level, pos->file, pos->line, pos->col, "%s", msg);
}

static const char *arg0(const struct ir_call *c)
{
	return c->nargs > 0 ? c->args[0] : "";
}

static int is_macro(const struct ir_call *c, const char *macro)
{
	return strcmp(c->macro, macro) == 0;
}

/* A "did you mean" tail for a message: "; did you mean `x'?" or "". */
static char *suggestion(const char *best)
{
	return best ? xasprintf("; did you mean `%s'?", best) : xstrdup("");
}

/* --- names of files in the data folder (ostypes/, domain/) --- */

/* Does DATADIR/FOLDER/NAME.m4 exist?  Otherwise the closest name. */
static int data_file_known(const char *folder, const char *name, char **best)
{
	char *path = xasprintf("%s/%s", smcf_datadir(), folder);
	DIR *dir = opendir(path);
	struct dirent *de;
	struct dym dym;
	char **names = NULL;
	size_t n = 0, i;
	int found = 0;

	*best = NULL;
	free(path);
	if (dir == NULL)
		return 0;
	dym_init(&dym, name);
	while ((de = readdir(dir)) != NULL) {
		size_t len = strlen(de->d_name);

		if (len < 4 || strcmp(de->d_name + len - 3, ".m4") != 0)
			continue;
		names = xrealloc(names, (n + 1) * sizeof(*names));
		names[n] = xstrndup(de->d_name, len - 3);
		if (strcmp(names[n], name) == 0)
			found = 1;
		n++;
	}
	closedir(dir);
	for (i = 0; i < n; i++)
		dym_consider(&dym, names[i]);
	if (!found && dym_best(&dym))
		*best = xstrdup(dym_best(&dym));
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return found;
}

/* A name written with typographic quotes: say so, and how to write it. */
static int report_typo_quotes(const struct ir_call *c)
{
	int len;
	const char *q = typo_quote_find(arg0(c), &len);

	if (q == NULL)
		return 0;
	report(DC_MC_TYPOGRAPHIC_QUOTE, DIAG_ERROR, &c->pos, "%s name `%s' is written with typographic quotes (%.*s), "
	       "which m4 does not take for quotes: write %s(`name') with a backquote ` and an apostrophe '",
	       c->macro, arg0(c), len, q, c->macro);
	return 1;
}

static void check_data_name(const struct ir_call *c, const char *folder)
{
	char *best, *tail;

	if (data_file_known(folder, arg0(c), &best) || report_typo_quotes(c))
		return;
	tail = suggestion(best);
	report(DC_MC_UNKNOWN_NAME, DIAG_ERROR, &c->pos, "unknown %s `%s'%s", c->macro, arg0(c), tail);
	free(tail);
	free(best);
}

/* --- FEATURE and HACK --- */

static void check_feature_name(const struct ir_call *c, enum feature_kind kind)
{
	struct dym dym;
	size_t i;
	char *tail;

	if (report_typo_quotes(c))
		return;
	dym_init(&dym, arg0(c));
	for (i = 0; i < feature_count(); i++)
		if (feature_at(i)->kind == kind)
			dym_consider(&dym, feature_at(i)->name);
	tail = suggestion(dym_best(&dym));
	report(DC_MC_UNKNOWN_NAME, DIAG_ERROR, &c->pos, "unknown %s `%s'%s", c->macro, arg0(c), tail);
	free(tail);
}

/* Index of the first MACRO(NAME, ...) call (NAME NULL: any call of
 * MACRO), or -1. */
static long call_index(const struct ir_config *ir, const char *macro, const char *name)
{
	size_t i;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (is_macro(c, macro) && (name == NULL || strcmp(arg0(c), name) == 0))
			return (long)i;
	}
	return -1;
}

/* Does the call C meet WHEN? */
static int need_applies(const struct ir_call *c, const struct feature_need *need)
{
	const char *arg = c->nargs > 1 ? c->args[1] : "";
	size_t n;

	switch (need->when) {
	case NEED_ALWAYS:
		return 1;
	case NEED_WHEN_NO_ARG:
		return arg[0] == '\0';
	case NEED_WHEN_ARG:
		return arg[0] != '\0';
	case NEED_WHEN_ARG_IS:
		n = strlen(need->word);
		if (n > 0 && need->word[n - 1] == '*')
			return strncasecmp(arg, need->word, n - 1) == 0;
		return strcasecmp(arg, need->word) == 0;
	}
	return 0;
}

/* The position where ONE (a FEATURE(`x'), define(`X') or macro name, as
 * in struct feature_need) is first given, or NULL when it is not.  A
 * define counts as given before the call C when it was made before C
 * was expanded (*BEFORE). */
static const struct ir_pos *need_given(const struct ir_config *ir, const struct ir_call *c,
				       size_t at, const char *one, size_t len, int *before)
{
	static const char feature[] = "FEATURE(`", define[] = "define(`";
	char *name;
	const struct ir_pos *pos = NULL;
	long where = -1;

	*before = 0;
	if (strncmp(one, feature, sizeof(feature) - 1) == 0) {
		name = xstrndup(one + sizeof(feature) - 1, len - (sizeof(feature) - 1) - 2);
		where = call_index(ir, "FEATURE", name);
	} else if (strncmp(one, define, sizeof(define) - 1) == 0) {
		name = xstrndup(one + sizeof(define) - 1, len - (sizeof(define) - 1) - 2);
		if (ir_define(ir, name) != NULL) {
			pos = ir_define_pos(ir, name);
			*before = ir_define_at(ir, name, c->define_epoch) != NULL;
		}
	} else {
		name = xstrndup(one, len);
		where = call_index(ir, name, NULL);
	}
	if (where >= 0) {
		pos = &ir_call_at(ir, (size_t)where)->pos;
		*before = (size_t)where < at;
	}
	free(name);
	return pos;
}

/* The call C, as "FEATURE(`x')" or "FEATURE(`x', `arg')" when the need
 * depends on its argument.  Owned by the caller. */
static char *need_subject(const struct ir_call *c, const struct feature_need *need)
{
	if (need->when == NEED_WHEN_ARG_IS)
		return xasprintf("%s(`%s', `%s')", c->macro, arg0(c), c->args[1]);
	return xasprintf("%s(`%s')", c->macro, arg0(c));
}

/* NEED->what in words: "A or B". */
static char *need_alternatives(const struct feature_need *need)
{
	char *text = xstrdup(need->what), *p;

	while ((p = strchr(text, '|')) != NULL) {
		char *longer = xasprintf("%.*s or %s", (int)(p - text), text, p + 1);

		free(text);
		text = longer;
	}
	return text;
}

/* Each need of F that applies to the call C (index AT): a missing one is
 * an error where the reference refuses, else a warning; one given only
 * after C when it must come first is the same, with its place. */
static void check_needs(const struct ir_config *ir, const struct ir_call *c,
			const struct feature_def *f, size_t at)
{
	const struct feature_need *need;

	for (need = f->needs; need && need->what; need++) {
		const struct ir_pos *first = NULL;
		const char *p = need->what;
		enum diag_level level = need->level;
		int before = 0, any_before = 0;
		char *subject, *what;

		if (!need_applies(c, need))
			continue;
		while (*p && !any_before) {
			size_t n = strcspn(p, "|");
			const struct ir_pos *pos = need_given(ir, c, at, p, n, &before);

			if (pos && !first)
				first = pos;
			any_before = pos && (before || need->time == NEED_ANYWHERE);
			p += n + (p[n] == '|');
		}
		if (any_before || (!first && need->time == NEED_BEFORE_IF_GIVEN))
			continue;
		subject = need_subject(c, need);
		what = need_alternatives(need);
		if (!first && need->level == DIAG_ERROR)
			report(DC_MC_MISSING_REQUIREMENT, level, &c->pos, "%s requires %s", subject, what);
		else if (!first)
			report(DC_MC_MISSING_REQUIREMENT, level, &c->pos, "%s needs %s: %s", subject, what,
			       need->why);
		else if (need->level == DIAG_ERROR)
			report(DC_MC_REQUIREMENT_ORDER, level, &c->pos, "%s requires %s before it (given at %s:%d)",
			       subject, what, first->file, first->line);
		else if (strncmp(what, "define(`", 8) == 0)
			report(DC_MC_REQUIREMENT_ORDER, level, &c->pos,
			       "%.*s should be defined before %s (it is defined at %s:%d): %s",
			       (int)strcspn(what + 8, "'"), what + 8, subject, first->file, first->line, need->why);
		else
			report(DC_MC_REQUIREMENT_ORDER, level, &c->pos, "%s should come before %s (it is at %s:%d): %s",
			       what, subject, first->file, first->line, need->why);
		free(subject);
		free(what);
	}
}

/* A feature that has been replaced: by another feature (a warning, the
 * old name still works), by an option (the reference refuses it), or by
 * nothing, since what it did is the default now. */
static void check_deprecated(const struct ir_call *c, const struct feature_def *f)
{
	if (f->deprecated_by == NULL)
		return;
	if (f->deprecated_by[0] == '\0')
		report(DC_MC_NO_EFFECT, DIAG_WARNING, &c->pos,
		       "%s(`%s') does nothing: what it did is sendmail's default now; remove it",
		       c->macro, f->name);
	else if (strncmp(f->deprecated_by, "conf", 4) == 0)
		report(DC_MC_DEPRECATED, DIAG_ERROR, &c->pos,
		       "%s(`%s') has been replaced by the option %s: define(`%s', ...) instead",
		       c->macro, f->name, f->deprecated_by, f->deprecated_by);
	else
		report(DC_MC_DEPRECATED, DIAG_WARNING, &c->pos, "%s(`%s') is deprecated; use %s(`%s')",
		       c->macro, f->name, c->macro, f->deprecated_by);
}

/* An argument with a `dnl' in it is harmless where the feature never
 * reads it (Debian's FEATURE(`no_default_msa', `dnl')); where it does,
 * the reference's m4 loses the rest of that line of the feature file:
 * m4 stops, or the cf gets a truncated line (a K line without a map
 * class) that sendmail refuses. */
static void check_dnl_cut(const struct ir_call *c, const struct feature_def *f)
{
	int a;

	for (a = 1; a < c->nargs && a <= f->max_args; a++)
		if (a < (int)(sizeof(c->dnl_cut) * 8) && (c->dnl_cut & (1UL << a)))
			report(DC_MC_FEATURE_ARGUMENT, DIAG_ERROR, &c->pos,
			       "%s(`%s'): the `dnl' in argument %d would cut the line the feature writes from it",
			       c->macro, f->name, a);
}

static void check_feature(const struct ir_config *ir, const struct ir_call *c, size_t at)
{
	enum feature_kind kind = is_macro(c, "HACK") ? FEATURE_KIND_HACK : FEATURE_KIND_FEATURE;
	const struct feature_def *f = feature_lookup(kind, arg0(c));
	int nargs = c->nargs - 1;

	if (c->nargs == 0 || *arg0(c) == '\0') {
		report(DC_MC_ARGUMENT_COUNT, DIAG_ERROR, &c->pos, "%s() needs a name", c->macro);
		return;
	}
	if (f == NULL) {
		check_feature_name(c, kind);
		return;
	}
	check_dnl_cut(c, f);
	/* Trailing empty arguments are the same as absent ones in m4. */
	while (nargs > 0 && c->args[nargs][0] == '\0')
		nargs--;
	if (nargs < f->min_args)
		report(DC_MC_ARGUMENT_COUNT, DIAG_ERROR, &c->pos, "%s(`%s') needs %d argument%s: %s", c->macro, f->name,
		       f->min_args, f->min_args == 1 ? "" : "s", f->arg_schema);
	/* m4 drops arguments a feature file never reads: the reference
	 * builds the cf all the same */
	else if (nargs > f->max_args && f->max_args == 0)
		report(DC_MC_ARGUMENT_COUNT, DIAG_WARNING, &c->pos, "%s(`%s') takes no arguments; they are ignored",
		       c->macro, f->name);
	else if (nargs > f->max_args)
		report(DC_MC_ARGUMENT_COUNT, DIAG_WARNING, &c->pos, "%s(`%s') takes at most %d argument%s (%s); the rest is ignored",
		       c->macro, f->name, f->max_args, f->max_args == 1 ? "" : "s", f->arg_schema);
	check_deprecated(c, f);
	check_needs(ir, c, f, at);
}

/* --- MAILER --- */

/* What makes a MAILER() call unique: its second argument when given,
 * else the file name (the reference keys "already included" so). */
static const char *mailer_marker(const struct ir_call *c)
{
	return c->nargs > 1 && c->args[1][0] ? c->args[1] : arg0(c);
}

static void check_mailer_name(const struct ir_call *c)
{
	struct dym dym;
	size_t i;
	char *tail;

	if (mailer_file_lookup(arg0(c)) != NULL)
		return;
	dym_init(&dym, arg0(c));
	for (i = 0; i < mailer_file_count(); i++)
		dym_consider(&dym, mailer_file_at(i)->file);
	tail = suggestion(dym_best(&dym));
	report(DC_MC_UNKNOWN_NAME, DIAG_ERROR, &c->pos, "unknown MAILER `%s'%s", arg0(c), tail);
	free(tail);
}

/* A FEATURE that reads mailer files itself (msp, nullclient)? */
static int feature_reads_mailers(const struct ir_call *c)
{
	const struct feature_def *f;

	if (!is_macro(c, "FEATURE"))
		return 0;
	f = feature_lookup(FEATURE_KIND_FEATURE, arg0(c));
	return f != NULL && (f->order & FEATURE_ORDER_READS_MAILERS) != 0;
}

/* Does call C read the mailer file keyed MARKER (see mailer_marker)? */
static int reads_mailer(const struct ir_call *c, const char *marker)
{
	size_t k;

	if (is_macro(c, "MAILER"))
		return strcmp(mailer_marker(c), marker) == 0;
	if (!feature_reads_mailers(c))
		return 0;
	for (k = 0; feature_own_mailers[k]; k++)
		if (strcmp(feature_own_mailers[k], marker) == 0)
			return 1;
	return 0;
}

/* The mailer call C in words: "MAILER(`smtp')", or the first mailer a
 * feature reads and the feature.  Owned by the caller. */
static char *mailer_call_text(const struct ir_call *c)
{
	if (is_macro(c, "MAILER"))
		return xasprintf("MAILER(`%s')", arg0(c));
	return xasprintf("MAILER(`%s') (read by FEATURE(`%s'))", feature_own_mailers[0], arg0(c));
}

/* Report MARKER when a call before index I already read it. */
static void check_mailer_once(const struct ir_config *ir, const struct ir_call *c, size_t i,
			      const char *marker)
{
	size_t j;

	for (j = 0; j < i; j++) {
		const struct ir_call *d = ir_call_at(ir, j);

		if (reads_mailer(d, marker)) {
			report(DC_MC_DUPLICATE, DIAG_ERROR, &c->pos, "MAILER(`%s') already included at %s:%d",
			       marker, d->pos.file, d->pos.line);
			return;
		}
	}
}

/* --- order and count of the calls --- */

static void check_calls(const struct ir_config *ir, const char *mc_file)
{
	const struct ir_call *ostype = NULL, *first_mailer = NULL;
	size_t i, k;
	char *what;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (is_macro(c, "OSTYPE")) {
			/* The reference reads a second OS type too, and one
			 * after MAILER() (only a FEATURE in it is refused,
			 * below): both are notices there. */
			check_data_name(c, "ostypes");
			if (ostype)
				report(DC_MC_DUPLICATE, DIAG_WARNING, &c->pos, "duplicate OSTYPE(`%s'): OSTYPE(`%s') was given at %s:%d",
				       arg0(c), arg0(ostype), ostype->pos.file, ostype->pos.line);
			else if (first_mailer) {
				what = mailer_call_text(first_mailer);
				report(DC_MC_ORDER, DIAG_WARNING, &c->pos, "OSTYPE should come before %s (%s:%d): "
				       "the mailers before it do not see its settings",
				       what, first_mailer->pos.file, first_mailer->pos.line);
				free(what);
			}
			if (!ostype)
				ostype = c;
		} else if (is_macro(c, "DOMAIN")) {
			check_data_name(c, "domain");
		} else if (is_macro(c, "FEATURE") || is_macro(c, "HACK")) {
			if (first_mailer && is_macro(c, "FEATURE")) {
				what = mailer_call_text(first_mailer);
				report(DC_MC_ORDER, DIAG_ERROR, &c->pos, "FEATURE(`%s') must come before MAILER(): %s is at %s:%d",
				       arg0(c), what, first_mailer->pos.file, first_mailer->pos.line);
				free(what);
			} else if (feature_reads_mailers(c)) {
				for (k = 0; feature_own_mailers[k]; k++)
					check_mailer_once(ir, c, i, feature_own_mailers[k]);
			}
			check_feature(ir, c, i);
			if (!first_mailer && feature_reads_mailers(c))
				first_mailer = c;
		} else if (is_macro(c, "MAILER")) {
			check_mailer_name(c);
			check_mailer_once(ir, c, i, mailer_marker(c));
			if (!first_mailer)
				first_mailer = c;
		}
	}
	/* A .mc may define __OSTYPE__ itself to say "no OS type on
	 * purpose", as the distribution's submit.mc does.  After m4exit(0)
	 * the reference never gets to the check. */
	if (ostype == NULL && ir_define(ir, "__OSTYPE__") == NULL && !ir_stopped(ir)) {
		struct ir_pos pos = { mc_file, 1, 1 };

		report(DC_MC_MISSING_OSTYPE, DIAG_ERROR, &pos, "no OSTYPE given: the configuration needs one, e.g. OSTYPE(`linux')");
	}
}

static void check_define_before(const struct ir_config *ir)
{
	size_t i, r;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		for (r = 0; r < NELEM(define_before_rules); r++) {
			const struct define_before_rule *rule = &define_before_rules[r];

			if (!is_macro(c, rule->macro) || strcmp(arg0(c), rule->name) != 0)
				continue;
			if (ir_define_at(ir, rule->define, c->define_epoch) == NULL)
				report(DC_MC_MUST, DIAG_MISTAKE, &c->pos, "%s must be defined before %s(`%s')",
				       rule->define, rule->macro, rule->name);
		}
	}
}

static void check_mailer_order(const struct ir_config *ir)
{
	size_t r;

	for (r = 0; r < NELEM(mailer_order_rules); r++) {
		const struct mailer_order_rule *rule = &mailer_order_rules[r];
		long then = call_index(ir, "MAILER", rule->then);
		long first = call_index(ir, "MAILER", rule->first);

		/* where the reference says so: at the mailer that came early */
		if (then >= 0 && first > then)
			report(DC_MC_MUST, DIAG_MISTAKE, &ir_call_at(ir, (size_t)then)->pos,
			       "MAILER(`%s') must come before MAILER(`%s') (it is at %s:%d): %s",
			       rule->first, rule->then, ir_call_at(ir, (size_t)first)->pos.file,
			       ir_call_at(ir, (size_t)first)->pos.line, rule->why);
	}
}

/* Sections that the reference wants after MAILER(). */
static void check_sections(const struct ir_config *ir)
{
	const struct ir_call *first_mailer = NULL;
	size_t i, s;

	for (i = 0; i < ir_ncalls(ir) && !first_mailer; i++)
		if (is_macro(ir_call_at(ir, i), "MAILER"))
			first_mailer = ir_call_at(ir, i);
	for (i = 0; i < ir_ntexts(ir); i++) {
		const struct ir_text *t = ir_text_at(ir, i);

		for (s = 0; s < NELEM(after_mailer_sections); s++) {
			if (strcmp(t->section, after_mailer_sections[s]) != 0)
				continue;
			if (first_mailer == NULL ||
			    (strcmp(first_mailer->pos.file, t->pos.file) == 0 &&
			     first_mailer->pos.line > t->pos.line))
				report(DC_MC_SECTION_ORDER, DIAG_WARNING, &t->pos, "MAILER() should come before %s", t->section);
		}
	}
}

/* --- defines --- */

static int is_default_pos(const struct ir_pos *pos)
{
	return pos == NULL || strcmp(pos->file, FE_POS_DEFAULTS) == 0;
}

static void check_unknown_define(const char *name, const struct ir_pos *pos)
{
	struct dym dym;
	size_t i;
	char *tail;

	if (strncmp(name, "conf", 4) != 0 || mc_define_known(name))
		return;
	dym_init(&dym, name);
	for (i = 0; i < smcf_noptions; i++)
		dym_consider(&dym, smcf_options[i].m4_name);
	tail = suggestion(dym_best(&dym));
	report(DC_MC_UNKNOWN_OPTION, DIAG_WARNING, pos, "unknown option `%s'%s", name, tail);
	free(tail);
}

/* White space around a value is not part of it for sendmail (the
 * reference writes it and sendmail ignores it), so it is trimmed before
 * the type check. */
static int value_fits(const struct smcf_option *opt, const char *value, char *why, size_t whylen)
{
	size_t len;
	char *trimmed;
	int ok;

	while (isspace((unsigned char)*value))
		value++;
	len = strlen(value);
	while (len > 0 && isspace((unsigned char)value[len - 1]))
		len--;
	trimmed = xstrndup(value, len);
	ok = option_check_value(opt, trimmed, why, whylen) == 0;
	free(trimmed);
	return ok;
}

static void check_defines(const struct ir_config *ir)
{
	const char *name;
	size_t i;

	for (i = 0; (name = ir_define_name_at(ir, i)) != NULL; i++) {
		const char *value = ir_define(ir, name);
		const struct ir_pos *pos = ir_define_pos(ir, name);
		const struct smcf_option *opt;
		char why[512];

		if (value == NULL || is_default_pos(pos))
			continue;
		opt = option_by_m4_name(name);
		if (opt == NULL) {
			check_unknown_define(name, pos);
			continue;
		}
		/* The reference writes any value: a warning, so that what
		 * it builds is built. */
		if (!value_fits(opt, value, why, sizeof(why)))
			report(DC_MC_OPTION_VALUE, DIAG_MISTAKE, pos, "%s: %s", name, why);
		else if (value[0] == '\0' && option_empty_rejected(opt))
			report(DC_MC_OPTION_VALUE, DIAG_WARNING, pos, "%s: an empty value is not one of %s",
			       name, opt->allowed);
		else if (option_notice(name, value))
			report(DC_MC_OPTION_VALUE, DIAG_WARNING, pos, "%s", option_notice(name, value));
	}
}

/* --- macro calls m4 did not know --- */

/* Where NEEDLE appears in the source, looking after the text's own
 * position first, then anywhere in the .mc. */
static struct ir_pos locate(struct srcfile_cache *src, const char *mc_file,
			    const struct ir_text *t, const char *needle)
{
	struct ir_pos pos = t->pos;

	pos.col = srcfile_find_ahead(src, pos.file, &pos.line, needle, 100000);
	if (pos.col > 0)
		return pos;
	pos.file = mc_file;
	pos.line = 1;
	pos.col = srcfile_find_ahead(src, mc_file, &pos.line, needle, 100000);
	return pos.col > 0 ? pos : t->pos;
}

static int is_known_macro(const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(mc_macros); i++)
		if (strcmp(mc_macros[i], name) == 0)
			return 1;
	return 0;
}

static int is_name_char(int c)
{
	return isupper(c) || isdigit(c) || c == '_';
}

/* A raw text line that starts with NAME( is a macro call m4 did not
 * expand: no cf line starts that way (cf lines begin with one letter
 * and a name never directly followed by a parenthesis).  A line that is
 * nothing but an upper-case NAME_WITH_UNDERSCORES close to a known macro
 * is most likely a misspelt section macro (LOCAL_CONFG).  All are
 * warnings: the reference writes such a line into the cf as it is and
 * counts the build as done (smcf lint calls the calls errors). */
static void check_text_line(struct srcfile_cache *src, const char *mc_file,
			    const struct ir_text *t, const char *line, size_t len)
{
	size_t n = 0, i;
	int call, bare;
	struct dym dym;
	struct ir_pos pos;
	char *name, *tail, *needle;

	while (n < len && (isalnum((unsigned char)line[n]) || line[n] == '_'))
		n++;
	if (n < 2 || !(isalpha((unsigned char)line[0]) || line[0] == '_'))
		return;
	call = n < len && line[n] == '(';
	bare = n == len && memchr(line, '_', n) != NULL;
	for (i = 0; bare && i < n; i++)
		bare = is_name_char((unsigned char)line[i]);
	if (!call && !bare)
		return;
	name = xstrndup(line, n);
	dym_init(&dym, name);
	for (i = 0; i < NELEM(mc_macros); i++)
		dym_consider(&dym, mc_macros[i]);
	if (call || dym_best(&dym)) {
		tail = suggestion(dym_best(&dym));
		needle = call ? xasprintf("%s(", name) : xstrdup(name);
		pos = locate(src, mc_file, t, needle);
		if (call && is_known_macro(name))
			report(DC_MC_UNKNOWN_MACRO, DIAG_MISTAKE, &pos, "`%s(' was not expanded: is the call quoted?", name);
		else if (call)
			report(DC_MC_UNKNOWN_MACRO, DIAG_MISTAKE, &pos, "unknown macro `%s'%s", name, tail);
		else
			report(DC_MC_UNKNOWN_MACRO, DIAG_MISTAKE, &pos, "`%s' is not a macro%s", name, tail);
		free(needle);
		free(tail);
	}
	free(name);
}

static void check_texts(const struct ir_config *ir, const char *mc_file)
{
	struct srcfile_cache *src = srcfile_cache_new();
	size_t i;

	for (i = 0; i < ir_ntexts(ir); i++) {
		const struct ir_text *t = ir_text_at(ir, i);
		const char *p = t->text;

		while (*p) {
			size_t len = strcspn(p, "\n");

			check_text_line(src, mc_file, t, p, len);
			p += len;
			if (*p)
				p++;
		}
	}
	srcfile_cache_free(src);
}

int check_config(const struct ir_config *ir, const char *mc_file)
{
	int before = diag_errors();

	check_calls(ir, mc_file);
	check_sections(ir);
	check_define_before(ir);
	check_mailer_order(ir);
	check_defines(ir);
	check_texts(ir, mc_file);
	return diag_errors() - before;
}
