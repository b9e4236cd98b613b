/*
 * mm_db.c - Berkeley DB 5.3 access for smcf makemap.
 *
 * Settings follow sendmail's makemap so that the files are of the same
 * kind: a hash table sized for 4096 elements, the requested cache, DB_DUP
 * for -d.  A large hash map is the exception: its table is sized for the
 * number of records the caller counted (the format is the same, sendmail
 * reads it as any other).  Library diagnostics are silenced (the
 * reference does too): the caller reports errors in makemap's own words.
 */
#include <db.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "makemap/mm_db.h"
#include "xalloc.h"

#define HASH_ELEMENT_HINT MM_DB_SMALL_HASH

/*
 * A sized hash table.  Pages are 4096 bytes; a page has a 26-byte header,
 * and each record on it costs its key and value bytes plus two 2-byte
 * index slots and a type byte for each of key and value.  The table gets
 * a power of two of buckets, enough for each bucket's page to be at most
 * 75% full on average (so between 37% and 75%).
 *
 * Berkeley DB splits a bucket whenever the page a record went to holds
 * more records than the fill factor; the fill factor is therefore twice
 * what an average page holds, so that loading splits nothing (a split
 * makes Berkeley DB reserve the pages of a whole new doubling of the
 * table: the file would double).  Later additions (-o) still split a
 * bucket that has grown to two pages.  Berkeley DB counts the element
 * hint it was given as elements already there, and makes
 * 2^ceil(log2((hint - 1) / ffactor + 1)) buckets: the hint is chosen to
 * give the number of buckets wanted.
 */
#define HASH_PAGE_SIZE 4096
#define HASH_PAGE_HEADER 26
#define HASH_RECORD_OVERHEAD 6
#define HASH_FILL_PERCENT 75

/* Page size Berkeley DB picks on the file systems maps live on. */
#define TYPICAL_PAGE_SIZE 4096
struct mm_db {
	DB_ENV *env;
	DB *db;
};

static void quiet_errors(const DB_ENV *env, const char *prefix, const char *msg)
{
	(void)env;
	(void)prefix;
	(void)msg;
}

/*
 * A private (in-process, no files) environment holding only the buffer
 * pool.  Libdb makes one of these implicitly; making it ourselves lets the
 * pool's lookup table be sized for the cache, which removes most of the
 * time a large build spends finding pages in the pool.
 */
static int open_private_env(size_t cache_bytes, DB_ENV **envp)
{
	u_int32_t pages = (u_int32_t)(cache_bytes / TYPICAL_PAGE_SIZE);
	DB_ENV *env;
	int err;

	err = db_env_create(&env, 0);
	if (err != 0)
		return err;
	env->set_errcall(env, quiet_errors);
	err = env->set_cachesize(env, 0, (u_int32_t)cache_bytes, 1);
	if (err == 0 && pages > 1024)
		err = env->set_mp_tablesize(env, pages);
	if (err == 0)
		err = env->open(env, NULL, DB_CREATE | DB_PRIVATE | DB_INIT_MPOOL, 0);
	if (err != 0) {
		env->close(env, 0);
		return err;
	}
	*envp = env;
	return 0;
}

unsigned int mm_db_hash(const void *key, size_t len)
{
	const unsigned char *k = key, *end = k + len;
	u_int32_t h = 0;

	/* Fowler/Noll/Vo with a zero start, as Berkeley DB's __ham_func5 */
	for (; k < end; k++) {
		h *= 16777619;
		h ^= *k;
	}
	return h;
}

/* The hash table's size: the reference's hint, or one for all records. */
static int size_hash(DB *db, const struct mm_db_params *params)
{
	uint64_t per_record, per_page, want, buckets = 2, ffactor, hint;
	int err;

	if (params->read_only || params->records <= MM_DB_SMALL_HASH)
		return db->set_h_nelem(db, HASH_ELEMENT_HINT);
	per_record = (params->record_bytes + params->records - 1) / params->records +
		     HASH_RECORD_OVERHEAD;
	per_page = (HASH_PAGE_SIZE - HASH_PAGE_HEADER) / per_record;
	if (per_page < 1)
		per_page = 1;
	want = (uint64_t)params->records * 100 / (per_page * HASH_FILL_PERCENT) + 1;
	while (buckets < want)
		buckets <<= 1;
	ffactor = 2 * per_page;
	hint = buckets / 2 * ffactor + 1;
	if (hint > UINT32_MAX)
		return db->set_h_nelem(db, HASH_ELEMENT_HINT);
	err = db->set_pagesize(db, HASH_PAGE_SIZE);
	if (err == 0)
		err = db->set_h_ffactor(db, (u_int32_t)ffactor);
	if (err == 0)
		err = db->set_h_nelem(db, (u_int32_t)hint);
	return err;
}

int mm_db_open(const char *path, const struct mm_db_params *params,
	       struct mm_db **dbp)
{
	DBTYPE type = params->kind == MM_DB_BTREE ? DB_BTREE : DB_HASH;
	u_int32_t flags = params->read_only ? DB_RDONLY : DB_CREATE;
	DB_ENV *env;
	DB *db;
	int err;

	*dbp = NULL;
	err = open_private_env(params->cache_bytes, &env);
	if (err != 0)
		return err;
	err = db_create(&db, env, 0);
	if (err != 0) {
		env->close(env, 0);
		return err;
	}
	db->set_errcall(db, quiet_errors);
	if (type == DB_HASH)
		err = size_hash(db, params);
	if (err == 0 && params->duplicates)
		err = db->set_flags(db, DB_DUP);
	if (err == 0)
		err = db->open(db, NULL, path, NULL, type, flags, 0640);
	if (err != 0) {
		db->close(db, 0);
		env->close(env, 0);
		return err;
	}
	*dbp = xmalloc(sizeof **dbp);
	(*dbp)->env = env;
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

struct dump {
	FILE *out;
	int sep;
};

static int dump_record(void *arg, const void *key, size_t key_size, const void *value,
		       size_t value_size)
{
	const struct dump *d = arg;
	DBT k = { .data = (void *)key, .size = (u_int32_t)key_size };
	DBT v = { .data = (void *)value, .size = (u_int32_t)value_size };

	fwrite(k.data, 1, printable_length(&k), d->out);
	putc(d->sep, d->out);
	fwrite(v.data, 1, printable_length(&v), d->out);
	putc('\n', d->out);
	return 0;
}

int mm_db_dump(struct mm_db *db, FILE *out, int sep)
{
	struct dump d = { out, sep };

	return mm_db_each(db, dump_record, &d);
}

int mm_db_each(struct mm_db *db, int (*fn)(void *arg, const void *key, size_t key_size,
					   const void *value, size_t value_size), void *arg)
{
	DBC *cursor;
	DBT k, v;
	int rc;

	rc = db->db->cursor(db->db, NULL, &cursor, 0);
	if (rc != 0)
		return rc;
	memset(&k, 0, sizeof k);
	memset(&v, 0, sizeof v);
	while ((rc = cursor->get(cursor, &k, &v, DB_NEXT)) == 0)
		if (fn(arg, k.data, k.size, v.data, v.size) != 0)
			break;
	cursor->close(cursor);
	return rc == DB_NOTFOUND || rc == 0 ? 0 : rc;
}

int mm_db_close(struct mm_db *db)
{
	int rc = db->db->close(db->db, 0);
	int rc_env = db->env->close(db->env, 0);

	free(db);
	if (rc == 0)
		rc = rc_env;
	return rc;
}

const char *mm_db_strerror(int err)
{
	if (err > 0)
		return strerror(err);
	return db_strerror(err);
}
