/*
 * check.h - read a cf's text the way sendmail reads it and collect what
 * sendmail would refuse or warn about, instead of printing it.
 *
 * `smcf build' reads back every cf it writes before putting it in place;
 * the reader is the one `smcf test' uses (cf/readcf.c), in its
 * syntax-only mode: class files, programs and maps are not read and
 * users are not looked up, so the verdict is about the text alone.
 */
#ifndef SMCF_CF_CHECK_H
#define SMCF_CF_CHECK_H

#include <stddef.h>

#include "engine/msg.h"

struct cf_finding {
	int line;		/* line of the cf (1..), 0 when none */
	enum msg_level level;	/* MSG_SYSERR: sendmail refuses the line */
	char *text;		/* sendmail's message, without file and line */
};

struct cf_findings {
	struct cf_finding *v;
	size_t n, cap;
};

/* Read TEXT (LEN bytes, called NAME) and append what sendmail says to
 * OUT.  Returns the number of findings at MSG_SYSERR or MSG_USRERR. */
int cf_check_text(const char *name, const char *text, size_t len, struct cf_findings *out);
void cf_findings_free(struct cf_findings *f);

#endif
