/*
 * blocklist_recipients.c - FEATURE(`blocklist_recipients'): the access
 * map can refuse recipients too (To: entries and plain user@, domain
 * and address keys).  FEATURE(`blacklist_recipients') is its old name.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(blocklist_recipients, CF_BLOCKLIST_RCPT)

int feature_blacklist_recipients_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	return feature_blocklist_recipients_apply(ctx, call);
}
