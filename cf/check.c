/*
 * check.c - the syntax-only reading of a cf (see check.h): the engine is
 * set up as for `smcf test' without the host's identity, every message
 * sendmail would print is collected, and everything is torn down again.
 */
#include <stdlib.h>

#include "xalloc.h"
#include "cf/check.h"
#include "cf/config.h"
#include "engine/arena.h"
#include "engine/macro.h"
#include "engine/map.h"
#include "engine/msg.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "engine/token.h"

struct collect {
	struct cf_findings *out;
	int serious;
};

static void collect_message(void *arg, enum msg_level level, int line, const char *text)
{
	struct collect *c = arg;
	struct cf_findings *f = c->out;

	if (f->n == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 8;
		f->v = xrealloc(f->v, f->cap * sizeof(*f->v));
	}
	f->v[f->n].line = line;
	f->v[f->n].level = level;
	f->v[f->n].text = xstrdup(text);
	f->n++;
	if (level != MSG_NOTE)
		c->serious++;
}

int cf_check_text(const char *name, const char *text, size_t len, struct cf_findings *out)
{
	struct collect c = { out, 0 };
	struct arena *arena = arena_new();
	int status = msg_exit_status();

	msg_set_sink(collect_message, &c);
	cf_set_syntax_only(1);
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
	cf_set_syntax_only(0);
	msg_set_sink(NULL, NULL);
	msg_set_exit_status(status);
	return c.serious;
}

void cf_findings_free(struct cf_findings *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->v[i].text);
	free(f->v);
	f->v = NULL;
	f->n = f->cap = 0;
}
