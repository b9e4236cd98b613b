/*
 * diag.h - compiler-style diagnostics: "file:line:col: error: message".
 *
 * Every stage that reports a problem in the user's input prints through
 * here, so the format is the same everywhere and the caller can ask
 * afterwards whether any error was reported (errors stop a build,
 * warnings do not).
 */
#ifndef SMCF_DIAG_H
#define SMCF_DIAG_H

#include "diag_codes.h"

enum diag_level {
	DIAG_WARNING,
	DIAG_ERROR,
	/* A mistake the reference lets through (it prints a notice that
	 * something "must" be otherwise, or says nothing) and builds the
	 * cf all the same: the build warns, `smcf lint' reports an error. */
	DIAG_MISTAKE
};

/* Print one diagnostic to stderr.  CODE says what kind of problem it is
 * (diag_codes.h; `smcf lint' shows it, the build does not).  FILE NULL:
 * no position ("smcf: error: ..."); LINE or COL 0: that part is left
 * out. */
void diag_report(enum diag_code code, enum diag_level level, const char *file, int line, int col,
		 const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Optional sink: while one is set, diag_report() hands each diagnostic
 * (message already formatted) to FN instead of printing it; counting is
 * unchanged.  smcf lint uses it to collect the checker's findings.  Pass
 * NULL to go back to printing on stderr. */
typedef void (*diag_sink_fn)(void *arg, enum diag_code code, enum diag_level level,
			     const char *file, int line, int col, const char *message);
void diag_set_sink(diag_sink_fn fn, void *arg);

/* Hold: from diag_hold() on, diagnostics are kept instead of printed;
 * diag_release() prints them in source order (by file, in the order the
 * files first appear, then by line and column; diagnostics without a
 * line first within their file) and goes back to printing at once.
 * Stages that find problems in different orders (m4, the checker, the
 * emitter) then read as one list.  A sink (below) takes precedence. */
void diag_hold(void);
void diag_release(void);

/* Errors and warnings reported since the last diag_reset(). */
int diag_errors(void);
int diag_warnings(void);
void diag_reset(void);

#endif
