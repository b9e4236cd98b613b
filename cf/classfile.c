/*
 * classfile.c - may a class file (F line) be read?
 *
 * sendmail reads class files only when every directory on the way to
 * them is safe (not writable by group or world) and the file is a
 * regular file; otherwise "fileclass: cannot open 'FILE': REASON".
 * DontBlameSendmail can relax the directory rule.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "xalloc.h"
#include "cf/config.h"

/* Is WORD one of the comma/space separated DontBlameSendmail flags? */
static int blame_flag(const char *word)
{
	const char *p = config.dont_blame;
	size_t n = strlen(word);

	while (p != NULL && *p != '\0') {
		size_t len = strcspn(p, ", \t");

		if (len == n && strncasecmp(p, word, n) == 0)
			return 1;
		p += len;
		p += strspn(p, ", \t");
	}
	return 0;
}

/* The problem with directory DIR, or NULL when it is safe. */
static const char *directory_problem(const char *dir)
{
	struct stat st;

	if (stat(dir, &st) < 0)
		return NULL;	/* the file check reports missing parts */
	if (blame_flag("ClassFileInUnsafeDirPath"))
		return NULL;
	if ((st.st_mode & S_IWOTH) &&
	    !((st.st_mode & S_ISVTX) && blame_flag("TrustStickyBit")))
		return "World writable directory";
	if ((st.st_mode & S_IWGRP) && !blame_flag("GroupWritableDirPathSafe") &&
	    !((st.st_mode & S_ISVTX) && blame_flag("TrustStickyBit")))
		return "Group writable directory";
	return NULL;
}

const char *class_file_problem(const char *path)
{
	const char *why = NULL;
	struct stat st;

	/* every directory from the root down to the file's own */
	for (size_t i = 0; path[i] != '\0' && why == NULL; i++) {
		char *dir;

		if (path[i] != '/')
			continue;
		dir = xstrndup(path, i == 0 ? 1 : i);
		why = directory_problem(dir);
		free(dir);
	}
	if (why != NULL)
		return why;
	if (stat(path, &st) < 0)
		return strerror(errno);
	if (!S_ISREG(st.st_mode))
		return "Regular files only";
	return NULL;
}
