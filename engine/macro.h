/*
 * macro.h - macro values, expansion and the "$" translation of cf text.
 */
#ifndef SMCF_MACRO_H
#define SMCF_MACRO_H

#include <stddef.h>

/* Define the operator macros ($* $+ ... $1..$9) and $n, as sendmail does. */
void macro_init(void);
void macro_free(void);

const char *macro_get(int id);		/* NULL when undefined */
void macro_set(int id, const char *value);	/* NULL undefines */

/*
 * Expand macros in S (internal form: META_EXPAND + id bytes, $? $| $.
 * conditionals) into BUF of BUFSIZE bytes.
 */
void macro_expand(const char *s, char *buf, size_t bufsize);

/*
 * Translate cf text to internal form: "$x" becomes META_EXPAND + id,
 * "$$" a dollar, "#" comments are cut (config level >= 3), trailing
 * white space stripped.  Returns a new string.
 */
char *macro_translate(const char *line, int config_level);

/* S with bytes of the operator range protected by META_QUOTE (new string). */
char *macro_quote(const char *s);

#endif
