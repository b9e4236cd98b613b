/*
 * didyoumean.h - suggest the known name closest to a misspelt one.
 *
 * Feed every candidate to dym_consider(); dym_best() then gives the
 * closest one by edit distance (case-insensitive, a swap of two
 * neighbouring letters counts as one edit), or NULL when none is close
 * enough to be a plausible typo.
 */
#ifndef SMCF_DIDYOUMEAN_H
#define SMCF_DIDYOUMEAN_H

struct dym {
	const char *word;
	const char *best;
	int best_distance;
};

void dym_init(struct dym *d, const char *word);
void dym_consider(struct dym *d, const char *candidate);
const char *dym_best(const struct dym *d);

/* Edit distance of A and B (optimal string alignment), for tests. */
int dym_distance(const char *a, const char *b);

#endif
