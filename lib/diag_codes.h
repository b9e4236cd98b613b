/*
 * diag_codes.h - the stable codes of every diagnostic smcf reports.
 *
 * One table for every producer: the front end, the checker, the emitter,
 * the build's read-back of its cf, the cf reader and `smcf lint' itself.
 * Each diagnostic is given its code where it is reported (diag_report()
 * takes one), so the linter never has to guess a code from a message's
 * wording.  docs/lint-codes.md explains each code with an example and
 * the fix.  A code keeps its meaning for good; new checks get new codes.
 *
 * Codes by input: MC0xx lexical checks of a .mc (raw text), MC1xx its
 * semantic checks (the front end, the checker, the emitter, and lint's
 * own checks of the model), CF0xx checks of a sendmail.cf (also reported
 * on a .mc for the cf it compiles to, at the .mc line that wrote the
 * text), MAP0xx checks of map sources.
 *
 * SEVERITY is what `smcf lint' reports by default.  FOLLOWS says that
 * the severity is the level the producer reported instead (a code that
 * covers cases of different weight, where the producer knows which):
 * DIAG_ERROR and DIAG_MISTAKE are errors, DIAG_WARNING a warning.
 */
#ifndef SMCF_DIAG_CODES_H
#define SMCF_DIAG_CODES_H

#include <stddef.h>

/* X(ID, CODE, SEVERITY, FIXED|FOLLOWS, TITLE) */
#define DIAG_CODE_LIST(X) \
	/* .mc, lexical (the raw text, before m4 reads it) */ \
	X(MC_UNBALANCED_QUOTE,	"MC001", ERROR,   FIXED,   "unbalanced-quote") \
	X(MC_TYPOGRAPHIC_QUOTE,	"MC002", ERROR,   FIXED,   "typographic-quote") \
	X(MC_HTML_ENTITY,	"MC003", ERROR,   FIXED,   "html-entity") \
	X(MC_UNBALANCED_PAREN,	"MC004", ERROR,   FIXED,   "unbalanced-parenthesis") \
	X(MC_TEXT_LEAK,		"MC005", ERROR,   FIXED,   "text-leak") \
	X(MC_RULE_WITHOUT_TAB,	"MC006", ERROR,   FIXED,   "rule-without-tab") \
	X(MC_RULE_OPERANDS,	"MC007", ERROR,   FIXED,   "rule-operands") \
	X(MC_BLANK_LINE,	"MC008", WARNING, FIXED,   "white-space-line") \
	/* .mc, semantic */ \
	X(MC_M4,		"MC100", ERROR,   FOLLOWS, "m4-error") \
	X(MC_UNKNOWN_NAME,	"MC101", ERROR,   FIXED,   "unknown-name") \
	X(MC_UNKNOWN_OPTION,	"MC102", WARNING, FIXED,   "unknown-option") \
	X(MC_UNKNOWN_MACRO,	"MC103", ERROR,   FOLLOWS, "unknown-macro") \
	X(MC_ARGUMENT_COUNT,	"MC104", ERROR,   FOLLOWS, "argument-count") \
	X(MC_OPTION_VALUE,	"MC105", ERROR,   FOLLOWS, "option-value") \
	X(MC_ORDER,		"MC106", ERROR,   FOLLOWS, "order") \
	X(MC_SECTION_ORDER,	"MC107", WARNING, FIXED,   "section-order") \
	X(MC_DUPLICATE,		"MC108", ERROR,   FOLLOWS, "duplicate") \
	X(MC_MISSING_OSTYPE,	"MC109", ERROR,   FIXED,   "missing-ostype") \
	X(MC_MISSING_REQUIREMENT, "MC110", ERROR, FOLLOWS, "missing-requirement") \
	X(MC_REQUIREMENT_ORDER,	"MC111", ERROR,   FOLLOWS, "requirement-order") \
	X(MC_DEPRECATED,	"MC112", WARNING, FOLLOWS, "deprecated") \
	X(MC_MUST,		"MC113", ERROR,   FOLLOWS, "must-notice") \
	X(MC_NOT_IMPLEMENTED,	"MC114", WARNING, FIXED,   "not-implemented") \
	X(MC_FEATURE_ARGUMENT,	"MC115", ERROR,   FOLLOWS, "feature-argument") \
	X(MC_NO_EFFECT,		"MC116", INFO,    FIXED,   "no-effect") \
	X(MC_CHECKER,		"MC119", WARNING, FOLLOWS, "checker") \
	X(MC_OPEN_RELAY_FEATURE, "MC120", WARNING, FIXED,  "open-relay-feature") \
	X(MC_BROAD_RELAY_DOMAIN, "MC121", WARNING, FIXED,  "broad-relay-domain") \
	X(MC_INCLUDE_OUTSIDE,	"MC122", WARNING, FIXED,   "include-outside") \
	X(MC_INCLUDE_PRIVATE,	"MC123", WARNING, FIXED,   "include-private") \
	X(MC_RULE_LANDS_ELSEWHERE, "MC130", ERROR, FIXED,  "rule-lands-elsewhere") \
	X(MC_MSP_PORT,		"MC131", ERROR,   FIXED,   "msp-port-mismatch") \
	X(MC_LOOPBACK_ONLY,	"MC132", WARNING, FIXED,   "loopback-only") \
	X(MC_INTERNAL,		"MC190", ERROR,   FIXED,   "internal-error") \
	X(IO,			"MC191", ERROR,   FIXED,   "io-error") \
	/* sendmail.cf */ \
	X(CF_RULE_WITHOUT_TAB,	"CF001", ERROR,   FIXED,   "rule-without-tab") \
	X(CF_OPERANDS,		"CF002", ERROR,   FIXED,   "positional-out-of-range") \
	X(CF_UNDEFINED_RULESET,	"CF003", ERROR,   FIXED,   "undefined-ruleset") \
	X(CF_UNDEFINED_CLASS,	"CF004", INFO,    FIXED,   "undefined-class") \
	X(CF_UNDEFINED_MAP,	"CF005", ERROR,   FIXED,   "undefined-map") \
	X(CF_UNKNOWN_MAILER,	"CF006", ERROR,   FIXED,   "unknown-mailer") \
	X(CF_UNKNOWN_LINE,	"CF007", ERROR,   FIXED,   "unknown-line") \
	X(CF_SENDMAIL_SAYS,	"CF008", ERROR,   FOLLOWS, "sendmail-refuses") \
	X(CF_MAP_MISSING,	"CF009", WARNING, FIXED,   "map-file-missing") \
	X(CF_MAP_STALE,		"CF010", WARNING, FIXED,   "map-file-stale") \
	X(CF_TLS_NOT_OFFERED,	"CF011", WARNING, FIXED,   "tls-not-offered") \
	X(CF_TLS_FILE_MISSING,	"CF012", WARNING, FIXED,   "tls-file-missing") \
	X(CF_UNQUALIFIED_HOST,	"CF013", WARNING, FIXED,   "unqualified-host-name") \
	X(CF_RULESET_AGAIN,	"CF014", WARNING, FIXED,   "ruleset-defined-again") \
	X(CF_RULE_OUTSIDE,	"CF015", ERROR,   FIXED,   "rule-outside-ruleset") \
	/* map sources */ \
	X(MAP_LEADING_SPACE,	"MAP001", ERROR,  FIXED,   "leading-space") \
	X(MAP_NO_VALUE,		"MAP002", ERROR,  FIXED,   "no-value") \
	X(MAP_DUPLICATE_KEY,	"MAP003", ERROR,  FIXED,   "duplicate-key") \
	X(MAP_STALE_DB,		"MAP004", WARNING, FIXED,  "stale-db") \
	X(MAP_ACCESS_ACTION,	"MAP005", ERROR,  FIXED,   "access-action") \
	X(MAP_ACCESS_TAG,	"MAP006", WARNING, FIXED,  "access-tag") \
	X(MAP_ACCESS_BROAD_RELAY, "MAP007", WARNING, FIXED, "access-broad-relay") \
	X(MAP_MAILERTABLE_VALUE, "MAP008", ERROR, FIXED,   "mailertable-value") \
	X(MAP_MAILERTABLE_KEY,	"MAP009", WARNING, FIXED,  "mailertable-key") \
	X(MAP_VIRTUSERTABLE,	"MAP010", ERROR,  FIXED,   "virtusertable-shape") \
	X(MAP_GENERICSTABLE,	"MAP011", ERROR,  FIXED,   "genericstable-shape") \
	X(MAP_DOMAINTABLE,	"MAP012", ERROR,  FIXED,   "domaintable-shape") \
	X(MAP_AUTHINFO,		"MAP013", ERROR,  FIXED,   "authinfo-shape") \
	X(MAP_ALIASES,		"MAP014", ERROR,  FIXED,   "aliases-shape") \
	X(MAP_LINE_TOO_LONG,	"MAP015", ERROR,  FIXED,   "line-too-long") \
	X(MAP_ACCESS_KEY,	"MAP016", ERROR,  FIXED,   "access-key") \
	X(MAP_CR_LINE_END,	"MAP017", WARNING, FIXED,  "cr-line-end") \
	X(MAP_MAILERTABLE_MAILER, "MAP018", ERROR, FIXED,  "mailertable-mailer")

enum diag_code {
#define DIAG_CODE_ENUM(id, code, sev, how, title) DC_##id,
	DIAG_CODE_LIST(DIAG_CODE_ENUM)
#undef DIAG_CODE_ENUM
	DC_COUNT
};

enum diag_severity {
	DIAG_SEV_INFO,
	DIAG_SEV_WARNING,
	DIAG_SEV_ERROR
};

struct diag_code_info {
	const char *code;		/* "MC001" */
	enum diag_severity severity;	/* default severity in lint */
	int follows_level;		/* the reported level decides instead */
	const char *title;		/* short name, for SARIF rules */
};

/* The entry of CODE (any value below DC_COUNT). */
const struct diag_code_info *diag_code_info(enum diag_code code);
/* The code named NAME ("MC001"), or DC_COUNT. */
enum diag_code diag_code_by_name(const char *name);

#endif
