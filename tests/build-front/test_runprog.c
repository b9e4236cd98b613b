/*
 * test_runprog.c - unit tests of lib/runprog.c: both outputs collected,
 * exit status, a program that cannot be found, the time limit, a
 * large output that would fill a pipe, the cap on what is kept, and
 * the tail of stderr.
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

/* Stop once a line "yes" has come. */
static int saw_stop(void *arg, const struct strbuf *err)
{
	(void)arg;
	return err->len > 0 && strstr(err->buf, "yes\n") != NULL;
}

int main(void)
{
	char *talk[] = { "sh", "-c", "echo out; echo err >&2; exit 3", NULL };
	char *missing[] = { "smcf-no-such-program", NULL };
	char *slow[] = { "sleep", "5", NULL };
	char *big[] = { "sh", "-c", "head -c 300000 /dev/zero; head -c 200000 /dev/zero >&2", NULL };
	char *endless[] = { "sh", "-c", "while :; do echo yes; done", NULL };
	char *endless_err[] = { "sh", "-c", "while :; do echo yes >&2; done", NULL };
	char *chatty[] = { "sh", "-c", "i=0; while [ $i -lt 3000 ]; do echo line $i >&2; i=$((i + 1)); done", NULL };
	struct runprog_limits ten = { 10, 0, 0, 0, NULL, NULL }, one = { 1, 0, 0, 0, NULL, NULL };
	struct runprog_limits roomy = { 10, (size_t)1 << 30, 0, 0, NULL, NULL };
	struct runprog_limits capped = { 10, 0, 100000, 0, NULL, NULL };
	struct runprog_limits tail = { 10, 0, 0, 16, NULL, NULL };
	struct runprog_limits watched = { 10, 0, 0, 0, saw_stop, NULL };
	struct runprog_result res = RUNPROG_RESULT_INIT;
	int rc;

	rc = runprog(talk, &ten, &res);
	check("runs and reports the exit status", rc == 0 && res.status == 3);
	check("collects stdout", strcmp(strbuf_str(&res.out), "out\n") == 0);
	check("collects stderr", strcmp(strbuf_str(&res.err), "err\n") == 0);
	runprog_result_free(&res);

	res = (struct runprog_result)RUNPROG_RESULT_INIT;
	rc = runprog(missing, &ten, &res);
	check("missing program", rc == RUNPROG_FAILED && errno == ENOENT);
	runprog_result_free(&res);

	res = (struct runprog_result)RUNPROG_RESULT_INIT;
	rc = runprog(slow, &one, &res);
	check("time limit", rc == RUNPROG_TIMEOUT);
	runprog_result_free(&res);

	res = (struct runprog_result)RUNPROG_RESULT_INIT;
	rc = runprog(big, &roomy, &res);
	check("large outputs on both pipes", rc == 0 && res.status == 0 &&
	      res.out.len == 300000 && res.err.len == 200000);
	runprog_result_free(&res);

	res = (struct runprog_result)RUNPROG_RESULT_INIT;
	rc = runprog(endless, &capped, &res);
	check("a program printing without end is killed at the cap",
	      rc == RUNPROG_TOO_MUCH && res.out.len <= 100000);
	runprog_result_free(&res);

	res = (struct runprog_result)RUNPROG_RESULT_INIT;
	rc = runprog(chatty, &tail, &res);
	check("only the tail of stderr is kept", rc == 0 && res.err.len == 16 &&
	      strcmp(strbuf_str(&res.err), " 2998\nline 2999\n") == 0);
	runprog_result_free(&res);

	res = (struct runprog_result)RUNPROG_RESULT_INIT;
	rc = runprog(endless_err, &watched, &res);
	check("a watch on stderr stops the program", rc == RUNPROG_STOPPED && strstr(res.err.buf, "yes"));
	runprog_result_free(&res);

	printf("%d failed\n", failures);
	return failures ? 1 : 0;
}
