/*
 * mm_order.h - the order smcf makemap stores records in, and the order
 * it reports bad lines in.
 *
 * Records are collected (in bounded memory, lib/extsort.h) until the
 * input ends, then handed back sorted: a btree by key, a hash table
 * grouped by the bucket each key falls in, so that Berkeley DB fills its
 * pages one after another instead of jumping across a file far bigger
 * than its cache.  Records of the same key keep the order of their lines,
 * so the first (or with -r the last) wins, and -d keeps duplicates in
 * line order, exactly as when they are stored line by line.
 *
 * Bad lines found while reading and duplicates found while storing are
 * reported together at the end, in the order of their lines, as the
 * reference reports them.
 */
#ifndef SMCF_MM_ORDER_H
#define SMCF_MM_ORDER_H

#include <stdbool.h>
#include <stddef.h>

#include "makemap/mm_input.h"
#include "makemap/mm_types.h"

struct mm_order;

struct mm_order *mm_order_new(enum mm_db_kind kind, bool include_nul);

/* Keep the record of line LINENO.  0, or an errno value (a temporary
 * file could not be written). */
int mm_order_add(struct mm_order *o, unsigned int lineno, const struct mm_record *rec);

/* Records kept, and the bytes of their keys and values as stored. */
size_t mm_order_count(const struct mm_order *o);
size_t mm_order_bytes(const struct mm_order *o);

/* End of input.  A small hash map (MM_DB_SMALL_HASH) that fit in memory
 * comes back in line order, as sendmail's makemap would store it, so its
 * file is laid out the same.  0 or an errno value. */
int mm_order_finish(struct mm_order *o);

/* The next record to store: 1 with *LINENO and *REC set (valid until the
 * next call), 0 at the end, -1 with errno set on a read error. */
int mm_order_next(struct mm_order *o, unsigned int *lineno, struct mm_record *rec);

void mm_order_free(struct mm_order *o);

/* --- messages about lines --- */

struct mm_errlog;

struct mm_errlog *mm_errlog_new(void);

/* Keep MESSAGE about line LINENO, which implies exit status STATUS.
 * 0, or an errno value. */
int mm_errlog_add(struct mm_errlog *l, unsigned int lineno, int status, const char *message);

/* Call FN with each message in line order; returns the status of the
 * last one (0 when there were none), or -1 with errno set when they
 * could not be read back. */
int mm_errlog_replay(struct mm_errlog *l,
		     void (*fn)(void *arg, unsigned int lineno, const char *message), void *arg);

void mm_errlog_free(struct mm_errlog *l);

#endif
