/*
 * mm_target.c - safe replacement of a map file.
 *
 * sendmail's makemap truncates the live map and refills it, so a reader
 * (or a crash) can see half a map.  Here the new map is built in an
 * unnamed file (O_TMPFILE) in the target's directory; Berkeley DB opens it
 * through /proc/self/fd/N.  Only when the map is complete is the file
 * flushed, given a temporary name and renamed over the target.  A run that
 * dies before that leaves nothing behind.  The temporary name exists only
 * between link and rename; a run killed in that instant leaves
 * "<map>.db.smcf-<pid>", which the next run on the same map removes.
 *
 * Writers serialise as with sendmail's makemap: the existing map is
 * flock()ed exclusively until the new one is in place.  A writer that
 * waited for the lock finds the path now names a new file; it then locks
 * that one instead, so "-o" runs never lose each other's records.
 *
 * The checks before writing are sendmail's: no symbolic or hard links
 * (unless -s), regular files only, no executable map, permission as
 * sendmail computes it (owner, TrustedUser, group, other), and a warning
 * for each group- or world-writable directory on the path.  The reference
 * checks the path twice when the first check passes (once to inspect the
 * file, once to lock it), so the warnings come twice; so they do here.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic_file.h"
#include "makemap/mm_target.h"
#include "path_dir.h"
#include "xalloc.h"

#define NEW_MAP_MODE 0640
#define STALE_SUFFIX ".smcf-"

static void warn_if_writable(const char *dir)
{
	struct stat st;

	/* sendmail judges directory paths only for root. */
	if (getuid() != 0 || stat(dir, &st) != 0)
		return;
	if (st.st_mode & S_IWOTH)
		fprintf(stderr, "WARNING: World writable directory %s\n", dir);
	else if (st.st_mode & S_IWGRP)
		fprintf(stderr, "WARNING: Group writable directory %s\n", dir);
}

/*
 * Warn about each group- or world-writable directory leading to FILE:
 * every prefix that ends before a slash ("/" for the root), or "." for a
 * name without one.
 */
static void warn_unsafe_directories(const char *file)
{
	const char *slash = strchr(file, '/');

	if (slash == NULL) {
		warn_if_writable(".");
		return;
	}
	for (; slash != NULL; slash = strchr(slash + 1, '/')) {
		char *dir = slash == file ? xstrdup("/") : xstrndup(file, (size_t)(slash - file));

		warn_if_writable(dir);
		free(dir);
	}
}

/* Is the caller in group GID (primary or listed member)? */
static bool in_group(gid_t gid)
{
	struct passwd *pw;
	struct group *gr;

	if (getgid() == gid)
		return true;
	pw = getpwuid(getuid());
	gr = getgrgid(gid);
	if (pw == NULL || gr == NULL)
		return false;
	for (char **m = gr->gr_mem; *m != NULL; m++)
		if (strcmp(*m, pw->pw_name) == 0)
			return true;
	return false;
}

/*
 * sendmail's permission rule: the owner bits apply to the owner (and, for
 * root, to a file of TrustedUser), the group bits to group members, the
 * other bits to everybody else.  OWNER_BITS are S_IRUSR/S_IWUSR/...
 */
static bool permitted(const struct stat *st, mode_t owner_bits, uid_t trusted)
{
	uid_t uid = getuid();
	mode_t need = owner_bits;

	if (st->st_uid == uid || (uid == 0 && trusted != 0 && st->st_uid == trusted))
		;
	else if (in_group(st->st_gid))
		need >>= 3;
	else
		need >>= 6;
	return (st->st_mode & need) == need;
}

const char *mm_target_check(const char *file, const struct mm_check *chk,
			    struct mm_target *t)
{
	struct stat st;

	memset(t, 0, sizeof *t);
	t->lock_fd = -1;
	t->named_fd = -1;
	t->path = xstrdup(file);
	warn_unsafe_directories(file);
	if (lstat(file, &st) != 0) {
		if (errno != ENOENT || chk->read_only || chk->must_exist)
			return strerror(errno);
		/* A new map: the directory must let us create it. */
		char *dir = path_directory(file);
		int rc = stat(dir, &st);

		free(dir);
		if (rc != 0)
			return strerror(errno);
		if (!permitted(&st, S_IWUSR | S_IXUSR, chk->trusted_uid))
			return strerror(EACCES);
		warn_unsafe_directories(file);
		return NULL;
	}
	if (S_ISLNK(st.st_mode)) {
		char *real;

		if (!chk->unsafe_ok)
			return "Symbolic links not allowed";
		real = realpath(file, NULL);
		if (real == NULL) {
			/* A dangling link: the reference fails to create through it. */
			return errno == ENOENT ? strerror(EEXIST) : strerror(errno);
		}
		free(t->path);
		t->path = real;
		if (stat(real, &st) != 0)
			return strerror(errno);
	}
	if (!S_ISREG(st.st_mode))
		return "Regular files only";
	if (!chk->read_only && (st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH)))
		return "Executable files not allowed";
	if (!chk->unsafe_ok && st.st_nlink != 1)
		return "Hard links not allowed";
	if (!permitted(&st, chk->read_only ? S_IRUSR : S_IWUSR, chk->trusted_uid))
		return strerror(EACCES);
	t->exists = true;
	t->st = st;
	warn_unsafe_directories(file);
	return NULL;
}

/* Remove "<target>.smcf-<pid>" files left by runs that were killed. */
static void remove_stale_temporaries(const char *target)
{
	char *dir = path_directory(target);
	const char *slash = strrchr(target, '/');
	const char *base = slash ? slash + 1 : target;
	char *prefix = xasprintf("%s%s", base, STALE_SUFFIX);
	size_t plen = strlen(prefix);
	DIR *d = opendir(dir);
	struct dirent *de;

	while (d != NULL && (de = readdir(d)) != NULL) {
		const char *num = de->d_name + plen;
		char *end;
		long pid;

		if (strncmp(de->d_name, prefix, plen) != 0 || *num == '\0')
			continue;
		errno = 0;
		pid = strtol(num, &end, 10);
		if (*end != '\0' || errno != 0 || pid <= 0 || pid > INT_MAX)
			continue;
		if (pid != (long)getpid() && kill((pid_t)pid, 0) != 0 && errno == ESRCH) {
			char *stale = xasprintf("%s/%s", dir, de->d_name);

			if (unlink(stale) != 0 && errno != ENOENT)
				fprintf(stderr, "makemap: cannot remove %s: %s\n",
					stale, strerror(errno));
			free(stale);
		}
	}
	if (d != NULL)
		closedir(d);
	free(prefix);
	free(dir);
}

static int copy_contents(const char *from, int to)
{
	char buf[65536];
	int in = open(from, O_RDONLY);
	ssize_t n;
	int err = 0;

	if (in < 0)
		return errno;
	while ((n = read(in, buf, sizeof buf)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			err = errno;
			break;
		}
		for (ssize_t done = 0; done < n;) {
			ssize_t w = write(to, buf + done, (size_t)(n - done));

			if (w < 0) {
				if (errno == EINTR)
					continue;
				err = errno;
				goto out;
			}
			done += w;
		}
	}
out:
	close(in);
	return err;
}

/*
 * Lock the existing map.  When another writer replaced it while we waited,
 * lock the file that is there now (and take its mode and owner).
 */
static int lock_existing(struct mm_target *t)
{
	for (;;) {
		struct stat now;
		int fd = open(t->path, O_RDONLY | O_CLOEXEC);

		if (fd < 0)
			return errno;
		while (flock(fd, LOCK_EX) != 0) {
			if (errno != EINTR) {
				int err = errno;

				close(fd);
				return err;
			}
		}
		if (stat(t->path, &now) == 0 && now.st_ino == t->st.st_ino &&
		    now.st_dev == t->st.st_dev) {
			t->lock_fd = fd;
			return 0;
		}
		close(fd);
		if (stat(t->path, &now) != 0)
			return errno;
		t->st = now;
	}
}

/*
 * Where /proc is not mounted Berkeley DB cannot reach an unnamed file, so
 * the map is built under the name a crashed run would leave,
 * "<map>.db.smcf-<pid>", which later runs clean up.  Returns the descriptor.
 */
static int open_named_temporary(struct mm_target *t, mode_t mode)
{
	t->named_tmp = xasprintf("%s%s%ld", t->path, STALE_SUFFIX, (long)getpid());
	(void)unlink(t->named_tmp);
	t->named_fd = open(t->named_tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	if (t->named_fd < 0) {
		free(t->named_tmp);
		t->named_tmp = NULL;
		return -1;
	}
	t->db_path = xstrdup(t->named_tmp);
	return t->named_fd;
}

/* An unnamed file beside the target, reached through /proc/self/fd. */
static int open_unnamed(struct mm_target *t, mode_t mode)
{
	int fd;

	t->af = atomic_open(t->path, mode);
	if (t->af == NULL)
		return -1;
	fd = atomic_fd(t->af);
	t->db_path = xasprintf("/proc/self/fd/%d", fd);
	if (access(t->db_path, F_OK) == 0)
		return fd;
	atomic_abort(t->af);
	t->af = NULL;
	free(t->db_path);
	t->db_path = NULL;
	return open_named_temporary(t, mode);
}

int mm_target_begin(struct mm_target *t, bool copy_old, uid_t trusted_uid)
{
	mode_t mode;
	int fd, err;

	if (t->exists && (err = lock_existing(t)) != 0)
		return err;
	mode = t->exists ? (t->st.st_mode & 07777) : NEW_MAP_MODE;
	remove_stale_temporaries(t->path);
	fd = open_unnamed(t, mode);
	if (fd < 0)
		return errno;
	/* The umask must not narrow the mode the map is meant to have. */
	if (fchmod(fd, mode) != 0)
		goto fail;
	if (geteuid() == 0) {
		if (t->exists && fchown(fd, t->st.st_uid, t->st.st_gid) != 0)
			goto fail;
		if (trusted_uid != 0 && fchown(fd, trusted_uid, (gid_t)-1) != 0)
			goto fail;
	} else if (t->exists) {
		/* A user may keep the old group if a member; the owner is the caller. */
		(void)fchown(fd, (uid_t)-1, t->st.st_gid);
	}
	if (copy_old && (err = copy_contents(t->path, fd)) != 0) {
		errno = err;
		goto fail;
	}
	return 0;

fail:
	err = errno;
	mm_target_abort(t);
	return err;
}

/* Make the directory entry change durable too. */
static void sync_directory(const char *path)
{
	char *dir = path_directory(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY);

	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

/* Flush the named temporary and move it over the target. */
static int commit_named(struct mm_target *t)
{
	int err = 0;

	if (fsync(t->named_fd) != 0 || rename(t->named_tmp, t->path) != 0)
		err = errno;
	return err;
}

int mm_target_commit(struct mm_target *t)
{
	sigset_t block, old;
	int err = 0;

	/* Keep the link-then-rename window free of catchable signals. */
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGQUIT);
	sigprocmask(SIG_BLOCK, &block, &old);
	if (t->af != NULL) {
		if (atomic_commit(t->af) != 0)
			err = errno;
		t->af = NULL;
	} else {
		err = commit_named(t);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	mm_target_abort(t);	/* a named temporary left by a failure goes */
	if (err == 0)
		sync_directory(t->path);
	return err;
}

void mm_target_abort(struct mm_target *t)
{
	if (t->af != NULL)
		atomic_abort(t->af);
	t->af = NULL;
	if (t->named_tmp != NULL) {
		close(t->named_fd);
		(void)unlink(t->named_tmp);	/* gone already after a rename */
		free(t->named_tmp);
		t->named_tmp = NULL;
	}
}

void mm_target_free(struct mm_target *t)
{
	mm_target_abort(t);
	if (t->lock_fd >= 0)
		close(t->lock_fd);
	t->lock_fd = -1;
	free(t->db_path);
	t->db_path = NULL;
	free(t->path);
	t->path = NULL;
}
