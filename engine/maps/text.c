/*
 * text.c - the text map class: a plain file read on every lookup, one
 * record per line, columns split at the -z character (default: runs of
 * white space); -k and -v choose the key and value columns.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "engine/maps/map_impl.h"

#define TEXT_KEY_MAX 256

struct text_state {
	int keycol;
	int valcol;
};

/* A column option must be a number; 1 and *COL set when it is. */
static int
column_number(struct map *map, const char *opt, const char *which, int *col)
{
	if (opt == NULL) {
		*col = 0;
		return 1;
	}
	if (!isascii((unsigned char) *opt) || !isdigit((unsigned char) *opt)) {
		map_syserr(map, 0, "text map \"%s\", file %s: -%s should specify a number, not %s",
			   map->name, map->file, which, opt);
		return 0;
	}
	*col = atoi(opt);
	return 1;
}

static int
text_open(struct map *map)
{
	struct text_state *st;
	int left, k, v;

	if (map->file[0] == '\0') {
		map_syserr(map, 0, "text map \"%s\": file name required", map->name);
		return 0;
	}
	if (map->file[0] != '/') {
		map_syserr(map, 0, "text map \"%s\": file name must be fully qualified",
			   map->name);
		return 0;
	}
	if (map_file_safety_errno(map, map->file, &left) != 0) {
		/* sendmail shows what errno was left, not the verdict */
		if (!(map->flags & MAPF_OPTIONAL))
			map_syserr(map, left, "text map \"%s\": unsafe map file %s",
				   map->name, map->file);
		return 0;
	}
	if (!column_number(map, map->keycol, "k", &k) ||
	    !column_number(map, map->valcol, "v", &v))
		return 0;
	st = xcalloc(1, sizeof(*st));
	st->keycol = k;
	st->valcol = v;
	free(map->data);
	map->data = st;
	map->free_data = free;
	return 1;
}

static char *
text_lookup(struct map *map, const char *name, const char *const *av,
	    int *status)
{
	struct text_state *st = map->data;
	char key[TEXT_KEY_MAX + 1];
	char line[2048];
	char *value = NULL, *result;
	size_t klen = strlen(name);
	FILE *fp;
	int found = 0;

	if (klen > TEXT_KEY_MAX)
		klen = TEXT_KEY_MAX;
	memcpy(key, name, klen);
	key[klen] = '\0';
	if (!(map->flags & MAPF_NOFOLDCASE))
		map_lower(key);
	/* sendmail re-checks the file (and warns again) on every lookup */
	fp = map_file_safety(map, map->file) == 0 ? fopen(map->file, "r") : NULL;
	if (fp == NULL) {
		map->flags &= ~(MAPF_VALID | MAPF_OPEN);
		*status = MAP_EX_UNAVAILABLE;
		return NULL;
	}
	while (!found && fgets(line, sizeof(line), fp) != NULL) {
		char *col;

		if (line[0] == '#')
			continue;
		line[strcspn(line, "\n")] = '\0';
		col = map_get_column(line, st->keycol, map->coldelim);
		if (col != NULL && strcasecmp(key, col) == 0)
			found = 1;
		free(col);
	}
	(void) fclose(fp);
	if (found)
		value = map_get_column(line, st->valcol, map->coldelim);
	if (value == NULL) {
		*status = MAP_EX_NOTFOUND;
		return NULL;
	}
	*status = MAP_EX_OK;
	result = map_answer(map, name, value, strlen(value), av);
	free(value);
	return result;
}

const struct map_class map_class_text = {
	"text", 0, map_parse_common, text_open, NULL, text_lookup
};
