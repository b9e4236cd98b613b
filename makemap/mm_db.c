/*
 * mm_db.c - Berkeley DB 5.3 access for smcf makemap.
 *
 * Settings follow sendmail's makemap so that the files are of the same
 * kind: a hash table sized for 4096 elements, the requested cache, DB_DUP
 * for -d.  Library diagnostics are silenced (the reference does too): the
 * caller reports errors in makemap's own words.
 */
#include <db.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "makemap/mm_db.h"
#include "xalloc.h"

#define HASH_ELEMENT_HINT 4096

struct mm_db {
	DB *db;
};

static void quiet_errors(const DB_ENV *env, const char *prefix, const char *msg)
{
	(void)env;
	(void)prefix;
	(void)msg;
}

int mm_db_open(const char *path, const struct mm_db_params *params,
	       struct mm_db **dbp)
{
	DBTYPE type = params->kind == MM_DB_BTREE ? DB_BTREE : DB_HASH;
	u_int32_t flags = params->read_only ? DB_RDONLY : DB_CREATE;
	DB *db;
	int err;

	*dbp = NULL;
	err = db_create(&db, NULL, 0);
	if (err != 0)
		return err;
	db->set_errcall(db, quiet_errors);
	err = db->set_cachesize(db, 0, (u_int32_t)params->cache_bytes, 0);
	if (err == 0 && type == DB_HASH)
		err = db->set_h_nelem(db, HASH_ELEMENT_HINT);
	if (err == 0 && params->duplicates)
		err = db->set_flags(db, DB_DUP);
	if (err == 0)
		err = db->open(db, NULL, path, NULL, type, flags, 0640);
	if (err != 0) {
		db->close(db, 0);
		return err;
	}
	*dbp = xmalloc(sizeof **dbp);
	(*dbp)->db = db;
	return 0;
}

enum mm_put_result mm_db_put(struct mm_db *db, const void *key, size_t key_size,
			     const void *value, size_t value_size,
			     bool no_overwrite, int *err)
{
	DBT k, v;
	int rc;

	memset(&k, 0, sizeof k);
	memset(&v, 0, sizeof v);
	k.data = (void *)key;
	k.size = (u_int32_t)key_size;
	v.data = (void *)value;
	v.size = (u_int32_t)value_size;
	rc = db->db->put(db->db, NULL, &k, &v, no_overwrite ? DB_NOOVERWRITE : 0);
	if (rc == 0)
		return MM_PUT_OK;
	if (rc == DB_KEYEXIST)
		return MM_PUT_DUPLICATE;
	*err = rc;
	return MM_PUT_ERROR;
}

/* Bytes of a stored item as printf("%.*s") shows them: up to a NUL. */
static size_t printable_length(const DBT *item)
{
	const char *nul = memchr(item->data, '\0', item->size);

	return nul ? (size_t)(nul - (const char *)item->data) : item->size;
}

int mm_db_dump(struct mm_db *db, FILE *out, int sep)
{
	DBC *cursor;
	DBT k, v;
	int rc;

	rc = db->db->cursor(db->db, NULL, &cursor, 0);
	if (rc != 0)
		return rc;
	memset(&k, 0, sizeof k);
	memset(&v, 0, sizeof v);
	while ((rc = cursor->get(cursor, &k, &v, DB_NEXT)) == 0) {
		fwrite(k.data, 1, printable_length(&k), out);
		putc(sep, out);
		fwrite(v.data, 1, printable_length(&v), out);
		putc('\n', out);
	}
	cursor->close(cursor);
	return 0;
}

int mm_db_close(struct mm_db *db)
{
	int rc = db->db->close(db->db, 0);

	free(db);
	return rc;
}

const char *mm_db_strerror(int err)
{
	if (err > 0)
		return strerror(err);
	return db_strerror(err);
}
