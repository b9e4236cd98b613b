/*
 * options.h - the one table of configuration defines that map to sendmail
 * options (conf*, ALIAS_FILE, HELP_FILE, QUEUE_DIR, STATUS_FILE) and the
 * other names a .mc may define (relays, mailer parameters, knobs).
 *
 * Two readers: the emitter prints the options section from this table (in
 * table order, which is the reference's cf order), and the checker
 * type-checks the values a .mc gives.  Facts come from
 * reference/conf_options.tsv and macros.tsv.
 *
 * Defaults.  The reference's header pre-defines some names before the .mc
 * is read (option_predefines below); the front end defines the same names
 * in m4 so that `ifdef' in a .mc sees them, and its IR therefore carries
 * their values.  An emitter can thus print `O Name=value' when
 * ir_define() gives a value (`O Name' when it is empty) and
 * `#O Name=default' from this table when it gives NULL.
 */
#ifndef SMCF_OPTIONS_H
#define SMCF_OPTIONS_H

#include <stddef.h>

enum option_kind {
	OPT_KIND_OPTION,	/* an O line (cf_name set) */
	OPT_KIND_MACRO,		/* a D line (confDOMAIN_NAME -> Dj ...) */
	OPT_KIND_CLASS,		/* a C/F line (confCW_FILE, confTRUSTED_USERS) */
	OPT_KIND_HEADER,	/* an H line */
	OPT_KIND_MAP,		/* a K line */
	OPT_KIND_RULE_TEXT,	/* text inside rules (confSMTP_MAILER ...) */
	OPT_KIND_M4_ONLY,	/* read by m4 only (confEBINDIR) */
	OPT_KIND_OBSOLETE	/* accepted by the reference, ignored */
};

enum option_type {
	OPT_STRING,		/* anything */
	OPT_BOOLEAN,		/* True/False/yes/no (first letter decides) */
	OPT_INTEGER,		/* [-]digits */
	OPT_INTEGER_PAIR,	/* N or N/M */
	OPT_SIZE,		/* digits (bytes) */
	OPT_DURATION,		/* 1h30m, bare number = default_unit */
	OPT_DURATION_PAIR,	/* duration[/duration] */
	OPT_OCTAL,		/* 0600 */
	OPT_CHAR,		/* one character */
	OPT_ENUM,		/* one of allowed (exact, case-insensitive) */
	OPT_ENUM_LETTER,	/* sendmail reads the first letter only */
	OPT_ENUM_OR_BOOL,	/* a boolean or one of allowed */
	OPT_FLAG_CHARS,		/* letters from allowed, comma/space separated */
	OPT_FLAG_WORDS		/* words from allowed, optional +/- prefix */
};

struct smcf_option {
	const char *m4_name;		/* confALIAS_WAIT */
	enum option_kind kind;
	const char *cf_name;		/* AliasWait (O lines only) */
	enum option_type type;
	const char *allowed;		/* comma separated, or NULL */
	int default_active;		/* reference prints `O' (1) or `#O' (0) */
	const char *cf_default;		/* value after `=' when untouched;
					 * NULL: the line has no `='.  For
					 * other kinds: what the reference
					 * writes, as a description */
	const char *default_unit;	/* durations: unit of a bare number */
	int binary_accepts;		/* the installed sendmail knows it */
	int order;			/* O lines: rank in the cf, 1.. */
};

/* The whole table, O lines first in cf order, then the other kinds. */
extern const struct smcf_option smcf_options[];
extern const size_t smcf_noptions;

/* Look up by m4 name (NULL when unknown). */
const struct smcf_option *option_by_m4_name(const char *m4_name);
/* Look up by cf option name, e.g. "AliasWait" (NULL when unknown). */
const struct smcf_option *option_by_cf_name(const char *cf_name);

/* Does VALUE fit OPT's type?  0 when it does; -1 with a short reason
 * ("`abc' is not an integer") written to WHY otherwise. */
int option_check_value(const struct smcf_option *opt, const char *value, char *why, size_t whylen);

/* What the reference's header defines before the .mc is read: m4 name
 * and m4 body (the body may quote and call other macros, as
 * MAIL_SETTINGS_DIR`'aliases does).  The front end hands these to m4 so a
 * .mc sees exactly the reference's definitions. */
struct option_predefine {
	const char *name;
	const char *body;
	int unless_defined;	/* the reference keeps an earlier value */
};
extern const struct option_predefine option_predefines[];
extern const size_t option_npredefines;

/* Other defines a .mc may make that are not options: relays, file names,
 * knobs and every mailer parameter (reference/macros.tsv).  Used for
 * "unknown define, did you mean" and to know which values to expand. */
extern const char *const mc_define_names[];
extern const size_t mc_ndefine_names;

/* Is NAME an option of the table or one of mc_define_names? */
int mc_define_known(const char *name);

/* Does sendmail (or the rules) reject OPT with an empty value, which the
 * reference writes all the same? */
int option_empty_rejected(const struct smcf_option *opt);

/* The notice the reference prints when the .mc defines NAME to VALUE
 * (an obsolete or deprecated define), or NULL. */
const char *option_notice(const char *name, const char *value);

#endif
