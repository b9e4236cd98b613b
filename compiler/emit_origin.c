/*
 * emit_origin.c - marks in the emitter's output saying which .mc line a
 * stretch of cf text comes from (see emit_origin.h).  One emission runs
 * at a time, so the recorder is a file-scope pointer set for its length.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_origin.h"
#include "lib/xalloc.h"

static struct emit_origins *current;
static FILE *current_out;

void emit_origin_begin(struct emit_origins *origins, FILE *out)
{
	current = origins;
	current_out = out;
}

void emit_origin_end(void)
{
	current = NULL;
	current_out = NULL;
}

void emit_origin_mark(const struct ir_pos *pos, int per_line)
{
	struct emit_origin_mark *m;
	long off;

	if (current == NULL || fflush(current_out) != 0 || (off = ftell(current_out)) < 0)
		return;
	if (current->n == current->cap) {
		current->cap = current->cap ? 2 * current->cap : 32;
		current->v = xrealloc(current->v, current->cap * sizeof(*current->v));
	}
	m = &current->v[current->n++];
	m->offset = off;
	if (pos != NULL && pos->file != NULL) {
		m->pos = *pos;
		m->per_line = per_line;
	} else {
		memset(&m->pos, 0, sizeof(m->pos));
		m->per_line = 0;
	}
}

int emit_origin_of(const struct emit_origins *origins, const char *text, size_t len,
		   int line, struct ir_pos *pos)
{
	const struct emit_origin_mark *m = NULL;
	size_t off = 0, i;
	int n = 1;

	/* the byte offset where LINE starts */
	while (n < line && off < len) {
		const char *nl = memchr(text + off, '\n', len - off);

		if (nl == NULL)
			return -1;
		off = (size_t)(nl - text) + 1;
		n++;
	}
	/* the last mark at or before it */
	for (i = 0; i < origins->n && (size_t)origins->v[i].offset <= off; i++)
		m = &origins->v[i];
	if (m == NULL || m->pos.file == NULL)
		return -1;
	*pos = m->pos;
	if (m->per_line) {
		/* count the lines between the mark and LINE */
		for (i = (size_t)m->offset; i < off; i++)
			if (text[i] == '\n')
				pos->line++;
		pos->col = 1;
	}
	return 0;
}

void emit_origins_free(struct emit_origins *origins)
{
	free(origins->v);
	origins->v = NULL;
	origins->n = origins->cap = 0;
}

struct emit_origin_line *emit_origin_lines(const struct emit_origins *origins, const char *text,
					   size_t len, size_t *nlines)
{
	struct emit_origin_line *v;
	const struct emit_origin_mark *m = NULL;
	size_t off = 0, n = 0, cap = 64, k = 0;
	int since = 0;		/* lines since mark M */

	v = xmalloc(cap * sizeof(*v));
	while (off < len) {
		const char *nl = memchr(text + off, '\n', len - off);

		/* the last mark at or before this line's start */
		while (k < origins->n && (size_t)origins->v[k].offset <= off) {
			m = &origins->v[k++];
			since = 0;
		}
		if (n == cap)
			v = xrealloc(v, (cap *= 2) * sizeof(*v));
		memset(&v[n], 0, sizeof(v[n]));
		if (m != NULL && m->pos.file != NULL) {
			v[n].pos = m->pos;
			v[n].site_text = m->per_line;
			if (m->per_line) {
				v[n].pos.line += since;
				v[n].pos.col = 1;
			}
		}
		since++;
		n++;
		off = nl ? (size_t)(nl - text) + 1 : len;
	}
	*nlines = n;
	return v;
}
