/*
 * xvasprintf.h - xasprintf for callers that already hold a va_list (their
 * own printf-style functions).  Exits 71 on out of memory, as xalloc does.
 */
#ifndef SMCF_XVASPRINTF_H
#define SMCF_XVASPRINTF_H

#include <stdarg.h>

char *xvasprintf(const char *fmt, va_list ap);

#endif
