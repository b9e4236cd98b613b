/*
 * test_runprog.c - unit tests of lib/runprog.c: both outputs collected,
 * exit status, a program that cannot be found, the time limit, and a
 * large output that would fill a pipe.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "runprog.h"

static int failures;

static void check(const char *name, int ok)
{
	printf("%s runprog %s\n", ok ? "PASS" : "FAIL", name);
	if (!ok)
		failures++;
}

int main(void)
{
	char *talk[] = { "sh", "-c", "echo out; echo err >&2; exit 3", NULL };
	char *missing[] = { "smcf-no-such-program", NULL };
	char *slow[] = { "sleep", "5", NULL };
	char *big[] = { "sh", "-c", "head -c 300000 /dev/zero; head -c 200000 /dev/zero >&2", NULL };
	struct runprog_result res = RUNPROG_RESULT_INIT;
	int rc;

	rc = runprog(talk, 10, 0, &res);
	check("runs and reports the exit status", rc == 0 && res.status == 3);
	check("collects stdout", strcmp(strbuf_str(&res.out), "out\n") == 0);
	check("collects stderr", strcmp(strbuf_str(&res.err), "err\n") == 0);
	runprog_result_free(&res);

	res = (struct runprog_result)RUNPROG_RESULT_INIT;
	rc = runprog(missing, 10, 0, &res);
	check("missing program", rc == -1 && errno == ENOENT);
	runprog_result_free(&res);

	res = (struct runprog_result)RUNPROG_RESULT_INIT;
	rc = runprog(slow, 1, 0, &res);
	check("time limit", rc == -2);
	runprog_result_free(&res);

	res = (struct runprog_result)RUNPROG_RESULT_INIT;
	rc = runprog(big, 10, (size_t)1 << 30, &res);
	check("large outputs on both pipes", rc == 0 && res.status == 0 &&
	      res.out.len == 300000 && res.err.len == 200000);
	runprog_result_free(&res);

	printf("%d failed\n", failures);
	return failures ? 1 : 0;
}
