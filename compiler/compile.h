/*
 * compile.h - one .mc to the text of its cf, in memory: front end,
 * checker, emitter and the read-back of the result the way sendmail will
 * read it.  `smcf build' writes the text; `smcf site' compares it with
 * the installed cf before installing it; `smcf show' reads its meaning
 * and, through the origins, the .mc line behind each cf line.
 */
#ifndef SMCF_COMPILE_H
#define SMCF_COMPILE_H

#include <stddef.h>

#include "compiler/emit_origin.h"
#include "compiler/frontend.h"

struct compile_result {
	char *cf;		/* the whole cf (NULL when it has errors) */
	size_t len;
	struct emit_origins origins;	/* which .mc line made each cf line */
	struct ir_config *ir;	/* the model, kept for positions */
};

/*
 * Compile FE->mc_file.  Problems are reported through lib/diag.h (held
 * and printed in source order).  Returns 0 (OUT filled), 1 when the .mc
 * has errors, 2 when it cannot be read or m4 cannot run.
 */
int compile_mc(const struct fe_options *fe, struct compile_result *out);
void compile_result_free(struct compile_result *r);

#endif
