/*
 * cf_lint.c - checks of a sendmail.cf, made on what the cf reader of
 * `smcf test' and of the build's read-back (cf/check.h) finds: what
 * sendmail says reading it (a rule without its TAB, $n beyond the
 * pattern's wildcards, an unknown line kind, any other refusal), each
 * with the code the reader gave it, and names used but never defined:
 * rulesets called with $> or named in a mailer's R=/S=, classes matched
 * with $= and $~, maps looked up with $( and mailers chosen with $# in
 * the rulesets that resolve addresses.
 *
 * The same name checks run on the cf a .mc compiles to (mc_compiled.c);
 * a placement function says where a cf line is reported.
 */
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "cf/check.h"
#include "lint/lint.h"
#include "lint/lint_cf.h"

static int all_digits(const char *p)
{
	return *p != '\0' && p[strspn(p, "0123456789")] == '\0';
}

/* The definition of ruleset NAME (a name or a number), or NULL. */
static const struct cf_name *ruleset_def(const struct cf_model *m, const char *name)
{
	int number = all_digits(name) ? atoi(name) : -2;
	size_t i;

	for (i = 0; i < m->defs.n; i++) {
		const struct cf_name *d = &m->defs.v[i];

		if (d->kind == CF_NAME_RULESET && (strcmp(d->name, name) == 0 || d->number == number))
			return d;
	}
	return NULL;
}

static int defined(const struct cf_model *m, enum cf_name_kind kind, const char *name)
{
	size_t i;

	if (kind == CF_NAME_RULESET)
		return all_digits(name) || ruleset_def(m, name) != NULL;
	for (i = 0; i < m->defs.n; i++)
		if (m->defs.v[i].kind == kind && strcmp(m->defs.v[i].name, name) == 0)
			return 1;
	return cf_name_builtin(kind, name);
}

/* The rulesets reached from ruleset 0 (parse): those return mailers
 * with $#; the policy rulesets (check_*, tls_* ...) return verdicts.
 * RESOLVING[n] for ruleset number n (0 .. max). */
static unsigned char *resolving_rulesets(const struct cf_model *m, int *max)
{
	unsigned char *resolving;
	size_t i;
	int changed = 1;

	*max = 0;
	for (i = 0; i < m->defs.n; i++)
		if (m->defs.v[i].kind == CF_NAME_RULESET && m->defs.v[i].number > *max)
			*max = m->defs.v[i].number;
	resolving = xcalloc((size_t)*max + 1, 1);
	resolving[0] = 1;
	while (changed) {
		changed = 0;
		for (i = 0; i < m->uses.n; i++) {
			const struct cf_name *u = &m->uses.v[i];
			const struct cf_name *callee;

			if (u->kind != CF_NAME_RULESET || u->ruleset < 0 || u->ruleset > *max ||
			    !resolving[u->ruleset] || (callee = ruleset_def(m, u->name)) == NULL ||
			    callee->number < 0 || callee->number > *max || resolving[callee->number])
				continue;
			resolving[callee->number] = changed = 1;
		}
	}
	return resolving;
}

void lint_cf_names(const struct cf_model *m, lint_place_fn place, void *arg, struct lint_list *out)
{
	int max, line, col;
	unsigned char *resolving = resolving_rulesets(m, &max);
	const char *file;
	size_t i;

	for (i = 0; i < m->uses.n; i++) {
		const struct cf_name *u = &m->uses.v[i];

		if (defined(m, u->kind, u->name) || place(arg, u->line, &file, &line, &col) != 0)
			continue;
		if (u->col > 0)
			col = u->col;
		switch (u->kind) {
		case CF_NAME_RULESET:
			lint_add(out, file, line, col, DC_CF_UNDEFINED_RULESET,
				 "%s ruleset `%s', which no S line defines",
				 u->ruleset >= 0 ? "calls" : "mailer uses", u->name);
			break;
		case CF_NAME_CLASS:
			lint_add(out, file, line, col, DC_CF_UNDEFINED_CLASS,
				 "class $=%s%s%s is never defined (no C or F line): it is empty",
				 strlen(u->name) > 1 ? "{" : "", u->name, strlen(u->name) > 1 ? "}" : "");
			break;
		case CF_NAME_MAP:
			lint_add(out, file, line, col, DC_CF_UNDEFINED_MAP,
				 "map `%s' is looked up but no K line defines it", u->name);
			break;
		case CF_NAME_MAILER:
			if (u->ruleset >= 0 && u->ruleset <= max && resolving[u->ruleset])
				lint_add(out, file, line, col, DC_CF_UNKNOWN_MAILER,
					 "mailer `%s' is chosen with $# but no M line defines it", u->name);
			break;
		}
	}
	free(resolving);
}

void lint_cf_said(const struct cf_findings *found, lint_place_fn place, void *arg,
		  struct lint_list *out)
{
	size_t i;

	for (i = 0; i < found->n; i++) {
		const struct cf_finding *f = &found->v[i];
		const struct diag_code_info *info = diag_code_info(f->code);
		enum lint_severity sev = (enum lint_severity)info->severity;
		const char *file;
		int line, col;

		if (place(arg, f->first_line, &file, &line, &col) != 0)
			continue;
		if (info->follows_level)
			sev = f->level == MSG_NOTE ? LINT_WARNING : LINT_ERROR;
		lint_add_sev(out, file, line, col, f->code, sev, "%s: %s",
			     f->level == MSG_NOTE ? "sendmail warns" : "sendmail refuses this line", f->text);
	}
}

/* A .cf is its own place. */
static int cf_itself(void *arg, int cf_line, const char **file, int *line, int *col)
{
	*file = arg;
	*line = cf_line;
	*col = 1;
	return 0;
}

void lint_cf(const char *file, const struct lint_lines *lines, const struct lint_context *ctx,
	     struct lint_list *out)
{
	struct cf_findings found = { NULL, 0, 0 };
	struct cf_model model;

	memset(&model, 0, sizeof(model));
	cf_check_model(file, lines->text, lines->len, &found, &model);
	lint_cf_said(&found, cf_itself, (void *)file, out);
	lint_cf_names(&model, cf_itself, (void *)file, out);
	lint_cf_settings(file, &model, cf_itself, (void *)file, ctx, out);
	cf_findings_free(&found);
	cf_model_free(&model);
}
