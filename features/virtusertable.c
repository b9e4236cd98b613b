/*
 * virtusertable.c - FEATURE(`virtusertable' [, map spec]): addresses in
 * this host's domains (class w) and the virtual domains (class VirtHost)
 * are looked up in a table of user@domain -> address, with +detail and
 * catch-all "@domain" keys.
 */
#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "features/feature_map.h"

int feature_virtusertable_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return feature_add_map(ctx, call, CF_VIRTUSERTABLE, "virtuser", "virtusertable", "virtuser");
}
