/*
 * compare.h - do two sendmail.cf files mean the same, and if not, what
 * differs: the items (options, macros, classes, maps, mailers ...) one
 * has and the other lacks, and for each ruleset the rules added and
 * removed, in order (cf/meaning.h says what "mean" is).
 *
 * `smcf site --check' calls an installed cf drifted when it differs from
 * what its .mc compiles to; `smcf site --diff' prints the changes.
 */
#ifndef SMCF_CF_COMPARE_H
#define SMCF_CF_COMPARE_H

#include <stdio.h>

#include "cf/meaning.h"

struct cf_change {
	char sign;		/* '-': only in the old cf, '+': only in the new */
	enum cfm_kind kind;	/* CFM_RULESET for a rule */
	char *ruleset;		/* rules: the ruleset's name, else NULL */
	char *text;		/* the item as a cf line, or the R line */
};

struct cf_changes {
	struct cf_change *v;
	size_t n, cap;
};

/* Append to OUT what changes from OLD to NEW; returns how many. */
size_t cf_compare(const struct cf_meaning *old, const struct cf_meaning *new, struct cf_changes *out);
/* One change per line, each after PREFIX, grouped by kind. */
void cf_changes_print(const struct cf_changes *c, FILE *out, const char *prefix);
void cf_changes_free(struct cf_changes *c);

#endif
