/*
 * check.c - the syntax-only reading of a cf (see check.h): the engine is
 * set up as for `smcf test' without the host's identity, every message
 * sendmail would print is collected with the code of what it is about,
 * the names the cf defines and uses are noted when asked for, and
 * everything is torn down again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "cf/check.h"
#include "cf/config.h"
#include "engine/arena.h"
#include "engine/macro.h"
#include "engine/map.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "engine/token.h"

struct collect {
	struct cf_findings *out;
	int serious;
};

/* TEXT as a person reads it: a line sendmail quotes is in internal
 * form, with the top bit of each operator byte stripped (as sendmail
 * prints it); the operators print as $x again. */
static char *printable(const char *text)
{
	char *buf = NULL, *copy = xstrdup(text), *p;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);

	if (mem == NULL)
		return copy;
	for (p = copy; *p; p++) {
		int c = (*p & 0xff) | 0200;

		if ((*p & 0xff) < 0x20 && (c == META_EXPAND || c == META_DEFER || c == META_LOOKUP ||
					   c == META_LOOKUPEND || (c >= META_ZANY && c <= META_HOSTEND)))
			*p = (char)c;
	}
	tok_print(mem, copy);
	free(copy);
	if (fclose(mem) != 0) {
		free(buf);
		return xstrdup(text);
	}
	return buf;
}

static void collect_message(void *arg, enum msg_level level, int line, const char *text)
{
	struct collect *c = arg;
	struct cf_findings *f = c->out;
	int first = cf_message_first_line();

	if (f->n == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 8;
		f->v = xrealloc(f->v, f->cap * sizeof(*f->v));
	}
	f->v[f->n].line = line;
	f->v[f->n].first_line = first > 0 && first <= line ? first : line;
	f->v[f->n].level = level;
	f->v[f->n].code = cf_message_code();
	f->v[f->n].text = printable(text);
	f->n++;
	if (level != MSG_NOTE)
		c->serious++;
}

int cf_check_model(const char *name, const char *text, size_t len, struct cf_findings *out,
		   struct cf_model *model)
{
	struct collect c = { out, 0 };
	struct arena *arena = arena_new();
	int status = msg_exit_status();

	msg_set_sink(collect_message, &c);
	cf_set_syntax_only(1);
	cf_set_model(model);
	tok_reset();
	macro_init();
	cf_defaults();
	rw_set_arena(arena);
	config.maps = maps_new(&engine_map_host);
	rw_set_maps(config.maps);
	cf_read_text(name, text, len);
	maps_free(config.maps);
	config.maps = NULL;
	rw_set_maps(NULL);
	rw_free();
	cf_free();
	macro_free();
	symtab_free();
	tok_reset();
	rw_set_arena(NULL);
	arena_free(arena);
	cf_set_model(NULL);
	tok_reset();
	cf_set_syntax_only(0);
	msg_set_sink(NULL, NULL);
	msg_set_exit_status(status);
	return c.serious;
}

int cf_check_text(const char *name, const char *text, size_t len, struct cf_findings *out)
{
	return cf_check_model(name, text, len, out, NULL);
}

void cf_findings_free(struct cf_findings *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->v[i].text);
	free(f->v);
	f->v = NULL;
	f->n = f->cap = 0;
}

static void names_free(struct cf_names *set)
{
	for (size_t i = 0; i < set->n; i++) {
		free(set->v[i].name);
		free(set->v[i].detail);
	}
	free(set->v);
	memset(set, 0, sizeof(*set));
}

void cf_model_free(struct cf_model *model)
{
	names_free(&model->defs);
	names_free(&model->uses);
	names_free(&model->rules);
	names_free(&model->options);
	names_free(&model->macros);
	model->nfolded = 0;
}

/* What sendmail has without a cf line for it. */
static const char *const builtin_classes[] = {
	"w", "k", "m", "n", "s", "e", "b", "t", "checkMIMEFieldHeaders",
	"checkMIMEHeaders", "checkMIMETextHeaders", "persistentMacros", "cert_altnames",
};
static const char *const builtin_mailers[] = { "error", "discard", "prog", "*file*", "*include*" };
static const char *const builtin_maps[] = { "host" };

int cf_name_builtin(enum cf_name_kind kind, const char *name)
{
	static const struct {
		const char *const *names;
		size_t n;
	} lists[] = {
		[CF_NAME_RULESET] = { NULL, 0 },
		[CF_NAME_CLASS] = { builtin_classes, sizeof builtin_classes / sizeof builtin_classes[0] },
		[CF_NAME_MAP] = { builtin_maps, sizeof builtin_maps / sizeof builtin_maps[0] },
		[CF_NAME_MAILER] = { builtin_mailers, sizeof builtin_mailers / sizeof builtin_mailers[0] },
	};

	for (size_t i = 0; i < lists[kind].n; i++)
		if (strcmp(lists[kind].names[i], name) == 0)
			return 1;
	return 0;
}
