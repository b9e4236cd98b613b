/*
 * map_impl.h - what the map classes share with engine/map.c.
 *
 * Not for the rest of the engine: it sees only engine/map.h.  A map
 * class is a small table of functions (parse the K line arguments, open,
 * close, look up); struct map holds what sendmail keeps per map.
 */
#ifndef SMCF_MAP_IMPL_H
#define SMCF_MAP_IMPL_H

#include <stddef.h>

#include "engine/map.h"

/* sendmail's exit codes, as lookups report them */
enum {
	MAP_EX_OK = 0,
	MAP_EX_DATAERR = 65,
	MAP_EX_NOUSER = 67,
	MAP_EX_NOTFOUND = 68,	/* also EX_NOHOST */
	MAP_EX_UNAVAILABLE = 69,
	MAP_EX_SOFTWARE = 70,
	MAP_EX_TEMPFAIL = 75,
	MAP_EX_CONFIG = 78
};

/* per-map flags (the K line options and the open state) */
enum {
	MAPF_VALID = 1u << 0,		/* K line accepted */
	MAPF_OPEN = 1u << 1,		/* opened (or marked broken) */
	MAPF_BROKEN = 1u << 2,		/* open failed: lookups tempfail */
	MAPF_OPTIONAL = 1u << 3,	/* -o */
	MAPF_NOFOLDCASE = 1u << 4,	/* -f */
	MAPF_MATCHONLY = 1u << 5,	/* -m */
	MAPF_INCLNULL = 1u << 6,	/* -N */
	MAPF_TRY0NULL = 1u << 7,	/* try the key without its NUL */
	MAPF_TRY1NULL = 1u << 8,	/* try the key with its NUL */
	MAPF_KEEPQUOTES = 1u << 9,	/* -q */
	MAPF_NODEFER = 1u << 10,	/* -t */
	MAPF_DEFER = 1u << 11,		/* -D */
	MAPF_APPEND = 1u << 12,		/* -A */
	MAPF_REGEX_NOT = 1u << 13,	/* regex -n */
	MAPF_ALIAS = 1u << 14,		/* an AliasFile database */
	MAPF_FILECLASS = 1u << 15,	/* the map of an F line */
	MAPF_IMPL_TEXT = 1u << 16,	/* implicit alias map read as text */
	MAPF_FOLDS_KEY = 1u << 17,	/* lookups lower-case the key in place
					 * (ldap -K): -T sees it so */
	MAPF_IN_LOOKUP = 1u << 18	/* a sequence or switch map asking its
					 * members (seq.c: a cycle is refused) */
};

/* per-class flags */
enum {
	MAPC_OPTFILE = 1u << 0		/* the file name may be missing */
};

#define MAP_STACK_MAX 12		/* members of a sequence/switch map */

struct map;

struct map_class {
	const char *name;
	unsigned    cflags;
	/* Parse the K line arguments after the class name (modifiable). */
	int   (*parse)(struct map *map, char *args);
	/* Open for reading; print problems with map_syserr(); 0 = failed. */
	int   (*open)(struct map *map);
	void  (*close)(struct map *map);
	/* AV[0] is the key, AV[1..] the $@ arguments, NULL-terminated. */
	char *(*lookup)(struct map *map, const char *key,
			const char *const *av, int *status);
};

struct map {
	struct map_registry *reg;
	const struct map_class *cls;
	char       *name;
	unsigned    flags;
	char       *file;		/* first non-option argument */
	char       *rebuild;		/* the rest of the line */
	char       *app;		/* -a */
	char       *tapp;		/* -T */
	char       *keycol;		/* -k */
	char       *valcol;		/* -v */
	int         coldelim;		/* -z, 0 = white space */
	int         spacesub;		/* -S / BlankSub */
	long        timeout;		/* -d, seconds */
	int         retry;		/* -r (host) */
	struct map *stack[MAP_STACK_MAX];	/* sequence/switch members */
	unsigned    stack_return[3];	/* per-member "return on" bits */
	void       *data;		/* class-specific state */
	void      (*free_data)(void *data);
	const char *decl_file;		/* where the K line is */
	int         decl_line;
};

/* indices of stack_return */
enum { MAP_RET_NOTFOUND, MAP_RET_UNAVAIL, MAP_RET_TRYAGAIN };

/* DontBlameSendmail settings that matter for maps */
enum {
	DBS_MAP_IN_UNSAFE_DIR = 1u << 0,
	DBS_LINKED_MAP_IN_WRITABLE_DIR = 1u << 1,
	DBS_GROUP_WRITABLE_DIR_SAFE = 1u << 2,
	DBS_TRUST_STICKY_BIT = 1u << 3
};

/* ---- services of engine/map.c for the classes ---- */

/* Print a system error the way syserr() does: with ": <strerror>" when
 * ERRNUM is not 0 (sendmail's own pseudo error texts included). */
void map_syserr(struct map *map, int errnum, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Print an informational line (not a system error), as message(). */
void map_note(struct map *map, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Print a cf-reading error with the K line's "file: line N: " prefix. */
void map_cf_error(struct map *map, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Build a result: S (SLEN bytes, may hold NULs) with %0..%9 taken from
 * AV (AV NULL: no substitution), then the -a text. */
char *map_rewrite(const struct map *map, const char *s, size_t slen,
		  const char *const *av);

/* A copy of the option value that starts at P, up to white space. */
char *map_option_word(const char *p);

/*
 * K line flags as a table: the letter, the map flags it sets and clears,
 * and which value (if any) follows the letter.
 */
enum map_flag_value {
	MAP_FV_NONE, MAP_FV_APP, MAP_FV_TAPP, MAP_FV_KEYCOL, MAP_FV_VALCOL,
	MAP_FV_SPACESUB, MAP_FV_COLDELIM, MAP_FV_TIMEOUT, MAP_FV_RETRY
};

struct map_flag {
	int                 letter;		/* 0 ends a table */
	unsigned            set;
	unsigned            clear;
	enum map_flag_value value;
};

/* The table rows sendmail's key/value classes (map_parseargs, dns,
 * ldap) all accept; a class table starts with them. */
#define MAP_FLAG_ROWS_KEYED \
	{ 'A', MAPF_APPEND, 0, MAP_FV_NONE }, \
	{ 'f', MAPF_NOFOLDCASE, 0, MAP_FV_NONE }, \
	{ 'm', MAPF_MATCHONLY, 0, MAP_FV_NONE }, \
	{ 'N', MAPF_INCLNULL, MAPF_TRY0NULL, MAP_FV_NONE }, \
	{ 'O', 0, MAPF_TRY1NULL, MAP_FV_NONE }, \
	{ 'o', MAPF_OPTIONAL, 0, MAP_FV_NONE }, \
	{ 'q', MAPF_KEEPQUOTES, 0, MAP_FV_NONE }, \
	{ 't', MAPF_NODEFER, 0, MAP_FV_NONE }, \
	{ 'z', 0, 0, MAP_FV_COLDELIM }

/* Lookups that always fail for now (status 75), e.g. a broken map. */
char *map_tempfail_lookup(struct map *map, const char *key,
			  const char *const *av, int *status);

/*
 * Read the "-x" flags at the start of P with TABLE.  A letter not in the
 * table goes to OTHER (when given), which returns 1 after moving *PP to
 * the end of its value; otherwise, with COMPLAIN, it is reported as
 * sendmail's "Illegal option".  Returns where the flags end.
 */
char *map_scan_flags(struct map *map, char *p, const struct map_flag *table,
		     int (*other)(struct map *map, int letter, char **pp,
				  void *ctx),
		     void *ctx, int complain);

/* A found entry's result: KEY itself with -m, else VALUE (VLEN bytes)
 * through map_rewrite(). */
char *map_answer(const struct map *map, const char *key, const char *value,
		 size_t vlen, const char *const *av);

/* The generic K line option parser (map_parseargs). 1 = accepted. */
int map_parse_common(struct map *map, char *args);

/* Find a map by name in MAP's registry (case-insensitive). */
struct map *map_find_sibling(struct map *map, const char *name);

/* Open MAP if needed, as openmap() does; 1 when usable. */
int map_open_now(struct map *map);

/* MAP's connection went away: its next lookup opens it again. */
void map_mark_closed(struct map *map);

/* Settings of the registry the classes read. */
unsigned map_dont_blame(const struct map *map);
long map_trusted_uid(const struct map *map);
const char *map_macro(const struct map *map, const char *name);
void map_define_macro(const struct map *map, const char *name,
		      const char *value);
int map_wildcard_mx(const struct map *map);
/* The parser of alias names the session set (NULL: none). */
map_alias_parser map_alias_parser_of(const struct map *map);
/* The BlankSub option in force (what -S defaults to). */
int map_blank_sub(const struct map *map);
int map_registry_blank_sub(const struct map_registry *reg);

/* LDAPDefaultSpec (ldap.c): the settings every later ldap K line starts
 * from, kept in *SLOT of the registry; map_ldap_defaults() reads them. */
void ldap_defaults_set(struct map_registry *reg, void **slot,
		       const char *spec);
void ldap_defaults_free(void *defaults);
void *map_ldap_defaults(const struct map *map);

/* The host-name cache shared by every host-class map (see host.c). */
struct host_cache;
struct host_cache **map_host_cache_slot(struct map *map);
void host_cache_free(struct host_cache *cache);

/* File safety (safefile.c): 0 when FILE may be read as MAP's file, else
 * an errno value or one of the MAP_E_* pseudo errors below.  Writable
 * directories that DontBlameSendmail lets pass are warned about through
 * MAP's messages, as sendmail does in -bt. */
enum {
	MAP_E_BASE = 10000,
	MAP_E_NOSLINK = MAP_E_BASE + 1,
	MAP_E_NOHLINK,
	MAP_E_REGONLY,
	MAP_E_ISEXEC,
	MAP_E_WWDIR,
	MAP_E_GWDIR,
	MAP_E_FILECHANGE,
	MAP_E_WWFILE,
	MAP_E_GWFILE,
	MAP_E_GRFILE,
	MAP_E_WRFILE
};
int map_file_safety(struct map *map, const char *file);
/* The same check; *LEFT gets the errno sendmail's safefile() leaves
 * behind (what its messages show), which is not always the result. */
int map_file_safety_errno(struct map *map, const char *file, int *left);
const char *map_strerror(int errnum);

/* The stab class (other.c), which an implicit alias database falls back
 * to when it is no database: read the alias file, look a name up. */
int map_stab_open(struct map *map);
char *map_stab_lookup(struct map *map, const char *key,
		      const char *const *av, int *status);

/* Column extraction shared by the text map and the hosts file reader:
 * column COL of LINE split at DELIM (0 = runs of white space). */
char *map_get_column(const char *line, int col, int delim);

/* ASCII lower-casing in place. */
void map_lower(char *s);

/* The classes (one file per family in engine/maps/). */
extern const struct map_class map_class_hash, map_class_btree,
	map_class_implicit, map_class_text, map_class_host,
	map_class_bestmx, map_class_sequence, map_class_switch,
	map_class_dequote, map_class_macro, map_class_arith,
	map_class_arpa, map_class_regex, map_class_user, map_class_stab,
	map_class_null, map_class_syslog, map_class_program,
	map_class_userdb, map_class_nis, map_class_nisplus,
	map_class_ldap, map_class_socket, map_class_dns;

#endif
