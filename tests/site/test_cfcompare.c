/*
 * test_cfcompare.c - the C comparison of two cf files (cf/compare.h) as
 * a command, so tests/site/check can hold its verdicts against the
 * tests' own cfcompare.py on many pairs.
 *
 * usage: test_cfcompare OLD.cf NEW.cf
 *
 * Prints the changes (as smcf site --diff does) and exits 0 when the two
 * mean the same, 1 when they differ, 2 when a file cannot be read.
 */
#include <stdio.h>
#include <string.h>

#include "cf/compare.h"
#include "cf/meaning.h"

int main(int argc, char **argv)
{
	struct cf_meaning a, b;
	struct cf_changes c = { NULL, 0, 0 };
	size_t n;

	if (argc != 3) {
		fprintf(stderr, "usage: test_cfcompare OLD.cf NEW.cf\n");
		return 2;
	}
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	if (cf_meaning_read_file(argv[1], &a) < 0 || cf_meaning_read_file(argv[2], &b) < 0) {
		perror("test_cfcompare");
		return 2;
	}
	n = cf_compare(&a, &b, &c);
	cf_changes_print(&c, stdout, "");
	cf_changes_free(&c);
	cf_meaning_free(&a);
	cf_meaning_free(&b);
	return n > 0;
}
