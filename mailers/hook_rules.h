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

struct emit_ctx;
struct ir_call;

/* Register at their hook points the core rules MAILER(FILE) needs (none
 * for most families); CALL is the MAILER() call. */
void mailer_hook_rules(struct emit_ctx *ctx, const char *file, const struct ir_call *call);

/* The families' own registrations, defined with their families. */
void uucp_hook_rules(struct emit_ctx *ctx, const struct ir_call *call);
void mail11_hook_rules(struct emit_ctx *ctx, const struct ir_call *call);

#endif
