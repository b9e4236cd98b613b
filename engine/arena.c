/*
 * arena.c - bump allocator: blocks chained together, freed in one go.
 */
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "engine/arena.h"

#define ARENA_BLOCK 16384

struct block {
	struct block *next;
	size_t used, size;
	char data[];
};

struct arena {
	struct block *head;
};

struct arena *arena_new(void)
{
	return xcalloc(1, sizeof(struct arena));
}

void *arena_alloc(struct arena *a, size_t size)
{
	struct block *b = a->head;

	size = (size + 15) & ~(size_t)15;
	if (b == NULL || b->size - b->used < size) {
		size_t want = size > ARENA_BLOCK ? size : ARENA_BLOCK;

		b = xmalloc(sizeof(*b) + want);
		b->size = want;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	b->used += size;
	return b->data + b->used - size;
}

char *arena_strdup(struct arena *a, const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(arena_alloc(a, n), s, n);
}

void arena_reset(struct arena *a)
{
	struct block *keep = a->head, *b, *next;

	/* keep the newest block: most commands fit in it */
	if (keep == NULL)
		return;
	for (b = keep->next; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	keep->next = NULL;
	keep->used = 0;
}

void arena_free(struct arena *a)
{
	struct block *b = a->head, *next;

	for (; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}
