/*
 * regex.c - the regex map class: POSIX regular expressions (extended
 * and case-insensitive unless -b / -f).  Without -s a match returns the
 * empty string (plus -a text); with -s it returns the chosen
 * parenthesised substrings joined by the -d delimiter (default: the
 * $| operator byte).  -n inverts the test; -m returns the key.
 */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "strbuf.h"
#include "engine/maps/map_impl.h"

#define REGEX_MAX_MATCH 32
#define FIELDS_END (-1)

struct regex_state {
	regex_t re;
	int    *fields;		/* substrings to return, FIELDS_END ended */
	char   *delim;
};

static void
regex_state_free(void *data)
{
	struct regex_state *st = data;

	regfree(&st->re);
	free(st->fields);
	free(st->delim);
	free(st);
}

/* Parse "1,3" into FIELDS (room for MAX); -1 on error, reported as
 * sendmail does (with the K line's position while it is being read). */
static int
parse_fields(struct map *map, const char *s, int *fields, int max, int nsub)
{
	int n = 0;

	for (;;) {
		int v = atoi(s);

		if (n >= max - 1) {
			map_cf_error(map, "too many fields, %d max", max - 1);
			return -1;
		}
		if (v < 0 || v >= nsub) {
			map_cf_error(map, "field (%d) out of range, only %d substrings in pattern",
				     v, nsub);
			return -1;
		}
		fields[n++] = v;
		s = strchr(s, ',');
		if (s == NULL)
			break;
		s++;
	}
	fields[n] = FIELDS_END;
	return n;
}

/* The flags of a regex K line that are shared with other classes. */
static const struct map_flag regex_flags[] = {
	{ 'n', MAPF_REGEX_NOT, 0, MAP_FV_NONE },
	{ 'a', 0, 0, MAP_FV_APP },
	{ 'm', MAPF_MATCHONLY, 0, MAP_FV_NONE },
	{ 'q', MAPF_KEEPQUOTES, 0, MAP_FV_NONE },
	{ 'S', 0, 0, MAP_FV_SPACESUB },
	{ 'D', MAPF_DEFER, 0, MAP_FV_NONE },
	{ 0, 0, 0, MAP_FV_NONE }
};

/* What the regex-only flags set while the K line is read. */
struct regex_options {
	int   cflags;
	char *subs;		/* -s value */
	char *delim;		/* -d value */
};

static int
regex_flag(struct map *map, int letter, char **pp, void *ctx)
{
	struct regex_options *o = ctx;
	char **slot;

	switch (letter) {
	case 'f':
		map->flags |= MAPF_NOFOLDCASE;
		o->cflags &= ~REG_ICASE;
		return 0;
	case 'b':
		o->cflags &= ~REG_EXTENDED;
		return 0;
	case 's':
		o->cflags &= ~REG_NOSUB;
		slot = &o->subs;
		break;
	case 'd':
		slot = &o->delim;
		break;
	default:
		return 0;	/* ignored, as sendmail does */
	}
	free(*slot);
	*slot = map_option_word(*pp + 1);
	*pp += 1 + strlen(*slot);
	return 1;
}

static int
regex_parse(struct map *map, char *p)
{
	struct regex_state *st = xcalloc(1, sizeof(*st));
	struct regex_options o = { REG_ICASE | REG_EXTENDED | REG_NOSUB, NULL, NULL };
	int cflags;
	char *subs;
	int err;

	p = map_scan_flags(map, p, regex_flags, regex_flag, &o, 0);
	cflags = o.cflags;
	subs = o.subs;
	st->delim = o.delim;
	err = regcomp(&st->re, p, cflags);
	if (err != 0) {
		char msg[80];

		(void) regerror(err, &st->re, msg, sizeof(msg));
		map_cf_error(map, "pattern-compile-error: %s", msg);
		free(subs);
		free(st->delim);
		free(st);
		return 0;
	}
	if (st->delim == NULL) {
		st->delim = xmalloc(2);
		st->delim[0] = (char) MAP_CONDELSE;
		st->delim[1] = '\0';
	}
	if (!(cflags & REG_NOSUB)) {
		int nsub = (int) st->re.re_nsub + 1, i;

		st->fields = xcalloc(REGEX_MAX_MATCH + 1, sizeof(int));
		if (nsub >= REGEX_MAX_MATCH) {
			map_cf_error(map, "too many substrings, %d max",
				     REGEX_MAX_MATCH);
			free(subs);
			regex_state_free(st);
			return 0;
		}
		if (subs != NULL && subs[0] != '\0') {
			if (parse_fields(map, subs, st->fields,
					 REGEX_MAX_MATCH + 1, nsub) < 0) {
				free(subs);
				regex_state_free(st);
				return 0;
			}
		} else {
			for (i = 0; i < nsub; i++)
				st->fields[i] = i;
			st->fields[i] = FIELDS_END;
		}
	}
	free(subs);
	map->data = st;
	map->free_data = regex_state_free;
	return 1;
}

static char *
regex_result(struct map *map, const char *s, const char *const *av)
{
	return map_answer(map, av[0], s, strlen(s), av);
}

/* Join the chosen substrings; NULL when the result would not scan as
 * an address (unbalanced brackets, quotes, spaces). */
static char *
join_fields(struct regex_state *st, const char *name, const regmatch_t *m,
	    const int *ip)
{
	struct strbuf sb = STRBUF_INIT;
	int angles = 0, comments = 0, spaces = 0, in_quote = 0, escaped = 0;
	int first = 1;

	for (; *ip != FIELDS_END; ip++) {
		regoff_t k;

		if (!first)
			strbuf_addstr(&sb, st->delim);
		first = 0;
		if (*ip >= REGEX_MAX_MATCH || m[*ip].rm_so < 0 || m[*ip].rm_eo < 0)
			continue;
		for (k = m[*ip].rm_so; k < m[*ip].rm_eo; k++) {
			int c = (unsigned char) name[k];

			strbuf_addch(&sb, c);
			if (escaped) {
				escaped = 0;
				continue;
			}
			if (in_quote && c != '"' && c != '\\')
				continue;
			switch (c) {
			case '\\': escaped = 1; break;
			case '(': comments++; break;
			case ')': comments--; break;
			case '<': angles++; break;
			case '>': angles--; break;
			case ' ': spaces++; break;
			case '"': in_quote = !in_quote; break;
			default: break;
			}
		}
	}
	if (angles != 0 || comments != 0 || in_quote || escaped || spaces != 0) {
		strbuf_free(&sb);
		return NULL;
	}
	if (sb.buf == NULL)
		strbuf_addstr(&sb, "");
	return strbuf_detach(&sb);
}

static char *
regex_lookup(struct map *map, const char *name, const char *const *av,
	     int *status)
{
	struct regex_state *st = map->data;
	regmatch_t m[REGEX_MAX_MATCH];
	int r = regexec(&st->re, name, REGEX_MAX_MATCH, m, 0);
	int fields[REGEX_MAX_MATCH + 1];
	const int *ip;
	char *joined, *result;

	if (map->flags & MAPF_REGEX_NOT)
		return r == REG_NOMATCH ? regex_result(map, "", av) : NULL;
	if (r == REG_NOMATCH)
		return NULL;
	if (st->fields == NULL)
		return regex_result(map, "", av);
	ip = st->fields;
	if (av[1] != NULL) {
		if (parse_fields(map, av[1], fields, REGEX_MAX_MATCH + 1,
				 (int) st->re.re_nsub + 1) < 0) {
			*status = MAP_EX_CONFIG;
			return NULL;
		}
		ip = fields;
	}
	joined = join_fields(st, name, m, ip);
	if (joined == NULL)
		return NULL;
	result = regex_result(map, joined, av);
	free(joined);
	return result;
}

const struct map_class map_class_regex = {
	"regex", MAPC_OPTFILE, regex_parse, NULL, NULL, regex_lookup
};
