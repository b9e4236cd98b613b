/*
 * mm_query.h - makemap -q: look keys up in a built map the way sendmail
 * does (postmap -q for sendmail).
 */
#ifndef SMCF_MM_QUERY_H
#define SMCF_MM_QUERY_H

#include <stdbool.h>

struct mm_query {
	const char *progname;
	const char *map_class;	/* hash or btree */
	const char *mapname;	/* as given to makemap: ".db" is added */
	bool include_nul;	/* -N: keys were stored with their NUL */
	bool fold_keys;		/* without -f: keys were lower-cased */
	bool unsafe_ok;		/* -s: no file safety checks */
};

/*
 * Look KEY up ("-": each line of standard input is a key) and print the
 * value (for standard input, "KEY<TAB>VALUE" for each key found).
 * Returns 0 when a key was found, 1 when none was, EX_CANTCREAT when the
 * map cannot be opened.
 */
int mm_query_run(const struct mm_query *q, const char *key);

#endif
