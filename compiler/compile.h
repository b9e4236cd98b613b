/*
 * compile.h - a .mc to the text of its cf, in memory: front end, checker,
 * emitter and the read-back of the result the way sendmail will read it.
 * `smcf build' writes the text; `smcf lint' checks the cf a .mc compiles
 * to; `smcf site' compares it with the installed cf before installing
 * it; `smcf show' reads its meaning and, through the origins, the .mc
 * line behind each cf line.
 *
 * What sendmail would say about a line is reported through lib/diag.h
 * with the code the cf reader gave it (CF0xx), at the .mc line that
 * wrote the line; a line smcf made up itself that sendmail would refuse
 * is smcf's own bug (DC_MC_INTERNAL).
 */
#ifndef SMCF_COMPILE_H
#define SMCF_COMPILE_H

#include <stddef.h>

#include "compiler/emit_origin.h"
#include "compiler/frontend.h"

struct ir_config;
struct cf_model;

struct compiled {
	char *cf;			/* the cf text (LEN bytes) */
	size_t len;
	struct emit_origins origins;	/* which .mc line wrote each cf line */
};

#define COMPILE_OUTPUT_FAILED	(-2)

/* Emit IR into OUT and, when the emitter reported no error, read the
 * cf back (filling MODEL when not NULL: the names it defines and uses).
 * Returns 0; -1 when the emitter failed; COMPILE_OUTPUT_FAILED when the
 * text could not be buffered.  OUT is freed with compiled_free() in any
 * case.  MC names the .mc, for diagnostics without a better place. */
int compile_cf(const struct ir_config *ir, const char *mc, struct compiled *out,
	       struct cf_model *model);
void compiled_free(struct compiled *c);

/* The whole way from a .mc: what compile_mc() gives. */
struct compile_result {
	char *cf;		/* the whole cf (NULL when it has errors) */
	size_t len;
	struct emit_origins origins;	/* which .mc line made each cf line */
	struct ir_config *ir;	/* the model, kept for positions */
};

/*
 * Compile FE->mc_file: front end, checker, then compile_cf().  Problems
 * are reported through lib/diag.h (held and printed in source order).
 * Returns 0 (OUT filled), 1 when the .mc has errors, 2 when it cannot be
 * read or m4 cannot run.
 */
int compile_mc(const struct fe_options *fe, struct compile_result *out);
void compile_result_free(struct compile_result *r);

#endif
