/*
 * entries.c - from a cf's items to the entries `smcf show' prints, and
 * the NAME operands that pick them (see show.h).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"
#include "xalloc.h"
#include "show/show.h"

/* The kinds shown, in order, and the prefix of their names. */
static const struct {
	enum cfm_kind kind;
	const char *prefix;
} shown_kinds[] = {
	{ CFM_OPTION, "" }, { CFM_DAEMON, "daemon:" }, { CFM_MACRO, "$" },
	{ CFM_CLASS, "class:" }, { CFM_CLASSFILE, "classfile:" }, { CFM_MAP, "map:" },
	{ CFM_MAILER, "mailer:" }, { CFM_QUEUE, "queue:" },
};
#define NSHOWN (sizeof shown_kinds / sizeof shown_kinds[0])

static const char *prefix_of(enum cfm_kind kind)
{
	for (size_t i = 0; i < NSHOWN; i++)
		if (shown_kinds[i].kind == kind)
			return shown_kinds[i].prefix;
	return NULL;
}

/* The printed name of item IT (new string). */
static char *entry_name(const struct cfm_item *it)
{
	const char *prefix = prefix_of(it->kind);
	int braces = (it->kind == CFM_MACRO || it->kind == CFM_CLASS ||
		      it->kind == CFM_CLASSFILE) && strlen(it->name) > 1;

	return xasprintf("%s%s%s%s", prefix, braces ? "{" : "", it->name, braces ? "}" : "");
}

/* Does an entry of KIND keep one value per item instead of the last? */
static int one_value_per_item(const struct cfm_item *it)
{
	return it->kind == CFM_CLASSFILE ||
	       (it->kind == CFM_OPTION && (strcasecmp(it->name, "AliasFile") == 0 ||
					   strcasecmp(it->name, "ClientPortOptions") == 0));
}

struct show_entry *show_entry_find(struct show_entries *e, enum cfm_kind kind, const char *name)
{
	for (size_t i = 0; i < e->n; i++)
		if (e->v[i].kind == kind && (kind == CFM_OPTION ? strcasecmp(e->v[i].name, name) :
					     strcmp(e->v[i].name, name)) == 0)
			return &e->v[i];
	return NULL;
}

static void add_value(struct show_entry *en, char *text, int line)
{
	en->values = xrealloc(en->values, (en->nvalues + 1) * sizeof(*en->values));
	en->values[en->nvalues].text = text;
	en->values[en->nvalues].line = line;
	en->nvalues++;
}

/* Add word WORD to a class entry's single value, once. */
static void add_word(struct show_entry *en, const char *word, int line)
{
	struct strbuf sb = STRBUF_INIT;
	char *words;

	if (en->nvalues == 0) {
		add_value(en, xstrdup(word), line);
		return;
	}
	words = en->values[0].text;
	for (char *p = words; (p = strstr(p, word)) != NULL; p++)
		if ((p == words || p[-1] == ' ') && (p[strlen(word)] == ' ' || p[strlen(word)] == '\0'))
			return;
	strbuf_addf(&sb, "%s %s", words, word);
	free(words);
	en->values[0].text = strbuf_detach(&sb);
}

void show_entries_of(const struct cf_meaning *m, struct show_entries *out)
{
	for (size_t k = 0; k < NSHOWN; k++)
		for (size_t i = 0; i < m->nitems; i++) {
			const struct cfm_item *it = &m->items[i];
			struct show_entry *en;
			char *name;

			if (it->kind != shown_kinds[k].kind)
				continue;
			name = entry_name(it);
			en = show_entry_find(out, it->kind, name);
			if (en == NULL) {
				if (out->n == out->cap) {
					out->cap = out->cap ? 2 * out->cap : 64;
					out->v = xrealloc(out->v, out->cap * sizeof(*out->v));
				}
				en = &out->v[out->n++];
				memset(en, 0, sizeof(*en));
				en->kind = it->kind;
				en->name = name;
				en->selected = 1;
			} else
				free(name);
			if (it->kind == CFM_CLASS)
				add_word(en, it->value, it->line);
			else if (one_value_per_item(it) || en->nvalues == 0)
				add_value(en, xstrdup(it->value), it->line);
			else {
				/* set again: the last value is the one in force */
				free(en->values[0].text);
				en->values[0].text = xstrdup(it->value);
				en->values[0].line = it->line;
			}
		}
}

/* NAME without braces after PREFIX: "class:{x}" and "class:x" alike. */
static int name_matches(const struct show_entry *en, const char *prefix, const char *want)
{
	const char *have = en->name + strlen(prefix);
	size_t hn = strlen(have), wn = strlen(want);

	if (hn > 1 && have[0] == '{' && have[hn - 1] == '}')
		have++, hn -= 2;
	if (wn > 1 && want[0] == '{' && want[wn - 1] == '}')
		want++, wn -= 2;
	return hn == wn && strncmp(have, want, hn) == 0;
}

size_t show_select(struct show_entries *e, const char *name)
{
	size_t picked = 0;
	const char *colon = strchr(name, ':');

	for (size_t i = 0; i < e->n; i++) {
		struct show_entry *en = &e->v[i];
		const char *prefix = prefix_of(en->kind);
		size_t pn = strlen(prefix);
		int hit;

		if (en->kind == CFM_OPTION)
			hit = strcasecmp(en->name, name) == 0;
		else if (en->kind == CFM_MACRO)
			hit = name[0] == '$' && name_matches(en, prefix, name + 1);
		else if (colon != NULL && colon[1] == '\0')
			/* "map:" picks every map */
			hit = strncmp(name, prefix, pn) == 0 && strlen(name) == pn;
		else if (en->kind == CFM_CLASSFILE && strncmp(name, "class:", 6) == 0)
			hit = name_matches(en, prefix, name + 6);
		else
			hit = strncmp(name, prefix, pn) == 0 && name_matches(en, prefix, name + pn);
		if (hit) {
			en->selected = 1;
			picked++;
		}
	}
	return picked;
}

static int compare_words(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The words of S, sorted, one space apart (new string). */
static char *sorted_words(const char *s)
{
	char *copy = xstrdup(s), **w = NULL, *save = NULL, *t;
	size_t n = 0;
	struct strbuf sb = STRBUF_INIT;

	for (t = strtok_r(copy, " ", &save); t != NULL; t = strtok_r(NULL, " ", &save)) {
		w = xrealloc(w, (n + 1) * sizeof(*w));
		w[n++] = t;
	}
	if (n > 0)
		qsort(w, n, sizeof(*w), compare_words);
	for (size_t i = 0; i < n; i++)
		strbuf_addf(&sb, "%s%s", i ? " " : "", w[i]);
	free(w);
	free(copy);
	return strbuf_detach(&sb);
}

int show_same_values(const struct show_entry *a, const struct show_entry *b)
{
	if (a->nvalues != b->nvalues)
		return 0;
	for (size_t i = 0; i < a->nvalues; i++) {
		int same;

		if (a->kind == CFM_CLASS) {
			char *x = sorted_words(a->values[i].text), *y = sorted_words(b->values[i].text);

			same = strcmp(x, y) == 0;
			free(x);
			free(y);
		} else
			same = strcmp(a->values[i].text, b->values[i].text) == 0;
		if (!same)
			return 0;
	}
	return 1;
}

void show_entries_free(struct show_entries *e)
{
	for (size_t i = 0; i < e->n; i++) {
		for (size_t j = 0; j < e->v[i].nvalues; j++)
			free(e->v[i].values[j].text);
		free(e->v[i].values);
		free(e->v[i].name);
	}
	free(e->v);
	memset(e, 0, sizeof(*e));
}
