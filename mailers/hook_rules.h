/*
 * hook_rules.h - rules some mailer families add to the core rulesets
 * rather than to rulesets of their own: MAILER(`uucp') sends the hosts of
 * classes $=U, $=Y and $=Z to its mailers from Parse1 (the reference's
 * LOCAL_UUCP diversion), MAILER(`mail11') routes .DECNET addresses from
 * ParseLocal.
 *
 * Those rulesets are written before the mailer files, so the rules must
 * be registered while the model is applied: the emitter calls
 * mailer_hook_rules() for every MAILER() it accepts.
 */
#ifndef SMCF_MAILERS_HOOK_RULES_H
#define SMCF_MAILERS_HOOK_RULES_H

#include <stddef.h>

#include "compiler/rules.h"

struct emit_ctx;

/* Register at their hook points the core rules MAILER(FILE) needs (none
 * for most families).  The reference expands them at the MAILER() CALL:
 * _LOCAL_ is confLOCAL_MAILER as it is then. */
struct ir_call;
void mailer_hook_rules(struct emit_ctx *ctx, const char *file, const struct ir_call *call);

/* The tables, defined with their families. */
extern const struct rule_line rules_uucp_parse1[];
extern const size_t rules_uucp_parse1_count;
extern const struct rule_line rules_mail11_parselocal[];
extern const size_t rules_mail11_parselocal_count;

#endif
