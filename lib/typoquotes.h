/*
 * typoquotes.h - typographic quotes where m4 needs its own.
 *
 * Text pasted from a slide or a word processor brings ‘ ’ “ ” (and ´)
 * instead of m4's ` and '.  m4 sees no quote at all in them: a FEATURE
 * name becomes `‘mailertable’' and an opening ` never closes.  These
 * helpers find them so a message can name them.
 */
#ifndef SMCF_TYPOQUOTES_H
#define SMCF_TYPOQUOTES_H

/* The first typographic quote in S (a pointer to its UTF-8 bytes, or to
 * the Latin-1 byte), or NULL; *LEN gets its length in bytes. */
const char *typo_quote_find(const char *s, int *len);

/* The first line (1..) of FILE from line FROM on holding a typographic
 * quote (else the first one before it), 0 when none (or the file cannot
 * be read). */
int typo_quote_line(const char *file, int from);

#endif
