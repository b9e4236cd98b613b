/*
 * atomic_file.c - temporary file + fsync + rename (see atomic_file.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "path_dir.h"
#include "xalloc.h"

struct atomic_file {
	char *target;
	char *tmpname;		/* named temporary, or NULL with O_TMPFILE */
	FILE *fp;
	int fd;
	mode_t mode;
	int set_attributes;	/* apply mode, uid, gid at commit */
	uid_t uid;
	gid_t gid;
};

struct atomic_file *atomic_open(const char *target, mode_t mode)
{
	struct atomic_file *af = xcalloc(1, sizeof *af);
	char *dir = path_directory(target);
	int saved;

	af->target = xstrdup(target);
	af->mode = mode;
	af->fd = open(dir, O_TMPFILE | O_RDWR, mode);
	if (af->fd < 0) {
		/* No O_TMPFILE here: fall back to a named temporary. */
		af->tmpname = xasprintf("%s.smcf-XXXXXX", target);
		af->fd = mkstemp(af->tmpname);
		if (af->fd < 0)
			goto fail;
		if (fchmod(af->fd, mode) < 0)
			goto fail;
	}
	af->fp = fdopen(af->fd, "w");
	if (af->fp == NULL)
		goto fail;
	free(dir);
	return af;

fail:
	saved = errno;
	if (af->fd >= 0)
		close(af->fd);
	if (af->tmpname)
		unlink(af->tmpname);
	free(af->tmpname);
	free(af->target);
	free(af);
	free(dir);
	errno = saved;
	return NULL;
}

FILE *atomic_stream(struct atomic_file *af)
{
	return af->fp;
}

int atomic_fd(struct atomic_file *af)
{
	return af->fd;
}

static void atomic_free(struct atomic_file *af)
{
	free(af->tmpname);
	free(af->target);
	free(af);
}

void atomic_set_attributes(struct atomic_file *af, mode_t mode, uid_t uid, gid_t gid)
{
	af->set_attributes = 1;
	af->mode = mode;
	af->uid = uid;
	af->gid = gid;
}

int atomic_commit(struct atomic_file *af)
{
	char procpath[64];
	int saved;

	if (fflush(af->fp) != 0)
		goto fail;
	if (af->set_attributes) {
		/* the owner first: a chown may clear set-id bits of the mode */
		if (fchown(af->fd, af->uid, af->gid) < 0 && errno != EPERM)
			goto fail;
		if (fchmod(af->fd, af->mode) < 0)
			goto fail;
	}
	if (fsync(af->fd) != 0)
		goto fail;
	if (af->tmpname == NULL) {
		/* Give the unnamed file a name, then move it into place. */
		af->tmpname = xasprintf("%s.smcf-%ld", af->target, (long)getpid());
		snprintf(procpath, sizeof procpath, "/proc/self/fd/%d", af->fd);
		unlink(af->tmpname);
		if (linkat(AT_FDCWD, procpath, AT_FDCWD, af->tmpname,
			   AT_SYMLINK_FOLLOW) != 0) {
			free(af->tmpname);
			af->tmpname = NULL;
			goto fail;
		}
	}
	if (rename(af->tmpname, af->target) != 0)
		goto fail;
	if (fclose(af->fp) != 0) {
		saved = errno;
		atomic_free(af);
		errno = saved;
		return -1;
	}
	atomic_free(af);
	return 0;

fail:
	saved = errno;
	atomic_abort(af);
	errno = saved;
	return -1;
}

void atomic_abort(struct atomic_file *af)
{
	if (af->fp)
		fclose(af->fp);
	if (af->tmpname)
		unlink(af->tmpname);
	atomic_free(af);
}
