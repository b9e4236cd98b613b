/*
 * lint.h - what the check families of "smcf lint" share: the list of
 * findings they fill, the input file as lines, and the entry point of
 * each family.
 *
 * A check family reads one input (a .mc, a sendmail.cf or a map source)
 * and adds findings; cmd_lint.c then drops suppressed ones, sorts them,
 * prints them in the chosen format and turns them into an exit status.
 * Every finding carries a code of lib/diag_codes.h, the table every
 * producer of diagnostics shares (docs/lint-codes.md explains them).
 */
#ifndef SMCF_LINT_H
#define SMCF_LINT_H

#include <stddef.h>

#include "diag_codes.h"

enum lint_severity {
	LINT_INFO = DIAG_SEV_INFO,
	LINT_WARNING = DIAG_SEV_WARNING,
	LINT_ERROR = DIAG_SEV_ERROR
};

const char *lint_severity_name(enum lint_severity s);
int lint_severity_parse(const char *name, enum lint_severity *out);
/* Room for one more element in an array of N elements of SIZE bytes
 * that grows one at a time: doubles at powers of two, so filling it is
 * linear. */
void *lint_grow(void *array, size_t n, size_t size);
/* Index of WORD in LIST (N names), or -1. */
int lint_name_index(const char *word, const char *const *list, size_t n);

/* Who found a finding: the same problem found twice (the raw text and
 * the compiler's read-back, or the compiler and lint's own check of the
 * model) is reported once (mc_semantic.c). */
enum lint_source {
	LINT_FROM_LINT,		/* lint's checks of the model */
	LINT_FROM_LEXICAL,	/* the raw .mc text */
	LINT_FROM_COMPILER	/* a diagnostic of the compiler */
};

struct lint_finding {
	char *file;
	int line;
	int col;
	enum lint_severity severity;
	enum diag_code code;
	enum lint_source source;
	char *message;
};

struct lint_list {
	struct lint_finding *items;
	size_t n;
	size_t cap;
};

/* Add a finding with the code's default severity. */
void lint_add(struct lint_list *list, const char *file, int line, int col,
	      enum diag_code code, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* The same with an explicit severity. */
void lint_add_sev(struct lint_list *list, const char *file, int line, int col,
		  enum diag_code code, enum lint_severity sev, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));
void lint_list_sort(struct lint_list *list);
void lint_list_free(struct lint_list *list);
/* Drop the finding at index I (order is kept). */
void lint_drop(struct lint_list *list, size_t i);

/* Drop findings that a "smcf-lint: disable=CODE[,CODE]" comment on the
 * same line or on the line before silences.  LINES are the file's lines. */
struct lint_lines;
void lint_suppress(struct lint_list *list, size_t from, const char *file,
		   const struct lint_lines *lines);

/* The same for a file read as a stream: only the lines that carry such
 * a comment are kept, noted in line order. */
struct lint_marks {
	struct {
		int line;
		char *text;
	} *v;
	size_t n;
};
void lint_marks_note(struct lint_marks *marks, int line, const char *text);
void lint_suppress_marks(struct lint_list *list, size_t from, const char *file,
			 const struct lint_marks *marks);
void lint_marks_free(struct lint_marks *marks);

/* A whole input file split into lines (NUL-free copies, no '\n'). */
struct lint_lines {
	char **line;		/* line[0] is line 1 */
	size_t n;
	char *text;		/* the whole file */
	size_t len;
};

/* Read FILE; returns -1 (errno set) when it cannot be read. */
int lint_lines_read(const char *file, struct lint_lines *out);
/* The same from TEXT (LEN bytes, copied). */
void lint_lines_from_text(const char *text, size_t len, struct lint_lines *out);
void lint_lines_free(struct lint_lines *lines);

/* What every check family may look at besides its own file. */
struct lint_context {
	const char *cf_file;	/* --cf FILE: the configuration the maps serve */
	const char *const *files; /* every file of the command line */
	size_t nfiles;
};

/* --- check families --- */

/* .mc: lexical checks on the raw text (mc_lexical.c). */
void lint_mc_lexical(const char *file, const struct lint_lines *lines, struct lint_list *out);
/* .mc: front end, checker, emitter and read-back of the compiled cf,
 * with lint's own checks of the model (mc_semantic.c).  Returns 2 when
 * m4 cannot be run, else 0. */
int lint_mc_semantic(const char *file, const struct lint_lines *lines,
		     const struct lint_context *ctx, struct lint_list *out);
/* sendmail.cf (cf_lint.c). */
void lint_cf(const char *file, const struct lint_lines *lines, const struct lint_context *ctx,
	     struct lint_list *out);
/* Files the .mc had m4 read: outside DIRS (the .mc's folder, -I), or
 * private (mc_includes.c). */
struct ir_config;
void lint_mc_includes(const struct ir_config *ir, const char *const *dirs, size_t ndirs,
		      struct lint_list *out);
/* Map sources (map_source.c).  KIND is checked by lint_map_kind_known().
 * The file is read as a stream, in memory that does not grow with it,
 * and suppression comments are applied.  -1 with errno set when it
 * cannot be read, -2 when its keys cannot be sorted (a temporary file
 * failed); no findings are added then. */
int lint_map_kind_known(const char *kind);
int lint_map_file(const char *file, const char *kind, const struct lint_context *ctx,
		  struct lint_list *out);

/* Shared by the relay-risk checks of .mc and access maps: is KEY (a
 * domain or a dotted IP prefix) so broad that relaying for it relays
 * for a large part of the Internet? */
int lint_relay_key_too_broad(const char *key);

/* Output (output.c). */
enum lint_format {
	LINT_FORMAT_TEXT,
	LINT_FORMAT_GCC,
	LINT_FORMAT_JSON,
	LINT_FORMAT_SARIF
};
int lint_format_parse(const char *name, enum lint_format *out);
void lint_print(const struct lint_list *list, enum lint_format format);

#endif
