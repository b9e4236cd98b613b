/*
 * color.c - the --color choice and the escape sequences (see color.h).
 * The colours are gcc's, so that diagnostics look familiar.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "color.h"

enum color_when { WHEN_AUTO, WHEN_ALWAYS, WHEN_NEVER };

static enum color_when when = WHEN_AUTO;
static int decided[2], enabled[2];	/* per stream: stdout, stderr */

static const char *const sequence[] = {
	[COLOR_LOCUS] = "\033[1m",
	[COLOR_ERROR] = "\033[1;31m",
	[COLOR_WARNING] = "\033[1;35m",
	[COLOR_NOTE] = "\033[1;36m",
	[COLOR_NAME] = "\033[1m",
	[COLOR_RESULT] = "\033[32m",
	[COLOR_QUIET] = "\033[2m",
};

int color_option(const char *prog, const char *arg)
{
	const char *v;

	if (strcmp(arg, "--color") == 0)
		when = WHEN_ALWAYS;
	else if (strncmp(arg, "--color=", 8) != 0)
		return 0;
	else if (strcmp(v = arg + 8, "auto") == 0)
		when = WHEN_AUTO;
	else if (strcmp(v, "always") == 0)
		when = WHEN_ALWAYS;
	else if (strcmp(v, "never") == 0)
		when = WHEN_NEVER;
	else {
		fprintf(stderr, "%s: --color takes auto, always or never, not `%s'\n", prog, v);
		return -1;
	}
	decided[0] = decided[1] = 0;
	return 1;
}

static int decide(int fd)
{
	const char *no_color = getenv("NO_COLOR");
	const char *term = getenv("TERM");

	if (when != WHEN_AUTO)
		return when == WHEN_ALWAYS;
	if (no_color != NULL && *no_color != '\0')
		return 0;
	if (term == NULL || strcmp(term, "dumb") == 0)
		return 0;
	return isatty(fd);
}

int color_enabled(FILE *stream)
{
	int i = stream == stderr;

	if (stream != stdout && stream != stderr)
		return 0;
	if (!decided[i]) {
		enabled[i] = decide(i ? STDERR_FILENO : STDOUT_FILENO);
		decided[i] = 1;
	}
	return enabled[i];
}

const char *color_on(FILE *stream, enum color_role role)
{
	return color_enabled(stream) ? sequence[role] : "";
}

const char *color_off(FILE *stream)
{
	return color_enabled(stream) ? "\033[m" : "";
}
