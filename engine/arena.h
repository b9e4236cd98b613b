/*
 * arena.h - bump allocation for short-lived token strings.
 *
 * Tokens produced while one -bt command runs (map results, deferred
 * macro values) live until the command ends; an arena hands them out
 * cheaply and frees them all at once.
 */
#ifndef SMCF_ARENA_H
#define SMCF_ARENA_H

#include <stddef.h>

struct arena;

struct arena *arena_new(void);
char *arena_strdup(struct arena *a, const char *s);
void *arena_alloc(struct arena *a, size_t size);
void arena_reset(struct arena *a);	/* free everything handed out */
void arena_free(struct arena *a);

#endif
