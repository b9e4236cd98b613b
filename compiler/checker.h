/*
 * checker.h - the checks a .mc must pass before the emitter runs.
 *
 * Names: unknown OSTYPE, DOMAIN, FEATURE, HACK or MAILER (errors, with a
 * "did you mean"), unknown conf* defines and macro calls m4 left
 * unexpanded (warnings / errors).  Order and count: OSTYPE missing or
 * given twice, FEATURE after MAILER, the same MAILER twice, features
 * that need another feature first.  Values: every option a .mc defines
 * must fit its type (compiler/options.h).  Diagnostics go through
 * lib/diag.h as "file:line:col: error|warning: message".
 */
#ifndef SMCF_CHECKER_H
#define SMCF_CHECKER_H

struct ir_config;

/* Run every check on IR (MC_FILE names the .mc, for diagnostics that
 * have no better position).  Returns the number of errors reported. */
int check_config(const struct ir_config *ir, const char *mc_file);

#endif
