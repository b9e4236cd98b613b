/*
 * user.c - the user map class: looks a login name up in the password
 * database; -v chooses the field returned (name, passwd, uid, gid,
 * gecos, dir, shell; default the name).
 */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "strbuf.h"
#include "engine/maps/map_impl.h"

static const char *const user_fields[] = {
	"name", "passwd", "uid", "gid", "gecos", "dir", "shell"
};
#define USER_FIELD_COUNT (sizeof(user_fields) / sizeof(user_fields[0]))

static int
user_open(struct map *map)
{
	size_t i;
	int *col = xcalloc(1, sizeof(*col));

	if (map->valcol != NULL) {
		for (i = 0; i < USER_FIELD_COUNT; i++)
			if (strcasecmp(map->valcol, user_fields[i]) == 0)
				*col = (int) i + 1;
		if (*col == 0) {
			map_syserr(map, 0, "User map %s: unknown column name %s",
				   map->name, map->valcol);
			free(col);
			return 0;
		}
	}
	free(map->data);
	map->data = col;
	map->free_data = free;
	return 1;
}

/* The full name from the GECOS field: up to the first comma, with "&"
 * standing for the login name capitalised. */
static char *
full_name(const struct passwd *pw)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p;

	for (p = pw->pw_gecos; *p != '\0' && *p != ','; p++) {
		if (*p == '&') {
			strbuf_addch(&sb, pw->pw_name[0] >= 'a' && pw->pw_name[0] <= 'z'
				     ? pw->pw_name[0] - 'a' + 'A' : pw->pw_name[0]);
			if (pw->pw_name[0] != '\0')
				strbuf_addstr(&sb, pw->pw_name + 1);
		} else
			strbuf_addch(&sb, *p);
	}
	if (sb.buf == NULL)
		strbuf_addstr(&sb, "");
	return strbuf_detach(&sb);
}

static char *
user_lookup(struct map *map, const char *key, const char *const *av,
	    int *status)
{
	struct passwd *pw = getpwnam(key);
	int col = map->data != NULL ? *(int *) map->data : 0;
	char *value, *result, *lower = NULL;

	if (pw == NULL) {
		/* sendmail then tries the name in lower case (and keeps
		 * it so, which -m shows) */
		lower = xstrdup(key);
		map_lower(lower);
		if (strcmp(lower, key) != 0)
			pw = getpwnam(lower);
		key = lower;
	}
	if (pw == NULL) {
		free(lower);
		*status = MAP_EX_NOUSER;
		return NULL;
	}
	*status = MAP_EX_OK;
	switch (col) {
	case 2: value = xstrdup("x"); break;
	case 3: value = xasprintf("%d", (int) pw->pw_uid); break;
	case 4: value = xasprintf("%d", (int) pw->pw_gid); break;
	case 5: value = full_name(pw); break;
	case 6: value = xstrdup(pw->pw_dir); break;
	case 7: value = xstrdup(pw->pw_shell); break;
	default: value = xstrdup(pw->pw_name); break;
	}
	result = map_answer(map, key, value, strlen(value), av);
	free(value);
	free(lower);
	return result;
}

const struct map_class map_class_user = {
	"user", MAPC_OPTFILE, map_parse_common, user_open, NULL, user_lookup
};
