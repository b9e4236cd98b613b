/*
 * progress.c - the progress line (see progress.h).  The line is erased
 * by overwriting it with spaces, which works on any terminal.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "progress.h"

#define FIRST_AFTER_MS 1000	/* quiet for work shorter than this */
#define EVERY_MS 200		/* then redrawn at most this often */

static int active;
static int shown;		/* characters on the line now */
static const char *label;
static off_t total;
static long long next_ms;
static unsigned calls;

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void progress_start(const char *what, off_t size)
{
	active = isatty(STDERR_FILENO);
	shown = 0;
	label = what;
	total = size;
	calls = 0;
	next_ms = now_ms() + FIRST_AFTER_MS;
}

void progress_clear(void)
{
	if (shown > 0)
		fprintf(stderr, "\r%*s\r", shown, "");
	shown = 0;
}

int progress_due(void)
{
	return active && (++calls & 1023) == 0 && now_ms() >= next_ms;
}

void progress_show(unsigned long count, const char *unit, off_t done)
{
	char line[160];
	int n;

	next_ms = now_ms() + EVERY_MS;
	n = snprintf(line, sizeof line, "%s: %lu %s", label, count, unit);
	if (total > 0 && done >= 0 && done <= total && n > 0 && (size_t)n < sizeof line)
		snprintf(line + n, sizeof line - (size_t)n, ", %d%%", (int)(done * 100 / total));
	n = (int)strlen(line);
	fprintf(stderr, "\r%s%*s", line, shown > n ? shown - n : 0, "");
	if (shown > n)
		fprintf(stderr, "\r%s", line);
	shown = n;
	fflush(stderr);
}

void progress_end(void)
{
	progress_clear();
	fflush(stderr);
	active = 0;
}
