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

/* Defines the reference reads when it meets a call: they must be made
 * before it.  The reference only prints a notice and builds anyway, so
 * these are warnings.  (MAILER(`ssh')'s SSH_MAILER_USER/DIR are checked
 * by mailers/ssh.c itself.) */
static const struct define_before_rule {
	const char *macro, *name, *define;
	enum diag_level level;
} define_before_rules[] = {
	{ "FEATURE", "preserve_luser_host", "LUSER_RELAY", DIAG_WARNING },
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

static void report(enum diag_level level, const struct ir_pos *pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void report(enum diag_level level, const struct ir_pos *pos, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	diag_report(level, pos->file, pos->line, pos->col, "%s", msg);
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
	report(DIAG_ERROR, &c->pos, "%s name `%s' is written with typographic quotes (%.*s), "
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
	report(DIAG_ERROR, &c->pos, "unknown %s `%s'%s", c->macro, arg0(c), tail);
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
	report(DIAG_ERROR, &c->pos, "unknown %s `%s'%s", c->macro, arg0(c), tail);
	free(tail);
}

/* Index of the first MACRO(NAME, ...) call, or -1. */
static long call_index(const struct ir_config *ir, const char *macro, const char *name)
{
	size_t i;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (is_macro(c, macro) && strcmp(arg0(c), name) == 0)
			return (long)i;
	}
	return -1;
}

/* Each name in F->requires (", " separated) must be a FEATURE before
 * the call at index AT. */
static void check_requires(const struct ir_config *ir, const struct ir_call *c,
			   const struct feature_def *f, size_t at)
{
	const char *p = f->requires;

	while (p && *p) {
		size_t n = strcspn(p, ", ");
		char *need = xstrndup(p, n);
		long where = call_index(ir, "FEATURE", need);

		const struct ir_call *later = where >= 0 ? ir_call_at(ir, (size_t)where) : NULL;

		/* The reference tests for the needed feature when it reads
		 * this one: missing or later is the same error there. */
		if (later == NULL)
			report(DIAG_ERROR, &c->pos, "%s(`%s') requires FEATURE(`%s')",
			       c->macro, f->name, need);
		else if ((size_t)where > at && (f->order & FEATURE_ORDER_AFTER_REQUIRES))
			report(DIAG_ERROR, &c->pos, "%s(`%s') requires FEATURE(`%s') before it (given at %s:%d)",
			       c->macro, f->name, need, later->pos.file, later->pos.line);
		free(need);
		p += n;
		p += strspn(p, ", ");
	}
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
			report(DIAG_ERROR, &c->pos,
			       "%s(`%s'): the `dnl' in argument %d would cut the line the feature writes from it",
			       c->macro, f->name, a);
}

static void check_feature(const struct ir_config *ir, const struct ir_call *c, size_t at)
{
	enum feature_kind kind = is_macro(c, "HACK") ? FEATURE_KIND_HACK : FEATURE_KIND_FEATURE;
	const struct feature_def *f = feature_lookup(kind, arg0(c));
	int nargs = c->nargs - 1;

	if (c->nargs == 0 || *arg0(c) == '\0') {
		report(DIAG_ERROR, &c->pos, "%s() needs a name", c->macro);
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
		report(DIAG_ERROR, &c->pos, "%s(`%s') needs %d argument%s: %s", c->macro, f->name,
		       f->min_args, f->min_args == 1 ? "" : "s", f->arg_schema);
	/* m4 drops arguments a feature file never reads: the reference
	 * builds the cf all the same */
	else if (nargs > f->max_args && f->max_args == 0)
		report(DIAG_WARNING, &c->pos, "%s(`%s') takes no arguments; they are ignored",
		       c->macro, f->name);
	else if (nargs > f->max_args)
		report(DIAG_WARNING, &c->pos, "%s(`%s') takes at most %d argument%s (%s); the rest is ignored",
		       c->macro, f->name, f->max_args, f->max_args == 1 ? "" : "s", f->arg_schema);
	if (f->deprecated_by)
		report(DIAG_WARNING, &c->pos, "%s(`%s') is deprecated; use %s(`%s')", c->macro, f->name,
		       c->macro, f->deprecated_by);
	check_requires(ir, c, f, at);
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
	report(DIAG_ERROR, &c->pos, "unknown MAILER `%s'%s", arg0(c), tail);
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
			report(DIAG_ERROR, &c->pos, "MAILER(`%s') already included at %s:%d",
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
				report(DIAG_WARNING, &c->pos, "duplicate OSTYPE(`%s'): OSTYPE(`%s') was given at %s:%d",
				       arg0(c), arg0(ostype), ostype->pos.file, ostype->pos.line);
			else if (first_mailer) {
				what = mailer_call_text(first_mailer);
				report(DIAG_WARNING, &c->pos, "OSTYPE should come before %s (%s:%d): "
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
				report(DIAG_ERROR, &c->pos, "FEATURE(`%s') must come before MAILER(): %s is at %s:%d",
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

		report(DIAG_ERROR, &pos, "no OSTYPE given: the configuration needs one, e.g. OSTYPE(`linux')");
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
				report(rule->level, &c->pos, "%s should be defined before %s(`%s'), as the reference asks (a definition made later is still used)",
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

		if (then >= 0 && first > then)
			report(DIAG_WARNING, &ir_call_at(ir, (size_t)first)->pos,
			       "MAILER(`%s') should come before MAILER(`%s'): %s",
			       rule->first, rule->then, rule->why);
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
				report(DIAG_WARNING, &t->pos, "MAILER() should come before %s", t->section);
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
	report(DIAG_WARNING, pos, "unknown option `%s'%s", name, tail);
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
			report(DIAG_WARNING, pos, "%s: %s", name, why);
		else if (value[0] == '\0' && option_empty_rejected(opt))
			report(DIAG_WARNING, pos, "%s: an empty value is not one of %s", name, opt->allowed);
		else if (option_notice(name, value))
			report(DIAG_WARNING, pos, "%s", option_notice(name, value));
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
			report(DIAG_WARNING, &pos, "`%s(' was not expanded: is the call quoted?", name);
		else if (call)
			report(DIAG_WARNING, &pos, "unknown macro `%s'%s", name, tail);
		else
			report(DIAG_WARNING, &pos, "`%s' is not a macro%s", name, tail);
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
