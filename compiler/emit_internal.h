/*
 * emit_internal.h - the pieces of the emitter, one per cf section, shared
 * between compiler/emit*.c only.
 */
#ifndef SMCF_EMIT_INTERNAL_H
#define SMCF_EMIT_INTERNAL_H

#include "compiler/emit_ctx.h"

/* emit_options.c */
void emit_early_options(struct emit_ctx *ctx);
void emit_options(struct emit_ctx *ctx);
int emit_count_calls(const struct emit_ctx *ctx, const char *macro);

/* emit_apply.c: FEATUREs, MAILERs and class macros into the context. */
int emit_apply(struct emit_ctx *ctx);

/* emit_sections.c */
void emit_header(struct emit_ctx *ctx);
void emit_local_info(struct emit_ctx *ctx);
void emit_message_headers(struct emit_ctx *ctx);
int emit_mailers(struct emit_ctx *ctx);

#endif
