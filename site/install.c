/*
 * install.c - putting a site's new files in place as one step.
 *
 * Several files cannot be renamed at once, so the install is a small
 * transaction kept in the site folder's .smcf/ state folder:
 *
 *   1. every new file is written in .smcf/stage (on the target's file
 *      system; else beside it as ".NAME.smcf-new"), with its final mode
 *      and owner, and flushed to disk;
 *   2. the files it replaces are copied into a new numbered backup folder
 *      (.smcf/backup/N, with a MANIFEST naming each one, and the targets
 *      that did not exist), made complete under a temporary name and then
 *      renamed, so a backup folder is whole or absent;
 *   3. a journal listing the renames is written and renamed into place:
 *      this is the moment the install happens;
 *   4. each new file is renamed over its target (maps first, the cf files
 *      last, so a running sendmail that rereads its cf finds its maps);
 *   5. the journal is removed.
 *
 * A run killed before 3 changed nothing (its staged files and a partial
 * backup folder are cleared by the next run).  A run killed after 3 left
 * a journal: the next `smcf site' of any kind first finishes it (a
 * staged file still there is renamed, one already gone was), so the
 * folder holds the whole new set.  --rollback is the same transaction
 * with the files of the last backup folder as the new set; that folder
 * is removed once it is back in place.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "xalloc.h"
#include "site/site.h"

#define KEEP_BACKUPS 10
#define JOURNAL_HEADER "smcf-site-journal 1"

/* For the tests: pause this many microseconds after each step of an
 * install, so that a kill can land anywhere in it. */
static void step_done(void)
{
	static long delay = -1;

	if (delay < 0) {
		const char *v = getenv("SMCF_SITE_STEP_DELAY");

		delay = v ? atol(v) : 0;
	}
	if (delay > 0) {
		struct timespec ts = { delay / 1000000, (delay % 1000000) * 1000 };

		nanosleep(&ts, NULL);
	}
}

static char *state_file(const struct site *s, const char *name)
{
	return xasprintf("%s/%s", s->state, name);
}

/*
 * Where the new file for TARGET is written: in STATE/stage when that is
 * on the target folder's file system (the rename is then as atomic as
 * one in the same folder, and a killed run leaves nothing in the site
 * folder itself), else beside the target as ".NAME.smcf-new".
 */
static char *staged_name(const struct site *s, const char *target)
{
	const char *slash = strrchr(target, '/');
	char *dir = slash ? xstrndup(target, (size_t)(slash - target)) : xstrdup(".");
	char *stage = state_file(s, "stage");
	struct stat a, b;
	char *name;

	if ((mkdir(stage, 0700) == 0 || errno == EEXIST) && stat(stage, &a) == 0 &&
	    stat(*dir ? dir : "/", &b) == 0 && a.st_dev == b.st_dev) {
		char *flat = xstrdup(target);

		for (char *p = flat; *p; p++)
			if (*p == '/')
				*p = '%';
		name = xasprintf("%s/%s", stage, flat);
		free(flat);
	} else
		name = xasprintf("%s/.%s.smcf-new", dir, slash ? slash + 1 : target);
	free(dir);
	free(stage);
	return name;
}

/* Flush the folder holding PATH (or PATH itself when it is a folder). */
static int sync_folder(const char *path, int is_folder)
{
	char *dir = is_folder ? xstrdup(path) :
		    strrchr(path, '/') ? xstrndup(path, (size_t)(strrchr(path, '/') - path)) : xstrdup(".");
	int fd = open(*dir ? dir : "/", O_RDONLY | O_DIRECTORY), rc = 0;

	if (fd < 0 || fsync(fd) < 0)
		rc = -1;
	if (fd >= 0)
		close(fd);
	free(dir);
	return rc;
}

static int report(const char *path, const char *what)
{
	diag_report(DC_IO, DIAG_ERROR, path, 0, 0, "cannot %s: %s", what, strerror(errno));
	return -1;
}

/* Write LEN bytes of DATA to the new file PATH, flushed. */
static int write_new(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);

	if (fd < 0)
		return report(path, "create");
	while (len > 0) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			int eno = errno;

			close(fd);
			errno = eno ? eno : EIO;
			return report(path, "write");
		}
		data += n;
		len -= (size_t)n;
	}
	if (fsync(fd) < 0 || close(fd) < 0)
		return report(path, "write");
	return 0;
}

/* Copy FROM to the new file TO with FROM's mode, owner and times. */
static int copy_file(const char *from, const char *to)
{
	int in = open(from, O_RDONLY), out;
	struct stat st;
	char buf[65536];
	ssize_t n;

	if (in < 0)
		return report(from, "read");
	if (fstat(in, &st) < 0 || (out = open(to, O_WRONLY | O_CREAT | O_EXCL, 0600)) < 0) {
		close(in);
		return report(to, "create");
	}
	while ((n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, (size_t)n) != n) {
			n = -1;
			break;
		}
	if (n < 0 || (fchown(out, st.st_uid, st.st_gid) < 0 && errno != EPERM)) {
		close(in);
		close(out);
		unlink(to);
		return report(to, "write");
	}
	{
		struct timespec times[2] = { st.st_atim, st.st_mtim };

		if (fchmod(out, st.st_mode & 07777) < 0 || futimens(out, times) < 0 ||
		    fsync(out) < 0) {
			close(in);
			close(out);
			unlink(to);
			return report(to, "write");
		}
	}
	close(in);
	if (close(out) < 0) {
		unlink(to);
		return report(to, "write");
	}
	return 0;
}

/* Remove the backup folder DIR (flat: files only). */
static void remove_folder(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (d != NULL) {
		while ((e = readdir(d)) != NULL)
			if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
				char *f = xasprintf("%s/%s", dir, e->d_name);

				unlink(f);
				free(f);
			}
		closedir(d);
	}
	rmdir(dir);
}

/* The numbers of the whole backup folders, ascending; *N set. */
static int *backups(const struct site *s, size_t *n)
{
	char *dir = state_file(s, "backup");
	DIR *d = opendir(dir);
	struct dirent *e;
	int *v = NULL;

	*n = 0;
	if (d != NULL) {
		while ((e = readdir(d)) != NULL) {
			char *end;
			long k = strtol(e->d_name, &end, 10);

			if (e->d_name[0] >= '1' && e->d_name[0] <= '9' && *end == '\0' && k > 0) {
				v = xrealloc(v, (*n + 1) * sizeof(*v));
				v[(*n)++] = (int)k;
			} else if (*end != '\0' && strcmp(end, ".tmp") == 0) {
				/* a backup a killed run did not finish */
				char *tmp = xasprintf("%s/%s", dir, e->d_name);

				remove_folder(tmp);
				free(tmp);
			}
		}
		closedir(d);
	}
	free(dir);
	for (size_t i = 1; i < *n; i++)
		for (size_t j = i; j > 0 && v[j - 1] > v[j]; j--) {
			int t = v[j];

			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	return v;
}

int site_lock(struct site *s, int create)
{
	char *lock;
	int fd;

	if (s->locked)
		return 0;
	if (create && mkdir(s->state, 0700) < 0 && errno != EEXIST)
		return report(s->state, "make the folder");
	lock = state_file(s, "lock");
	fd = open(lock, O_RDWR | (create ? O_CREAT : 0), 0600);
	free(lock);
	if (fd < 0)
		return create ? report(s->state, "lock") : 0;
	if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		fprintf(stderr, "smcf site: waiting for another smcf site on %s\n", s->dir);
		if (flock(fd, LOCK_EX) < 0)
			return report(s->state, "lock");
	}
	/* held until the process ends */
	s->locked = 1;
	return 0;
}

/* ---- the journal ---- */

/* Write the journal (LINES, already formatted) and make it count. */
static int commit_journal(const struct site *s, const char *lines)
{
	char *tmp = state_file(s, "journal.tmp"), *journal = state_file(s, "journal");
	char *text = xasprintf("%s\n%s", JOURNAL_HEADER, lines);
	int rc = 0;

	unlink(tmp);
	if (write_new(tmp, text, strlen(text)) < 0 || rename(tmp, journal) < 0 ||
	    sync_folder(s->state, 1) < 0)
		rc = report(journal, "write");
	if (rc < 0)
		unlink(tmp);
	free(text);
	free(tmp);
	free(journal);
	step_done();
	return rc;
}

/*
 * Call FN with each line of PATH (newline removed, split at TABs into at
 * most three fields: FIELD[0] the first word), LINENO counting from 1,
 * until FN returns nonzero.  Returns that value, 0 at the end, -2 with
 * errno when PATH cannot be opened.
 */
static int each_line(const char *path, int (*fn)(void *arg, int lineno, char **field), void *arg)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL, *field[3];
	size_t cap = 0;
	ssize_t n;
	int rc = 0, lineno = 0;

	if (fp == NULL)
		return -2;
	while (rc == 0 && (n = getline(&line, &cap, fp)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		field[0] = line;
		field[1] = strchr(line, '\t');
		if (field[1] != NULL)
			*field[1]++ = '\0';
		field[2] = field[1] ? strchr(field[1], '\t') : NULL;
		if (field[2] != NULL)
			*field[2]++ = '\0';
		rc = fn(arg, ++lineno, field);
	}
	free(line);
	fclose(fp);
	return rc;
}

struct replay {
	const struct site *s;
	const char *journal;
};

/* One line of the journal: rename, remove or consume. */
static int replay_line(void *arg, int lineno, char **f)
{
	const struct replay *r = arg;

	if (lineno == 1) {
		if (strcmp(f[0], JOURNAL_HEADER) == 0)
			return 0;
		diag_report(DC_IO, DIAG_ERROR, r->journal, 1, 0, "not a journal smcf wrote; "
			    "nothing done (remove it once the folder is as it should be)");
		return -1;
	}
	if (strcmp(f[0], "rename") == 0 && f[1] && f[2]) {
		if (rename(f[1], f[2]) < 0 && errno != ENOENT)
			return report(f[2], "rename the new file into place");
		sync_folder(f[2], 0);
		step_done();
	} else if (strcmp(f[0], "remove") == 0 && f[1]) {
		if (unlink(f[1]) < 0 && errno != ENOENT)
			return report(f[1], "remove");
		sync_folder(f[1], 0);
		step_done();
	} else if (strcmp(f[0], "consume") == 0 && f[1]) {
		char *dir = xasprintf("%s/backup/%s", r->s->state, f[1]);

		remove_folder(dir);
		free(dir);
	}
	return 0;
}

/* Carry out the journal's lines; then remove it.  0 or -1. */
static int play_journal(const struct site *s)
{
	char *journal = state_file(s, "journal");
	struct replay r = { s, journal };
	int rc = each_line(journal, replay_line, &r);

	if (rc == -2)
		rc = errno == ENOENT ? 0 : report(journal, "read");
	else if (rc == 0 && (unlink(journal) < 0 || sync_folder(s->state, 1) < 0))
		rc = report(journal, "remove");
	free(journal);
	return rc;
}

/*
 * The staging list names every file an install or rollback is about to
 * write beside its target, before the first is written: the files of a
 * run killed before its journal counted are found and removed by the
 * next one.
 */
static int write_staging_list(const struct site *s, const char *text)
{
	char *list = state_file(s, "staging");
	int rc = 0;

	unlink(list);
	if (write_new(list, text, strlen(text)) < 0 || sync_folder(s->state, 1) < 0)
		rc = -1;
	free(list);
	return rc;
}

static int unlink_line(void *arg, int lineno, char **field)
{
	(void)arg;
	(void)lineno;
	unlink(field[0]);
	return 0;
}

static void clear_staging_list(const struct site *s)
{
	char *list = state_file(s, "staging");

	if (each_line(list, unlink_line, NULL) == 0)
		unlink(list);
	free(list);
}

int site_recover(struct site *s)
{
	char *journal = state_file(s, "journal");
	struct stat st;
	int rc = 0;

	if (stat(journal, &st) == 0) {
		rc = play_journal(s);
		if (rc == 0)
			fprintf(stderr, "smcf site: finished the install an earlier run left half done\n");
	}
	if (rc == 0)
		clear_staging_list(s);
	free(journal);
	return rc;
}

/* ---- install ---- */

/* Put O's new contents in its staged file, with its mode and owner. */
static int stage(struct site_output *o)
{
	unlink(o->staged);
	if (o->kind == OUT_CF) {
		if (write_new(o->staged, o->cf, o->cf_len) < 0)
			return -1;
	} else if (db_write(o->staged, o->format.btree, &o->records) < 0)
		return -1;
	if (chown(o->staged, o->uid, o->gid) < 0 && errno != EPERM)
		return report(o->staged, "set the owner of");
	if (chmod(o->staged, o->mode) < 0)
		return report(o->staged, "set the mode of");
	step_done();
	return 0;
}

static void clear_staging_list(const struct site *s);

static void unstage(struct site *s)
{
	for (size_t i = 0; i < s->nout; i++)
		if (s->out[i].staged != NULL) {
			unlink(s->out[i].staged);
			free(s->out[i].staged);
			s->out[i].staged = NULL;
		}
	clear_staging_list(s);
}

/* Copy the files the install replaces into a new backup folder; its
 * number, or -1. */
static int make_backup(struct site *s)
{
	size_t nb;
	int *have = backups(s, &nb), number = nb ? have[nb - 1] + 1 : 1;
	char *parent = state_file(s, "backup");
	char *tmp = xasprintf("%s/%d.tmp", parent, number), *dir = xasprintf("%s/%d", parent, number);
	char *manifest = xasprintf("%s/MANIFEST", tmp), *text = xstrdup("");
	int rc = 0;

	free(have);
	if ((mkdir(parent, 0700) < 0 && errno != EEXIST) || mkdir(tmp, 0700) < 0)
		rc = report(tmp, "make the folder");
	for (size_t i = 0; rc == 0 && i < s->nout; i++) {
		struct site_output *o = &s->out[i];
		char *line, *copy;

		if (!o->stale)
			continue;
		if (o->exists) {
			copy = xasprintf("%s/%zu", tmp, i);
			rc = copy_file(o->target, copy);
			free(copy);
			line = xasprintf("%skeep\t%zu\t%s\n", text, i, o->target);
		} else
			line = xasprintf("%sabsent\t%s\n", text, o->target);
		free(text);
		text = line;
		step_done();
	}
	if (rc == 0 && (write_new(manifest, text, strlen(text)) < 0 || sync_folder(tmp, 1) < 0 ||
			rename(tmp, dir) < 0 || sync_folder(parent, 1) < 0))
		rc = report(dir, "make the backup");
	if (rc < 0)
		remove_folder(tmp);
	free(parent);
	free(tmp);
	free(dir);
	free(manifest);
	free(text);
	return rc < 0 ? -1 : number;
}

/* Keep the last KEEP_BACKUPS backup folders. */
static void prune_backups(const struct site *s)
{
	size_t n;
	int *have = backups(s, &n);

	for (size_t i = 0; i + KEEP_BACKUPS < n; i++) {
		char *dir = xasprintf("%s/backup/%d", s->state, have[i]);

		remove_folder(dir);
		free(dir);
	}
	free(have);
}

/* The journal's rename lines: maps first, then the cf files. */
static char *rename_lines(const struct site *s)
{
	char *text = xstrdup("");

	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < s->nout; i++) {
			const struct site_output *o = &s->out[i];
			char *t;

			if (o->staged == NULL || (pass == 0) != (o->kind != OUT_CF))
				continue;
			t = xasprintf("%srename\t%s\t%s\n", text, o->staged, o->target);
			free(text);
			text = t;
		}
	return text;
}

int site_install(struct site *s, int *backup)
{
	char *lines;
	int rc;

	if (site_lock(s, 1) < 0 || site_recover(s) < 0)
		return -1;
	{
		char *list = xstrdup(""), *t;

		for (size_t i = 0; i < s->nout; i++)
			if (s->out[i].stale) {
				s->out[i].staged = staged_name(s, s->out[i].target);
				t = xasprintf("%s%s\n", list, s->out[i].staged);
				free(list);
				list = t;
			}
		rc = write_staging_list(s, list);
		free(list);
		if (rc < 0)
			return -1;
	}
	for (size_t i = 0; i < s->nout; i++)
		if (s->out[i].stale && stage(&s->out[i]) < 0) {
			unstage(s);
			return -1;
		}
	if ((*backup = make_backup(s)) < 0) {
		unstage(s);
		return -1;
	}
	lines = rename_lines(s);
	rc = commit_journal(s, lines);
	free(lines);
	if (rc < 0) {
		unstage(s);
		return -1;
	}
	if (play_journal(s) < 0) {
		fprintf(stderr, "smcf site: the install stopped half way; its journal is in %s: "
			"run smcf site again to finish it\n", s->state);
		return -1;
	}
	for (size_t i = 0; i < s->nout; i++) {
		free(s->out[i].staged);
		s->out[i].staged = NULL;
	}
	clear_staging_list(s);
	prune_backups(s);
	return 0;
}

/* ---- rollback ---- */

/* One line of a backup's MANIFEST: a kept file (its copy) or a target
 * that did not exist. */
struct kept {
	char *copy;		/* NULL: the target was absent */
	char *target;
	char *staged;
};

struct manifest {
	const struct site *s;
	int number;
	struct kept *v;
	size_t n;
};

static int manifest_line(void *arg, int lineno, char **f)
{
	struct manifest *m = arg;
	struct kept k = { NULL, NULL, NULL };

	(void)lineno;
	if (strcmp(f[0], "keep") == 0 && f[1] && f[2]) {
		k.copy = xasprintf("%s/backup/%d/%s", m->s->state, m->number, f[1]);
		k.target = xstrdup(f[2]);
		k.staged = staged_name(m->s, f[2]);
	} else if (strcmp(f[0], "absent") == 0 && f[1])
		k.target = xstrdup(f[1]);
	else
		return 0;
	m->v = xrealloc(m->v, (m->n + 1) * sizeof(*m->v));
	m->v[m->n++] = k;
	return 0;
}

/* The MANIFEST of backup NUMBER; *N set, NULL when it cannot be read. */
static struct kept *read_manifest(const struct site *s, int number, size_t *n)
{
	char *manifest = xasprintf("%s/backup/%d/MANIFEST", s->state, number);
	struct manifest m = { s, number, NULL, 0 };

	if (each_line(manifest, manifest_line, &m) == -2) {
		report(manifest, "read");
		free(manifest);
		return NULL;
	}
	free(manifest);
	*n = m.n;
	return m.v ? m.v : xcalloc(1, sizeof(*m.v));
}

int site_rollback(struct site *s, int *backup)
{
	size_t n, nk;
	int *have, rc = 0;
	struct kept *kept;
	char *lines = xstrdup(""), *list = xstrdup(""), *t;

	if (site_lock(s, 0) < 0 || site_recover(s) < 0) {
		free(lines);
		free(list);
		return -1;
	}
	have = backups(s, &n);
	*backup = n ? have[n - 1] : 0;
	free(have);
	if (n == 0) {
		free(lines);
		free(list);
		return 1;
	}
	if ((kept = read_manifest(s, *backup, &nk)) == NULL) {
		free(lines);
		free(list);
		return -1;
	}
	for (size_t i = 0; i < nk; i++) {
		if (kept[i].copy != NULL) {
			t = xasprintf("%s%s\n", list, kept[i].staged);
			free(list);
			list = t;
			t = xasprintf("%srename\t%s\t%s\n", lines, kept[i].staged, kept[i].target);
		} else
			t = xasprintf("%sremove\t%s\n", lines, kept[i].target);
		free(lines);
		lines = t;
	}
	t = xasprintf("%sconsume\t%d\n", lines, *backup);
	free(lines);
	lines = t;
	rc = write_staging_list(s, list);
	for (size_t i = 0; rc == 0 && i < nk; i++)
		if (kept[i].copy != NULL) {
			unlink(kept[i].staged);
			rc = copy_file(kept[i].copy, kept[i].staged);
			step_done();
		}
	if (rc == 0)
		rc = commit_journal(s, lines);
	/* once the journal counts, its staged files belong to it */
	if (rc < 0 || (rc = play_journal(s)) == 0)
		clear_staging_list(s);
	for (size_t i = 0; i < nk; i++) {
		free(kept[i].copy);
		free(kept[i].target);
		free(kept[i].staged);
	}
	free(kept);
	free(lines);
	free(list);
	return rc;
}
