/*
 * dnsbl_common.h - what FEATURE(`dnsbl') and FEATURE(`enhdnsbl') share:
 * the reject and temporary-failure messages built from their arguments,
 * and the three rules that look the client address up in a DNS list.
 */
#ifndef SMCF_DNSBL_COMMON_H
#define SMCF_DNSBL_COMMON_H

struct emit_ctx;
struct ir_call;

/* Message for a listed client: argument 2, or the standard text naming
 * the list SERVER.  Caller frees. */
char *dnsbl_reject_message(const struct ir_call *call, const char *server);

/* Queue the rule for a failed lookup, LHS matching it: keep going when
 * HOW is empty, else refuse temporarily with status CODE and HOW as the
 * message; HOW `t' means the standard text, "Temporary lookup failure of
 * " SUBJECT, where SUBJECT is already a quoted message piece. */
void dnsbl_tempfail_rule(struct emit_ctx *ctx, const char *lhs, const char *how,
			 const char *code, const char *subject);

/* dnsbl_tempfail_rule for the DNS list features: argument 3 of CALL,
 * status 4.4.3, "client address at SERVER". */
void dnsbl_tempfail_client(struct emit_ctx *ctx, const struct ir_call *call,
			   const char *server);

/* Queue the lookup of the reversed client address in MAP under SERVER. */
void dnsbl_lookup_rules(struct emit_ctx *ctx, const char *map, const char *server);

/* Hook point of Basic_check_relay where DNS list rules go. */
#define DNSBL_HOOK "LOCAL_DNSBL"

#endif
