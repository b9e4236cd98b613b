/*
 * m4memo.c - m4 results kept for identical runs (see m4memo.h).
 *
 * A memo file is
 *
 *     smcf-m4memo-1 NL
 *     NDEPS STATUS OUTLEN ERRLEN NL
 *     NDEPS times: path NUL identity NUL      ("-" for a missing file)
 *     OUTLEN bytes of standard output, ERRLEN bytes of standard error
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "atomic_file.h"
#include "strbuf.h"
#include "xalloc.h"
#include "compiler/m4cache.h"
#include "compiler/m4memo.h"

#define M4MEMO_FORMAT "smcf-m4memo-1"

/* Files changed this recently may change again within the same time
 * stamp: a run that read one is not kept. */
#define SETTLE_SECONDS 2

/* A memo larger than this is not a memo smcf wrote. */
#define M4MEMO_MAX_SIZE ((long)64 << 20)

struct m4memo {
	char *dir;			/* the cache folder */
	char *path;			/* the memo file */
	char **deps;			/* files the result depends on */
	size_t ndeps, cap;
	int hit;			/* the result came from the memo */
};

struct m4memo *m4memo_open(char *const *argv)
{
	struct m4memo *memo;
	const char *m4path = getenv("M4PATH"), *posix = getenv("POSIXLY_CORRECT");
	char *dir, *cwd;
	uint64_t key = M4CACHE_HASH_INIT;
	size_t i;

	dir = m4cache_dir();
	if (dir == NULL)
		return NULL;
	cwd = getcwd(NULL, 0);
	if (cwd == NULL) {
		free(dir);
		return NULL;
	}
	m4cache_hash(&key, M4MEMO_FORMAT);
	m4cache_hash(&key, cwd);
	m4cache_hash(&key, m4path ? m4path : "");	/* the environment m4 heeds */
	m4cache_hash(&key, posix ? "posix" : "");
	for (i = 0; argv[i]; i++)
		m4cache_hash(&key, argv[i]);
	memo = xcalloc(1, sizeof(*memo));
	memo->path = xasprintf("%s/run-%016" PRIx64 ".m4o", dir, key);
	memo->dir = dir;
	free(cwd);
	return memo;
}

void m4memo_depend(struct m4memo *memo, const char *path)
{
	size_t i;

	if (memo == NULL || memo->hit)
		return;
	for (i = 0; i < memo->ndeps; i++)
		if (strcmp(memo->deps[i], path) == 0)
			return;
	if (memo->ndeps == memo->cap) {
		memo->cap = memo->cap ? 2 * memo->cap : 16;
		memo->deps = xrealloc(memo->deps, memo->cap * sizeof(*memo->deps));
	}
	memo->deps[memo->ndeps++] = xstrdup(path);
}

void m4memo_depend_search(struct m4memo *memo, const char *name, const char *const *dirs,
			  size_t ndirs)
{
	const char *m4path = getenv("M4PATH");
	char *path;
	size_t i;

	m4memo_depend(memo, name);
	if (name[0] == '/')
		return;
	for (i = 0; i < ndirs; i++) {
		path = xasprintf("%s/%s", dirs[i], name);
		m4memo_depend(memo, path);
		free(path);
	}
	while (m4path && (path = m4cache_in_list(&m4path, name)) != NULL) {
		m4memo_depend(memo, path);
		free(path);
	}
}

/* The identity of PATH now, "-" when it is not there. */
static void current_id(const char *path, char *id, size_t size, time_t *changed)
{
	*changed = 0;
	if (m4cache_file_id(path, id, size, changed) < 0)
		snprintf(id, size, "-");
}

/* The whole memo file, or NULL. */
static char *read_memo(const char *path, size_t *len)
{
	FILE *fp;
	char *buf;
	long size;

	if (!m4cache_usable(path) || (fp = fopen(path, "re")) == NULL)
		return NULL;
	if (fseek(fp, 0, SEEK_END) < 0 || (size = ftell(fp)) < 0 || size > M4MEMO_MAX_SIZE ||
	    fseek(fp, 0, SEEK_SET) < 0) {
		fclose(fp);
		return NULL;
	}
	buf = xmalloc((size_t)size + 1);
	if (fread(buf, 1, (size_t)size, fp) != (size_t)size) {
		fclose(fp);
		free(buf);
		return NULL;
	}
	fclose(fp);
	buf[size] = '\0';
	*len = (size_t)size;
	return buf;
}

/* Check the memo in BUF (LEN bytes) against the files as they are now;
 * 1 with RES filled when it holds. */
static int use_memo(const char *buf, size_t len, struct runprog_result *res)
{
	const char *p = buf, *end = buf + len;
	size_t ndeps, outlen, errlen, i;
	int status, used;

	if (sscanf(p, M4MEMO_FORMAT "\n%zu %d %zu %zu\n%n", &ndeps, &status, &outlen, &errlen,
		   &used) != 4)
		return 0;
	for (p += used, i = 0; i < ndeps; i++) {
		char id[M4CACHE_ID_SIZE];
		time_t changed;
		const char *path = p, *want;

		want = memchr(path, '\0', (size_t)(end - path));
		if (want == NULL)
			return 0;
		want++;
		p = memchr(want, '\0', (size_t)(end - want));
		if (p == NULL)
			return 0;
		p++;
		current_id(path, id, sizeof id, &changed);
		if (strcmp(id, want) != 0)
			return 0;
	}
	if ((size_t)(end - p) != outlen + errlen)
		return 0;
	strbuf_add(&res->out, p, outlen);
	strbuf_add(&res->err, p + outlen, errlen);
	res->status = status;
	return 1;
}

int m4memo_fetch(struct m4memo *memo, struct runprog_result *res)
{
	size_t len;
	char *buf;

	if (memo == NULL || (buf = read_memo(memo->path, &len)) == NULL)
		return 0;
	memo->hit = use_memo(buf, len, res);
	free(buf);
	return memo->hit;
}

void m4memo_store(struct m4memo *memo, const struct runprog_result *res)
{
	struct atomic_file *af;
	time_t now = time(NULL);
	FILE *fp;
	size_t i;

	if (memo == NULL || memo->hit)
		return;
	af = atomic_open(memo->path, 0600);
	if (af == NULL)
		return;
	fp = atomic_stream(af);
	fprintf(fp, M4MEMO_FORMAT "\n%zu %d %zu %zu\n", memo->ndeps, res->status, res->out.len,
		res->err.len);
	for (i = 0; i < memo->ndeps; i++) {
		char id[M4CACHE_ID_SIZE];
		time_t changed;

		current_id(memo->deps[i], id, sizeof id, &changed);
		if (changed > now - SETTLE_SECONDS) {
			atomic_abort(af);
			return;
		}
		fprintf(fp, "%s%c%s%c", memo->deps[i], '\0', id, '\0');
	}
	if (res->out.len)
		fwrite(res->out.buf, 1, res->out.len, fp);
	if (res->err.len)
		fwrite(res->err.buf, 1, res->err.len, fp);
	if (ferror(fp)) {
		atomic_abort(af);
		return;
	}
	if (atomic_commit(af) < 0)
		return;		/* nothing kept: the next run makes it again */
	m4cache_prune(memo->dir);
}

void m4memo_free(struct m4memo *memo)
{
	size_t i;

	if (memo == NULL)
		return;
	for (i = 0; i < memo->ndeps; i++)
		free(memo->deps[i]);
	free(memo->deps);
	free(memo->dir);
	free(memo->path);
	free(memo);
}
