/*
 * cf_rules.c - checks of a sendmail.cf (not written yet).
 */
#include "lint/lint.h"

void lint_cf(const char *file, const struct lint_lines *lines, struct lint_list *out)
{
	(void)file;
	(void)lines;
	(void)out;
}
