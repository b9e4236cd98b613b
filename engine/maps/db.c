/*
 * db.c - the Berkeley DB map classes: hash, btree, and implicit (which
 * sendmail, built with only Berkeley DB, reads as a hash file).
 *
 * As sendmail does: ".db" is added to the file name unless it already
 * ends so; the file must pass the file safety check; the key is cut to
 * 256 bytes and lower-cased unless -f; it is tried without and then with
 * a trailing NUL (-N: only with, -O: only without), and the first form
 * that ever matches is the only one tried afterwards.
 */
#include <db.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "xalloc.h"
#include "engine/maps/map_impl.h"

#define DB_KEY_MAX 256		/* sendmail's MAXNAME */

struct db_state {
	DB     *db;
	char   *path;		/* with ".db" */
	time_t  mtime;		/* to notice a rebuilt file */
};

static void
db_state_free(void *data)
{
	struct db_state *st = data;

	if (st->db != NULL)
		(void) st->db->close(st->db, 0);
	free(st->path);
	free(st);
}

static char *
db_path(const char *file)
{
	size_t n = strlen(file);

	if (n >= 3 && strcmp(file + n - 3, ".db") == 0)
		return xstrdup(file);
	return xasprintf("%s.db", file);
}

/* Open MAP's file as TYPE; CLASSNAME is for messages. */
static int
db_open_as(struct map *map, DBTYPE type, const char *classname)
{
	struct db_state *st;
	struct stat sb;
	char *path = db_path(map->file);
	DB *db = NULL;
	int err;

	err = map_file_safety(map, path);
	if (err != 0) {
		if (!(map->flags & MAPF_OPTIONAL))
			map_syserr(map, err, "%s map \"%s\": %s map file %s",
				   classname, map->name,
				   err == ENOENT ? "missing" : "unsafe", path);
		free(path);
		return 0;
	}
	err = db_create(&db, NULL, 0);
	if (err == 0)
		err = db->open(db, NULL, path, NULL, type, DB_RDONLY, 0);
	if (err != 0) {
		if (db != NULL)
			(void) db->close(db, 0);
		if (err == DB_OLD_VERSION)
			err = EINVAL;
		if (!(map->flags & MAPF_OPTIONAL))
			map_syserr(map, err > 0 ? err : EINVAL,
				   "Cannot open %s database %s", classname, path);
		free(path);
		return 0;
	}
	st = xcalloc(1, sizeof(*st));
	st->db = db;
	st->path = path;
	if (stat(path, &sb) == 0)
		st->mtime = sb.st_mtime;
	if (map->free_data != NULL && map->data != NULL)
		map->free_data(map->data);
	map->data = st;
	map->free_data = db_state_free;
	return 1;
}

static int
hash_open(struct map *map)
{
	return db_open_as(map, DB_HASH, "hash");
}

static int
btree_open(struct map *map)
{
	return db_open_as(map, DB_BTREE, "btree");
}

static void
db_close(struct map *map)
{
	if (map->data != NULL)
		db_state_free(map->data);
	map->data = NULL;
	map->free_data = NULL;
}

/* One get; 1 found, 0 not found, -1 error. */
static int
db_get(DB *db, char *key, size_t klen, DBT *val)
{
	DBT k;
	int r;

	memset(&k, 0, sizeof(k));
	memset(val, 0, sizeof(*val));
	k.data = key;
	k.size = (u_int32_t) klen;
	r = db->get(db, NULL, &k, val, 0);
	if (r == 0)
		return 1;
	if (r == DB_NOTFOUND || r == DB_KEYEMPTY)
		return 0;
	errno = r;
	return -1;
}

/* Reopen a file that was rewritten since it was opened (sendmail looks
 * at the open file, so a removed file goes on being read). */
static int
db_refresh(struct map *map)
{
	struct db_state *st = map->data;
	struct stat sb;
	DBTYPE type;
	int fd = -1;

	if (st->db->fd(st->db, &fd) == 0 && fd >= 0 && fstat(fd, &sb) == 0 &&
	    sb.st_mtime <= st->mtime)
		return 1;
	if (st->db->get_type(st->db, &type) != 0)
		type = DB_HASH;
	return db_open_as(map, type, type == DB_BTREE ? "btree" : "hash");
}

static char *
db_lookup(struct map *map, const char *name, const char *const *av,
	  int *status)
{
	struct db_state *st;
	char key[DB_KEY_MAX + 1];
	size_t klen = strlen(name);
	DBT val;
	int r = 0;

	if (!db_refresh(map)) {
		if (!(map->flags & MAPF_OPTIONAL)) {
			*status = MAP_EX_TEMPFAIL;
			map->flags |= MAPF_BROKEN;
			map_syserr(map, errno, "Cannot reopen DB database %s",
				   map->file);
		}
		return NULL;
	}
	st = map->data;
	if (klen > DB_KEY_MAX)
		klen = DB_KEY_MAX;
	memcpy(key, name, klen);
	key[klen] = '\0';
	if (!(map->flags & MAPF_NOFOLDCASE))
		map_lower(key);

	if (map->flags & MAPF_TRY0NULL) {
		r = db_get(st->db, key, klen, &val);
		if (r > 0)
			map->flags &= ~MAPF_TRY1NULL;
	}
	if (r <= 0 && (map->flags & MAPF_TRY1NULL)) {
		r = db_get(st->db, key, klen + 1, &val);
		if (r > 0)
			map->flags &= ~MAPF_TRY0NULL;
	}
	if (r < 0)
		map_syserr(map, errno, "db_map_lookup: get (%s)", name);
	if (r <= 0)
		return NULL;
	return map_answer(map, name, val.data, val.size, av);
}

static int
implicit_open(struct map *map)
{
	/* only Berkeley DB is built in, so an implicit map is a hash file;
	 * a missing file is quietly not opened, except that an AliasFile
	 * database is then read as a text alias file, as a stab map */
	unsigned saved = map->flags;
	int ok;

	map->flags |= MAPF_OPTIONAL;
	ok = db_open_as(map, DB_HASH, "hash");
	map->flags = saved;
	if (ok || !(map->flags & MAPF_ALIAS))
		return ok;
	map_note(map, "WARNING: cannot open alias database %s; reading text version",
		 map->file);
	if (!map_stab_open(map))
		return 0;
	map->flags |= MAPF_IMPL_TEXT;
	return 1;
}

static char *
implicit_lookup(struct map *map, const char *name, const char *const *av,
		int *status)
{
	if (map->flags & MAPF_IMPL_TEXT)
		return map_stab_lookup(map, name, av, status);
	return db_lookup(map, name, av, status);
}

static void
implicit_close(struct map *map)
{
	if (!(map->flags & MAPF_IMPL_TEXT))
		db_close(map);
}

const struct map_class map_class_hash = {
	"hash", 0, map_parse_common, hash_open, db_close, db_lookup
};

const struct map_class map_class_btree = {
	"btree", 0, map_parse_common, btree_open, db_close, db_lookup
};

const struct map_class map_class_implicit = {
	"implicit", 0, map_parse_common, implicit_open, implicit_close,
	implicit_lookup
};
