/*
 * test_engine.c - unit tests of the -bt engine: tokenizer, matcher
 * (backtracking, classes over several tokens), map lookups through
 * $( $) with arguments and defaults, and the limits.
 *
 * Prints "PASS name" or "FAIL name: why" per test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bt/bt.h"
#include "engine/macro.h"
#include "engine/meta.h"
#include "engine/token.h"

static int failures;

static void check(const char *name, const char *got, const char *want)
{
	if (strcmp(got, want) == 0)
		printf("PASS %s\n", name);
	else {
		printf("FAIL %s: got \"%s\", want \"%s\"\n", name, got, want);
		failures++;
	}
}

/* Tokenize TEXT with TABLE and return the tokens joined by '|'. */
static char *scan(const char *text, enum tok_table table)
{
	static char out[4096];
	char buf[SM_PSBUFSIZE];
	struct tokens tb = { buf, sizeof buf, { 0 } };
	char **av;
	FILE *saved = stdout, *null = fopen("/dev/null", "w");

	stdout = null ? null : saved;
	av = tok_scan(text, '\0', &tb, NULL, table, 0);
	stdout = saved;
	if (null)
		fclose(null);
	out[0] = '\0';
	for (; av != NULL && *av != NULL; av++) {
		if (out[0] != '\0')
			strcat(out, "|");
		strncat(out, *av, sizeof out - strlen(out) - 2);
	}
	return out;
}

static void rewrite_test(const char *name, const char *rulesets, const char *addr,
			 const char *want)
{
	char *got = bt_rewrite_quietly(rulesets, addr);

	check(name, got, want);
	free(got);
}

static const char test_cf[] =
	"V10\n"
	/* the test may run below /tmp: accept maps in unsafe directories */
	"O DontBlameSendmail=MapInUnsafeDirPath\n"
	"Kmac macro\n"
	"Kdq dequote\n"
	"Ktxt text -z: -k0 -v1 %s\n"
	"CX a.b.c sub.example.com single\n"
	"S1\n"
	"R$* x $*\t\t$@ <$1> <$2>\n"
	"S2\n"
	"R$* $=X $*\t\t$@ [$1] [$2] [$3]\n"
	"S3\n"
	"R$+\t\t$@ $(txt $1 $@ one $@ two $: none $)\n"
	"S4\n"
	"R$*\t\t$: $(mac {tmac} $@ $1 $) $&{tmac}\n"
	"S5\n"
	"R$*\t\t$@ $(dq $1 $)\n"
	"S6\n"
	"R$*\t\t$1 again\n"
	"S7\n"
	"R$*\t\t$@ $>7 $1\n"
	"S8\n"
	"R$~X $*\t\t$@ notx $1\n"
	"R$- $*\t\t$@ one $1\n"
	"S9\n"
	"R$* < $+ > $*\t\t$@ $2\n";

int main(void)
{
	/* not below /tmp: sendmail refuses maps in world-writable directories */
	char cfpath[] = "smcf-test-XXXXXX", mappath[] = "smcf-map-XXXXXX";
	int fd = mkstemp(cfpath), mfd = mkstemp(mappath);
	struct bt_options opt = { cfpath, NULL, 0, 0, NULL, NULL, NULL };
	FILE *fp, *saved;

	if (fd < 0 || mfd < 0) {
		printf("FAIL setup: cannot create temporary files\n");
		return 1;
	}
	if (write(mfd, "key:value %1 and %2 for %0\n", 27) != 27) {
		printf("FAIL setup: cannot write map\n");
		return 1;
	}
	close(mfd);
	fp = fdopen(fd, "w");
	if (fp == NULL) {
		printf("FAIL setup: fdopen\n");
		return 1;
	}
	{
		char abs[4096];

		if (getcwd(abs, sizeof abs - sizeof mappath - 2) == NULL) {
			printf("FAIL setup: getcwd\n");
			return 1;
		}
		strcat(abs, "/");
		strcat(abs, mappath);
		fprintf(fp, test_cf, abs);
	}
	fclose(fp);

	/* tokenizer: before the cf sets OperatorChars the defaults apply */
	saved = stdout;
	stdout = fopen("/dev/null", "w");
	if (stdout == NULL)
		stdout = saved;
	if (bt_start(&opt) != 0) {
		if (stdout != saved)
			fclose(stdout);
		stdout = saved;
		printf("FAIL setup: bt_start\n");
		return 1;
	}
	if (stdout != saved)
		fclose(stdout);
	stdout = saved;

	check("tokenize-operators", scan("user@example.com", TOK_EXTERNAL), "user|@|example|.|com");
	check("tokenize-comment-external", scan("u@h (a comment)", TOK_EXTERNAL), "u|@|h");
	check("tokenize-comment-v10", scan("u@h (c)", TOK_NOCOMMENT), "u|@|h|(|c|)");
	check("tokenize-quoted", scan("\"a b\"@c", TOK_EXTERNAL), "\"a b\"|@|c");
	check("tokenize-backslash", scan("a\\.b", TOK_EXTERNAL), "a\\.b");
	check("tokenize-angles", scan("Name <u@h>", TOK_EXTERNAL), "Name|<|u|@|h|>");
	check("tokenize-unbalanced", scan("<u@h", TOK_EXTERNAL), "<|u|@|h|>");
	check("tokenize-delimiters", scan("a,b;c", TOK_EXTERNAL), "a|,|b|;|c");

	rewrite_test("match-backtrack-first-x", "1", "a x b x c", "< a > < b x c >");
	rewrite_test("match-class-several-tokens", "2", "p a.b.c q", "[ p ] [ a . b . c ] [ q ]");
	rewrite_test("match-class-longest-later", "2", "sub.example.com", "[ ] [ sub . example . com ] [ ]");
	rewrite_test("match-class-case", "2", "SINGLE", "[ ] [ SINGLE ] [ ]");
	rewrite_test("match-not-in-class", "8", "single y", "one single");
	rewrite_test("match-not-in-class-other", "8", "other y", "notx other");
	rewrite_test("match-angles", "9", "a < b c > d", "b c");
	rewrite_test("map-text-args", "3", "key", "value one and two for key");
	rewrite_test("map-text-default", "3", "nokey", "none");
	rewrite_test("map-macro-deferred-first", "4", "val", "");
	rewrite_test("map-macro-set-earlier", "4", "again", "val");
	rewrite_test("map-dequote", "5", "\"quoted\"", "quoted");
	{
		/* the 101st application of a rule is refused */
		char want[1024] = "a";

		for (int i = 0; i < 100; i++)
			strcat(want, " again");
		rewrite_test("limit-loop", "6", "a", want);
	}
	rewrite_test("limit-recursion", "7", "a", "a");
	rewrite_test("ruleset-list", "9,1", "<a x b>", "< a > < b >");

	bt_finish();
	unlink(cfpath);
	unlink(mappath);
	return failures ? 1 : 0;
}
