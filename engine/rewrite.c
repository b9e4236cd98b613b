/*
 * rewrite.c - the rewriting engine (see rewrite.h).
 *
 * Matching walks the pattern left to right keeping, for each wildcard,
 * the span of input it currently covers.  On a mismatch it backs up to
 * the most recent wildcard that can grow ($* $+ and $=X over several
 * tokens), grows it by one token and carries on; when none can grow the
 * rule fails.  This is sendmail's algorithm: the first match found this
 * way is the one sendmail finds, which decides what $1..$9 hold.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "color.h"
#include "xalloc.h"
#include "engine/arena.h"
#include "engine/debug.h"
#include "engine/macro.h"
#include "engine/map.h"
#include "engine/msg.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "engine/token.h"

static struct rule *rules[SM_MAXRWSETS];
static struct rule *rules_tail[SM_MAXRWSETS];
static char *names[SM_MAXRWSETS];
static struct map_registry *maps;
static struct arena *arena;
static int explain;
static int colored;	/* smcf test --color: traces for a terminal */
static int quiet;
static const struct rw_watch *watch;

/* ASCII case folding table for the literal-token fast path */
static unsigned char fold[256];

static void fold_init(void)
{
	if (fold['A'] == 'a')
		return;
	for (int c = 0; c < 256; c++)
		fold[c] = (unsigned char)(c < 128 ? tolower(c) : c);
}


/* named rulesets: name -> number (names are case-sensitive), hashed */
struct rsname {
	char *name;
	int number;
	struct rsname *next;
};
#define RSNAME_BUCKETS 256
static struct rsname *rsnames[RSNAME_BUCKETS];
static int next_named = SM_MAXRWSETS;

struct rule *rw_rules(int ruleset)
{
	return ruleset >= 0 && ruleset < SM_MAXRWSETS ? rules[ruleset] : NULL;
}

/* Is TOKEN of a pattern matched literally (not a wildcard)? */
static int is_literal(const char *token)
{
	switch (token[0] & 0xff) {
	case META_ZANY: case META_ANY: case META_ONE: case META_CLASS:
	case META_NCLASS: case META_ZERO: case META_DEFER:
		return 0;
	}
	return 1;
}

static void add_bit(unsigned long long *set, int byte)
{
	set[byte >> 6] |= 1ULL << (byte & 63);
}

void rw_append(int ruleset, struct rule *r)
{
	fold_init();
	memset(r->needs, 0, sizeof r->needs);
	memset(r->makes, 0, sizeof r->makes);
	for (char **t = r->lhs; *t != NULL; t++)
		if (is_literal(*t))
			add_bit(r->needs, fold[(unsigned char)**t]);
	for (char **t = r->rhs; *t != NULL; t++)
		add_bit(r->makes, **t & 0xff);
	r->next = NULL;
	if (rules[ruleset] == NULL)
		rules[ruleset] = r;
	else
		rules_tail[ruleset]->next = r;
	rules_tail[ruleset] = r;
}

const char *rw_name(int ruleset)
{
	return names[ruleset];
}

void rw_set_maps(struct map_registry *m)
{
	maps = m;
	fold_init();
}

void rw_set_arena(struct arena *a)
{
	arena = a;
}

void rw_set_explain(int on)
{
	explain = on;
}

void rw_set_color(int on)
{
	colored = on;
}

int rw_set_quiet(int on)
{
	int was = quiet;

	quiet = on;
	return was;
}

void rw_set_watch(const struct rw_watch *w)
{
	watch = w;
}

static unsigned rsname_hash(const char *name)
{
	unsigned h = 5381;

	for (; *name != '\0'; name++)
		h = h * 33 + (unsigned char)*name;
	return h % RSNAME_BUCKETS;
}

static struct rsname *rsname_find(const char *name, int enter)
{
	struct rsname **head = &rsnames[rsname_hash(name)], *n;

	for (n = *head; n != NULL; n = n->next)
		if (strcmp(n->name, name) == 0)
			return n;
	if (!enter)
		return NULL;
	n = xmalloc(sizeof(*n));
	n->name = xstrdup(name);
	n->number = -1;
	n->next = *head;
	*head = n;
	return n;
}

int rw_parse_ruleset(const char *p, const char **endp, int enter)
{
	const int half = SM_MAXRWSETS / 2;
	const char *q, *end;
	char name[256];
	struct rsname *s;
	int rs = -1;
	size_t len;

	while (isspace((unsigned char)*p))
		p++;
	if (!isascii((unsigned char)*p)) {
		msg_syserr("invalid ruleset name: \"%.20s\"", p);
		return -1;
	}
	if (isdigit((unsigned char)*p)) {
		char *e;
		long n;
		int err;

		errno = 0;
		n = strtol(p, &e, 10);
		err = errno;
		if (endp != NULL)
			*endp = e;
		/* sendmail keeps the number in an int */
		if ((int)n >= half || (int)n < 0) {
			if (err != 0)
				msg_syserr_errno(err, "bad ruleset %d (%d max)", (int)n, half);
			else
				msg_syserr("bad ruleset %d (%d max)", (int)n, half);
			return -1;
		}
		return (int)n;
	}
	q = p;
	while (*p != '\0' && isascii((unsigned char)*p) &&
	       (isalnum((unsigned char)*p) || *p == '_'))
		p++;
	if (q == p || !isalpha((unsigned char)*q)) {
		msg_syserr("invalid ruleset name: \"%.20s\"", q);
		return -1;
	}
	len = (size_t)(p - q);
	if (len >= sizeof name)
		len = sizeof name - 1;
	memcpy(name, q, len);
	name[len] = '\0';
	end = p;
	while (isspace((unsigned char)*end))
		end++;
	s = rsname_find(name, enter);
	if (s == NULL)
		return -1;
	if (enter && *end == '=') {
		char *e;

		end++;
		while (isspace((unsigned char)*end))
			end++;
		if (!isdigit((unsigned char)*end)) {
			msg_syserr("bad ruleset definition \"%s\" (number required after `=')", q);
			rs = -1;
		} else {
			long n = strtol(end, &e, 10);

			if (endp != NULL)
				*endp = e;
			if (n >= half || n < 0) {
				msg_syserr("bad ruleset number %ld in \"%s\" (%d max)", n, q, half);
				rs = -1;
			} else
				rs = (int)n;
		}
	} else {
		if (endp != NULL)
			*endp = end;
		if (s->number >= 0)
			rs = s->number;
		else if ((rs = --next_named) < half) {
			msg_syserr("%s: too many named rulesets (%d max)", q, half);
			rs = -1;
		}
	}
	if (s->number >= 0 && rs >= 0 && rs != s->number) {
		msg_syserr("%s: ruleset changed value (old %d, new %d)", q, s->number, rs);
		rs = s->number;
	} else if (rs >= 0)
		s->number = rs;
	if (enter && rs >= 0) {
		free(names[rs]);
		names[rs] = xstrdup(name);
	}
	return rs;
}

/* one wildcard's binding while matching */
struct binding {
	char **first;		/* first token covered */
	char **last;		/* last token covered (first - 1: none) */
	char **pattern;		/* the wildcard in the pattern */
	size_t span_len;	/* characters covered so far ($=X only) */
};

/* Characters TOK contributes to a joined span (quote escapes do not count). */
static size_t token_chars(const char *tok)
{
	size_t n = 0;

	for (; *tok != '\0'; tok++)
		if ((*tok & 0xff) != META_QUOTE || tok[1] == '\0')
			n++;
	return n;
}

/*
 * Are tokens FIRST..LAST, joined, a word of class CLASS?  SPAN_LEN is a
 * lower bound of the joined length: spans longer than every member of
 * the class are refused without building the string.
 */
static int class_span_matches(char **first, char **last, int class, size_t span_len)
{
	char buf[SM_MAXLINE];

	if (span_len > class_longest(class))
		return 0;
	tok_join(first, last, buf, sizeof buf, '\0', 1);
	return class_has(class, buf);
}

/* -d21.35/36: one step of the matcher. */
static void trace_step(const char *what, const char *rp, const char *ap)
{
	printf("%s rp=", what);
	tok_print(stdout, rp);
	fputs(", ap=", stdout);
	tok_print(stdout, ap);
	putchar('\n');
}

/*
 * Match PVP against the pattern LHS.  On success fills MATCH (returns
 * the number of bindings); returns -1 when the rule does not match.
 */
static int match_rule(char **pvp, char **lhs, struct binding *match)
{
	struct binding *mlp = match;
	char **rvp = lhs, **avp = pvp;
	char *ap, *rp;

	while ((ap = *avp) != NULL || *rvp != NULL) {
		rp = *rvp;
		if (tracing(21, 35))
			trace_step("ADVANCE", rp, ap);
		if (rp == NULL)
			goto backup;	/* pattern ended before the input */
		if (ap == NULL && (rp[0] & 0xff) != META_ZANY &&
		    (rp[0] & 0xff) != META_ZERO)
			goto backup;	/* input ended before the pattern */
		switch (rp[0] & 0xff) {
		case META_CLASS:
			mlp->pattern = rvp;
			mlp->first = avp;
			mlp->span_len = 0;
extend_class:
			ap = *avp;
			if (ap == NULL)
				goto backup;
			mlp->last = avp++;
			mlp->span_len += token_chars(ap);
			if (!class_span_matches(mlp->first, mlp->last, rp[1] & 0xff,
						mlp->span_len))
				goto extend_class;
			mlp++;
			break;
		case META_NCLASS:
			if (class_has(rp[1] & 0xff, ap))
				goto backup;
			/* FALLTHROUGH */
		case META_ONE:
		case META_ANY:
			mlp->pattern = rvp;
			mlp->first = avp;
			mlp->last = avp++;
			mlp++;
			break;
		case META_ZANY:
			mlp->pattern = rvp;
			mlp->first = avp;
			mlp->last = avp - 1;
			mlp++;
			break;
		case META_ZERO:
			break;
		case META_DEFER: {
			/* the macro's value must spell out the next tokens */
			const char *mv = macro_get(rp[1] & 0xff);

			mlp->first = avp;
			if (tracing(21, 2))
				printf("rewrite: LHS $&{%s} => \"%s\"\n",
				       macro_id_name(rp[1] & 0xff), mv ? mv : "(NULL)");
			if (mv == NULL)
				break;
			while (*mv != '\0') {
				if (*avp == NULL ||
				    strncasecmp(mv, *avp, strlen(*avp)) != 0) {
					avp = mlp->first;
					goto backup;
				}
				mv += strlen(*avp++);
			}
			break;
		}
		default:
			/* cheap first-byte test before the full comparison */
			if (fold[(unsigned char)rp[0]] != fold[(unsigned char)ap[0]] ||
			    strcasecmp(rp, ap) != 0)
				goto backup;
			avp++;
			break;
		}
		rvp++;
		continue;
backup:
		while (--mlp >= match) {
			rvp = mlp->pattern;
			rp = *rvp;
			avp = mlp->last + 1;
			ap = *avp;
			if (tracing(21, 36))
				trace_step("BACKUP ", rp, ap);
			if (ap == NULL)
				continue;	/* ran off the end: back up more */
			if ((rp[0] & 0xff) == META_ANY || (rp[0] & 0xff) == META_ZANY) {
				mlp->last = avp++;
				rvp++;
				mlp++;
				break;
			}
			if ((rp[0] & 0xff) == META_CLASS) {
				mlp->last = avp;
				goto extend_class;
			}
		}
		if (mlp < match)
			return -1;
	}
	if (*rvp != NULL)
		return -1;
	return (int)(mlp - match);
}

/* sendmail's stripquotes(): remove double quotes and backslashes. */
static void strip_quotes(char *s)
{
	char *q = s;
	int bslash = 0;

	for (; *s != '\0'; s++) {
		int c = *s;

		if (!bslash && (c == '"' || c == '\\')) {
			if (c == '\\')
				bslash = 1;
			continue;
		}
		bslash = 0;
		*q++ = (char)c;
	}
	*q = '\0';
}

/* Look KEY up in MAP (NULL: not declared); NULL when not found.  May set *RSTAT. */
static char *lookup(struct map *map, const char *mapname, char *key, char **args,
		    int nargs, int *rstat)
{
	char *res, *copy;

	if (map == NULL) {
		msg_syserr("554 5.3.0 rewrite: map %s not found", mapname);
		return NULL;
	}
	res = map_lookup(map, key, (const char *const *)args, nargs, rstat);
	if (watch != NULL && watch->lookup != NULL)
		watch->lookup(watch->ctx, mapname, key, res, *rstat);
	if (res == NULL)
		return NULL;
	copy = arena_strdup(arena, res);
	free(res);
	return copy;
}

/*
 * Do the $[ $] and $( $) lookups in NPVP (NULL-terminated, at most
 * MAXATOM tokens).  Returns 0, or -1 when the result is too long
 * (*STATUS set).
 */
static int do_lookups(char **npvp, int maxatom, int *rstat)
{
	char **rvp;

	for (rvp = npvp; *rvp != NULL; rvp++) {
		char **start = rvp, **key, **dflt = NULL, **argp = NULL;
		char *args[SM_MAXMAPARGS + 1];
		char argbuf[SM_PSBUFSIZE], *argend = argbuf;
		char keybuf[SM_MAXKEY];
		char *rest[SM_MAXATOM + 1];
		const char *mapname;
		int endtoken, nargs = 0, external, n;
		struct tokens tb;
		char tokbuf[SM_PSBUFSIZE];
		char *repl, **xpvp, *empty[1] = { NULL };
		struct map *map;

		if ((rvp[0][0] & 0xff) == META_HOSTBEGIN) {
			endtoken = META_HOSTEND;
			mapname = "host";
		} else if ((rvp[0][0] & 0xff) == META_LOOKUP) {
			endtoken = META_LOOKUPEND;
			mapname = *++rvp;
			if (mapname == NULL) {
				msg_syserr("554 5.3.0 rewrite: missing mapname");
				return -1;
			}
		} else
			continue;
		key = ++rvp;
		/* split off the $@ arguments and the $: default */
		while (*rvp != NULL && (rvp[0][0] & 0xff) != endtoken) {
			int kind = rvp[0][0] & 0xff;

			if (kind != META_HOST && kind != META_USER) {
				rvp++;
				continue;
			}
			*rvp++ = NULL;
			if (argp != NULL) {
				tok_join(argp, NULL, argend, (size_t)(argbuf + sizeof argbuf - argend), '\0', 1);
				if (nargs < SM_MAXMAPARGS - 1)
					args[++nargs] = argend;
				argend += strlen(argend) + 1;
				argp = NULL;
			}
			if (kind == META_HOST)
				argp = rvp;
			else
				dflt = rvp;
		}
		if (*rvp != NULL)
			*rvp++ = NULL;
		if (argp != NULL) {
			tok_join(argp, NULL, argend, (size_t)(argbuf + sizeof argbuf - argend), '\0', 1);
			if (nargs < SM_MAXMAPARGS - 1)
				args[++nargs] = argend;
		}
		args[nargs + 1] = NULL;
		/* keep what follows the lookup */
		n = 0;
		while ((rest[n] = rvp[n]) != NULL)
			n++;
		map = maps ? maps_find(maps, mapname) : NULL;
		tok_join(key, NULL, keybuf, sizeof keybuf,
			 map != NULL && map_space_sub(map) ? map_space_sub(map) : '\0', 1);
		args[0] = keybuf;
		repl = lookup(map, mapname, keybuf, args + 1, nargs, rstat);
		external = repl != NULL;
		if (repl == NULL && dflt != NULL) {
			tok_join(dflt, NULL, keybuf, sizeof keybuf, '\0', 0);
			repl = keybuf;
		}
		if (repl == NULL)
			xpvp = key;
		else if (*repl == '\0')
			xpvp = empty;
		else {
			tb.buf = tokbuf;
			tb.bufsize = sizeof tokbuf;
			xpvp = tok_scan(repl, '\0', &tb, NULL,
					external ? TOK_EXTERNAL : TOK_INTERNAL, 0);
			if (xpvp == NULL) {
				*rstat = SMX_DATAERR;
				return -1;
			}
		}
		/* replace the lookup by its result */
		{
			char **avp = start;

			for (; *xpvp != NULL; xpvp++) {
				*avp++ = arena_strdup(arena, *xpvp);
				if (avp >= &npvp[maxatom])
					goto toolong;
			}
			rvp = avp - 1;
			for (n = 0; (*avp++ = rest[n]) != NULL; n++)
				if (avp >= &npvp[maxatom])
					goto toolong;
		}
	}
	return 0;
toolong:
	msg_syserr("554 5.3.0 rewrite: expansion too long");
	*rstat = SMX_DATAERR;
	return -1;
}

static void print_header(const char *name, const char *what, char **pvp)
{
	/* "%-16.16s %s:" without printf's cost: this runs for every call */
	size_t n = strlen(name);

	if (quiet)
		return;
	if (n > 16)
		n = 16;
	if (colored)
		fputs_unlocked(color_on(stdout, COLOR_NAME), stdout);
	fwrite_unlocked(name, 1, n, stdout);
	if (colored)
		fputs_unlocked(color_off(stdout), stdout);
	for (; n < 17; n++)
		putchar_unlocked(' ');
	if (colored && what[0] == 'r')
		fputs_unlocked(color_on(stdout, COLOR_RESULT), stdout);
	fputs_unlocked(what, stdout);
	putchar_unlocked(':');
	if (colored && what[0] == 'r')
		fputs_unlocked(color_off(stdout), stdout);
	tok_print_vector(stdout, pvp);
}

/* Perform the $> calls in PVP, the last one first. */
static int call_subroutines(char **pvp, int reclevel)
{
	int number[SM_MAXSUBR], index[SM_MAXSUBR];
	int nsubr = 0, rstat = SMX_OK, j;
	char **avp;

	for (avp = pvp, j = 0; *avp != NULL; avp++, j++) {
		int subr, i;

		if ((avp[0][0] & 0xff) != META_CALL || avp[1] == NULL)
			continue;
		strip_quotes(avp[1]);
		subr = rw_parse_ruleset(avp[1], NULL, 0);
		if (subr < 0) {
			msg_syserr("554 5.3.5 Unknown ruleset %s", avp[1]);
			return SMX_CONFIG;
		}
		if (rules[subr] == NULL) {
			/* an empty ruleset is not called at all */
			if (tracing(21, 3))
				printf("-----skip subr %s (%d)\n", avp[1], subr);
			for (i = 2; avp[i] != NULL; i++)
				avp[i - 2] = avp[i];
			avp[i - 2] = NULL;
			continue;
		}
		if (++nsubr >= SM_MAXSUBR) {
			msg_syserr("554 5.3.0 Too many subroutine calls (%d max)", SM_MAXSUBR);
			return SMX_CONFIG;
		}
		number[nsubr] = subr;
		index[nsubr] = j;
	}
	for (; nsubr > 0; nsubr--) {
		int i, status;

		avp = pvp + index[nsubr];
		for (i = 2; avp[i] != NULL; i++)
			avp[i - 2] = avp[i];
		avp[i - 2] = NULL;
		status = rw_rewrite(avp, number[nsubr], reclevel, SM_MAXATOM - index[nsubr]);
		if (status != SMX_OK && status != SMX_TEMPFAIL)
			return status;
		if (rstat == SMX_OK || status == SMX_TEMPFAIL)
			rstat = status;
	}
	return rstat;
}

/* Can the new workspace hold a token starting with BYTE? */
static int may_hold(const struct rule *r, const unsigned long long *have, int byte)
{
	unsigned long long bit = 1ULL << (byte & 63);

	return ((r->makes[byte >> 6] | have[byte >> 6]) & bit) != 0 ||
	       (r->makes[META_DEFER >> 6] & (1ULL << (META_DEFER & 63))) != 0;
}

/* The case-folded first bytes of the tokens in PVP. */
static void workspace_bytes(char **pvp, unsigned long long *have)
{
	memset(have, 0, 4 * sizeof *have);
	for (; *pvp != NULL; pvp++)
		add_bit(have, fold[(unsigned char)**pvp]);
}

/*
 * --explain: one line per rule tried, for a person: the ruleset, the
 * rule's number and cf line, its pattern, and either "no match" or
 * "matched =>" and the workspace the rule left.
 */
static void explain_rule(const char *rulename, int ruleno, const struct rule *r,
			 char **after)
{
	printf("  %s rule %d (line %d): R", rulename, ruleno, r->line);
	for (char **t = r->lhs; *t != NULL; t++) {
		if (t != r->lhs)
			putchar(' ');
		tok_print(stdout, *t);
	}
	if (after == NULL) {
		printf("  -- %sno match%s\n", colored ? color_on(stdout, COLOR_QUIET) : "",
		       colored ? color_off(stdout) : "");
		return;
	}
	printf("  -- %smatched%s =>", colored ? color_on(stdout, COLOR_RESULT) : "",
	       colored ? color_off(stdout) : "");
	tok_print_vector(stdout, after);
}

int rw_rewrite(char **pvp, int ruleset, int reclevel, int maxatom)
{
	char numname[8];
	const char *rulename;
	struct rule *rwr;
	int ruleno = 1, loopcount = 0, rstat = SMX_OK;
	struct binding match[SM_MAXMATCH + 1];
	char *npvp[SM_MAXATOM + 1];
	unsigned long long have[4];

	if (ruleset < 0 || ruleset >= SM_MAXRWSETS) {
		msg_syserr("554 5.3.5 rewrite: illegal ruleset number %d", ruleset);
		return SMX_CONFIG;
	}
	rulename = names[ruleset];
	if (rulename == NULL) {
		snprintf(numname, sizeof numname, "%d", ruleset);
		rulename = numname;
	}
	print_header(rulename, "  input", pvp);
	if (reclevel++ > SM_MAXRECURSION) {
		msg_syserr("rewrite: excessive recursion (max %d), ruleset %s",
			   SM_MAXRECURSION, rulename);
		return SMX_CONFIG;
	}
	if (maxatom <= 0)
		return SMX_USAGE;
	workspace_bytes(pvp, have);
	for (rwr = rules[ruleset]; rwr != NULL;) {
		char **rvp, **avp;
		int nmatch, status, missing, ruleno_used;
		const struct rule *rwr_used;

		/* already resolved: stop */
		if (pvp[0] != NULL && (pvp[0][0] & 0xff) == META_NET)
			break;
		if (tracing(21, 12)) {
			if (tracing(21, 15))
				printf("-----trying rule (line %d):", rwr->line);
			else
				fputs("-----trying rule:", stdout);
			tok_print_vector(stdout, rwr->lhs);
		}
		if (++loopcount > 100) {
			msg_syserr("554 5.3.5 Infinite loop in ruleset %s, rule %d",
				   rulename, ruleno);
			if (tracing(21, 1)) {
				fputs("workspace: ", stdout);
				tok_print_vector(stdout, pvp);
			}
			break;
		}
		missing = ((rwr->needs[0] & ~have[0]) | (rwr->needs[1] & ~have[1]) |
			   (rwr->needs[2] & ~have[2]) | (rwr->needs[3] & ~have[3])) != 0;
		if (missing && !tracing(21, 35))
			nmatch = -1;	/* a literal of the pattern is missing */
		else
			nmatch = match_rule(pvp, rwr->lhs, match);
		if (nmatch < 0 && explain)
			explain_rule(rulename, ruleno, rwr, NULL);
		if (nmatch < 0) {
			if (tracing(21, 10))
				puts("----- rule fails");
			rwr = rwr->next;
			ruleno++;
			loopcount = 0;
			continue;
		}
		rvp = rwr->rhs;
		rwr_used = rwr;
		ruleno_used = ruleno;
		if (tracing(21, 12)) {
			fputs("-----rule matches:", stdout);
			tok_print_vector(stdout, rvp);
		}
		if (*rvp != NULL) {
			if ((rvp[0][0] & 0xff) == META_USER) {
				rvp++;
				rwr = rwr->next;
				ruleno++;
				loopcount = 0;
			} else if ((rvp[0][0] & 0xff) == META_HOST) {
				rvp++;
				rwr = NULL;
			}
		}
		/* build the new workspace from the template */
		for (avp = npvp; *rvp != NULL; rvp++) {
			char *rp = *rvp;

			if ((rp[0] & 0xff) == META_REPL) {
				int k = (rp[1] & 0xff) - '1';
				char **pp;

				if (k < 0 || k >= nmatch) {
					msg_syserr("554 5.3.5 rewrite: ruleset %s: replacement $%c out of bounds",
						   rulename, rp[1]);
					return SMX_CONFIG;
				}
				if (tracing(21, 15)) {
					printf("$%c:", rp[1]);
					for (pp = match[k].first; pp <= match[k].last; pp++)
						printf(" %p=\"%s\"", (void *)*pp, *pp);
					putchar('\n');
				}
				for (pp = match[k].first; pp <= match[k].last; pp++) {
					if (avp >= &npvp[maxatom])
						goto toolong;
					*avp++ = *pp;
				}
				continue;
			}
			if (avp >= &npvp[maxatom])
				goto toolong;
			if ((rp[0] & 0xff) != META_DEFER) {
				*avp++ = rp;
			} else {
				/* $&x: the macro's value, tokenized now */
				const char *mv = macro_get(rp[1] & 0xff);
				struct tokens tb;
				char tokbuf[SM_PSBUFSIZE];
				char **xpvp;

				if (tracing(21, 2))
					printf("rewrite: RHS $&{%s} => \"%s\"\n",
					       macro_id_name(rp[1] & 0xff), mv ? mv : "(NULL)");
				if (mv == NULL || *mv == '\0')
					continue;
				tb.buf = tokbuf;
				tb.bufsize = sizeof tokbuf;
				xpvp = tok_scan(mv, '\0', &tb, NULL, TOK_EXTERNAL, 0);
				if (xpvp == NULL)
					return SMX_DATAERR;
				for (; *xpvp != NULL; xpvp++) {
					*avp++ = arena_strdup(arena, *xpvp);
					if (avp >= &npvp[maxatom])
						goto toolong;
				}
			}
		}
		*avp = NULL;
		/*
		 * Lookups and calls come from the template, or from workspace
		 * tokens it copied ($1 ..) or that $&x and maps bring in; when
		 * none of those can hold one, the scans are skipped.
		 */
		if (may_hold(rwr_used, have, META_LOOKUP) || may_hold(rwr_used, have, META_HOSTBEGIN) ||
		    may_hold(rwr_used, have, META_DEFER)) {
			if (do_lookups(npvp, maxatom, &rstat) < 0)
				return rstat;
			status = call_subroutines(npvp, reclevel);
		} else if (may_hold(rwr_used, have, META_CALL))
			status = call_subroutines(npvp, reclevel);
		else
			status = SMX_OK;
		if (rstat == SMX_OK || status == SMX_TEMPFAIL)
			rstat = status;
		/* the new workspace replaces the old one in place */
		for (avp = npvp; *avp != NULL; avp++)
			;
		memmove(pvp, npvp, (size_t)(avp - npvp + 1) * sizeof *pvp);
		workspace_bytes(pvp, have);
		if (explain)
			explain_rule(rulename, ruleno_used, rwr_used, pvp);
		if (watch != NULL && watch->matched != NULL)
			watch->matched(watch->ctx, ruleset, ruleno_used, rwr_used, pvp);
		if (tracing(21, 4)) {
			fputs("rewritten as:", stdout);
			tok_print_vector(stdout, pvp);
		}
	}
	print_header(rulename, "returns", pvp);
	return rstat;

toolong:
	msg_syserr("554 5.3.0 rewrite: expansion too long");
	return SMX_DATAERR;
}

void rw_free(void)
{
	for (int i = 0; i < SM_MAXRWSETS; i++) {
		struct rule *r = rules[i], *next;

		for (; r != NULL; r = next) {
			next = r->next;
			free(r->lhs);
			free(r->rhs);
			free(r);
		}
		rules[i] = rules_tail[i] = NULL;
		free(names[i]);
		names[i] = NULL;
	}
	for (int b = 0; b < RSNAME_BUCKETS; b++)
		while (rsnames[b] != NULL) {
			struct rsname *n = rsnames[b]->next;

			free(rsnames[b]->name);
			free(rsnames[b]);
			rsnames[b] = n;
		}
	next_named = SM_MAXRWSETS;
}
