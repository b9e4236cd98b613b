/*
 * ir_build.h - constructing the configuration model (compiler/ir.h).
 *
 * The front end calls these while it parses the record stream that the m4
 * prelude prints; unit tests of later stages call them to build models by
 * hand.  Every string is copied: callers keep ownership of what they pass.
 */
#ifndef SMCF_IR_BUILD_H
#define SMCF_IR_BUILD_H

#include <stddef.h>

#include "compiler/ir.h"

struct ir_config *ir_new(void);
void ir_free(struct ir_config *ir);

/* A file name that lives as long as IR (for struct ir_pos.file). */
const char *ir_intern(struct ir_config *ir, const char *s);

/* Convenience: a position with an interned file name. */
struct ir_pos ir_pos_make(struct ir_config *ir, const char *file, int line, int col);

/* define(NAME, VALUE) at POS; VALUE NULL means undefine(NAME). Each call
 * starts a new define epoch (see struct ir_call.define_epoch). */
void ir_set_define(struct ir_config *ir, const char *name, const char *value, struct ir_pos pos);

/* The same for a define made only because NAME was undefined (an OS
 * type's default): ir_define_touched() does not count it. */
void ir_set_default(struct ir_config *ir, const char *name, const char *value, struct ir_pos pos);

/* Set the final value of NAME without starting an epoch: the front end
 * uses it for values m4 expands only at the end of input (the reference
 * expands most defines when proto.m4 runs, after the whole .mc).  The
 * position of the last ir_set_define of NAME is kept when there was one. */
void ir_set_final(struct ir_config *ir, const char *name, const char *value, struct ir_pos pos);

/* A configuration macro call; the arguments are copied.  The call records
 * the current define epoch.  DNL_CUT: see struct ir_call. */
void ir_add_call(struct ir_config *ir, const char *macro, char *const *args, int nargs,
		 unsigned long dnl_cut, struct ir_pos pos);

/* Raw cf text for SECTION (an IR_SECTION_* name).  Consecutive texts of the
 * same section are kept as separate blocks, in order.  The front end also
 * uses the macro name for the sections ir.h has no constant for
 * (LOCAL_UUCP, LOCAL_CLT_FEATURES, LOCAL_TLS_RCPT, LOCAL_TLS_CLIENT,
 * LOCAL_TLS_SERVER) and "CLASSES" for text a .mc puts in divert(5). */
void ir_add_text(struct ir_config *ir, const char *section, const char *text, struct ir_pos pos);

/* m4exit(0) at POS: m4 stopped there, before the reference would have
 * written the body of the cf (see ir_stopped()). */
void ir_set_stopped(struct ir_config *ir, struct ir_pos pos);

/* The .mc had m4 read NAME, found at PATH (NULL: not found), at POS. */
void ir_add_read(struct ir_config *ir, const char *name, const char *path, struct ir_pos pos);

/* --- extra queries (not needed by every reader) --- */

/* Number of define/undefine events so far (the current epoch). */
size_t ir_define_epoch(const struct ir_config *ir);

/* Iterate over every name ever defined, in first-definition order:
 * returns the Ith name, or NULL past the end.  A name may be undefined
 * by now (ir_define() gives NULL). */
const char *ir_define_name_at(const struct ir_config *ir, size_t i);

/* Debug dump of the whole model (smcf build --dump-ir). */
#include <stdio.h>
void ir_dump(const struct ir_config *ir, FILE *out);

#endif
