/*
 * frontend.h - from a .mc file to the IR: run GNU m4 with the prelude
 * (m4/prelude.m4), parse the record stream it prints (lexer.l,
 * parser.y) and build the model (compiler/ir.h).
 */
#ifndef SMCF_FRONTEND_H
#define SMCF_FRONTEND_H

#include <stddef.h>

struct ir_config;

struct fe_options {
	const char *mc_file;
	const char *const *defines;	/* "NAME" or "NAME=VALUE", as m4 -D */
	size_t ndefines;
	const char *const *include_dirs; /* as m4 -I */
	size_t nincludes;
};

/* Pseudo file names of positions that are not in a file. */
#define FE_POS_DEFAULTS		"<defaults>"
#define FE_POS_COMMAND_LINE	"<command line>"

/* Read OPT->mc_file into a new IR (*IRP, freed by the caller with
 * ir_free).  Problems in the input are reported as diagnostics (see
 * lib/diag.h) and still give an IR.  Returns 0, or 2 when the file cannot
 * be read or m4 cannot be run, 1 when m4 did not finish in time or the
 * file holds bytes the record stream reserves (then *IRP is NULL). */
int frontend_read(const struct fe_options *opt, struct ir_config **irp);

/* The record stream alone: BUF (LEN bytes) as m4 prints it with the
 * prelude (raw text and records) read into a new IR (*IRP, freed by the
 * caller with ir_free) the way frontend_read() reads m4's output, with
 * OPT->mc_file naming the .mc and START the file name records give
 * m4/start.m4 (the defaults).  No program is run; files the records
 * name are only looked at (positions, R records).  Returns 0, or 1 when
 * the stream is broken (an unterminated or malformed record, reported as
 * a diagnostic).  For the fuzzing harness (tests/fuzz/fuzz_records.c). */
int frontend_read_records(const struct fe_options *opt, const char *start, const char *buf,
			  size_t len, struct ir_config **irp);

/* Does this line of a .mc include cf.m4 itself (`include(`.../cf.m4')',
 * as the distributions' sendmail.mc do), before any `#' on it?  Such a
 * .mc is run alone, as `m4 FILE.mc': m4 comments are on until cf.m4
 * turns them off.  (The shared reference runner makes the same test.) */
int mc_line_includes_cf_m4(const char *line);

/* --- between the record parser and the front end --- */
struct fe_state;
int records_parse(const char *buf, size_t len, struct fe_state *st);
void fe_text(struct fe_state *st, const char *text, size_t len);
void fe_record_begin(struct fe_state *st);
void fe_field_text(struct fe_state *st, const char *text, size_t len);
void fe_field_sep(struct fe_state *st);
void fe_record_end(struct fe_state *st);
void fe_stream_error(struct fe_state *st, const char *msg);

#endif
