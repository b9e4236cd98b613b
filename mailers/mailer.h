/*
 * mailer.h - the registry of every MAILER() file and the mailers (M
 * lines) each one defines.
 *
 * A mailer file (MAILER(`smtp')) defines one or more mailers (smtp,
 * esmtp, smtp8, dsmtp, relay).  Each mailer is described by a table row
 * (struct mailer_def): its name, and for every M-line field the built-in
 * value plus the m4 define (<X>_MAILER_<Y>) that overrides it.  The F=
 * field is built from parts, as the reference does (see struct
 * mailer_def); MODIFY_MAILER_FLAGS(`NAME', ...) then edits the result.
 * A field whose value is NULL is not written.
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
 * The written value is PREFIX + (DEFINE's value, else FALLBACK's, else
 * VALUE) + SUFFIX, every define read as of the MAILER() call.  WHEN
 * limits the field to the configurations it holds for (NULL = always);
 * OMIT_EMPTY leaves the field out when its value is empty (the queue
 * group fields), where the others are then written empty. */
struct mailer_field {
	char letter;		/* 'P', 'S', 'R', 'E', 'L', 'T', 'M', ... */
	const char *value;	/* default, NULL = field absent by default */
	const char *define;	/* overriding m4 define, NULL = fixed */
	const char *prefix;	/* fixed text before the value, or NULL */
	const char *suffix;	/* fixed text after the value, or NULL */
	int (*when)(const struct emit_ctx *ctx);
	const char *fallback;	/* define read when DEFINE is undefined */
	int omit_empty;
};

/* Table shorthands: a field DEFINE may replace (VALUE NULL: absent
 * unless defined), the same with a FALLBACK define, a fixed field, a fixed field for the configurations
 * WHEN holds for, the queue group field Q= (left out when empty), and
 * the end of the list. */
#define MAILER_FIELD(letter, value, define) \
	{ letter, value, define, NULL, NULL, NULL, NULL, 0 }
#define MAILER_FIELD_OR(letter, value, define, fallback) \
	{ letter, value, define, NULL, NULL, NULL, fallback, 0 }
#define MAILER_FIXED(letter, value) \
	{ letter, value, NULL, NULL, NULL, NULL, NULL, 0 }
#define MAILER_FIXED_WHEN(letter, value, when) \
	{ letter, value, NULL, NULL, NULL, when, NULL, 0 }
#define MAILER_QGRP(define) \
	{ 'Q', NULL, define, NULL, NULL, NULL, NULL, 1 }
#define MAILER_END \
	{ 0, NULL, NULL, NULL, NULL, NULL, NULL, 0 }

#define MAILER_MAX_FIELDS 16

/*
 * F= is written as BASE + EXTRA + CONFIGURABLE, then edited by the
 * MODIFY_MAILER_FLAGS calls for MODIFY_NAME.  BASE is fixed, or held in
 * a define a feature or OS type may replace (_DEF_SMTP_MAILER_FLAGS);
 * EXTRA are the letters one member of a family adds to the shared base
 * (esmtp's `a'), kept whatever the base define says; CONFIGURABLE is
 * FLAGS_DEFINE's value, else FLAGS_FALLBACK's, else FLAGS_DEFAULT.
 */
struct mailer_def {
	const char *name;	/* M line name: "local", "esmtp" ... */
	const char *base_define; /* define replacing flags_base, or NULL */
	const char *flags_base;	/* base F= part */
	const char *flags_extra; /* this mailer's own fixed letters, or NULL */
	const char *flags_define; /* define replacing the configurable part */
	const char *flags_default; /* configurable part when undefined */
	const char *flags_fallback; /* define read when flags_define is
				       undefined; NULL = use flags_default */
	const char *modify_name; /* MODIFY_MAILER_FLAGS name, NULL = none */
	struct mailer_field fields[MAILER_MAX_FIELDS]; /* ends with letter 0 */
};

/* Writes a family's extra rulesets, and settles what the family's file
 * works out as it is read (ssh's default arguments); may be NULL.  The
 * rule predicates read defines as of CALL through ctx->mailer_epoch. */
typedef int (*mailer_rules_fn)(struct emit_ctx *ctx, const struct ir_call *call);

struct mailer_file {
	const char *file;	/* MAILER(`file') */
	const struct mailer_def *mailers;
	size_t nmailers;
	const char *params;	/* every <X>_MAILER_<Y> define it reads, ", " separated */
	mailer_rules_fn rules;	/* run before the M lines are written */
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
