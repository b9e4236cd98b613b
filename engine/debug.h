/*
 * debug.h - sendmail-style debug levels ("-d21.12": category 21, level 12).
 */
#ifndef SMCF_DEBUG_H
#define SMCF_DEBUG_H

#define DEBUG_CATEGORIES 100

extern unsigned char debug_levels[DEBUG_CATEGORIES];

/* Is category CAT at LEVEL or above? */
#define tracing(cat, level) (debug_levels[(cat)] >= (level))

/* Parse "21.12,0.1-3" style specifications; a bare spec sets all to 1. */
void debug_parse(const char *spec);

#endif
