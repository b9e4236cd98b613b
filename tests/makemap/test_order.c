/*
 * test_order.c - unit tests of the bounded-memory sort (lib/extsort.c)
 * and of the order smcf makemap stores records in (makemap/mm_order.c):
 * the sort against qsort at budgets from tiny (many runs, merged in
 * several passes) to roomy, records longer than the budget, the in-order
 * mode, equal keys in line order; and that the hash
 * makemap groups records by is Berkeley DB's (a sized table, walked with
 * a cursor, gives its records bucket after bucket).  Prints PASS/FAIL
 * lines; exit 1 on any failure.
 */
#include <db.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extsort.h"
#include "makemap/mm_db.h"
#include "makemap/mm_order.h"

static int failures;

static void check(int ok, const char *name)
{
	printf("%s unit-%s\n", ok ? "PASS" : "FAIL", name);
	if (!ok)
		failures++;
}

struct rec {
	char bytes[64];
	size_t len;
	size_t seq;		/* order of adding */
};

static int by_bytes_then_seq(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	size_t m = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->bytes, y->bytes, m);

	if (c != 0)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* N records of random bytes from a small alphabet, NUL and 0xff among
 * them (many equal beginnings, many records that are prefixes of
 * others), each followed by two bytes of its index (see sort_case). */
static struct rec *random_records(size_t n, unsigned seed)
{
	struct rec *r = calloc(n, sizeof *r);

	srand(seed);
	for (size_t i = 0; i < n; i++) {
		r[i].len = 1 + (size_t)rand() % 12;
		for (size_t j = 0; j + 1 < r[i].len; j++)
			r[i].bytes[j] = "ab\0\xff"[rand() % 4];
		r[i].bytes[r[i].len - 1] = (char)('0' + rand() % 3);
		r[i].bytes[r[i].len] = (char)(i >> 8);
		r[i].bytes[r[i].len + 1] = (char)i;
		r[i].seq = i;
	}
	return r;
}

/* Sort N random records with BUDGET; compare with qsort.  The two index
 * bytes make every record different, so the output must match exactly. */
static void sort_case(const char *name, size_t n, size_t budget, int want_spill)
{
	struct rec *r = random_records(n, (unsigned)n);
	struct extsort *s = extsort_new(budget);
	const void *data;
	size_t len, i = 0;
	int ok = 1, rc;

	for (size_t k = 0; k < n; k++)
		if (extsort_add(s, r[k].bytes, r[k].len + 2) != 0)
			ok = 0;
	for (size_t k = 0; k < n; k++)
		r[k].len += 2;
	qsort(r, n, sizeof *r, by_bytes_then_seq);
	ok = ok && extsort_count(s) == n && extsort_finish(s, false) == 0;
	ok = ok && (want_spill ? extsort_spilled(s) > 0 : extsort_spilled(s) == 0);
	while (ok && (rc = extsort_next(s, &data, &len)) > 0) {
		if (i >= n || len != r[i].len || memcmp(data, r[i].bytes, len) != 0)
			ok = 0;
		i++;
	}
	check(ok && i == n, name);
	extsort_free(s);
	free(r);
}

static void in_order_case(void)
{
	struct extsort *s = extsort_new(1 << 20);
	const char *words[] = { "pear", "apple", "fig", "apple" };
	const void *data;
	size_t len, i = 0;
	int ok = 1;

	for (size_t k = 0; k < 4; k++)
		extsort_add(s, words[k], strlen(words[k]));
	ok = extsort_finish(s, true) == 0;
	while (ok && extsort_next(s, &data, &len) > 0) {
		ok = i < 4 && len == strlen(words[i]) && memcmp(data, words[i], len) == 0;
		i++;
	}
	check(ok && i == 4, "extsort-in-order");
	extsort_free(s);
}

/* A record bigger than the whole budget, between small ones. */
static void big_record_case(void)
{
	struct extsort *s = extsort_new(1024);
	char big[4000];
	const void *data;
	size_t len, i = 0;
	int ok;

	memset(big, 'm', sizeof big);
	extsort_add(s, "z", 1);
	extsort_add(s, big, sizeof big);
	extsort_add(s, "a", 1);
	ok = extsort_finish(s, false) == 0;
	while (ok && extsort_next(s, &data, &len) > 0) {
		ok = (i == 0 && len == 1 && *(const char *)data == 'a') ||
		     (i == 1 && len == sizeof big && memcmp(data, big, len) == 0) ||
		     (i == 2 && len == 1 && *(const char *)data == 'z');
		i++;
	}
	check(ok && i == 3, "extsort-record-over-budget");
	extsort_free(s);
}

/* mm_order: a btree's records by key, equal keys by line. */
static void order_btree_case(void)
{
	struct mm_order *o = mm_order_new(MM_DB_BTREE, true);
	const char *keys[] = { "b", "a", "ab", "a" };
	const char *want[] = { "a:2:v2", "a:4:v4", "ab:3:v3", "b:1:v1" };
	char key[8], value[8], got[32];
	struct mm_record rec;
	unsigned int line;
	size_t i = 0;
	int ok = 1;

	for (unsigned k = 0; k < 4; k++) {
		strcpy(key, keys[k]);
		snprintf(value, sizeof value, "v%u", k + 1);
		rec.key = key;
		rec.key_size = strlen(key) + 1;
		rec.value = value;
		rec.value_size = strlen(value) + 1;
		ok = ok && mm_order_add(o, k + 1, &rec) == 0;
	}
	ok = ok && mm_order_count(o) == 4 && mm_order_finish(o) == 0;
	while (ok && mm_order_next(o, &line, &rec) > 0) {
		snprintf(got, sizeof got, "%s:%u:%s", rec.key, line, rec.value);
		ok = i < 4 && strcmp(got, want[i]) == 0 && rec.key_size == strlen(rec.key) + 1 &&
		     rec.value_size == strlen(rec.value) + 1;
		i++;
	}
	check(ok && i == 4, "order-btree-key-then-line");
	mm_order_free(o);
}

/*
 * A hash map of many records built through mm_order and mm_db (a sized
 * table), walked with Berkeley DB's cursor: the cursor goes bucket by
 * bucket, so the buckets computed with mm_db_hash() must never go down.
 */
static void hash_function_case(const char *dir)
{
	char *path = malloc(strlen(dir) + 16);
	struct mm_db_params params = { .kind = MM_DB_HASH, .cache_bytes = 1 << 20 };
	struct mm_order *o = mm_order_new(MM_DB_HASH, false);
	struct mm_record rec;
	struct mm_db *db;
	unsigned int line;
	const size_t n = 20000;
	char key[32];
	DB *raw;
	DBC *cur;
	DBT k, v;
	DB_HASH_STAT *st;
	uint32_t mask, last = 0, buckets;
	int ok = 1, fatal = 0;

	sprintf(path, "%s/order.db", dir);
	unlink(path);
	for (size_t i = 0; i < n; i++) {
		snprintf(key, sizeof key, "host%zu.example", i * 7919);
		rec.key = key;
		rec.key_size = strlen(key);
		rec.value = "OK";
		rec.value_size = 2;
		ok = ok && mm_order_add(o, (unsigned)i + 1, &rec) == 0;
	}
	params.records = mm_order_count(o);
	params.record_bytes = mm_order_bytes(o);
	ok = ok && mm_order_finish(o) == 0 && mm_db_open(path, &params, &db) == 0;
	while (ok && mm_order_next(o, &line, &rec) > 0)
		if (mm_db_put(db, rec.key, rec.key_size, rec.value, rec.value_size, false, &fatal) != MM_PUT_OK)
			ok = 0;
	ok = ok && mm_db_close(db) == 0;
	mm_order_free(o);
	check(ok, "order-hash-build");

	ok = ok && db_create(&raw, NULL, 0) == 0 &&
	     raw->open(raw, NULL, path, NULL, DB_HASH, DB_RDONLY, 0) == 0;
	ok = ok && raw->stat(raw, NULL, &st, 0) == 0;
	if (!ok) {
		check(0, "order-hash-buckets");
		free(path);
		return;
	}
	buckets = st->hash_buckets;
	free(st);
	/* a table made for all records at once: a power of two, no split */
	check(buckets >= n / 200 && (buckets & (buckets - 1)) == 0, "order-hash-sized-table");
	mask = buckets - 1;
	memset(&k, 0, sizeof k);
	memset(&v, 0, sizeof v);
	ok = raw->cursor(raw, NULL, &cur, 0) == 0;
	for (size_t i = 0; ok && cur->get(cur, &k, &v, DB_NEXT) == 0; i++) {
		uint32_t b = mm_db_hash(k.data, k.size) & mask;

		if (i > 0 && b < last)
			ok = 0;
		last = b;
	}
	cur->close(cur);
	raw->close(raw, 0);
	check(ok, "order-hash-buckets");
	unlink(path);
	free(path);
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : ".";

	sort_case("extsort-in-memory", 5000, 1 << 20, 0);
	sort_case("extsort-runs", 5000, 8192, 1);
	sort_case("extsort-multipass", 20000, 1024, 1);	/* > 64 runs */
	in_order_case();
	big_record_case();
	order_btree_case();
	hash_function_case(dir);
	return failures ? 1 : 0;
}
