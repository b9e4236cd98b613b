/*
 * lint_mc.h - the parts of the .mc checks that run after the front end
 * and the checker: on the cf the .mc compiles to (mc_compiled.c) and on
 * the model, for what administrators trip over (mc_admin.c).
 */
#ifndef SMCF_LINT_MC_H
#define SMCF_LINT_MC_H

struct ir_config;
struct lint_context;
struct lint_list;

/* Compile IR (no error so far) as `smcf build' does, with the build's
 * read-back (its diagnostics go to the diag sink lint has set), then
 * check the cf: names the .mc's raw cf text uses but the cf does not
 * define, the ruleset each of its rules lands in, the settings. */
void lint_mc_compiled(const char *file, const struct ir_config *ir, const struct lint_context *ctx,
		      struct lint_list *out);
/* A submission configuration (FEATURE(`msp')) against its MTA's .mc
 * (another .mc of the command line, or sendmail.mc beside it): does the
 * MTA listen where the submission program hands mail?  Runs without a
 * diag sink (it compiles the other .mc quietly). */
void lint_mc_partner(const char *file, const struct ir_config *ir, const struct lint_context *ctx,
		     struct lint_list *out);
/* Checks of the model alone. */
void lint_mc_admin(const char *file, const struct ir_config *ir, const struct lint_context *ctx,
		   struct lint_list *out);

#endif
