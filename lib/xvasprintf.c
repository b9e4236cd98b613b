/*
 * xvasprintf.c - format into a new string from a va_list.
 */
#include <stdarg.h>
#include <stdio.h>

#include "lib/xalloc.h"
#include "lib/xvasprintf.h"

char *xvasprintf(const char *fmt, va_list ap)
{
	va_list copy;
	int len;
	char *s;

	va_copy(copy, ap);
	len = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (len < 0)
		return xstrdup("");	/* an encoding error: nothing to show */
	s = xmalloc((size_t)len + 1);
	vsnprintf(s, (size_t)len + 1, fmt, ap);
	return s;
}
