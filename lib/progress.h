/*
 * progress.h - one line on stderr, rewritten in place, while long work
 * goes on ("makemap: access: 1200000 lines, 45%").
 *
 * Only when stderr is a terminal, and only once the work has taken more
 * than a second, so that short runs and anything redirected look exactly
 * as before.  Whoever prints to stderr while a progress line may be shown
 * calls progress_clear() first; the line is drawn again at the next
 * update.  All of it goes through the stderr stream, so it stays in
 * order with what the caller prints there.
 */
#ifndef SMCF_PROGRESS_H
#define SMCF_PROGRESS_H

#include <sys/types.h>

/* Begin: LABEL starts the line; TOTAL is the amount of input in bytes
 * when known (a percentage is then shown), else 0. */
void progress_start(const char *label, off_t total);

/* Whether it is time to draw the line: cheap enough to ask for every
 * item (the clock is read once every 1024 calls). */
int progress_due(void);

/* Draw it: COUNT items done so far, DONE bytes of TOTAL read (0 when
 * unknown). */
void progress_show(unsigned long count, const char *unit, off_t done);

/* Erase the line if it is shown. */
void progress_clear(void);

/* Erase the line and stop. */
void progress_end(void);

#endif
