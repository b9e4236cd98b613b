/*
 * cf_rules.c - checks of a sendmail.cf: rule syntax (the TAB between
 * pattern and replacement, operators the pattern may not hold, $n beyond
 * the pattern's wildcards), and names used but never defined: rulesets
 * called with $> or named in a mailer's R=/S=, classes matched with $=
 * and $~, maps looked up with $( and mailers chosen with $#.
 *
 * The file is read line by line the way sendmail's readcf joins them (a
 * line starting with a blank continues the one before), keeping the line
 * number where each logical line starts.  Definitions are collected in a
 * first pass so that forward references are fine, as they are for
 * sendmail.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "lint/lint.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Line kinds readcf knows. */
static const char cf_line_kinds[] = "RSDHCTFMOPQVKEX";

/* Names sendmail defines without the cf saying so. */
static const char *const builtin_classes[] = {
	"w", "k", "m", "n", "s", "e", "b", "t", "checkMIMEFieldHeaders",
	"checkMIMEHeaders", "checkMIMETextHeaders", "persistentMacros", "cert_altnames",
};
static const char *const builtin_mailers[] = { "error", "discard", "prog", "*file*", "*include*" };
static const char *const builtin_maps[] = { "host" };

/* Operators that make no sense in a pattern (readcf rejects them). */
static const char lhs_forbidden[] = ":>?.[]()";

struct cf_line {
	int line;
	char *text;
};

struct name_set {
	char **names;
	size_t n;
};

/* An S line: its name and number (-1 when it has none). */
struct ruleset {
	char *name;
	long number;
};

struct cf {
	const char *file;
	struct lint_list *out;
	struct cf_line *lines;
	size_t n;
	struct ruleset *rulesets;
	size_t nrulesets;
	unsigned char *calls;		/* nrulesets x nrulesets: row calls column */
	unsigned char *resolving;	/* rulesets reached from ruleset 0 */
	struct name_set classes, maps, mailers;
};

static void name_add(struct name_set *set, const char *name, size_t len)
{
	set->names = lint_grow(set->names, set->n, sizeof(*set->names));
	set->names[set->n++] = xstrndup(name, len);
}

static int name_known(const struct name_set *set, const char *name, size_t len,
		      const char *const *builtin, size_t nbuiltin)
{
	size_t i;

	for (i = 0; i < set->n; i++)
		if (strlen(set->names[i]) == len && strncmp(set->names[i], name, len) == 0)
			return 1;
	for (i = 0; i < nbuiltin; i++)
		if (strlen(builtin[i]) == len && strncmp(builtin[i], name, len) == 0)
			return 1;
	return 0;
}

static void names_free(struct name_set *set)
{
	size_t i;

	for (i = 0; i < set->n; i++)
		free(set->names[i]);
	free(set->names);
}

static int all_digits(const char *p, size_t n)
{
	return n > 0 && strspn(p, "0123456789") >= n;
}

/* Join continuation lines; drop comments and empty lines. */
static void join_lines(struct cf *cf, const struct lint_lines *lines)
{
	size_t i;
	int in_comment = 0;

	for (i = 0; i < lines->n; i++) {
		const char *t = lines->line[i];
		int continues = t[0] == ' ' || t[0] == '\t';

		/* A continuation of a comment is part of the comment. */
		if (t[0] == '#' || t[0] == '\0' || (continues && in_comment)) {
			in_comment = t[0] == '#' || (continues && in_comment);
			continue;
		}
		in_comment = 0;
		if (t[strspn(t, " \t")] == '\0')
			continue;
		if (continues && cf->n > 0) {
			struct cf_line *last = &cf->lines[cf->n - 1];
			char *joined = xasprintf("%s\n%s", last->text, t);

			free(last->text);
			last->text = joined;
			continue;
		}
		cf->lines = lint_grow(cf->lines, cf->n, sizeof(*cf->lines));
		cf->lines[cf->n].line = (int)i + 1;
		cf->lines[cf->n].text = xstrdup(t);
		cf->n++;
	}
}

/* Length of a name: a {long name}, or a run of word characters. */
static size_t name_len(const char *p, int braced_ok)
{
	if (braced_ok && *p == '{')
		return strcspn(p, "}") + (p[strcspn(p, "}")] == '}');
	return strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.*");
}

/* A class name after C or F (or $= / $~): one character or {name}.
 * Sets *START and returns the length without braces. */
static size_t class_name(const char *p, const char **start)
{
	if (*p == '{') {
		size_t n = strcspn(p + 1, "}");

		*start = p + 1;
		return n;
	}
	*start = p;
	return *p ? 1 : 0;
}

/* The body of an S line: "name", "name=N" or "N". */
static void ruleset_add(struct cf *cf, const char *p)
{
	struct ruleset *r;
	size_t n;
	const char *eq;

	p += strspn(p, " \t");
	n = strcspn(p, "= \t\n");
	cf->rulesets = lint_grow(cf->rulesets, cf->nrulesets, sizeof(*cf->rulesets));
	r = &cf->rulesets[cf->nrulesets++];
	r->name = xstrndup(p, n);
	eq = strchr(p, '=');
	if (all_digits(p, n))
		r->number = strtol(p, NULL, 10);
	else if (eq && isdigit((unsigned char)eq[1 + strspn(eq + 1, " \t")]))
		r->number = strtol(eq + 1, NULL, 10);
	else
		r->number = -1;
}

/* The ruleset a reference NAME (a name or a number) means, or -1. */
static long ruleset_find(const struct cf *cf, const char *name, size_t n)
{
	long number = all_digits(name, n) ? strtol(name, NULL, 10) : -2;
	size_t i;

	for (i = 0; i < cf->nrulesets; i++)
		if ((strlen(cf->rulesets[i].name) == n && strncmp(cf->rulesets[i].name, name, n) == 0) ||
		    cf->rulesets[i].number == number)
			return (long)i;
	return -1;
}

/* The name a $> reference at P gives: bare or in double quotes. */
static const char *ruleset_ref(const char *p, size_t *n)
{
	p += strspn(p, " ");
	if (*p == '"') {
		*n = strcspn(p + 1, "\"\t");
		return p + 1;
	}
	*n = name_len(p, 0);
	return p;
}

static void collect_definitions(struct cf *cf)
{
	size_t i;

	for (i = 0; i < cf->n; i++) {
		const char *t = cf->lines[i].text, *start;
		size_t n;

		switch (t[0]) {
		case 'S':
			ruleset_add(cf, t + 1);
			break;
		case 'C':
		case 'F':
			n = class_name(t + 1, &start);
			if (n > 0)
				name_add(&cf->classes, start, n);
			break;
		case 'K':
			t += 1 + strspn(t + 1, " \t");
			name_add(&cf->maps, t, strcspn(t, " \t\n"));
			break;
		case 'M':
			name_add(&cf->mailers, t + 1, strcspn(t + 1, ", \t\n"));
			break;
		}
	}
}

/* --- references --- */

static void check_ruleset_ref(struct cf *cf, int line, int col, const char *name, size_t n, const char *how)
{
	if (n == 0 || all_digits(name, n) || ruleset_find(cf, name, n) >= 0)
		return;
	lint_add(cf->out, cf->file, line, col, "CF003", "%s ruleset `%.*s', which no S line defines",
		 how, (int)n, name);
}

/* $>name, $=X, $~X, $(map and $#mailer in one rule of ruleset RS. */
static void check_references(struct cf *cf, int line, const char *rule, long rs)
{
	const char *p, *name;

	for (p = strchr(rule, '$'); p; p = strchr(p + 1, '$')) {
		const char *q = p + 2, *start;
		int col = (int)(p - rule) + 1;
		size_t n;

		switch (p[1]) {
		case '>':
			name = ruleset_ref(q, &n);
			check_ruleset_ref(cf, line, col, name, n, "calls");
			break;
		case '=':
		case '~':
			n = class_name(q, &start);
			if (n > 0 && !name_known(&cf->classes, start, n, builtin_classes, NELEM(builtin_classes)))
				lint_add(cf->out, cf->file, line, col, "CF004",
					 "class $%c%s%.*s%s is never defined (no C or F line): it is empty",
					 p[1], *q == '{' ? "{" : "", (int)n, start, *q == '{' ? "}" : "");
			break;
		case '(':
			q += strspn(q, " ");
			n = strcspn(q, " \t$");
			if (*q != '$' && n > 0 && !name_known(&cf->maps, q, n, builtin_maps, NELEM(builtin_maps)))
				lint_add(cf->out, cf->file, line, col, "CF005",
					 "map `%.*s' is looked up but no K line defines it", (int)n, q);
			break;
		case '#':
			q += strspn(q, " ");
			n = strcspn(q, " \t$");
			/* Only rulesets that resolve addresses return mailers; the
			 * policy rulesets (check_*, tls_* ...) return verdicts. */
			if (rs >= 0 && cf->resolving[rs] && *q != '$' && n > 0 &&
			    !name_known(&cf->mailers, q, n, builtin_mailers, NELEM(builtin_mailers)))
				lint_add(cf->out, cf->file, line, col, "CF006",
					 "mailer `%.*s' is chosen with $# but no M line defines it", (int)n, q);
			break;
		}
		if (p[1] == '$')
			p++;
	}
}

/* --- rules --- */

/* Wildcards in a pattern: $* $+ $- $=X $~X each bind one $n. */
static int count_wildcards(const char *file, int line, const char *lhs, size_t len,
			   const char *code, struct lint_list *out)
{
	size_t i;
	int n = 0;

	for (i = 0; i + 1 < len; i++) {
		if (lhs[i] != '$')
			continue;
		if (strchr("*+-=~", lhs[i + 1]))
			n++;
		else if (isdigit((unsigned char)lhs[i + 1]) || strchr(lhs_forbidden, lhs[i + 1]))
			lint_add(out, file, line, (int)i + 2, code,
				 "$%c cannot be used in a rule's pattern", lhs[i + 1]);
		i++;
	}
	return n;
}

void lint_rule_operands(const char *file, int line, const char *rule, const char *code,
			struct lint_list *out)
{
	const char *tab = strchr(rule, '\t'), *rhs, *p;
	size_t rhs_len;
	int wild;

	if (tab == NULL)
		return;
	wild = count_wildcards(file, line, rule + 1, (size_t)(tab - rule - 1), code, out);
	rhs = tab + strspn(tab, "\t");
	rhs_len = strcspn(rhs, "\t");
	for (p = rhs; p + 1 < rhs + rhs_len; p++) {
		if (*p != '$')
			continue;
		if (p[1] >= '1' && p[1] <= '9' && p[1] - '0' > wild)
			lint_add(out, file, line, (int)(p - rule) + 1, code,
				 "$%c in the replacement, but the pattern has only %d wildcard%s",
				 p[1], wild, wild == 1 ? "" : "s");
		p++;
	}
}

static void check_rule(struct cf *cf, int line, const char *text, long rs)
{
	if (rs < 0)
		lint_add(cf->out, cf->file, line, 1, "CF001",
			 "rule before any S line: sendmail has no ruleset to put it in");
	if (strchr(text, '\t') == NULL) {
		lint_add(cf->out, cf->file, line, 1, "CF001",
			 "rule has no TAB between its pattern and its replacement");
		return;
	}
	lint_rule_operands(cf->file, line, text, "CF002", cf->out);
	check_references(cf, line, text, rs);
}

/* Which rulesets call which, then which are reached from ruleset 0
 * (parse): those are the ones whose $# names a mailer. */
static void build_call_graph(struct cf *cf)
{
	size_t n = cf->nrulesets, i, k;
	long rs = -1, next = 0;
	int changed = 1;

	cf->calls = xcalloc(n * n + 1, 1);
	cf->resolving = xcalloc(n + 1, 1);
	for (i = 0; i < cf->n; i++) {
		const char *t = cf->lines[i].text, *p;

		if (t[0] == 'S')
			rs = next++;	/* S lines and rulesets are in the same order */
		if (t[0] != 'R' || rs < 0)
			continue;
		for (p = strstr(t, "$>"); p; p = strstr(p + 2, "$>")) {
			size_t len;
			const char *name = ruleset_ref(p + 2, &len);
			long callee = ruleset_find(cf, name, len);

			if (callee >= 0)
				cf->calls[(size_t)rs * n + (size_t)callee] = 1;
		}
	}
	for (i = 0; i < n; i++)
		if (cf->rulesets[i].number == 0)
			cf->resolving[i] = 1;
	while (changed) {
		changed = 0;
		for (i = 0; i < n; i++)
			for (k = 0; k < n && cf->resolving[i]; k++)
				if (cf->calls[i * n + k] && !cf->resolving[k])
					cf->resolving[k] = changed = 1;
	}
}

/* R=name/name and S=name/name of an M line. */
static void check_mailer_rulesets(struct cf *cf, int line, const char *text)
{
	const char *p;

	for (p = text; (p = strpbrk(p, "RS")) != NULL; p++) {
		const char *q;

		if (p[1] != '=' || (p != text && p[-1] != ' ' && p[-1] != ','))
			continue;
		q = p + 2;
		for (;;) {
			size_t n = strcspn(q, "/, \t\n");

			check_ruleset_ref(cf, line, (int)(q - text) + 1, q, n, "mailer uses");
			if (q[n] != '/')
				break;
			q += n + 1;
		}
	}
}

void lint_cf(const char *file, const struct lint_lines *lines, struct lint_list *out)
{
	struct cf cf;
	size_t i;
	long rs = -1, next = 0;

	memset(&cf, 0, sizeof(cf));
	cf.file = file;
	cf.out = out;
	join_lines(&cf, lines);
	collect_definitions(&cf);
	build_call_graph(&cf);
	for (i = 0; i < cf.n; i++) {
		const char *t = cf.lines[i].text;
		int line = cf.lines[i].line;

		if (strchr(cf_line_kinds, t[0]) == NULL)
			lint_add(out, file, line, 1, "CF007",
				 "`%c' does not start any kind of sendmail.cf line", t[0]);
		else if (t[0] == 'S')
			rs = next++;
		else if (t[0] == 'R')
			check_rule(&cf, line, t, rs);
		else if (t[0] == 'M')
			check_mailer_rulesets(&cf, line, t);
		free(cf.lines[i].text);
	}
	free(cf.lines);
	for (i = 0; i < cf.nrulesets; i++)
		free(cf.rulesets[i].name);
	free(cf.rulesets);
	free(cf.calls);
	free(cf.resolving);
	names_free(&cf.classes);
	names_free(&cf.maps);
	names_free(&cf.mailers);
}
