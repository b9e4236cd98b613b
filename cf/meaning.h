/*
 * meaning.h - what a sendmail.cf means, as a list of comparable items.
 *
 * The cf is read by the project's reader (cf/readcf.c) in its
 * syntax-only mode (cf/check.h), so lines are folded, "$x" translated,
 * comments cut and rules tokenized exactly as `smcf test' and the
 * build's read-back do; an observer of the reader turns each line into
 * items.  Two cfs mean the same when they have the same items and the
 * same rules, in order, token by token: comments, blank lines, layout,
 * the order of non-rule lines and white space inside values do not
 * count (tests/lib/cfcompare.py is the tests' version of the same idea).
 *
 * `smcf site' compares an installed cf with what its .mc compiles to
 * (cf/compare.c); `smcf show' lists the items.
 */
#ifndef SMCF_CF_MEANING_H
#define SMCF_CF_MEANING_H

#include <stddef.h>

#include "cf/check.h"

/* Kinds of item, in the order `smcf show' lists them. */
enum cfm_kind {
	CFM_VERSION,		/* V line */
	CFM_OPTION,		/* O lines but DaemonPortOptions */
	CFM_DAEMON,		/* DaemonPortOptions, named by Name= */
	CFM_MACRO,		/* D lines */
	CFM_CLASS,		/* one word of a C or T line */
	CFM_CLASSFILE,		/* F lines */
	CFM_MAP,		/* K lines */
	CFM_MAILER,		/* M lines */
	CFM_QUEUE,		/* Q lines */
	CFM_HEADER,		/* H lines */
	CFM_PRECEDENCE,		/* P lines */
	CFM_FILTER,		/* X lines */
	CFM_ENVIRON,		/* E lines */
	CFM_RULESET,		/* S lines: name and number */
	CFM_OTHER,		/* anything else sendmail would refuse */
	CFM_NKINDS
};

struct cfm_item {
	enum cfm_kind kind;
	char *name;		/* option name, macro/class name without $ and
				 * braces, map/mailer/queue/daemon name ... */
	char *value;		/* as written, "$x" form, blanks folded */
	char *key;		/* what is compared (value, normalized) */
	int line;		/* cf line */
};

struct cfm_rule {
	char *lhs, *rhs;	/* tokens, printable, one space apart */
	char *text;		/* the R line as written */
	int line;
};

struct cfm_ruleset {
	char *name;		/* its name, or its number when it has none */
	int number;
	int line;		/* its S line (0: rules without one) */
	struct cfm_rule *rules;
	size_t n, cap;
};

struct cf_meaning {
	struct cfm_item *items;
	size_t nitems, capitems;
	struct cfm_ruleset *rulesets;
	size_t nrulesets, caprulesets;
	/* what sendmail would say reading it (cf/check.h) */
	struct cf_findings findings;
	int serious;		/* findings sendmail would refuse */
};

/* Read TEXT (LEN bytes, called NAME) into M (zeroed by the caller). */
void cf_meaning_read(const char *name, const char *text, size_t len, struct cf_meaning *m);
/* The same from the file PATH; -1 with errno when it cannot be read. */
int cf_meaning_read_file(const char *path, struct cf_meaning *m);
void cf_meaning_free(struct cf_meaning *m);

/* The last item of KIND named NAME (options: the value in force). */
const struct cfm_item *cf_meaning_find(const struct cf_meaning *m, enum cfm_kind kind,
				     const char *name);
/* "option", "macro", "class" ... */
const char *cfm_kind_name(enum cfm_kind kind);
/* An item as a cf-like line ("O AliasWait=10", "Kaccess hash ..."); new
 * string. */
char *cfm_item_line(const struct cfm_item *item);
/* Is ITEM superseded by a later item of the same option?  Only the last
 * value of an option counts, except for the options sendmail adds up
 * (AliasFile, ClientPortOptions). */
int cf_meaning_superseded(const struct cf_meaning *m, size_t i);

#endif
