/*
 * map.h - the maps the rewriting engine consults ($( $) and $[ $]).
 *
 * A map is declared by a K line ("Kname class [flags] [args]"), or is one
 * of the maps sendmail provides without a K line (host, dequote, ...).
 * This module owns every map class: it parses the K line flags that are
 * common to all classes (-o -N -O -a -T -f -m -k -v -z -t -s -q -A -D -S
 * ...) and the ones of each class, opens the maps the way sendmail does at
 * start-up, and answers lookups with sendmail's status codes.
 *
 * The rest of the engine reaches the maps only through this header; the
 * maps reach the engine only through struct map_host.
 */
#ifndef SMCF_MAP_H
#define SMCF_MAP_H

#include <stddef.h>

struct map;
struct map_registry;

/* What a map needs from its surroundings. */
struct map_host {
	void *ctx;
	/* Current value of macro NAME ("x" or "{name}" without braces), or
	 * NULL when undefined. */
	const char *(*macro_value)(void *ctx, const char *name);
	/* Define macro NAME (used by the macro map). */
	void (*macro_define)(void *ctx, const char *name, const char *value);
	/* Is WORD in class NAME? (used by some map classes, may be NULL) */
	int (*class_member)(void *ctx, const char *name, const char *word);
	/* Print one line of output the way sendmail prints it in test mode
	 * (to stdout, newline added).  SYSERR marks a system error: sendmail
	 * then exits 71 at the end of -bt. */
	void (*message)(void *ctx, int syserr, const char *text);
};

struct map_registry *maps_new(const struct map_host *host);
void maps_free(struct map_registry *reg);

/*
 * Declare a map from a K line: NAME, and SPEC = the rest of the line
 * ("hash -o /etc/mail/access").  FILE and LINE are where the K line is,
 * for messages.  Problems are reported through host->message with the
 * text sendmail prints; returns 0 when the map was declared, -1 if not.
 */
int maps_declare(struct map_registry *reg, const char *name, const char *spec,
		 const char *file, int line);

/* Open every declared map, as sendmail does once the cf has been read. */
void maps_open_all(struct map_registry *reg);

/* Find a map by name; NULL when there is none. */
struct map *maps_find(struct map_registry *reg, const char *name);

/* Was the map opened successfully (or is it optional and absent)? */
int map_is_open(const struct map *map);

/*
 * Look KEY up.  ARGS are the $@ arguments (%1 .. %9 in the result),
 * NARGS of them.  Returns a newly allocated result (after %-substitution
 * and -a/-m handling) or NULL for no match.  *STATUS is set to the
 * sendmail exit code of the lookup: 0 (EX_OK), 75 (EX_TEMPFAIL) ...
 */
char *map_lookup(struct map *map, const char *key, const char *const *args,
		 int nargs, int *status);

/* The name and class of a map, for messages. */
const char *map_name(const struct map *map);
const char *map_class(const struct map *map);

#endif
