/*
 * ir.c - the configuration model: storage, builder and queries.
 *
 * Defines are kept twice: as a log of events (define/undefine in .mc
 * order, so that a stage can ask for the value "as of" a FEATURE or MAILER
 * call) and as a hash table from name to its latest event (the usual
 * "final value" question).  Each event links to the previous event of the
 * same name, so a look-up at an epoch walks back only through that name's
 * own history.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "compiler/ir.h"
#include "compiler/ir_build.h"

struct define_event {
	struct define_name *name;
	char *value;			/* NULL: undefine */
	struct ir_pos pos;
	struct define_event *prev_same;	/* older event of the same name */
	size_t seq;			/* index in the log */
	int if_undefined;		/* made only because NAME was undefined */
};

struct define_name {
	char *name;
	struct define_event *last;	/* latest event, never NULL */
	char *final;			/* end-of-input value, overrides last */
	int has_final;
	struct ir_pos final_pos;
};

struct interned {
	struct interned *next;
	char *s;
};

struct ir_config {
	struct interned *strings;

	struct define_event **events;	/* the log; index = epoch - 1 */
	size_t nevents, events_cap;

	struct define_name **names;	/* first-definition order */
	size_t nnames, names_cap;
	struct define_name **table;	/* open addressing, power of two */
	size_t table_cap;

	struct ir_call *calls;
	size_t ncalls, calls_cap;

	struct ir_text *texts;
	size_t ntexts, texts_cap;

	int stopped;			/* m4exit(0) */
	struct ir_pos stopped_pos;

	struct ir_read *reads;		/* strings interned */
	size_t nreads, reads_cap;
};

/* Grow *ARRAY (of ELEM-byte items) so that it holds at least N+1 items. */
static void *grow(void *array, size_t *cap, size_t n, size_t elem)
{
	if (n < *cap)
		return array;
	*cap = *cap ? *cap * 2 : 16;
	return xrealloc(array, *cap * elem);
}

static size_t hash_name(const char *s)
{
	size_t h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

struct ir_config *ir_new(void)
{
	struct ir_config *ir = xcalloc(1, sizeof(*ir));

	ir->table_cap = 256;
	ir->table = xcalloc(ir->table_cap, sizeof(*ir->table));
	return ir;
}

void ir_free(struct ir_config *ir)
{
	size_t i;
	int a;

	if (ir == NULL)
		return;
	while (ir->strings) {
		struct interned *next = ir->strings->next;

		free(ir->strings->s);
		free(ir->strings);
		ir->strings = next;
	}
	for (i = 0; i < ir->nevents; i++) {
		free(ir->events[i]->value);
		free(ir->events[i]);
	}
	free(ir->events);
	for (i = 0; i < ir->nnames; i++) {
		free(ir->names[i]->name);
		free(ir->names[i]->final);
		free(ir->names[i]);
	}
	free(ir->names);
	free(ir->table);
	for (i = 0; i < ir->ncalls; i++) {
		for (a = 0; a < ir->calls[i].nargs; a++)
			free(ir->calls[i].args[a]);
		free(ir->calls[i].args);
	}
	free(ir->calls);
	for (i = 0; i < ir->ntexts; i++)
		free(ir->texts[i].text);
	free(ir->texts);
	free(ir->reads);
	free(ir);
}

const char *ir_intern(struct ir_config *ir, const char *s)
{
	struct interned *in;

	if (s == NULL)
		return NULL;
	for (in = ir->strings; in; in = in->next)
		if (strcmp(in->s, s) == 0)
			return in->s;
	in = xmalloc(sizeof(*in));
	in->s = xstrdup(s);
	in->next = ir->strings;
	ir->strings = in;
	return in->s;
}

struct ir_pos ir_pos_make(struct ir_config *ir, const char *file, int line, int col)
{
	struct ir_pos pos;

	pos.file = ir_intern(ir, file ? file : "");
	pos.line = line;
	pos.col = col;
	return pos;
}

/* --- the name table --- */

static struct define_name **slot_for(struct define_name **table, size_t cap, const char *name)
{
	size_t i = hash_name(name) & (cap - 1);

	while (table[i] && strcmp(table[i]->name, name) != 0)
		i = (i + 1) & (cap - 1);
	return &table[i];
}

static void rehash(struct ir_config *ir)
{
	size_t cap = ir->table_cap * 2;
	struct define_name **table = xcalloc(cap, sizeof(*table));
	size_t i;

	for (i = 0; i < ir->nnames; i++)
		*slot_for(table, cap, ir->names[i]->name) = ir->names[i];
	free(ir->table);
	ir->table = table;
	ir->table_cap = cap;
}

static struct define_name *find_name(const struct ir_config *ir, const char *name)
{
	return *slot_for(ir->table, ir->table_cap, name);
}

static struct define_name *find_or_add_name(struct ir_config *ir, const char *name)
{
	struct define_name **slot, *dn;

	if (2 * (ir->nnames + 1) > ir->table_cap)
		rehash(ir);
	slot = slot_for(ir->table, ir->table_cap, name);
	if (*slot)
		return *slot;
	dn = xcalloc(1, sizeof(*dn));
	dn->name = xstrdup(name);
	*slot = dn;
	ir->names = grow(ir->names, &ir->names_cap, ir->nnames, sizeof(*ir->names));
	ir->names[ir->nnames++] = dn;
	return dn;
}

/* --- builder --- */

void ir_set_default(struct ir_config *ir, const char *name, const char *value, struct ir_pos pos)
{
	ir_set_define(ir, name, value, pos);
	ir->events[ir->nevents - 1]->if_undefined = 1;
}

void ir_set_define(struct ir_config *ir, const char *name, const char *value, struct ir_pos pos)
{
	struct define_name *dn = find_or_add_name(ir, name);
	struct define_event *ev = xcalloc(1, sizeof(*ev));

	ev->name = dn;
	ev->value = value ? xstrdup(value) : NULL;
	ev->pos = pos;
	ev->prev_same = dn->last;
	ev->seq = ir->nevents;
	dn->last = ev;
	/* A later define replaces any end-of-input value. */
	free(dn->final);
	dn->final = NULL;
	dn->has_final = 0;
	ir->events = grow(ir->events, &ir->events_cap, ir->nevents, sizeof(*ir->events));
	ir->events[ir->nevents++] = ev;
}

void ir_set_final(struct ir_config *ir, const char *name, const char *value, struct ir_pos pos)
{
	struct define_name *dn = find_or_add_name(ir, name);

	if (dn->last == NULL) {
		/* Never defined through the log (e.g. m4 -D): make it an
		 * ordinary define so that epochs and positions work. */
		ir_set_define(ir, name, value, pos);
		return;
	}
	free(dn->final);
	dn->final = value ? xstrdup(value) : NULL;
	dn->has_final = 1;
	dn->final_pos = dn->last->value ? dn->last->pos : pos;
}

void ir_add_call(struct ir_config *ir, const char *macro, char *const *args, int nargs,
		 unsigned long dnl_cut, struct ir_pos pos)
{
	struct ir_call *c;
	int a;

	ir->calls = grow(ir->calls, &ir->calls_cap, ir->ncalls, sizeof(*ir->calls));
	c = &ir->calls[ir->ncalls++];
	c->seq = ir->ncalls + ir->ntexts;
	c->macro = ir_intern(ir, macro);
	c->nargs = nargs;
	c->args = xcalloc(nargs > 0 ? (size_t)nargs : 1, sizeof(*c->args));
	for (a = 0; a < nargs; a++)
		c->args[a] = xstrdup(args[a] ? args[a] : "");
	c->dnl_cut = dnl_cut;
	c->pos = pos;
	c->define_epoch = ir->nevents;
}

void ir_add_text(struct ir_config *ir, const char *section, const char *text, struct ir_pos pos)
{
	struct ir_text *t;

	ir->texts = grow(ir->texts, &ir->texts_cap, ir->ntexts, sizeof(*ir->texts));
	t = &ir->texts[ir->ntexts++];
	t->seq = ir->ncalls + ir->ntexts;
	t->section = ir_intern(ir, section);
	t->text = xstrdup(text);
	t->pos = pos;
}

void ir_set_stopped(struct ir_config *ir, struct ir_pos pos)
{
	ir->stopped = 1;
	ir->stopped_pos = pos;
}

void ir_add_read(struct ir_config *ir, const char *name, const char *path, struct ir_pos pos)
{
	struct ir_read *r;

	ir->reads = grow(ir->reads, &ir->reads_cap, ir->nreads, sizeof(*ir->reads));
	r = &ir->reads[ir->nreads++];
	r->name = ir_intern(ir, name);
	r->path = path ? ir_intern(ir, path) : NULL;
	r->pos = pos;
}

/* --- queries --- */

const struct ir_pos *ir_stopped(const struct ir_config *ir)
{
	return ir->stopped ? &ir->stopped_pos : NULL;
}

size_t ir_nreads(const struct ir_config *ir)
{
	return ir->nreads;
}

const struct ir_read *ir_read_at(const struct ir_config *ir, size_t i)
{
	return i < ir->nreads ? &ir->reads[i] : NULL;
}

const char *ir_define(const struct ir_config *ir, const char *name)
{
	struct define_name *dn = find_name(ir, name);

	if (dn == NULL)
		return NULL;
	return dn->has_final ? dn->final : dn->last->value;
}

const struct ir_pos *ir_define_pos(const struct ir_config *ir, const char *name)
{
	struct define_name *dn = find_name(ir, name);

	if (dn == NULL)
		return NULL;
	if (dn->has_final)
		return dn->final ? &dn->final_pos : NULL;
	return dn->last->value ? &dn->last->pos : NULL;
}

const char *ir_define_at(const struct ir_config *ir, const char *name, size_t epoch)
{
	struct define_name *dn = find_name(ir, name);
	struct define_event *ev;

	if (dn == NULL)
		return NULL;
	if (epoch >= ir->nevents)
		return ir_define(ir, name);
	/* The newest event of this name made before EPOCH. */
	for (ev = dn->last; ev; ev = ev->prev_same)
		if (ev->seq < epoch)
			return ev->value;
	return NULL;
}

int ir_define_touched(const struct ir_config *ir, const char *name, size_t from, size_t to)
{
	struct define_name *dn = find_name(ir, name);
	struct define_event *ev;

	for (ev = dn ? dn->last : NULL; ev && ev->seq >= from; ev = ev->prev_same)
		if (ev->seq < to && !ev->if_undefined)
			return 1;
	return 0;
}

size_t ir_ncalls(const struct ir_config *ir)
{
	return ir->ncalls;
}

const struct ir_call *ir_call_at(const struct ir_config *ir, size_t i)
{
	return i < ir->ncalls ? &ir->calls[i] : NULL;
}

const struct ir_call *ir_feature(const struct ir_config *ir, const char *feature_name)
{
	size_t i;

	for (i = 0; i < ir->ncalls; i++) {
		const struct ir_call *c = &ir->calls[i];

		if (strcmp(c->macro, "FEATURE") == 0 && c->nargs > 0 &&
		    strcmp(c->args[0], feature_name) == 0)
			return c;
	}
	return NULL;
}

/* MAILER(local) is implied: the reference adds it when the .mc lacks it. */
int ir_has_mailer(const struct ir_config *ir, const char *mailer_name)
{
	size_t i;

	if (strcmp(mailer_name, "local") == 0)
		return 1;
	for (i = 0; i < ir->ncalls; i++) {
		const struct ir_call *c = &ir->calls[i];

		if (strcmp(c->macro, "MAILER") == 0 && c->nargs > 0 &&
		    strcmp(c->args[0], mailer_name) == 0)
			return 1;
	}
	return 0;
}

size_t ir_ntexts(const struct ir_config *ir)
{
	return ir->ntexts;
}

const struct ir_text *ir_text_at(const struct ir_config *ir, size_t i)
{
	return i < ir->ntexts ? &ir->texts[i] : NULL;
}

size_t ir_define_epoch(const struct ir_config *ir)
{
	return ir->nevents;
}

const char *ir_define_name_at(const struct ir_config *ir, size_t i)
{
	return i < ir->nnames ? ir->names[i]->name : NULL;
}

static void dump_pos(FILE *out, const struct ir_pos *pos)
{
	fprintf(out, "%s:%d:%d", pos->file ? pos->file : "?", pos->line, pos->col);
}

void ir_dump(const struct ir_config *ir, FILE *out)
{
	size_t i;
	int a;

	for (i = 0; i < ir->nnames; i++) {
		const char *v = ir_define(ir, ir->names[i]->name);
		const struct ir_pos *pos = ir_define_pos(ir, ir->names[i]->name);

		if (v == NULL)
			continue;
		fprintf(out, "define %s = [%s] at ", ir->names[i]->name, v);
		dump_pos(out, pos);
		fputc('\n', out);
	}
	for (i = 0; i < ir->ncalls; i++) {
		const struct ir_call *c = &ir->calls[i];

		fprintf(out, "call %s(", c->macro);
		for (a = 0; a < c->nargs; a++)
			fprintf(out, "%s[%s]", a ? ", " : "", c->args[a]);
		fprintf(out, ") epoch %zu at ", c->define_epoch);
		dump_pos(out, &c->pos);
		fputc('\n', out);
	}
	for (i = 0; i < ir->ntexts; i++) {
		fprintf(out, "text %s at ", ir->texts[i].section);
		dump_pos(out, &ir->texts[i].pos);
		fprintf(out, ":\n%s", ir->texts[i].text);
	}
}
