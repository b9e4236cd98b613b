/*
 * didyoumean.c - closest-name suggestions by edit distance.
 */
#include <ctype.h>
#include <string.h>

#include "didyoumean.h"
#include "xalloc.h"
#include <stdlib.h>

static int min3(int a, int b, int c)
{
	int m = a < b ? a : b;

	return m < c ? m : c;
}

/* Optimal string alignment distance over lower-cased letters: three
 * rows of the dynamic programming table are enough. */
int dym_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	int *prev2 = xcalloc(lb + 1, sizeof(int));
	int *prev = xcalloc(lb + 1, sizeof(int));
	int *cur = xcalloc(lb + 1, sizeof(int));
	int result;

	for (j = 0; j <= lb; j++)
		prev[j] = (int)j;
	for (i = 1; i <= la; i++) {
		int ca = tolower((unsigned char)a[i - 1]);
		int *t;

		cur[0] = (int)i;
		for (j = 1; j <= lb; j++) {
			int cb = tolower((unsigned char)b[j - 1]);
			int cost = ca == cb ? 0 : 1;

			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 &&
			    ca == tolower((unsigned char)b[j - 2]) &&
			    tolower((unsigned char)a[i - 2]) == cb &&
			    prev2[j - 2] + 1 < cur[j])
				cur[j] = prev2[j - 2] + 1;
		}
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	result = prev[lb];
	free(prev2);
	free(prev);
	free(cur);
	return result;
}

void dym_init(struct dym *d, const char *word)
{
	d->word = word;
	d->best = NULL;
	d->best_distance = 0;
}

void dym_consider(struct dym *d, const char *candidate)
{
	int dist;

	if (candidate == NULL || strcmp(candidate, d->word) == 0)
		return;
	dist = dym_distance(d->word, candidate);
	if (d->best == NULL || dist < d->best_distance) {
		d->best = candidate;
		d->best_distance = dist;
	}
}

/* Close enough: at most a third of the word's letters, and at least one
 * edit allowed even for short words. */
const char *dym_best(const struct dym *d)
{
	int limit = (int)strlen(d->word) / 3;

	if (limit < 1)
		limit = 1;
	if (d->best == NULL || d->best_distance > limit)
		return NULL;
	return d->best;
}
