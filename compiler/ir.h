/*
 * ir.h - the checked model of one .mc configuration.
 *
 * The front end (m4 prelude -> records -> Flex/Bison parser) builds it;
 * the checker validates it; the emitter, features/ and mailers/ read it to
 * write sendmail.cf.  Every value keeps the position it came from so that
 * any later stage can report "file:line:col: message".
 *
 * The model keeps the configuration in the order the .mc gave it: the
 * emitter needs order (FEATUREs and MAILERs are applied in sequence, raw
 * cf text keeps its place) and it needs the final value of every m4
 * define (most options are read once the whole file has been seen, as the
 * reference does).
 */
#ifndef SMCF_IR_H
#define SMCF_IR_H

#include <stddef.h>

struct ir_pos {
	const char *file;	/* interned; never freed before the IR */
	int line;
	int col;
};

/* A configuration macro call: FEATURE(`x', a1 ...), MASQUERADE_AS(`y'),
 * DAEMON_OPTIONS(`...'), MODIFY_MAILER_FLAGS(`LOCAL', `+S') ... */
struct ir_call {
	const char *macro;	/* "FEATURE", "MAILER", "MASQUERADE_DOMAIN", ... */
	char **args;		/* m4 arguments, already expanded by m4 */
	int nargs;
	/* Bit i set: a `dnl' in the expansion of args[i] swallowed the rest
	 * of it (args[i] holds what came before).  The reference then loses
	 * the rest of the line wherever the feature writes that argument. */
	unsigned long dnl_cut;
	struct ir_pos pos;
	/* Values of the m4 defines at the moment of the call, for stages
	 * that must read a define "as of" a FEATURE or MAILER (the
	 * reference reads DATABASE_MAP_TYPE, *_MAILER_* ... at that time).
	 * Look them up with ir_define_at(). */
	size_t define_epoch;
	/* Place among all calls and texts, in the order m4 printed them. */
	size_t seq;
};

/* Raw cf text the .mc hands through: divert(0) lines, LOCAL_CONFIG,
 * LOCAL_RULESETS, LOCAL_RULE_n, LOCAL_NET_CONFIG, MAILER_DEFINITIONS ...
 * SECTION names the insertion point (see IR_SECTION_*). */
struct ir_text {
	const char *section;
	char *text;		/* one or more lines, each ending in '\n' */
	struct ir_pos pos;
	size_t seq;		/* as for struct ir_call */
};

#define IR_SECTION_TOP		"top"		/* divert(0) text: before the body */
#define IR_SECTION_LOCAL_CONFIG	"LOCAL_CONFIG"
#define IR_SECTION_LOCAL_RULESETS "LOCAL_RULESETS"
#define IR_SECTION_LOCAL_RULE_0	"LOCAL_RULE_0"
#define IR_SECTION_LOCAL_RULE_1	"LOCAL_RULE_1"
#define IR_SECTION_LOCAL_RULE_2	"LOCAL_RULE_2"
#define IR_SECTION_LOCAL_RULE_3	"LOCAL_RULE_3"
#define IR_SECTION_LOCAL_NET_CONFIG "LOCAL_NET_CONFIG"
#define IR_SECTION_MAILER_DEFINITIONS "MAILER_DEFINITIONS"
#define IR_SECTION_LOCAL_SRV_FEATURES "LOCAL_SRV_FEATURES"
#define IR_SECTION_LOCAL_CLT_FEATURES "LOCAL_CLT_FEATURES"
#define IR_SECTION_LOCAL_TRY_TLS "LOCAL_TRY_TLS"
#define IR_SECTION_LOCAL_TLS_RCPT "LOCAL_TLS_RCPT"
#define IR_SECTION_LOCAL_TLS_CLIENT "LOCAL_TLS_CLIENT"
#define IR_SECTION_LOCAL_TLS_SERVER "LOCAL_TLS_SERVER"
#define IR_SECTION_LOCAL_DNSBL	"LOCAL_DNSBL"

struct ir_config;

/* --- reading the model (emitter, features/, mailers/, checker) --- */

/* Final value of an m4 define (conf*, SMART_HOST, LOCAL_MAILER_PATH ...),
 * NULL when undefined.  A define with an empty value returns "". */
const char *ir_define(const struct ir_config *ir, const char *name);
/* Where that define was made (NULL when undefined). */
const struct ir_pos *ir_define_pos(const struct ir_config *ir, const char *name);
/* Value of a define as it was at EPOCH (see struct ir_call). */
const char *ir_define_at(const struct ir_config *ir, const char *name, size_t epoch);
/* Was NAME defined or undefined from epoch FROM up to (not including)
 * epoch TO (SIZE_MAX: the end)?  A default made only because NAME was
 * undefined does not count: a feature's define (which m4 never sees)
 * would have stopped it in the reference. */
int ir_define_touched(const struct ir_config *ir, const char *name, size_t from, size_t to);

/* All calls in .mc order, and a filter by macro name. */
size_t ir_ncalls(const struct ir_config *ir);
const struct ir_call *ir_call_at(const struct ir_config *ir, size_t i);
/* First FEATURE call naming FEATURE_NAME, or NULL: the usual "is this
 * feature on?" question. */
const struct ir_call *ir_feature(const struct ir_config *ir, const char *feature_name);
/* Was MAILER(name) given (or implied)? */
int ir_has_mailer(const struct ir_config *ir, const char *mailer_name);

/* Did the .mc stop m4 with m4exit(0)?  The reference then writes only
 * the text that was already out (IR_SECTION_TOP): no configuration
 * follows.  Returns the position of the m4exit, or NULL. */
const struct ir_pos *ir_stopped(const struct ir_config *ir);

/* Raw text blocks in .mc order. */
size_t ir_ntexts(const struct ir_config *ir);
const struct ir_text *ir_text_at(const struct ir_config *ir, size_t i);

/* A file the .mc had m4 read (include, sinclude, undivert of a file;
 * not smcf's own OS type and domain files): the name as the .mc gave
 * it, the path m4 found it at (NULL: none), and the place of the call. */
struct ir_read {
	const char *name;
	const char *path;
	struct ir_pos pos;
};

/* Files read, in .mc order (lint looks at where they are). */
size_t ir_nreads(const struct ir_config *ir);
const struct ir_read *ir_read_at(const struct ir_config *ir, size_t i);

#endif
