/*
 * m4input.c - what m4 may read for a .mc (see m4input.h).
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "xalloc.h"
#include "compiler/m4cache.h"
#include "compiler/m4input.h"

/* The prefix of the prelude's own macro names. */
#define INTERNAL_PREFIX "smcf_"

static int is_reserved_byte(int c)
{
	return c == 1 || c == 2 || c == 3 || c == 4 || c == 31;
}

static int is_word_char(int c)
{
	return isalnum(c) || c == '_';
}

int m4input_check_text(const char *path, int mc)
{
	static const char prefix[] = INTERNAL_PREFIX;
	const char *where = mc ? "a .mc file" : "a file a .mc reads";
	FILE *fp = fopen(path, "r");
	char word[sizeof(prefix) + 64];
	int c, prev = '\n', line = 1, col = 0;
	size_t matched = 0, start_col = 0;

	if (fp == NULL)
		return 0;
	while ((c = getc(fp)) != EOF) {
		col++;
		if (is_reserved_byte(c)) {
			diag_report(DC_MC_M4, DIAG_ERROR, path, line, col,
				    "control character 0x%02x is not allowed in %s", c, where);
			fclose(fp);
			return 1;
		}
		/* a word that starts with the prefix, at a word's start */
		if (matched < sizeof(prefix) - 1) {
			if (c == prefix[matched] && (matched > 0 || !is_word_char(prev))) {
				if (matched++ == 0)
					start_col = (size_t)col;
			} else {
				matched = 0;
			}
		} else {
			size_t n = sizeof(prefix) - 1;

			memcpy(word, prefix, n);
			while (c != EOF && is_word_char(c) && n < sizeof(word) - 1) {
				word[n++] = (char)c;
				c = getc(fp);
			}
			word[n] = '\0';
			diag_report(DC_MC_M4, DIAG_ERROR, path, line, (int)start_col,
				    "`%s' is internal to smcf: the smcf_ names are not for %s", word, where);
			fclose(fp);
			return 1;
		}
		if (c == '\n') {
			line++;
			col = 0;
		}
		prev = c;
	}
	fclose(fp);
	return 0;
}

char *m4input_find(const char *name, const char *const *dirs, size_t ndirs)
{
	const char *m4path = getenv("M4PATH");
	struct stat sb;
	char *path;
	size_t i;

	if (stat(name, &sb) == 0)
		return xstrdup(name);
	if (name[0] == '/')
		return NULL;
	for (i = 0; i < ndirs; i++) {
		path = xasprintf("%s/%s", dirs[i], name);
		if (stat(path, &sb) == 0)
			return path;
		free(path);
	}
	while (m4path && (path = m4cache_in_list(&m4path, name)) != NULL) {
		if (stat(path, &sb) == 0)
			return path;
		free(path);
	}
	return NULL;
}

const char *m4input_not_a_file(const char *path)
{
	static const char *const kernel[] = { "/proc/", "/sys/", "/dev/" };
	char real[PATH_MAX];
	struct stat sb;
	size_t i;

	if (stat(path, &sb) < 0)
		return NULL;	/* m4 says why it cannot read it */
	if (S_ISCHR(sb.st_mode))
		return "a character device";
	if (S_ISBLK(sb.st_mode))
		return "a block device";
	if (S_ISFIFO(sb.st_mode))
		return "a FIFO";
	if (S_ISSOCK(sb.st_mode))
		return "a socket";
	if (realpath(path, real) != NULL)
		for (i = 0; i < sizeof(kernel) / sizeof(kernel[0]); i++)
			if (strncmp(real, kernel[i], strlen(kernel[i])) == 0)
				return i == 0 ? "under /proc" : i == 1 ? "under /sys" : "under /dev";
	return NULL;
}
