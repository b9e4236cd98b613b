/*
 * percent_bang.h - the argument both nouucp and nopercenthack take:
 * `reject' or `nospecial' (the reference reads the first letter only).
 */
#ifndef SMCF_PERCENT_BANG_H
#define SMCF_PERCENT_BANG_H

#include "compiler/emit_ctx.h"

int percent_bang_apply(struct emit_ctx *ctx, const struct ir_call *call,
		       enum ctx_flag on, enum ctx_flag reject);

#endif
