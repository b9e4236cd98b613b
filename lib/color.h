/*
 * color.h - whether smcf colours what it prints, and the colours.
 *
 * One choice for the whole run, set by --color=WHEN (auto, always or
 * never; auto when not given): auto colours a stream only when it is a
 * terminal, NO_COLOR is not set (https://no-color.org) and TERM is not
 * "dumb".  Pipes and files never get colour unless --color=always says
 * so, which keeps smcf test's output byte for byte sendmail's there.
 */
#ifndef SMCF_COLOR_H
#define SMCF_COLOR_H

#include <stdio.h>

/* The help line every command that takes --color prints. */
#define COLOR_HELP_LINE \
	"  --color=WHEN     colour: auto (the default: on a terminal), always or never\n"

enum color_role {
	COLOR_LOCUS,	/* file:line:col */
	COLOR_ERROR,	/* "error:" */
	COLOR_WARNING,	/* "warning:" */
	COLOR_NOTE,	/* "note:", "info:", "hint:" */
	COLOR_NAME,	/* a name the eye looks for (ruleset names in traces) */
	COLOR_RESULT,	/* an outcome (a ruleset's "returns", a rule that matched) */
	COLOR_QUIET	/* secondary text (what did not match) */
};

/* ARG is "--color" (= always) or "--color=WHEN": 1 when understood, -1
 * when WHEN is not auto, always or never (a message is printed, naming
 * PROG), 0 when ARG is another argument. */
int color_option(const char *prog, const char *arg);

/* Whether output written to STREAM (stdout or stderr) is coloured. */
int color_enabled(FILE *stream);

/* The escape sequence that starts ROLE on STREAM, and the one that ends
 * it; both "" when STREAM is not coloured. */
const char *color_on(FILE *stream, enum color_role role);
const char *color_off(FILE *stream);

#endif
