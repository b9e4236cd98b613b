/*
 * mm_db.h - the Berkeley DB side of smcf makemap: open a hash or btree
 * file with the settings sendmail's makemap uses, store, dump, close.
 */
#ifndef SMCF_MM_DB_H
#define SMCF_MM_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "makemap/mm_types.h"

struct mm_db;

struct mm_db_params {
	enum mm_db_kind kind;
	size_t cache_bytes;
	bool duplicates;	/* -d: keep every record of a key */
	bool read_only;		/* -u */
	/* What a new hash table is sized from (see MM_DB_SMALL_HASH): the
	 * records to come and their key and value bytes.  0: not known. */
	size_t records;
	size_t record_bytes;
};

/*
 * Up to this many records a hash table is made as sendmail's makemap
 * makes it (a hint of 4096 elements, buckets split as it fills), so a
 * small map has the very same layout.  A bigger one is sized for all its
 * records from the start: no bucket is ever split while it is loaded.
 */
#define MM_DB_SMALL_HASH 4096

/* Berkeley DB's own hash function of a key (its default, which
 * sendmail uses): the bucket of a key is this value masked by the
 * table size, so records grouped by it fill one bucket after another. */
unsigned int mm_db_hash(const void *key, size_t len);

/* Error codes are errno values or Berkeley DB's negative codes. */
int mm_db_open(const char *path, const struct mm_db_params *params,
	       struct mm_db **dbp);

enum mm_put_result { MM_PUT_OK, MM_PUT_DUPLICATE, MM_PUT_ERROR };

/* Store a record; NO_OVERWRITE refuses keys already present.  *ERR on error. */
enum mm_put_result mm_db_put(struct mm_db *db, const void *key, size_t key_size,
			     const void *value, size_t value_size,
			     bool no_overwrite, int *err);

/* Print every record as key SEP value, in database order.  Error code or 0. */
int mm_db_dump(struct mm_db *db, FILE *out, int sep);

/* Call FN with every record (its bytes, NUL included when stored), in
 * database order, until FN returns nonzero.  Error code or 0. */
int mm_db_each(struct mm_db *db, int (*fn)(void *arg, const void *key, size_t key_size,
					   const void *value, size_t value_size), void *arg);

/* Flush and close; error code or 0. */
int mm_db_close(struct mm_db *db);

/* Text for an error code of the functions above. */
const char *mm_db_strerror(int err);

#endif
