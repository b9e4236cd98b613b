/*
 * emit_origin.h - which .mc line each line of the written cf comes from.
 *
 * While the emitter writes, the places that copy the site's own text
 * (LOCAL_CONFIG, LOCAL_RULESETS, divert(0) text, ...) or print a value
 * the .mc defined mark where in the output that text starts.  After
 * emission emit_origin_of() answers "cf line N came from file:line", so
 * that the build's read-back (cmd_build.c) can put what sendmail would
 * say about a line at the .mc line that produced it.
 */
#ifndef SMCF_EMIT_ORIGIN_H
#define SMCF_EMIT_ORIGIN_H

#include <stdio.h>

#include "compiler/ir.h"

struct emit_origin_mark {
	long offset;		/* byte offset in the output */
	struct ir_pos pos;	/* pos.file NULL: generated text */
	int per_line;		/* the text is the .mc's own lines, one for one */
};

struct emit_origins {
	struct emit_origin_mark *v;
	size_t n, cap;
};

/* Start recording marks for output OUT into ORIGINS; NULL stops. */
void emit_origin_begin(struct emit_origins *origins, FILE *out);
void emit_origin_end(void);
/* From here on, output comes from POS (NULL: generated).  PER_LINE: the
 * text copies the .mc from POS on, line for line. */
void emit_origin_mark(const struct ir_pos *pos, int per_line);

/* Where cf line LINE (1..) of TEXT came from: 0 and *POS filled, or -1
 * when it was generated. */
int emit_origin_of(const struct emit_origins *origins, const char *text, size_t len,
		   int line, struct ir_pos *pos);
void emit_origins_free(struct emit_origins *origins);

/* The origin of every line of TEXT at once (for many look-ups): entry
 * I is cf line I + 1; pos.file NULL when smcf generated the line;
 * site_text when the line is the .mc's own text (LOCAL_RULESETS,
 * LOCAL_CONFIG, divert(0) text ...), copied line for line. */
struct emit_origin_line {
	struct ir_pos pos;
	int site_text;
};
struct emit_origin_line *emit_origin_lines(const struct emit_origins *origins, const char *text,
					   size_t len, size_t *nlines);

#endif
