/*
 * token.h - split text into tokens as sendmail's prescan() does.
 *
 * Characters are typed by one of three tables: EXTERNAL (addresses typed
 * by users: parentheses are comments), INTERNAL (rule text and map
 * results in internal form) and NOCOMMENT (addresses and rules of
 * version 9+ configurations: parentheses are operators).  The
 * OperatorChars option and the fixed delimiters "()<>,;\r\n" make
 * characters single-character tokens; the tables are completed the
 * first time something is tokenized, as in sendmail.
 */
#ifndef SMCF_TOKEN_H
#define SMCF_TOKEN_H

#include <stddef.h>
#include <stdio.h>

enum tok_table { TOK_EXTERNAL, TOK_INTERNAL, TOK_NOCOMMENT };

/* Operator characters (already macro-expanded text), before first use. */
void tok_set_operators(const char *chars);
int tok_operators_fixed(void);	/* have the tables been completed? */
/* Forget the operators, BlankSub and level of the cf read last, so that
 * another cf can be read in the same process. */
void tok_reset(void);
/* Version level: below 7 the $o macro supplies default operators. */
void tok_set_config_level(int level);

/* Is C an atom character in the internal table?  (for joining tokens) */
int tok_is_atom_char(int c);

/*
 * Storage for one tokenized string: BUF holds the token text (BUFSIZE
 * bytes decides when "Address too long" is reported), AV the vector.
 */
struct tokens {
	char *buf;
	size_t bufsize;
	char *av[1001];		/* SM_MAXATOM + 1 */
};

/*
 * Tokenize ADDR up to DELIM (or the end).  *DELIMPTR (may be NULL) is set
 * to where scanning stopped.  IGNORE: do not complain about unbalanced
 * brackets.  Returns TB->av, or NULL on error or when there is no token
 * (after printing sendmail's message where it prints one).
 */
char **tok_scan(const char *addr, int delim, struct tokens *tb,
		const char **delimptr, enum tok_table table, int ignore);

/* Copy the NULL-terminated token vector SRC into DST (room for it assumed). */
void tok_copy(char **dst, char **src);

/* Print S as sendmail's xputs() does (operators as $x, 8-bit as M-x). */
void tok_print(FILE *out, const char *s);
/* Print a token vector: " tok" for each, then a newline. */
void tok_print_vector(FILE *out, char **av);

/*
 * Join tokens PVP..EVP (EVP NULL: to the end) into BUF: atoms next to
 * atoms get SPACESUB between them ('\0': the BlankSub option, -1: none).
 * EXTERNAL removes META_QUOTE escapes.
 */
void tok_join(char **pvp, char **evp, char *buf, size_t size, int spacesub,
	      int external);
void tok_set_blanksub(int c);
int tok_blanksub(void);

#endif
