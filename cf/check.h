/*
 * check.h - read a cf's text the way sendmail reads it and collect what
 * sendmail would refuse or warn about, instead of printing it; and, for
 * `smcf lint', the names the cf defines and uses, with their lines.
 *
 * `smcf build' reads back every cf it writes before putting it in place,
 * and `smcf lint' reads the cf it is given (or the one a .mc compiles
 * to); the reader is the one `smcf test' uses (cf/readcf.c), in its
 * syntax-only mode: class files, programs and maps are not read and
 * users are not looked up, so the verdict is about the text alone.
 */
#ifndef SMCF_CF_CHECK_H
#define SMCF_CF_CHECK_H

#include <stddef.h>

#include "diag_codes.h"
#include "engine/msg.h"

struct cf_finding {
	int line;		/* sendmail's line: the last one of a line
				 * continued over several (0 when none) */
	int first_line;		/* where that line starts */
	enum msg_level level;	/* MSG_SYSERR: sendmail refuses the line */
	enum diag_code code;	/* what kind of problem (CF0xx) */
	char *text;		/* sendmail's message, without file and line */
};

struct cf_findings {
	struct cf_finding *v;
	size_t n, cap;
};

/* The kinds of names a cf defines (S, C/F, K and M lines) and uses ($>
 * and a mailer's R=/S=, $= and $~, $(, $#). */
enum cf_name_kind {
	CF_NAME_RULESET,
	CF_NAME_CLASS,
	CF_NAME_MAP,
	CF_NAME_MAILER
};

struct cf_name {
	enum cf_name_kind kind;
	char *name;		/* as written (a ruleset may be a number) */
	int line;		/* where its line starts */
	int col;		/* of the reference in its (first) line; 0 */
	int number;		/* a defined ruleset's number; -1 */
	int ruleset;		/* a use in a rule: the rule's ruleset; -1 */
	char *detail;		/* a map's class and arguments, an option's
				 * or a macro's value; else NULL */
};

struct cf_names {
	struct cf_name *v;
	size_t n, cap;
};

/* What `smcf lint' learns about a cf while it is read. */
struct cf_model {
	struct cf_names defs;	/* S, C, F, K, M lines */
	struct cf_names uses;	/* references from rules and mailers */
	struct cf_names rules;	/* one entry per R line: kind RULESET,
				 * name NULL, ruleset: where it went */
	struct cf_names options; /* O lines: name (long or one letter), value */
	struct cf_names macros;	/* D lines: name, value as written */
	int nfolded;		/* lines continued over several */
};

/* Read TEXT (LEN bytes, called NAME) and append what sendmail says to
 * OUT.  Returns the number of findings at MSG_SYSERR or MSG_USRERR. */
int cf_check_text(const char *name, const char *text, size_t len, struct cf_findings *out);
/* The same, and fill MODEL (when not NULL). */
int cf_check_model(const char *name, const char *text, size_t len, struct cf_findings *out,
		   struct cf_model *model);
void cf_findings_free(struct cf_findings *f);
void cf_model_free(struct cf_model *model);

/* Does sendmail know NAME of KIND without the cf defining it (the class
 * w, the mailer error, the map host ...)? */
int cf_name_builtin(enum cf_name_kind kind, const char *name);

/* --- for the reader (readcf.c, mailer.c): while a model is being
 * filled, note a name defined or used on the line being read --- */
void cf_note_def(enum cf_name_kind kind, const char *name, size_t len, int number,
		 const char *detail);
void cf_note_use(enum cf_name_kind kind, const char *name, size_t len, int col);

#endif
