/*
 * mm_order.c - sort records for storing, and messages for reporting
 * (see mm_order.h).
 *
 * A record to sort is laid out so that plain byte order is the order
 * wanted:
 *
 *     [bucket 4]  key  NUL  line 4  value  NUL
 *
 * The line number is big-endian, so equal keys sort by line.  The NUL
 * after the key makes a key sort before any longer key it begins (keys
 * hold no NUL byte: they come from C strings) and lets the key be used
 * in place; the one after the value does the same for -N, which stores
 * it.  Hash maps start with the key's hash with its bits reversed:
 * Berkeley DB's bucket is the hash's low bits, as many as the table
 * needs, so sorting on the reversed bits groups every bucket whatever
 * the table's final size (which is only known at the end of input).
 *
 * A message to sort is [line 4] [status 1] text.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extsort.h"
#include "makemap/mm_db.h"
#include "makemap/mm_order.h"
#include "xalloc.h"

/* The messages are few next to the records: a share of the budget. */
#define ERRLOG_SHARE 8

struct mm_order {
	enum mm_db_kind kind;
	bool include_nul;
	struct extsort *sort;
	size_t bytes;
	char buf[4 + MM_LINE_BUFSIZE + 4 + 2];
};

struct mm_errlog {
	struct extsort *sort;
	char *buf;
	size_t cap;
};

static void put_be32(char *p, uint32_t v)
{
	p[0] = (char)(v >> 24);
	p[1] = (char)(v >> 16);
	p[2] = (char)(v >> 8);
	p[3] = (char)v;
}

static uint32_t get_be32(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;

	return (uint32_t)u[0] << 24 | (uint32_t)u[1] << 16 | (uint32_t)u[2] << 8 | u[3];
}

static uint32_t reverse_bits(uint32_t v)
{
	v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1);
	v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2);
	v = ((v >> 4) & 0x0f0f0f0fu) | ((v & 0x0f0f0f0fu) << 4);
	v = ((v >> 8) & 0x00ff00ffu) | ((v & 0x00ff00ffu) << 8);
	return (v >> 16) | (v << 16);
}

struct mm_order *mm_order_new(enum mm_db_kind kind, bool include_nul)
{
	struct mm_order *o = xcalloc(1, sizeof *o);

	o->kind = kind;
	o->include_nul = include_nul;
	o->sort = extsort_new(0);
	return o;
}

int mm_order_add(struct mm_order *o, unsigned int lineno, const struct mm_record *rec)
{
	size_t klen = strlen(rec->key), vlen = strlen(rec->value), n = 0;

	if (o->kind == MM_DB_HASH) {
		put_be32(o->buf, reverse_bits(mm_db_hash(rec->key, rec->key_size)));
		n = 4;
	}
	memcpy(o->buf + n, rec->key, klen + 1);
	n += klen + 1;
	put_be32(o->buf + n, lineno);
	n += 4;
	memcpy(o->buf + n, rec->value, vlen + 1);
	n += vlen + 1;
	o->bytes += rec->key_size + rec->value_size;
	return extsort_add(o->sort, o->buf, n);
}

size_t mm_order_count(const struct mm_order *o)
{
	return extsort_count(o->sort);
}

size_t mm_order_bytes(const struct mm_order *o)
{
	return o->bytes;
}

int mm_order_finish(struct mm_order *o)
{
	bool in_order = o->kind == MM_DB_HASH && extsort_count(o->sort) <= MM_DB_SMALL_HASH &&
			extsort_spilled(o->sort) == 0;

	return extsort_finish(o->sort, in_order);
}

int mm_order_next(struct mm_order *o, unsigned int *lineno, struct mm_record *rec)
{
	const void *data;
	size_t len, klen;
	char *p;
	int rc = extsort_next(o->sort, &data, &len);

	if (rc <= 0) {
		if (rc < 0)
			errno = extsort_error(o->sort);
		return rc;
	}
	p = (char *)data + (o->kind == MM_DB_HASH ? 4 : 0);
	klen = strlen(p);
	rec->key = p;
	rec->key_size = klen + o->include_nul;
	*lineno = get_be32(p + klen + 1);
	rec->value = p + klen + 5;
	rec->value_size = (size_t)((char *)data + len - rec->value) - 1 + o->include_nul;
	return 1;
}

void mm_order_free(struct mm_order *o)
{
	if (o == NULL)
		return;
	extsort_free(o->sort);
	free(o);
}

struct mm_errlog *mm_errlog_new(void)
{
	struct mm_errlog *l = xcalloc(1, sizeof *l);

	l->sort = extsort_new(extsort_budget() / ERRLOG_SHARE);
	return l;
}

int mm_errlog_add(struct mm_errlog *l, unsigned int lineno, int status, const char *message)
{
	size_t len = strlen(message);

	if (5 + len > l->cap) {
		l->cap = 5 + len;
		l->buf = xrealloc(l->buf, l->cap);
	}
	put_be32(l->buf, lineno);
	l->buf[4] = (char)status;
	memcpy(l->buf + 5, message, len);
	return extsort_add(l->sort, l->buf, 5 + len);
}

int mm_errlog_replay(struct mm_errlog *l,
		     void (*fn)(void *arg, unsigned int lineno, const char *message), void *arg)
{
	const void *data;
	size_t len;
	int rc, err, status = 0;

	if ((err = extsort_finish(l->sort, false)) != 0) {
		errno = err;
		return -1;
	}
	while ((rc = extsort_next(l->sort, &data, &len)) > 0) {
		const char *p = data;
		char *text = xstrndup(p + 5, len - 5);

		status = (unsigned char)p[4];
		fn(arg, get_be32(p), text);
		free(text);
	}
	if (rc < 0) {
		errno = extsort_error(l->sort);
		return -1;
	}
	return status;
}

void mm_errlog_free(struct mm_errlog *l)
{
	if (l == NULL)
		return;
	extsort_free(l->sort);
	free(l->buf);
	free(l);
}
