/*
 * progrun.c - run a program a cf names, as sendmail runs it (progrun.h).
 *
 * The child gives up what the real sendmail's child gives up, in the
 * same order: the root folder of the prog mailer, then the identity
 * (groups, group, user: each call checked, and afterwards that root
 * cannot be taken back), then the working folder, the descriptors, the
 * environment.  Unlike sendmail's, the child also dies with smcf.  What it prints on failure goes, as sendmail's does, to
 * its standard output: into the pipe.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runprog.h"
#include "xalloc.h"
#include "engine/macro.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/progrun.h"

/* sendmail's exit statuses for the child's failures */
#define PR_EX_OSERR	71
#define PR_EX_TEMPFAIL	75
#define PR_EX_CONFIG	78

static struct {
	int ids_set;		/* the default identity has been looked up */
	long uid, gid;
	char **env;		/* "NAME=VALUE", NULL-terminated */
	size_t nenv;
	char *execdir, *rootdir;
	char *tz;		/* TimeZoneSpec's TZ, NULL: none */
	int cf_read;		/* the cf has been read: TZ and D= apply */
	int disabled;
	char **noted;		/* programs --no-programs has named */
	size_t nnoted;
} pr;

/* The identity before any option u: the user mailnull, else 1:1. */
static void default_ids(void)
{
	struct passwd *pw;

	if (pr.ids_set)
		return;
	pr.ids_set = 1;
	pw = getpwnam("mailnull");
	pr.uid = pw != NULL ? (long)pw->pw_uid : 1;
	pr.gid = pw != NULL ? (long)pw->pw_gid : 1;
}

static void env_set(const char *name, size_t namelen, const char *value)
{
	char *entry = xasprintf("%.*s=%s", (int)namelen, name, value);
	size_t i;

	for (i = 0; i < pr.nenv; i++)
		if (strncmp(pr.env[i], name, namelen) == 0 && pr.env[i][namelen] == '=') {
			free(pr.env[i]);
			pr.env[i] = entry;
			return;
		}
	pr.env = xrealloc(pr.env, (pr.nenv + 2) * sizeof(*pr.env));
	pr.env[pr.nenv++] = entry;
	pr.env[pr.nenv] = NULL;
}

void progrun_free(void)
{
	size_t i;

	for (i = 0; i < pr.nenv; i++)
		free(pr.env[i]);
	free(pr.env);
	for (i = 0; i < pr.nnoted; i++)
		free(pr.noted[i]);
	free(pr.noted);
	free(pr.execdir);
	free(pr.rootdir);
	free(pr.tz);
	pr.tz = NULL;
	pr.cf_read = 0;
	pr.env = NULL;
	pr.nenv = 0;
	pr.noted = NULL;
	pr.nnoted = 0;
	pr.execdir = pr.rootdir = NULL;
	pr.ids_set = 0;
}

void progrun_reset(void)
{
	progrun_free();
	env_set("AGENT", 5, "sendmail");
}

void progrun_set_ids(long uid, long gid, int keep_gid)
{
	default_ids();
	pr.uid = uid;
	if (!keep_gid)
		pr.gid = gid;
}

void progrun_env_line(const char *line)
{
	const char *eq = strchr(line, '=');

	if (eq != NULL)
		env_set(line, (size_t)(eq - line), eq + 1);
	else if (*line != '\0' && getenv(line) != NULL)
		env_set(line, strlen(line), getenv(line));
}

void progrun_set_tz(const char *value)
{
	const char *tz = *value != '\0' ? value : getenv("TZ");

	free(pr.tz);
	pr.tz = tz != NULL ? xstrdup(tz) : NULL;
}

void progrun_cf_read(void)
{
	pr.cf_read = 1;
	if (pr.tz != NULL)
		env_set("TZ", 2, pr.tz);
}

void progrun_set_dirs(const char *execdir, const char *rootdir)
{
	free(pr.execdir);
	free(pr.rootdir);
	pr.execdir = execdir != NULL ? xstrdup(execdir) : NULL;
	pr.rootdir = rootdir != NULL ? xstrdup(rootdir) : NULL;
}

void progrun_disable(int on)
{
	pr.disabled = on;
}

int progrun_disabled(void)
{
	return pr.disabled;
}

/* Say once per program, on stderr, that it was not run. */
static void note_not_run(const char *path)
{
	size_t i;

	for (i = 0; i < pr.nnoted; i++)
		if (strcmp(pr.noted[i], path) == 0)
			return;
	pr.noted = xrealloc(pr.noted, (pr.nnoted + 1) * sizeof(*pr.noted));
	pr.noted[pr.nnoted++] = xstrdup(path);
	fflush(stdout);
	fprintf(stderr, "smcf test: --no-programs: %s not run\n", path);
}

/* In the child: end with STATUS, what was printed flushed into the pipe. */
static _Noreturn void leave(int status)
{
	fflush(stdout);
	_exit(status);
}

/* Take the identity programs run with; only root can, and must. */
static void child_identity(void)
{
	gid_t gid = (gid_t)pr.gid;

	if (geteuid() != 0)
		return;
	if (setgroups(1, &gid) < 0 || setgid(gid) < 0) {
		msg_syserr_errno(errno, "prog_open: setgid(%ld) failed", pr.gid);
		leave(PR_EX_TEMPFAIL);
	}
	if (setuid((uid_t)pr.uid) < 0) {
		msg_syserr_errno(errno, "prog_open: setuid(%ld) failed", pr.uid);
		leave(PR_EX_TEMPFAIL);
	}
	/* a user other than root must not be able to come back */
	if (getuid() != (uid_t)pr.uid || geteuid() != (uid_t)pr.uid || getgid() != gid ||
	    getegid() != gid || (pr.uid != 0 && setuid(0) == 0)) {
		msg_syserr("prog_open: could not give up root");
		leave(PR_EX_TEMPFAIL);
	}
}

/* The first of the prog mailer's D= folders that can be entered, else
 * /tmp, else /. */
static void child_folder(void)
{
	char *dirs = pr.execdir != NULL && pr.cf_read ? xstrdup(pr.execdir) : NULL, *p, *save = NULL;

	for (p = dirs != NULL ? strtok_r(dirs, ":", &save) : NULL; p != NULL;
	     p = strtok_r(NULL, ":", &save)) {
		char buf[SM_MAXLINE];

		macro_expand(p, buf, sizeof buf);
		if (buf[0] != '\0' && chdir(buf) == 0)
			return;
	}
	if (chdir("/tmp") < 0 && chdir("/") < 0) {
		msg_syserr_errno(errno, "prog_open: cannot chdir to /");
		leave(PR_EX_OSERR);
	}
}

/* Failures of exec that may pass (sendmail's transient errors). */
static int transient(int err)
{
	return err == EAGAIN || err == EIO || err == ENOMEM || err == ENFILE ||
	       err == EMFILE || err == ETXTBSY || err == EINTR || err == ETIMEDOUT;
}

static _Noreturn void child(char *const *argv, int out, pid_t parent)
{
	int null, err;

	if (dup2(out, 1) < 0)
		_exit(PR_EX_OSERR);
	if ((null = open("/dev/null", O_RDONLY)) < 0 || dup2(null, 0) < 0) {
		msg_syserr_errno(errno, "prog_open: cannot open /dev/null");
		leave(PR_EX_OSERR);
	}
	if (pr.rootdir != NULL && pr.cf_read && geteuid() == 0) {
		char buf[SM_MAXLINE];

		macro_expand(pr.rootdir, buf, sizeof buf);
		if (chroot(buf) < 0 || chdir("/") < 0) {
			msg_syserr_errno(errno, "prog_open: cannot chroot(%s)", buf);
			leave(PR_EX_TEMPFAIL);
		}
	}
	child_identity();
	/* after the identity: a change of user clears the request */
	if (runprog_die_with_parent(parent) < 0) {
		msg_syserr_errno(errno, "prog_open: cannot tie the program to smcf");
		leave(PR_EX_OSERR);
	}
	child_folder();
	/* nothing of smcf's but the three standard descriptors */
	if (close_range(3, ~0U, 0) < 0) {
		long fd, max = sysconf(_SC_OPEN_MAX);

		for (fd = 3; fd < (max > 0 ? max : 1024); fd++)
			(void)close((int)fd);
	}
	execve(argv[0], argv, pr.env);
	err = errno;
	msg_syserr_errno(err, "%s: cannot exec", argv[0]);
	leave(transient(err) ? PR_EX_OSERR : PR_EX_CONFIG);
}

int progrun_start(char *const *argv, int *out_fd, pid_t *pid)
{
	pid_t parent = getpid();
	int fds[2];

	if (pr.disabled) {
		note_not_run(argv[0]);
		errno = EPERM;
		return -1;
	}
	if (pr.env == NULL)
		env_set("AGENT", 5, "sendmail");
	default_ids();
	if (pipe2(fds, O_CLOEXEC) < 0)
		return -1;
	fflush(NULL);
	*pid = fork();
	if (*pid < 0) {
		int err = errno;

		(void)close(fds[0]);
		(void)close(fds[1]);
		errno = err;
		return -1;
	}
	if (*pid == 0)
		child(argv, fds[1], parent);
	(void)close(fds[1]);
	*out_fd = fds[0];
	return 0;
}
