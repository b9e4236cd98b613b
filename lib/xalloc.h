/*
 * xalloc.h - allocation that cannot return NULL.
 *
 * smcf treats running out of memory as fatal: every allocation goes
 * through these wrappers, which print one line and exit with EX_OSERR
 * (71) instead of handing a NULL pointer to code that would crash on it.
 */
#ifndef SMCF_XALLOC_H
#define SMCF_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
