/*
 * emit.h - the emitter: writes sendmail.cf from a checked IR.
 *
 * emit_config() writes every section of the cf in the order sendmail
 * expects (header, version level, local info, macros, classes, maps,
 * options, trusted users, headers, precedences, the core rulesets with
 * the FEATUREs' rules at their hook points, then the mailers).
 *
 * It returns 0, or -1 after printing "file:line:col: error: message"
 * lines to stderr.  A FEATURE that is known but not implemented yet is
 * such an error: nothing is ever dropped silently.  The output may be
 * incomplete when -1 is returned; the caller writes through a temporary
 * file and throws it away in that case.
 */
#ifndef SMCF_EMIT_H
#define SMCF_EMIT_H

#include <stdio.h>

struct ir_config;

int emit_config(const struct ir_config *ir, FILE *out);

#endif
