/*
 * meta.h - the byte codes and limits the rewriting engine shares with
 * sendmail.
 *
 * Rules are kept in sendmail's internal form: operators such as $* or $#
 * become single bytes in the 0200 range, followed where needed by a macro
 * or class id byte.  The values matter for behaviour (they decide how
 * rule text is split into tokens and how tokens print), so they are the
 * ones sendmail 8.17 uses.  The limits are sendmail's too: hitting one
 * must give the same message at the same point.
 */
#ifndef SMCF_META_H
#define SMCF_META_H

/* operator bytes inside rules and token strings */
#define META_EXPAND	0201	/* $x: macro value, next byte is the id */
#define META_DEFER	0202	/* $&x: macro value at rewrite time */
#define META_LOOKUP	0205	/* $( */
#define META_LOOKUPEND	0206	/* $) */
#define META_ZANY	0220	/* $* */
#define META_ANY	0221	/* $+ */
#define META_ONE	0222	/* $- */
#define META_CLASS	0223	/* $=X */
#define META_NCLASS	0224	/* $~X */
#define META_REPL	0225	/* $1 .. $9 */
#define META_NET	0226	/* $# */
#define META_HOST	0227	/* $@ */
#define META_USER	0230	/* $: */
#define META_CALL	0231	/* $> */
#define META_IF		0232	/* $? */
#define META_ELSE	0233	/* $| */
#define META_FI		0234	/* $. */
#define META_HOSTBEGIN	0235	/* $[ */
#define META_HOSTEND	0236	/* $] */
#define META_QUOTE	0377	/* the next byte is taken literally */
#define META_ZERO	META_HOST	/* $@ on the left: matches nothing */

/* limits */
#define SM_MAXLINE	2048	/* input and rule line buffer */
#define SM_MAXNAME	256	/* longest token */
#define SM_MAXATOM	1000	/* most tokens in one address */
#define SM_PSBUFSIZE	(SM_MAXNAME + SM_MAXATOM)	/* token text */
#define SM_MAXRWSETS	200	/* rulesets, numbered and named */
#define SM_MAXMATCH	9	/* wildcards on one left-hand side */
#define SM_MAXMAPARGS	10	/* key plus $@ arguments */
#define SM_MAXKEY	1024	/* map key */
#define SM_MAXRECURSION	50	/* nested ruleset calls */
#define SM_MAXMAILERS	25
#define SM_MAXSUBR	16	/* $> calls in one right-hand side */
#define SM_MAXSHORTSTR	203
#define SM_MAXPV	256	/* mailer argv words */

/* sendmail exit codes (sysexits) */
#define SMX_OK		0
#define SMX_USAGE	64
#define SMX_DATAERR	65
#define SMX_NOHOST	68
#define SMX_UNAVAILABLE	69
#define SMX_SOFTWARE	70
#define SMX_OSERR	71
#define SMX_OSFILE	72
#define SMX_TEMPFAIL	75
#define SMX_CONFIG	78

#endif
