/*
 * show.h - the entries `smcf show' prints: a configuration seen the way
 * postconf shows Postfix's, one named setting per line.
 *
 * The entries come from a cf's meaning (cf/meaning.h): every option, macro,
 * class, class file, map, mailer, queue group and daemon.  An option or
 * a macro set twice is one entry with the value in force; a class is one
 * entry with all its words; the options sendmail adds up (AliasFile,
 * ClientPortOptions) and a class read from several files have one value
 * per line.
 */
#ifndef SMCF_SHOW_H
#define SMCF_SHOW_H

#include <stddef.h>

#include "cf/meaning.h"

struct show_value {
	char *text;
	int line;		/* cf line it was read from */
};

struct show_entry {
	enum cfm_kind kind;
	char *name;		/* as printed: "AliasWait", "$j", "class:w", "map:access" */
	struct show_value *values;
	size_t nvalues;
	int selected;		/* picked by a NAME operand (or all when none) */
};

struct show_entries {
	struct show_entry *v;
	size_t n, cap;
};

/* The entries of model M, in the order `smcf show' lists them. */
void show_entries_of(const struct cf_meaning *m, struct show_entries *out);
/* The entry named NAME ("$j", "${name}", "class:w" ...), or NULL. */
struct show_entry *show_entry_find(struct show_entries *e, enum cfm_kind kind, const char *name);
/* Mark the entries NAME picks: an option name (any case), "$x", "${name}",
 * "KIND:NAME" ("class:w" picks the class file entries too), or "KIND:"
 * for every entry of a kind.  Returns how many it picked. */
size_t show_select(struct show_entries *e, const char *name);
/* Do two entries hold the same values (words of a class in any order)? */
int show_same_values(const struct show_entry *a, const struct show_entry *b);
void show_entries_free(struct show_entries *e);

#endif
