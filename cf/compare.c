/*
 * compare.c - the comparison of two cf models (see compare.h).
 *
 * Items are compared as sets of (kind, name, compared value), with only
 * the value in force of an option counting; rules ruleset by ruleset, as
 * sequences of token lists, with a longest-common-subsequence walk so a
 * rule added in the middle reads as one added rule.
 */
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "cf/compare.h"

static void add_change(struct cf_changes *c, char sign, enum cfm_kind kind,
		       const char *ruleset, char *text)
{
	struct cf_change *ch;

	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 32;
		c->v = xrealloc(c->v, c->cap * sizeof(*c->v));
	}
	ch = &c->v[c->n++];
	ch->sign = sign;
	ch->kind = kind;
	ch->ruleset = ruleset ? xstrdup(ruleset) : NULL;
	ch->text = text;
}

static int item_order(const struct cfm_item *a, const struct cfm_item *b)
{
	int d;

	if (a->kind != b->kind)
		return (int)a->kind - (int)b->kind;
	if ((d = strcmp(a->name, b->name)) != 0)
		return d;
	return strcmp(a->key, b->key);
}

static int item_cmp(const void *pa, const void *pb)
{
	return item_order(*(const struct cfm_item *const *)pa, *(const struct cfm_item *const *)pb);
}

/* The items of M that count, sorted; *N set. */
static const struct cfm_item **counted(const struct cf_meaning *m, size_t *n)
{
	const struct cfm_item **v = xcalloc(m->nitems + 1, sizeof(*v));

	*n = 0;
	for (size_t i = 0; i < m->nitems; i++)
		if (!cf_meaning_superseded(m, i))
			v[(*n)++] = &m->items[i];
	qsort(v, *n, sizeof(*v), item_cmp);
	return v;
}

static size_t compare_items(const struct cf_meaning *old, const struct cf_meaning *new,
			    struct cf_changes *out)
{
	size_t na, nb, i = 0, j = 0, before = out->n;
	const struct cfm_item **a = counted(old, &na), **b = counted(new, &nb);

	while (i < na || j < nb) {
		int d = i == na ? 1 : j == nb ? -1 : item_order(a[i], b[j]);

		if (d == 0) {
			/* the same item twice on one side is one item */
			const struct cfm_item *x = a[i];

			while (i < na && item_order(a[i], x) == 0)
				i++;
			while (j < nb && item_order(b[j], x) == 0)
				j++;
		} else if (d < 0) {
			if (i == 0 || item_order(a[i - 1], a[i]) != 0)
				add_change(out, '-', a[i]->kind, NULL, cfm_item_line(a[i]));
			i++;
		} else {
			if (j == 0 || item_order(b[j - 1], b[j]) != 0)
				add_change(out, '+', b[j]->kind, NULL, cfm_item_line(b[j]));
			j++;
		}
	}
	free(a);
	free(b);
	return out->n - before;
}

static int same_rule(const struct cfm_rule *a, const struct cfm_rule *b)
{
	return strcmp(a->lhs, b->lhs) == 0 && strcmp(a->rhs, b->rhs) == 0;
}

static const struct cfm_ruleset *ruleset_named(const struct cf_meaning *m, const char *name)
{
	for (size_t i = 0; i < m->nrulesets; i++)
		if (strcmp(m->rulesets[i].name, name) == 0)
			return &m->rulesets[i];
	return NULL;
}

/* The rules removed from A and added in B, in order. */
static void compare_rules(const struct cfm_ruleset *a, const struct cfm_ruleset *b,
			  const char *name, struct cf_changes *out)
{
	static const struct cfm_ruleset none;
	size_t n, m, i, j, *len;

	a = a ? a : &none;
	b = b ? b : &none;
	n = a->n;
	m = b->n;
	/* len[i][j]: longest common run of a[i..] and b[j..] */
	len = xcalloc((n + 1) * (m + 1), sizeof(*len));
	for (i = n; i-- > 0;)
		for (j = m; j-- > 0;)
			len[i * (m + 1) + j] = same_rule(&a->rules[i], &b->rules[j]) ?
				len[(i + 1) * (m + 1) + j + 1] + 1 :
				len[(i + 1) * (m + 1) + j] > len[i * (m + 1) + j + 1] ?
				len[(i + 1) * (m + 1) + j] : len[i * (m + 1) + j + 1];
	i = j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && same_rule(&a->rules[i], &b->rules[j])) {
			i++;
			j++;
		} else if (j == m || (i < n && len[(i + 1) * (m + 1) + j] >= len[i * (m + 1) + j + 1])) {
			add_change(out, '-', CFM_RULESET, name, xstrdup(a->rules[i].text));
			i++;
		} else {
			add_change(out, '+', CFM_RULESET, name, xstrdup(b->rules[j].text));
			j++;
		}
	}
	free(len);
}

size_t cf_compare(const struct cf_meaning *old, const struct cf_meaning *new, struct cf_changes *out)
{
	size_t before = out->n;

	compare_items(old, new, out);
	for (size_t i = 0; i < old->nrulesets; i++)
		compare_rules(&old->rulesets[i], ruleset_named(new, old->rulesets[i].name),
			      old->rulesets[i].name, out);
	for (size_t i = 0; i < new->nrulesets; i++)
		if (ruleset_named(old, new->rulesets[i].name) == NULL)
			compare_rules(NULL, &new->rulesets[i], new->rulesets[i].name, out);
	return out->n - before;
}

void cf_changes_print(const struct cf_changes *c, FILE *out, const char *prefix)
{
	for (int kind = 0; kind < CFM_NKINDS; kind++) {
		const char *last = NULL;

		for (size_t i = 0; i < c->n; i++) {
			const struct cf_change *ch = &c->v[i];

			if ((int)ch->kind != kind)
				continue;
			if (ch->ruleset != NULL && (last == NULL || strcmp(last, ch->ruleset) != 0)) {
				fprintf(out, "%sruleset %s:\n", prefix, ch->ruleset);
				last = ch->ruleset;
			}
			fprintf(out, "%s%s%c %s\n", prefix, ch->ruleset ? "  " : "", ch->sign, ch->text);
		}
	}
}

void cf_changes_free(struct cf_changes *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].ruleset);
		free(c->v[i].text);
	}
	free(c->v);
	memset(c, 0, sizeof(*c));
}
