/*
 * lint_cf.h - the checks of a cf's model (cf/check.h) that serve both a
 * sendmail.cf given to `smcf lint' and the cf a .mc compiles to.
 *
 * A placement function says where the finding about cf line CF_LINE
 * goes: the cf itself, or the .mc line that wrote the text.  It returns
 * 0 to report the finding there, -1 to leave it out (a line smcf made
 * up itself: not the user's business).
 */
#ifndef SMCF_LINT_CF_H
#define SMCF_LINT_CF_H

struct cf_model;
struct cf_findings;
struct lint_list;
struct lint_context;

typedef int (*lint_place_fn)(void *arg, int cf_line, const char **file, int *line, int *col);

/* What sendmail said reading the cf, each with the reader's code. */
void lint_cf_said(const struct cf_findings *found, lint_place_fn place, void *arg,
		  struct lint_list *out);
/* Rulesets, classes, maps and mailers used but not defined. */
void lint_cf_names(const struct cf_model *m, lint_place_fn place, void *arg, struct lint_list *out);
/* The value of field LETTER (only the first letter of a field's name
 * counts, case aside, as for sendmail) in the "Name=MTA, Port=smtp,
 * Addr=127.0.0.1, M=E" of a DaemonPortOptions or DAEMON_OPTIONS; the
 * last such field, or NULL.  Owned by the caller. */
char *lint_daemon_field(const char *opts, int letter);
/* What administrators trip over in the settings: map files that are
 * missing or older than their source, TLS certificates without STARTTLS
 * or missing, a host name sendmail cannot qualify (cf_settings.c).
 * FILE names the input (for its folder). */
void lint_cf_settings(const char *file, const struct cf_model *m, lint_place_fn place, void *arg,
		      const struct lint_context *ctx, struct lint_list *out);

#endif
