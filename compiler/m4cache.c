/*
 * m4cache.c - frozen m4 prelude state, cached per user (see m4cache.h).
 */
#include <dirent.h>
#include <fcntl.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "runprog.h"
#include "strbuf.h"
#include "xalloc.h"
#include "compiler/m4cache.h"

/* Bump when the way cached files are made changes. */
#define M4CACHE_FORMAT "smcf-m4cache-1"

/* Freezing reads only the prelude: a few seconds is plenty. */
#define FREEZE_TIMEOUT 30
#define FREEZE_MEMORY_LIMIT ((size_t)1 << 30)

/* What GNU m4 writes first in a frozen state file. */
static const char frozen_magic[] = "# This is a frozen state file";

/* ------------------------------------------------------------------ */
/* finding m4 */

static int is_executable_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

char *m4cache_name(void)
{
	const char *m4 = getenv("SMCF_M4");

	return xstrdup(m4 && *m4 ? m4 : "m4");
}

char *m4cache_in_list(const char **list, const char *name)
{
	const char *p = *list, *end;

	while (*p == ':')
		p++;
	if (*p == '\0')
		return NULL;
	end = strchrnul(p, ':');
	*list = end;
	return xasprintf("%.*s/%s", (int)(end - p), p, name);
}

char *m4cache_program(const char *name)
{
	const char *path = getenv("PATH");
	char *candidate;

	if (strchr(name, '/'))
		return xstrdup(name);
	if (path == NULL)
		path = "";
	while ((candidate = m4cache_in_list(&path, name)) != NULL) {
		if (is_executable_file(candidate))
			return candidate;
		free(candidate);
	}
	return xstrdup(name);
}

/* ------------------------------------------------------------------ */
/* the cache folder */

/* A folder we may trust: ours, and nobody else may write to it. */
static int is_private_dir(const char *dir)
{
	struct stat st;

	return lstat(dir, &st) == 0 && S_ISDIR(st.st_mode) &&
	       st.st_uid == geteuid() && (st.st_mode & (S_IWGRP | S_IWOTH)) == 0;
}

static int make_dir(const char *dir)
{
	return mkdir(dir, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

char *m4cache_dir(void)
{
	const char *env = getenv("SMCF_CACHE_DIR");
	const char *xdg = getenv("XDG_CACHE_HOME");
	const char *home = getenv("HOME");
	char *dir, *parent = NULL;

	if (env && *env) {
		if (strcmp(env, "off") == 0)
			return NULL;
		dir = xstrdup(env);
	} else if (xdg && *xdg == '/') {
		dir = xasprintf("%s/smcf", xdg);
	} else if (home && *home == '/') {
		parent = xasprintf("%s/.cache", home);
		dir = xasprintf("%s/smcf", parent);
	} else {
		return NULL;
	}
	if ((parent && make_dir(parent) < 0) || make_dir(dir) < 0 || !is_private_dir(dir)) {
		free(parent);
		free(dir);
		return NULL;
	}
	free(parent);
	return dir;
}

/* Entries untouched for this long are dropped when a new one is made:
 * they belong to an smcf, m4 or .mc that has moved on.  One still in use
 * is simply made again. */
#define PRUNE_AGE (30L * 24 * 60 * 60)

static int is_cache_entry(const char *name)
{
	size_t len = strlen(name);

	return (strncmp(name, "prelude-", 8) == 0 && len > 4 && strcmp(name + len - 4, ".m4f") == 0) ||
	       (strncmp(name, "run-", 4) == 0 && len > 4 && strcmp(name + len - 4, ".m4o") == 0);
}

void m4cache_prune(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	time_t old = time(NULL) - PRUNE_AGE;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		struct stat st;

		if (!is_cache_entry(e->d_name) || fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			continue;
		if (S_ISREG(st.st_mode) && st.st_mtime < old && unlinkat(dirfd(d), e->d_name, 0) < 0)
			break;		/* not ours to remove: leave the rest too */
	}
	closedir(d);
}

/* ------------------------------------------------------------------ */
/* the key */

void m4cache_hash(uint64_t *h, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	do {				/* the NUL too: it separates fields */
		*h ^= *p;
		*h *= UINT64_C(0x100000001b3);
	} while (*p++);
}

int m4cache_file_id(const char *path, char *id, size_t size, time_t *changed)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return -1;
	if (changed)
		*changed = st.st_mtim.tv_sec > st.st_ctim.tv_sec ? st.st_mtim.tv_sec : st.st_ctim.tv_sec;
	snprintf(id, size, "%ju:%ju:%jd:%jd.%09ld:%jd.%09ld", (uintmax_t)st.st_dev,
		 (uintmax_t)st.st_ino, (intmax_t)st.st_size, (intmax_t)st.st_mtim.tv_sec,
		 (long)st.st_mtim.tv_nsec, (intmax_t)st.st_ctim.tv_sec, (long)st.st_ctim.tv_nsec);
	return 0;
}

static int hash_file_id(uint64_t *h, const char *path)
{
	char id[M4CACHE_ID_SIZE];

	if (m4cache_file_id(path, id, sizeof id, NULL) < 0)
		return -1;
	m4cache_hash(h, path);
	m4cache_hash(h, id);
	return 0;
}

/* The key of the state: m4, this program (whose compiled-in tables make
 * the arguments), the prelude, and EXTRA (the one argument that depends
 * on where smcf runs: its data folder).  -1 when one cannot be found. */
static int state_key(const char *m4, const char *prelude, const char *extra, uint64_t *key)
{
	*key = M4CACHE_HASH_INIT;
	m4cache_hash(key, M4CACHE_FORMAT);
	m4cache_hash(key, extra);
	if (strchr(m4, '/') == NULL)		/* not found in PATH */
		return -1;
	return hash_file_id(key, m4) < 0 || hash_file_id(key, "/proc/self/exe") < 0 ||
	       hash_file_id(key, prelude) < 0 ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* freezing */

int m4cache_usable(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
	       (st.st_mode & (S_IWGRP | S_IWOTH)) == 0;
}

/* m4 -F: the frozen state comes back on m4's standard output (the
 * prelude itself prints nothing) and is written to PATH atomically. */
/* Prune the folder of the entry at PATH. */
static void prune_beside(const char *path)
{
	char *dir = xstrndup(path, (size_t)(strrchr(path, '/') - path));

	m4cache_prune(dir);
	free(dir);
}

int m4cache_freeze(const char *path, const char *m4, char *const *args, size_t nargs,
		   const char *prelude)
{
	struct runprog_limits freeze_limits = { FREEZE_TIMEOUT, FREEZE_MEMORY_LIMIT, 0, 0, NULL, NULL };
	struct runprog_result res = RUNPROG_RESULT_INIT;
	char **argv = xmalloc((nargs + 6) * sizeof(char *));
	char **envp = runprog_c_locale_env();
	struct atomic_file *af;
	size_t i, n = 0;
	int rc;

	argv[n++] = (char *)m4;	/* the path: messages do not matter here */
	for (i = 0; i < nargs; i++)
		argv[n++] = args[i];
	argv[n++] = (char *)"-F";
	argv[n++] = (char *)"/dev/stdout";
	argv[n++] = (char *)"--";
	argv[n++] = (char *)prelude;
	argv[n] = NULL;
	rc = runprog_env(argv, envp, &freeze_limits, &res);
	free(argv);
	free(envp);
	if (rc != 0 || res.status != 0 || res.err.len != 0 ||
	    res.out.len < sizeof(frozen_magic) - 1 ||
	    memcmp(res.out.buf, frozen_magic, sizeof(frozen_magic) - 1) != 0) {
		runprog_result_free(&res);
		return -1;
	}
	af = atomic_open(path, 0600);
	if (af == NULL) {
		runprog_result_free(&res);
		return -1;
	}
	if (fwrite(res.out.buf, 1, res.out.len, atomic_stream(af)) != res.out.len) {
		atomic_abort(af);
		runprog_result_free(&res);
		return -1;
	}
	runprog_result_free(&res);
	if (atomic_commit(af) < 0)
		return -1;
	prune_beside(path);
	return 0;
}

char *m4cache_path(const char *m4, const char *prelude, const char *extra, int *ready)
{
	uint64_t key;
	char *dir, *path;

	*ready = 0;
	if (state_key(m4, prelude, extra, &key) < 0)
		return NULL;
	dir = m4cache_dir();
	if (dir == NULL)
		return NULL;
	path = xasprintf("%s/prelude-%016" PRIx64 ".m4f", dir, key);
	free(dir);
	*ready = m4cache_usable(path);
	return path;
}

/* ------------------------------------------------------------------ */
/* reading a frozen state */

/*
 * The entries of a frozen state file are a letter, two numbers and a
 * newline, then data: T (a text definition: name, body), F (a builtin:
 * name, builtin's name), Q and C (quote and comment strings) carry both
 * lengths of data; D (a diversion: number, length) carries the second
 * only; V (the format) and # (comments) are plain lines.
 */
int m4cache_defines(const char *frozen, const char *name)
{
	FILE *fp = fopen(frozen, "re");
	size_t name_len = strlen(name);
	char line[128], *seen = xmalloc(name_len + 1);
	int found = 0;

	if (fp == NULL) {
		free(seen);
		return -1;
	}
	if (fgets(line, sizeof line, fp) == NULL ||
	    strncmp(line, frozen_magic, sizeof(frozen_magic) - 1) != 0)
		found = -1;
	while (found == 0 && fgets(line, sizeof line, fp)) {
		char kind = line[0];
		long a, b, skip;

		if (kind == '#' || kind == 'V' || kind == '\n')
			continue;
		if (kind == '\0' || strchr("TFQCD", kind) == NULL ||
		    sscanf(line + 1, "%ld,%ld", &a, &b) != 2 || b < 0 || (kind != 'D' && a < 0)) {
			found = -1;
			break;
		}
		skip = (kind == 'D' ? 0 : a) + b + 1;	/* + the newline */
		if ((kind == 'T' || kind == 'F') && (size_t)a == name_len) {
			if (fread(seen, 1, name_len, fp) != name_len) {
				found = -1;
				break;
			}
			if (memcmp(seen, name, name_len) == 0)
				found = 1;
			skip -= (long)name_len;
		}
		if (found == 0 && fseek(fp, skip, SEEK_CUR) < 0)
			found = -1;
	}
	if (found == 0 && ferror(fp))
		found = -1;
	fclose(fp);
	free(seen);
	return found;
}

/* A file that cannot be removed is harmless: the next run finds m4
 * failing on it again and falls back the same way. */
void m4cache_forget(const char *frozen)
{
	if (unlink(frozen) < 0 && errno != ENOENT)
		errno = 0;
}
