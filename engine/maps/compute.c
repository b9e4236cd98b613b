/*
 * compute.c - maps that compute their answer instead of reading a file:
 * dequote (remove quotes when the result is still a valid address),
 * macro (set a macro from a rule), arith (integer arithmetic and
 * comparison) and arpa (an IP address in reverse-lookup order).
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "engine/maps/map_impl.h"

/*
 * The K line flags of these classes.  sendmail's parser for them stops
 * after the first flag (it ends the string there instead of stepping
 * over it), which we reproduce: later flags are ignored.
 */
static int
compute_parse(struct map *map, char *p)
{
	map->flags |= MAPF_KEEPQUOTES;
	while (isspace((unsigned char) *p))
		p++;
	if (*p != '-')
		return 1;
	switch (p[1]) {
	case 'a': {
		char *start = p + 2, *end = start;

		while (*end != '\0' && !isspace((unsigned char) *end))
			end++;
		map->app = xstrndup(start, (size_t) (end - start));
		break;
	}
	case 'D':
		map->flags |= MAPF_DEFER;
		break;
	case 'S':
	case 's':
		map->spacesub = (unsigned char) p[2];
		break;
	default:
		break;
	}
	return 1;
}

/* ---- dequote ---- */

static char *
dequote_lookup(struct map *map, const char *name, const char *const *av,
	       int *status)
{
	char *buf = xstrdup(name), *q = buf;
	const char *p;
	int angles = 0, comments = 0, quotes = 0, spaces = 0;
	int in_quote = 0, escaped = 0;
	char *result;

	(void) av;
	(void) status;
	for (p = name; *p != '\0'; p++) {
		int c = (unsigned char) *p;

		if (escaped) {
			escaped = 0;
			*q++ = (char) c;
			continue;
		}
		if (c == ' ' && map->spacesub != 0)
			c = map->spacesub;
		if (c == '\\')
			escaped = 1;
		else if (c == '(')
			comments++;
		else if (c == ')' && comments-- <= 0)
			goto reject;
		else if (c == ' ' || c == '\t')
			spaces++;
		if (comments > 0) {
			*q++ = (char) c;
			continue;
		}
		if (c == '"') {
			in_quote = !in_quote;
			quotes++;
			continue;
		}
		if (c == '<')
			angles++;
		else if (c == '>' && angles-- <= 0)
			goto reject;
		*q++ = (char) c;
	}
	*q = '\0';
	/* only a string that had quotes and is a clean address now */
	if (angles != 0 || comments != 0 || escaped || in_quote ||
	    quotes <= 0 || spaces != 0)
		goto reject;
	result = map_rewrite(map, buf, strlen(buf), NULL);
	free(buf);
	return result;
reject:
	free(buf);
	return NULL;
}

/* ---- macro ---- */

/* The macro a key names: "x" or "{name}" (sendmail's macid()); NULL
 * when it names none. */
static char *
macro_name_of(const char *key)
{
	const char *end;

	if (key[0] == '\0')
		return NULL;
	if (key[0] != '{')
		return xstrndup(key, 1);
	end = strchr(key, '}');
	if (end == NULL || end == key + 1)
		return NULL;
	if (end == key + 2)
		return xstrndup(key + 1, 1);
	return xstrndup(key + 1, (size_t) (end - key - 1));
}

static char *
macro_lookup(struct map *map, const char *name, const char *const *av,
	     int *status)
{
	char *id = macro_name_of(name);

	if (id == NULL) {
		*status = MAP_EX_CONFIG;
		return NULL;
	}
	map_define_macro(map, id, av[1]);
	free(id);
	*status = MAP_EX_OK;
	return xstrdup("");
}

/* ---- arith ---- */

static long
pseudo_random(void)
{
	return random();
}

static char *
arith_lookup(struct map *map, const char *name, const char *const *av,
	     int *status)
{
	long v[2], r = 0;
	int n = 0, as_bool = 0, truth = 0;

	(void) map;
	*status = MAP_EX_OK;
	for (av++; *av != NULL && n < 2; av++)
		v[n++] = strtol(*av, NULL, 0);
	if (name == NULL || n != 2) {
		*status = MAP_EX_CONFIG;
		return NULL;
	}
	switch (*name) {
	case '|': r = v[0] | v[1]; break;
	case '&': r = v[0] & v[1]; break;
	case '+': r = v[0] + v[1]; break;
	case '-': r = v[0] - v[1]; break;
	case '*': r = v[0] * v[1]; break;
	case '%':
		if (v[1] == 0)
			return NULL;
		r = v[0] % v[1];
		break;
	case '/':
		if (v[1] == 0)
			return NULL;
		r = v[0] / v[1];
		break;
	case 'l': truth = v[0] < v[1]; as_bool = 1; break;
	case '=': truth = v[0] == v[1]; as_bool = 1; break;
	case 'r':
		r = v[1] - v[0] + 1;
		if (r <= 0)
			return NULL;
		r = pseudo_random() % r + v[0];
		break;
	default:
		*status = MAP_EX_CONFIG;
		return NULL;
	}
	if (as_bool)
		return xstrdup(truth ? "TRUE" : "FALSE");
	return xasprintf("%ld", r);
}

/* ---- arpa ---- */

static char *
arpa_lookup(struct map *map, const char *name, const char *const *av,
	    int *status)
{
	char out[128];
	unsigned char a[16];
	int i;

	*status = MAP_EX_DATAERR;
	out[0] = '\0';
	if (strncasecmp(name, "IPv6:", 5) == 0) {
		if (inet_pton(AF_INET6, name + 5, a) == 1) {
			static const char hex[] = "0123456789abcdef";
			char *d = out;

			for (i = 15; i >= 0; i--) {
				*d++ = hex[a[i] & 0x0f];
				*d++ = '.';
				*d++ = hex[(a[i] >> 4) & 0x0f];
				if (i > 0)
					*d++ = '.';
			}
			*d = '\0';
			*status = MAP_EX_OK;
		}
	} else if (inet_pton(AF_INET, name, a) == 1) {
		snprintf(out, sizeof(out), "%u.%u.%u.%u", a[3], a[2], a[1], a[0]);
		*status = MAP_EX_OK;
	}
	if (*status != MAP_EX_OK)
		return NULL;
	return map_answer(map, name, out, strlen(out), av);
}

const struct map_class map_class_dequote = {
	"dequote", MAPC_OPTFILE, compute_parse, NULL, NULL, dequote_lookup
};
const struct map_class map_class_macro = {
	"macro", MAPC_OPTFILE, compute_parse, NULL, NULL, macro_lookup
};
const struct map_class map_class_arith = {
	"arith", MAPC_OPTFILE, compute_parse, NULL, NULL, arith_lookup
};
const struct map_class map_class_arpa = {
	"arpa", MAPC_OPTFILE, compute_parse, NULL, NULL, arpa_lookup
};
