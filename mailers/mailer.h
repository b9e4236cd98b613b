/*
 * mailer.h - the registry of every MAILER() file and the mailers (M
 * lines) each one defines.
 *
 * A mailer file (MAILER(`smtp')) defines one or more mailers (smtp,
 * esmtp, smtp8, dsmtp, relay).  Each mailer is described by a table row
 * (struct mailer_def): its name, and for every M-line field the built-in
 * value plus the m4 define (<X>_MAILER_<Y>) that overrides it.  The F=
 * field is split in two, as the reference does: fixed base flags, and the
 * configurable part a define may replace; MODIFY_MAILER_FLAGS(`NAME', ...)
 * then edits the result.  A field whose value is NULL is not written.
 *
 * Pattern for a mailer family file (see mailers/local.c, mailers/smtp.c):
 *   - one file mailers/FILE.c with a static array of struct mailer_def
 *     and optionally the rulesets the family adds (written through
 *     compiler/emit_ctx.h), exported as a struct mailer_file;
 *   - its entry in registry.c points at that struct.
 * The generic writer (mailers/mailer_write.c) turns a mailer_def into an
 * M line using the IR's defines as of the MAILER() call.
 */
#ifndef SMCF_MAILER_H
#define SMCF_MAILER_H

#include <stddef.h>

struct emit_ctx;
struct ir_call;

/* One M-line field: built-in value and the define that replaces it.
 * The written value is PREFIX + (define's value, or VALUE) + SUFFIX.
 * WHEN limits the field to configurations with (MAILER_WHEN(flag)) or
 * without (MAILER_UNLESS(flag)) a context flag; 0 = always. */
struct mailer_field {
	char letter;		/* 'P', 'S', 'R', 'E', 'L', 'T', 'M', ... */
	const char *value;	/* default, NULL = field absent by default */
	const char *define;	/* overriding m4 define, NULL = fixed */
	const char *prefix;	/* fixed text before the value, or NULL */
	const char *suffix;	/* fixed text after the value, or NULL */
	int when;
};

#define MAILER_WHEN(flag)	((int)(flag) + 1)
#define MAILER_UNLESS(flag)	(-((int)(flag) + 1))

#define MAILER_MAX_FIELDS 16

struct mailer_def {
	const char *name;	/* M line name: "local", "esmtp" ... */
	const char *flags_base;	/* fixed F= part */
	const char *flags_define; /* define replacing the configurable part */
	const char *flags_default; /* configurable part when undefined */
	const char *modify_name; /* MODIFY_MAILER_FLAGS name, NULL = none */
	struct mailer_field fields[MAILER_MAX_FIELDS]; /* ends with letter 0 */
	const char *flags_fallback; /* define read when flags_define is
				       undefined; NULL = use flags_default */
};

/* Writes a family's extra rulesets (may be NULL). */
typedef int (*mailer_rules_fn)(struct emit_ctx *ctx, const struct ir_call *call);

struct mailer_file {
	const char *file;	/* MAILER(`file') */
	const struct mailer_def *mailers;
	size_t nmailers;
	const char *params;	/* every <X>_MAILER_<Y> define it reads, ", " separated */
	mailer_rules_fn rules;	/* rulesets written before the M lines */
	int implemented;	/* 0: known name, not written yet */
};

const struct mailer_file *mailer_file_lookup(const char *file);
size_t mailer_file_count(void);
const struct mailer_file *mailer_file_at(size_t i);
/* Write FILE's rulesets and M lines; CALL is the MAILER() call (NULL
 * when a feature asked for the file).  Returns 0 or -1. */
int mailer_file_write(struct emit_ctx *ctx, const struct mailer_file *file,
		      const struct ir_call *call);

/* The file that defines mailer NAME ("esmtp" -> smtp), or NULL. */
const struct mailer_file *mailer_file_defining(const char *mailer_name);

#endif
