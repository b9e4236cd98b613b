/*
 * seq.c - maps made of other maps: "sequence" tries its member maps in
 * the order the K line lists them; "switch" takes the members from the
 * service switch ("Kaliases switch aliases" with "aliases files nis"
 * uses the maps aliases.files and aliases.nis).  The first member that
 * answers wins; a temporary failure of any member is reported when no
 * member answers.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "engine/maps/map_impl.h"
#include "engine/resolve.h"

static int
is_map_name_char(int c)
{
	return isascii(c) && (isalnum(c) || c == '_' || c == '.');
}

static int
sequence_parse(struct map *map, char *p)
{
	int count = 0;

	while (*p != '\0') {
		char *name, save;
		struct map *member;

		while (isspace((unsigned char) *p))
			p++;
		name = p;
		while (is_map_name_char((unsigned char) *p))
			p++;
		save = *p;
		*p = '\0';
		if (save != '\0')
			p++;
		while (*p != '\0' && !(isascii((unsigned char) *p) &&
				       isalnum((unsigned char) *p)))
			p++;
		if (*name == '\0')
			continue;
		member = map_find_sibling(map, name);
		if (member == NULL)
			map_cf_error(map, "Sequence map %s: unknown member map %s",
				     map->name, name);
		else if (count >= MAP_STACK_MAX) {
			map_cf_error(map, "Sequence map %s: too many member maps (%d max)",
				     map->name, MAP_STACK_MAX);
			count++;
		} else
			map->stack[count++] = member;
	}
	return 1;
}

static int
switch_open(struct map *map)
{
	const char *src[MAP_STACK_MAX];
	int n = resolve_service_sources(map->file, src, MAP_STACK_MAX), i;

	if (n <= 0)
		return 0;
	for (i = 0; i < n; i++) {
		char *name = xasprintf("%s.%s", map->name, src[i]);
		struct map *member = map_find_sibling(map, name);

		if (member == NULL)
			map_syserr(map, 0, "Switch map %s: unknown member map %s",
				   map->name, name);
		else
			map->stack[i] = member;
		free(name);
	}
	return 1;
}

static char *
members_lookup(struct map *map, const char *key, const char *const *av,
	       int *status)
{
	int i, tempfail = 0;

	for (i = 0; i < MAP_STACK_MAX; i++) {
		struct map *m = map->stack[i];
		unsigned bit = 1u << i;
		char *rv;

		if (m == NULL)
			continue;
		if (!map_open_now(m)) {
			if (map->stack_return[MAP_RET_UNAVAIL] & bit) {
				*status = MAP_EX_UNAVAILABLE;
				return NULL;
			}
			continue;
		}
		*status = MAP_EX_OK;
		rv = (m->flags & MAPF_BROKEN) ? (*status = MAP_EX_TEMPFAIL, NULL)
			: m->cls->lookup(m, key, av, status);
		if (rv != NULL)
			return rv;
		if (*status == MAP_EX_TEMPFAIL) {
			if (map->stack_return[MAP_RET_TRYAGAIN] & bit)
				return NULL;
			tempfail = 1;
		} else if (map->stack_return[MAP_RET_NOTFOUND] & bit)
			break;
	}
	if (tempfail)
		*status = MAP_EX_TEMPFAIL;
	else if (*status == MAP_EX_OK)
		*status = MAP_EX_NOTFOUND;
	return NULL;
}

/*
 * A second K line for a member replaces it in every sequence that lists
 * it (as sendmail reuses the map's entry), so sequences can come to
 * contain themselves ("Kseq sequence a" then "Kseq sequence a seq").
 * sendmail then recurses until it crashes; here the lookup that comes
 * back to a map it is already in fails temporarily, with a message.
 */
static char *
sequence_lookup(struct map *map, const char *key, const char *const *av,
		int *status)
{
	char *rv;

	if (map->flags & MAPF_IN_LOOKUP) {
		map_syserr(map, 0, "%s map %s: its member maps lead back to it",
			   map->cls == &map_class_switch ? "Switch" : "Sequence",
			   map->name);
		*status = MAP_EX_TEMPFAIL;
		return NULL;
	}
	map->flags |= MAPF_IN_LOOKUP;
	rv = members_lookup(map, key, av, status);
	map->flags &= ~MAPF_IN_LOOKUP;
	return rv;
}

const struct map_class map_class_sequence = {
	"sequence", MAPC_OPTFILE, sequence_parse, NULL, NULL, sequence_lookup
};

const struct map_class map_class_switch = {
	"switch", 0, map_parse_common, switch_open, NULL, sequence_lookup
};
