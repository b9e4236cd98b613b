/*
 * srcfile.c - a cache of source files split into lines, and word search.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "srcfile.h"
#include "strbuf.h"
#include "xalloc.h"

struct cached_file {
	struct cached_file *next;
	char *name;
	char *text;		/* NULL when unreadable */
	char **lines;		/* lines[0] is line 1 */
	int nlines;
};

struct srcfile_cache {
	struct cached_file *files;
};

struct srcfile_cache *srcfile_cache_new(void)
{
	return xcalloc(1, sizeof(struct srcfile_cache));
}

void srcfile_cache_free(struct srcfile_cache *cache)
{
	if (cache == NULL)
		return;
	while (cache->files) {
		struct cached_file *next = cache->files->next;

		free(cache->files->name);
		free(cache->files->text);
		free(cache->files->lines);
		free(cache->files);
		cache->files = next;
	}
	free(cache);
}

static void split_lines(struct cached_file *cf)
{
	char *p = cf->text;
	int cap = 64;

	cf->lines = xmalloc((size_t)cap * sizeof(char *));
	while (*p) {
		char *nl = strchr(p, '\n');

		if (cf->nlines == cap) {
			cap *= 2;
			cf->lines = xrealloc(cf->lines, (size_t)cap * sizeof(char *));
		}
		cf->lines[cf->nlines++] = p;
		if (nl == NULL)
			break;
		*nl = '\0';
		p = nl + 1;
	}
}

static struct cached_file *load(struct srcfile_cache *cache, const char *name)
{
	struct cached_file *cf;
	struct strbuf sb = STRBUF_INIT;
	char buf[8192];
	size_t n;
	FILE *fp;

	for (cf = cache->files; cf; cf = cf->next)
		if (strcmp(cf->name, name) == 0)
			return cf;
	cf = xcalloc(1, sizeof(*cf));
	cf->name = xstrdup(name);
	cf->next = cache->files;
	cache->files = cf;
	fp = fopen(name, "r");
	if (fp == NULL)
		return cf;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		strbuf_add(&sb, buf, n);
	if (ferror(fp)) {
		strbuf_free(&sb);
		fclose(fp);
		return cf;
	}
	fclose(fp);
	strbuf_addstr(&sb, "");
	cf->text = strbuf_detach(&sb);
	split_lines(cf);
	return cf;
}

static int find_in(struct srcfile_cache *cache, const char *file, int *line,
		   const char *word, int span, int step)
{
	struct cached_file *cf = load(cache, file);
	int l, i;

	if (cf->text == NULL || word == NULL || *word == '\0')
		return 0;
	for (i = 0, l = *line; i <= span; i++, l += step) {
		const char *hit;

		if (l < 1 || l > cf->nlines)
			break;
		hit = strstr(cf->lines[l - 1], word);
		if (hit) {
			*line = l;
			return (int)(hit - cf->lines[l - 1]) + 1;
		}
	}
	return 0;
}

int srcfile_find(struct srcfile_cache *cache, const char *file, int *line, const char *word, int back)
{
	return find_in(cache, file, line, word, back, -1);
}

int srcfile_find_ahead(struct srcfile_cache *cache, const char *file, int *line, const char *word, int ahead)
{
	return find_in(cache, file, line, word, ahead, 1);
}
