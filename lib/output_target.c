/*
 * output_target.c - the checks of output_target.h.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "output_target.h"
#include "path_dir.h"
#include "xalloc.h"

/* DIR itself, when others (group or world) may write to it; else NULL.
 * The folders above are not looked at: a cf under /tmp/build-1234/ is
 * common and harmless, a cf in /tmp itself is not. */
static char *writable_by_others(const char *dir)
{
	struct stat st;

	if (stat(dir, &st) == 0 && (st.st_mode & (S_IWGRP | S_IWOTH)))
		return xstrdup(dir);
	return NULL;
}

static const char *kind_of(mode_t mode)
{
	if (S_ISDIR(mode))
		return "is a directory, not a file";
	if (S_ISCHR(mode) || S_ISBLK(mode))
		return "is a device, not a file: it is never replaced";
	if (S_ISFIFO(mode))
		return "is a FIFO, not a file: it is never replaced";
	if (S_ISSOCK(mode))
		return "is a socket, not a file: it is never replaced";
	return "is not a regular file: it is never replaced";
}

int output_target_check(const char *path, struct output_target *t, const char **why)
{
	struct stat lst, st;
	char *dir;

	memset(t, 0, sizeof(*t));
	if (lstat(path, &lst) < 0) {
		if (errno != ENOENT) {
			*why = strerror(errno);
			return -1;
		}
		t->path = xstrdup(path);
		dir = path_directory(path);
		t->unsafe_dir = writable_by_others(dir);
		free(dir);
		return 0;
	}
	if (S_ISLNK(lst.st_mode)) {
		char *linkdir = path_directory(path), *unsafe = writable_by_others(linkdir);

		free(linkdir);
		if (unsafe != NULL && lst.st_uid != geteuid()) {
			free(unsafe);
			*why = "is a symbolic link of another user in a folder others may write to; not followed";
			return -1;
		}
		free(unsafe);
		if (stat(path, &st) < 0) {
			if (errno != ENOENT) {
				*why = strerror(errno);
				return -1;
			}
			*why = "is a symbolic link to nothing; write the file it should name instead";
			return -1;
		}
		t->path = realpath(path, NULL);
		if (t->path == NULL) {
			*why = strerror(errno);
			return -1;
		}
	} else {
		st = lst;
		t->path = xstrdup(path);
	}
	if (!S_ISREG(st.st_mode)) {
		free(t->path);
		t->path = NULL;
		*why = kind_of(st.st_mode);
		return -1;
	}
	t->exists = 1;
	t->mode = st.st_mode & 07777;
	t->uid = st.st_uid;
	t->gid = st.st_gid;
	dir = path_directory(t->path);
	t->unsafe_dir = writable_by_others(dir);
	free(dir);
	return 0;
}

void output_target_free(struct output_target *t)
{
	free(t->path);
	free(t->unsafe_dir);
	t->path = t->unsafe_dir = NULL;
}
