/*
 * runprog.h - run a program and collect its standard output and error.
 *
 * For helpers smcf drives (GNU m4 for `smcf build'): the program gets
 * /dev/null as input, both outputs are read without deadlock, and
 * limits keep a runaway child from hanging or exhausting the machine:
 * a time limit, a memory ceiling on the child, and a cap on what is kept
 * of its output (so this process's memory is bounded too).  The child
 * dies with smcf, even when smcf is killed with SIGKILL.
 */
#ifndef SMCF_RUNPROG_H
#define SMCF_RUNPROG_H

#include <stddef.h>
#include <sys/types.h>

#include "strbuf.h"

struct runprog_result {
	struct strbuf out;
	struct strbuf err;
	int status;		/* exit status, 128 + signal, or -1 */
};

#define RUNPROG_RESULT_INIT { STRBUF_INIT, STRBUF_INIT, -1 }

struct runprog_limits {
	int timeout;		/* seconds */
	size_t memory;		/* bytes of address space of the program, 0: none */
	size_t output;		/* bytes of stdout and stderr together kept at
				 * most, 0: no cap; a program that prints more
				 * is killed */
	size_t err_tail;	/* > 0: keep only the last ERR_TAIL bytes of
				 * stderr (they do not count in OUTPUT) */
	/* When set, called each time more standard error has arrived
	 * (all of it so far is in ERR); nonzero stops the program. */
	int (*watch)(void *arg, const struct strbuf *err);
	void *watch_arg;
};

/* What runprog returns besides 0 (the program ended: see RES->status). */
#define RUNPROG_FAILED		(-1)	/* not run or not read; errno is set */
#define RUNPROG_TIMEOUT		(-2)	/* killed: it ran out of time */
#define RUNPROG_TOO_MUCH	(-3)	/* killed: it printed more than the cap */
#define RUNPROG_STOPPED		(-4)	/* killed: the watch said so */

/* Run ARGV (argv[0] searched in PATH) within LIMITS. */
int runprog(char **argv, const struct runprog_limits *limits, struct runprog_result *res);

/* The same with ENVP as the program's environment. */
int runprog_env(char **argv, char **envp, const struct runprog_limits *limits,
		struct runprog_result *res);

/* This process's environment with the locale set to C (LC_ALL=C): the
 * program's messages come in a fixed form and it skips loading locale
 * files, which costs more than starting a small program.  The array
 * points into the environment; free() only the array. */
char **runprog_c_locale_env(void);

void runprog_result_free(struct runprog_result *res);

/* For a child just forked from PARENT (its pid saved before the fork):
 * be killed when PARENT ends, also when PARENT has already ended.
 * Returns 0, or -1 with errno set (ESRCH: PARENT is gone). */
int runprog_die_with_parent(pid_t parent);

#endif
