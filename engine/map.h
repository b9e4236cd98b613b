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

#define MAP_MSG_CF_ERROR 2

/* What a map needs from its surroundings. */
struct map_host {
	void *ctx;
	/* Current value of macro NAME ("x" or "{name}" without braces), or
	 * NULL when undefined. */
	const char *(*macro_value)(void *ctx, const char *name);
	/* Define macro NAME (used by the macro map); VALUE NULL undefines. */
	void (*macro_define)(void *ctx, const char *name, const char *value);
	/* Is WORD in class NAME? (used by some map classes, may be NULL) */
	int (*class_member)(void *ctx, const char *name, const char *word);
	/* Print one line of output the way sendmail prints it in test mode
	 * (to stdout, newline added).  SYSERR is 0 for a note, 1 for a
	 * system error after a failed system call (sendmail then exits 71
	 * at the end of -bt), MAP_MSG_CF_ERROR for a mistake in the cf
	 * (exit 70). */
	void (*message)(void *ctx, int syserr, const char *text);
};

struct map_registry *maps_new(const struct map_host *host);
/* The host every cf reader uses: the engine's macros, classes and
 * messages (engine/map_glue.c). */
extern const struct map_host engine_map_host;
void maps_free(struct map_registry *reg);

/*
 * Declare a map from a K line: NAME, and SPEC = the rest of the line
 * ("hash -o /etc/mail/access").  FILE and LINE are where the K line is,
 * for messages.  Problems are reported through host->message with the
 * text sendmail prints; returns 0 when the map was declared, -1 if not.
 */
int maps_declare(struct map_registry *reg, const char *name, const char *spec,
		 const char *file, int line);

/*
 * The same for a map sendmail declares for another purpose than a K
 * line: a database of the AliasFile option, or the private map of an F
 * line (key@class:spec).  The ldap class reads its spec differently for
 * them (a default spec, the delimiter of several values), and the
 * AliasFile databases make up the "aliases.files" map.
 */
enum map_role { MAP_ROLE_PLAIN, MAP_ROLE_ALIAS, MAP_ROLE_FILECLASS };
int maps_declare_role(struct map_registry *reg, const char *name,
		      const char *spec, const char *file, int line,
		      enum map_role role);

/*
 * Call once the whole cf has been read.  Like sendmail at that point it
 * declares the maps the cf did not declare itself: "host" (with "-a. -D"
 * when the cf version is 2 or more) and the "aliases" switch map.  Maps
 * themselves are opened on first use, as sendmail does, so open-time
 * messages (missing or unsafe file) appear at the first lookup.
 */
void maps_open_all(struct map_registry *reg);

/*
 * How the stab class reads the name on the left of an alias line: the
 * cf's rulesets decide, as sendmail's parseaddr() does, so whoever runs
 * rulesets (the -bt session) sets it.  LINE is the alias line; the name
 * ends at its first ':'.  FILE and LINENO place the messages.  Returns 1 with the local user name in *USER
 * (malloc'ed), 0 when the name cannot be parsed ("illegal alias name"),
 * -1 when its mailer takes no aliases ("cannot alias non-local names").
 * Without a parser every name is taken as it is written.
 */
typedef int (*map_alias_parser)(const char *line, const char *file,
				int lineno, char **user);
void maps_set_alias_parser(struct map_registry *reg, map_alias_parser fn);

/* Was map NAME declared, and did its class accept the spec? */
int maps_valid(struct map_registry *reg, const char *name);

/* The uid of the cf's TrustedUser (-1: none): a map file it owns is
 * as good as one root owns. */
void maps_set_trusted_uid(struct map_registry *reg, long uid);

/* The cf version (V line level); set it before maps_open_all(). */
void maps_set_config_level(struct map_registry *reg, int level);

/*
 * Give the map module every cf option as its O line is read (long
 * name, value): it keeps those that change how maps behave
 * (DontBlameSendmail, HostsFile, ServiceSwitchFile, BlankSub,
 * ResolverOptions, DontExpandCnames, UseCompressedIPv6Addresses,
 * FallbackMXhost, LDAPDefaultSpec) and ignores the rest.  Order
 * matters as in sendmail: a K line takes the BlankSub value in force
 * when it is read, and a map below a writable directory is refused
 * unless DontBlameSendmail was set before its first lookup.
 */
void maps_set_option(struct map_registry *reg, const char *name,
		     const char *value);

/* Find a map by name; NULL when there is none. */
struct map *maps_find(struct map_registry *reg, const char *name);

/*
 * Remove MAP from the registry and free it: for the private map of an
 * F line (key@class:spec), which no later lookup may find.
 */
void maps_forget(struct map_registry *reg, struct map *map);

/*
 * Has the map been opened (or marked broken after a failed open of a
 * non-optional map, whose lookups then fail with 75)?
 */
int map_is_open(const struct map *map);

/*
 * Open the map now if it is not open yet (printing sendmail's open-time
 * messages).  Returns 0 exactly when sendmail's /map would say
 * "Map named ... not open": an optional map that cannot be opened, or a
 * K line whose arguments were rejected.
 */
int map_ensure_open(struct map *map);

/*
 * Look KEY up.  ARGS are the $@ arguments (%1 .. %9 in the result),
 * NARGS of them.  Returns a newly allocated result (after %-substitution
 * and -a/-m handling) or NULL for no match.  This is the lookup of
 * $( $) and $[ $] in rules: quotes are stripped from KEY unless the map
 * has -q; on a temporary failure *STATUS becomes 75 (unless the map has
 * -t) and a map with -T<text> returns KEY followed by that text.
 * Otherwise *STATUS is left as the caller set it (normally 0), exactly
 * as sendmail's rewrite() sees it.
 */
char *map_lookup(struct map *map, const char *key, const char *const *args,
		 int nargs, int *status);

/*
 * The -bt "/map NAME KEY" lookup: the map class lookup alone (no quote
 * stripping, no -T), with %0 = KEY and no other arguments.  Call
 * map_ensure_open() first.  Returns a new string or NULL; *STATUS is the
 * class status printed in parentheses (0, 67, 68, 75, 78 ...).
 */
char *map_lookup_raw(struct map *map, const char *key, int *status);

/*
 * The character that replaces spaces when the engine builds a lookup key
 * from tokens (K line -S, else the BlankSub option); 0 means none.
 */
int map_space_sub(const struct map *map);

/*
 * The byte a regex map puts between substrings by default: sendmail's
 * internal "$|" operator.  The engine must turn it into that token.
 */
#define MAP_CONDELSE 0233

/* The name and class of a map, for messages. */
const char *map_name(const struct map *map);
const char *map_class(const struct map *map);

#endif
