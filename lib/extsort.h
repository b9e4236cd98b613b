/*
 * extsort.h - sort any number of byte strings in bounded memory.
 *
 * Records are collected in one block of memory; when the block is full
 * its records are sorted and written to an unnamed temporary file (a
 * "run"), and the block is reused.  At the end the runs are merged.
 * Memory stays at the budget (plus small read buffers while merging)
 * whatever the number of records, so a map of ten million lines is
 * sorted in the same memory as one of a million.
 *
 * The order is that of the bytes (memcmp, a record that is a prefix of
 * another first); records that are equal come out in the order they
 * were added.  Callers make the order they want by putting the sort
 * fields first, big-endian numbers included.
 *
 * The budget is the caller's, or SMCF_SORT_BYTES from the environment
 * (a testing knob: a tiny budget makes a small input go through runs
 * and merging), or EXTSORT_DEFAULT_BYTES.  Temporary files go to
 * $TMPDIR, else /tmp, and vanish with the process.
 */
#ifndef SMCF_EXTSORT_H
#define SMCF_EXTSORT_H

#include <stdbool.h>
#include <stddef.h>

#define EXTSORT_DEFAULT_BYTES (96UL * 1024 * 1024)

struct extsort;

/* The default budget described above. */
size_t extsort_budget(void);

/* BUDGET in bytes, 0 for the default. */
struct extsort *extsort_new(size_t budget);

/* Add a record of LEN bytes (at most EXTSORT_MAX_RECORD).  0, or an
 * errno value when a run could not be written. */
#define EXTSORT_MAX_RECORD (1UL << 30)
int extsort_add(struct extsort *s, const void *rec, size_t len);

/* No more records: sort (or, with IN_ORDER, keep the order they were
 * added in; only possible while nothing was written to a run, see
 * extsort_spilled()).  0 or an errno value. */
int extsort_finish(struct extsort *s, bool in_order);

/* The next record after extsort_finish(): 1 with *REC and *LEN set (the
 * bytes stay valid until the next call), 0 at the end, -1 on a read
 * error (extsort_error() tells which). */
int extsort_next(struct extsort *s, const void **rec, size_t *len);
int extsort_error(const struct extsort *s);

/* Records added so far. */
size_t extsort_count(const struct extsort *s);

/* How many runs went to temporary files (0: everything fit in memory). */
size_t extsort_spilled(const struct extsort *s);

void extsort_free(struct extsort *s);

#endif
