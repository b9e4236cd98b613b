/*
 * runprog.h - run a program and collect its standard output and error.
 *
 * For helpers smcf drives (GNU m4 for `smcf build'): the program gets
 * /dev/null as input, both outputs are read in full without deadlock,
 * and a time limit and a memory ceiling keep a runaway child from
 * hanging or exhausting the machine.
 */
#ifndef SMCF_RUNPROG_H
#define SMCF_RUNPROG_H

#include <stddef.h>

#include "strbuf.h"

struct runprog_result {
	struct strbuf out;
	struct strbuf err;
	int status;		/* exit status, 128 + signal, or -1 */
};

#define RUNPROG_RESULT_INIT { STRBUF_INIT, STRBUF_INIT, -1 }

/* Run ARGV (argv[0] searched in PATH), at most TIMEOUT seconds, with
 * at most MEMORY_LIMIT bytes of address space (0: no ceiling).  Returns
 * 0 once the program ended (see RES->status), -1 with errno set when it
 * could not be run or read, -2 when it was killed for running too long. */
int runprog(char **argv, int timeout, size_t memory_limit, struct runprog_result *res);

/* The same with ENVP as the program's environment. */
int runprog_env(char **argv, char **envp, int timeout, size_t memory_limit,
		struct runprog_result *res);

/* This process's environment with the locale set to C (LC_ALL=C): the
 * program's messages come in a fixed form and it skips loading locale
 * files, which costs more than starting a small program.  The array
 * points into the environment; free() only the array. */
char **runprog_c_locale_env(void);

void runprog_result_free(struct runprog_result *res);

#endif
