/*
 * srcfile.h - find where a word sits in a source file, for diagnostics.
 *
 * m4 tells which line a macro call ended on, not the column.  The
 * compiler re-reads the file (once; it is cached) to find the column of
 * the macro's name on that line or the few lines before it.
 */
#ifndef SMCF_SRCFILE_H
#define SMCF_SRCFILE_H

struct srcfile_cache;

struct srcfile_cache *srcfile_cache_new(void);
void srcfile_cache_free(struct srcfile_cache *cache);

/* Look for WORD on line *LINE of FILE, then on up to BACK lines before
 * it.  On success returns the 1-based column and moves *LINE to the line
 * it was found on; returns 0 when the word or the file is not found. */
int srcfile_find(struct srcfile_cache *cache, const char *file, int *line, const char *word, int back);

/* Look for WORD from line *LINE forward (up to AHEAD lines). */
int srcfile_find_ahead(struct srcfile_cache *cache, const char *file, int *line, const char *word, int ahead);

#endif
