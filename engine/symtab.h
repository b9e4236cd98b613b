/*
 * symtab.h - macro/class names and the class word table.
 *
 * Macros and classes share one name space of ids: a single character is
 * its own id, a {long} name gets the next free id from 0240 up (as in
 * sendmail, so that ids print as {name} and tokenize the same way).
 *
 * Class words live in one table keyed by the word (case-insensitive),
 * each with the set of classes it belongs to.  The table is hashed
 * exactly like sendmail's symbol table (same size, same hash, entries
 * appended to their bucket), so listing a class ($=X) gives the words in
 * sendmail's order.
 */
#ifndef SMCF_SYMTAB_H
#define SMCF_SYMTAB_H

#include <stdio.h>

#define MACRO_ID_MAX 0377

/*
 * Parse a macro/class name at P: "x" or "{name}".  *END is set past it.
 * Returns the id, or 0 after printing sendmail's message.
 */
int macro_id_parse(const char *p, const char **end);
/* Id of NAME ("x" or "{name}" or bare "name"), entering it if new. */
int macro_id(const char *name);
/* Printable name of ID: "x" or the long name without braces. */
const char *macro_id_name(int id);

/* Add WORD to class ID; test membership; print members one per line. */
void class_add(int id, const char *word);
int class_has(int id, const char *word);
/* Add each white-space separated word of TEXT to class ID. */
void class_add_words(int id, const char *text);
void class_print(int id, FILE *out);
/* Length of the longest word in class ID (0 when empty). */
size_t class_longest(int id);

void symtab_free(void);

#endif
