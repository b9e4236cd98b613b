/*
 * runprog.c - run a program and collect what it prints (see runprog.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runprog.h"
#include "xalloc.h"

extern char **environ;

/* Keep the last TAIL bytes of SB once N more bytes of BUF are added. */
static void add_tail(struct strbuf *sb, const char *buf, size_t n, size_t tail)
{
	if (n >= tail) {
		strbuf_reset(sb);
		strbuf_add(sb, buf + n - tail, tail);
		return;
	}
	if (sb->len + n > tail) {
		size_t drop = sb->len + n - tail;

		memmove(sb->buf, sb->buf + drop, sb->len - drop);
		sb->len -= drop;
		sb->buf[sb->len] = '\0';
	}
	strbuf_add(sb, buf, n);
}

/* Read both pipes until end of file, so the program never blocks on a
 * full one.  Returns 0 or one of the RUNPROG_ failures. */
static int drain(int out_fd, int err_fd, struct runprog_result *res,
		 const struct runprog_limits *lim)
{
	struct pollfd pfd[2] = { { out_fd, POLLIN, 0 }, { err_fd, POLLIN, 0 } };
	struct strbuf *sink[2] = { &res->out, &res->err };
	int open_fds = 2, i, ready;
	time_t deadline = time(NULL) + lim->timeout;
	char buf[65536];

	while (open_fds > 0) {
		time_t left = deadline - time(NULL);

		if (left <= 0)
			return RUNPROG_TIMEOUT;
		ready = poll(pfd, 2, (int)(left * 1000));
		if (ready < 0) {
			if (errno == EINTR)
				continue;
			return RUNPROG_FAILED;
		}
		for (i = 0; i < 2; i++) {
			ssize_t n;

			if (pfd[i].fd < 0 || pfd[i].revents == 0)
				continue;
			n = read(pfd[i].fd, buf, sizeof(buf));
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0)
				return RUNPROG_FAILED;
			if (n == 0) {
				pfd[i].fd = -1;
				open_fds--;
				continue;
			}
			if (i == 1 && lim->err_tail > 0) {
				add_tail(sink[i], buf, (size_t)n, lim->err_tail);
				continue;
			}
			if (lim->output > 0 && res->out.len + (lim->err_tail ? 0 : res->err.len) +
			    (size_t)n > lim->output)
				return RUNPROG_TOO_MUCH;
			strbuf_add(sink[i], buf, (size_t)n);
			if (i == 1 && lim->watch && lim->watch(lim->watch_arg, &res->err))
				return RUNPROG_STOPPED;
		}
	}
	return 0;
}

/*
 * In the child, before exec: die with the parent.  PR_SET_PDEATHSIG
 * kills the child when the process that forked it ends, however it ends
 * (even SIGKILL, which gives smcf no chance to clean up), so m4 never
 * outlives a killed smcf.  The parent may already have ended before the
 * request was made; then the signal never comes, so the parent's pid,
 * saved before the fork, is compared with getppid() after it.
 */
int runprog_die_with_parent(pid_t parent)
{
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0)
		return -1;
	if (getppid() != parent) {
		errno = ESRCH;
		return -1;
	}
	return 0;
}

/* In the child: report errno ERR on FD (the parent reads it) and end. */
static _Noreturn void child_fail(int fd, int err)
{
	ssize_t n;

	do
		n = write(fd, &err, sizeof err);
	while (n < 0 && errno == EINTR);
	_exit(127);
}

/*
 * Start the program with stdin from /dev/null and stdout/stderr into the
 * pipes.  A plain fork (not posix_spawn) so the child can ask to die with
 * smcf first.  The memory ceiling is put on the child before exec.  A
 * failure in the child (including exec) comes back as an errno through
 * a close-on-exec pipe: nothing read means exec succeeded.  Returns 0 or
 * an errno.
 */
static int spawn(char **argv, char **envp, int out_fd, int err_fd, size_t memory_limit, pid_t *pid)
{
	struct rlimit lim = { (rlim_t)memory_limit, (rlim_t)memory_limit };
	pid_t parent = getpid();
	int report[2], err = 0, null;
	ssize_t n;

	if (pipe2(report, O_CLOEXEC) < 0)
		return errno;
	*pid = fork();
	if (*pid < 0) {
		err = errno;
		close(report[0]);
		close(report[1]);
		return err;
	}
	if (*pid == 0) {
		close(report[0]);
		if (runprog_die_with_parent(parent) < 0)
			child_fail(report[1], errno);
		if ((null = open("/dev/null", O_RDONLY)) < 0)
			child_fail(report[1], errno);
		if (dup2(null, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0)
			child_fail(report[1], errno);
		if (null > 2)
			close(null);
		if (memory_limit > 0 && setrlimit(RLIMIT_AS, &lim) < 0)
			child_fail(report[1], errno);
		execvpe(argv[0], argv, envp);
		child_fail(report[1], errno);
	}
	close(report[1]);
	do
		n = read(report[0], &err, sizeof err);
	while (n < 0 && errno == EINTR);
	close(report[0]);
	if (n < 0)
		err = errno;
	else if (n == 0)
		err = 0;	/* exec closed the pipe: the program runs */
	else if (n != (ssize_t)sizeof err)
		err = EIO;
	if (err != 0) {
		/* the child has ended; collect it */
		while (waitpid(*pid, NULL, 0) < 0 && errno == EINTR)
			continue;
	}
	return err;
}

static void close_pair(int fds[2])
{
	close(fds[0]);
	close(fds[1]);
}

int runprog(char **argv, const struct runprog_limits *limits, struct runprog_result *res)
{
	return runprog_env(argv, environ, limits, res);
}

int runprog_env(char **argv, char **envp, const struct runprog_limits *limits,
		struct runprog_result *res)
{
	int out_pipe[2], err_pipe[2], wstatus, rc, err;
	pid_t pid = -1;

	res->status = -1;
	if (pipe2(out_pipe, O_CLOEXEC) < 0)
		return RUNPROG_FAILED;
	if (pipe2(err_pipe, O_CLOEXEC) < 0) {
		close_pair(out_pipe);
		return RUNPROG_FAILED;
	}
	err = spawn(argv, envp, out_pipe[1], err_pipe[1], limits->memory, &pid);
	close(out_pipe[1]);
	close(err_pipe[1]);
	if (err != 0) {
		close(out_pipe[0]);
		close(err_pipe[0]);
		errno = err;
		return RUNPROG_FAILED;
	}
	rc = drain(out_pipe[0], err_pipe[0], res, limits);
	close(out_pipe[0]);
	close(err_pipe[0]);
	if (rc < 0 && kill(pid, SIGKILL) < 0 && errno != ESRCH)
		return RUNPROG_FAILED;
	while (waitpid(pid, &wstatus, 0) < 0) {
		if (errno != EINTR)
			return RUNPROG_FAILED;
	}
	if (WIFEXITED(wstatus))
		res->status = WEXITSTATUS(wstatus);
	else
		res->status = 128 + (WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0);
	return rc;
}

void runprog_result_free(struct runprog_result *res)
{
	strbuf_free(&res->out);
	strbuf_free(&res->err);
}

char **runprog_c_locale_env(void)
{
	static char c_locale[] = "LC_ALL=C";
	size_t n = 0, i, kept = 0;
	char **envp;

	while (environ[n])
		n++;
	envp = xmalloc((n + 2) * sizeof(char *));
	for (i = 0; i < n; i++)
		if (strncmp(environ[i], "LC_ALL=", 7) != 0)
			envp[kept++] = environ[i];
	envp[kept++] = c_locale;
	envp[kept] = NULL;
	return envp;
}
