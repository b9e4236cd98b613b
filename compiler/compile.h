/*
 * compile.h - from a checked IR to the cf text in memory, read back the
 * way sendmail will read it: the last steps of `smcf build', shared with
 * `smcf lint', which checks the cf a .mc compiles to.
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

#endif
