/*
 * mm_query.c - makemap -q (see mm_query.h).
 *
 * The lookup is the engine's own map class (engine/maps/db.c), declared
 * as a K line would declare it: the key is cut and lower-cased unless
 * -f, tried without and then with a trailing NUL unless -N says the map
 * holds NULs, and the file passes sendmail's safety checks unless -s.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "xalloc.h"
#include "engine/map.h"
#include "makemap/mm_query.h"

/* Messages of the map layer go to stderr, after the program's name. */
static void query_message(void *ctx, int syserr, const char *text)
{
	(void)syserr;
	fprintf(stderr, "%s: %s\n", (const char *)ctx, text);
}

/* Print the value of KEY (after KEY and a TAB when SHOW_KEY); 1 found,
 * 0 not found, -1 the map could not be read (sendmail's 75). */
static int lookup(struct map *map, const char *key, int show_key)
{
	int status = 0;
	char *value = map_lookup_raw(map, key, &status);

	if (value == NULL)
		return status == EX_TEMPFAIL ? -1 : 0;
	if (show_key)
		printf("%s\t%s\n", key, value);
	else
		printf("%s\n", value);
	free(value);
	return 1;
}

int mm_query_run(const struct mm_query *q, const char *key)
{
	struct map_host host = { (void *)q->progname, NULL, NULL, NULL, query_message };
	struct map_registry *reg = maps_new(&host);
	char *spec = xasprintf("%s%s%s %s", q->map_class, q->include_nul ? " -N" : "",
			       q->fold_keys ? "" : " -f", q->mapname);
	struct map *map;
	int found = 0, rc, r;

	if (q->unsafe_ok)
		maps_set_option(reg, "DontBlameSendmail",
				"MapInUnsafeDirPath,LinkedMapInWritableDir,GroupWritableDirPathSafe");
	map = maps_declare(reg, "makemap", spec, NULL, 0) == 0 ? maps_find(reg, "makemap") : NULL;
	free(spec);
	if (map == NULL || !map_ensure_open(map)) {
		maps_free(reg);
		return EX_CANTCREAT;
	}
	if (strcmp(key, "-") != 0)
		found = lookup(map, key, 0);
	else {
		char *line = NULL;
		size_t cap = 0;
		ssize_t n;

		while ((n = getline(&line, &cap, stdin)) > 0) {
			if (line[n - 1] == '\n')
				line[--n] = '\0';
			if (n > 0 && (r = lookup(map, line, 1)) != 0)
				found = found < 0 ? found : r;
		}
		free(line);
	}
	rc = found < 0 ? EX_CANTCREAT : found ? EX_OK : 1;
	if (fflush(stdout) != 0)
		rc = EX_IOERR;
	maps_free(reg);
	return rc;
}
