/*
 * maps.c - the records of a map: from a makemap source (as sendmail's
 * makemap reads it, through makemap/mm_input.h), from an aliases file
 * (as `sendmail -bi' reads it), from a Berkeley DB file, and back into a
 * new DB file (through makemap/mm_db.h, so the file is what makemap
 * writes).
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"
#include "makemap/mm_db.h"
#include "makemap/mm_input.h"
#include "site/site.h"

/* A Berkeley DB cache for building site maps: makemap's default. */
#define SITE_DB_CACHE (64UL * 1024 * 1024)

static void add_record(struct map_records *r, const char *key, size_t klen,
		       const char *value, size_t vlen, int line)
{
	struct map_record *rec;

	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 256;
		r->v = xrealloc(r->v, r->cap * sizeof(*r->v));
	}
	rec = &r->v[r->n++];
	rec->key = xmalloc(klen + 1);
	memcpy(rec->key, key, klen);
	rec->key[klen] = '\0';
	rec->klen = klen;
	rec->value = xmalloc(vlen + 1);
	memcpy(rec->value, value, vlen);
	rec->value[vlen] = '\0';
	rec->vlen = vlen;
	rec->line = line;
}

void map_records_free(struct map_records *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].key);
		free(r->v[i].value);
	}
	free(r->v);
	memset(r, 0, sizeof(*r));
}

static int bytes_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	int d = memcmp(a, b, alen < blen ? alen : blen);

	return d ? d : alen < blen ? -1 : alen > blen;
}

static int record_cmp(const void *pa, const void *pb)
{
	const struct map_record *a = pa, *b = pb;
	int d = bytes_cmp(a->key, a->klen, b->key, b->klen);

	return d ? d : bytes_cmp(a->value, a->vlen, b->value, b->vlen);
}

void map_records_sort(struct map_records *r)
{
	if (r->n > 1)
		qsort(r->v, r->n, sizeof(*r->v), record_cmp);
}

/* The index of KEY among the N sorted records V, or -1. */
static long find_key(const struct map_records *r, const char *key, size_t klen)
{
	size_t lo = 0, hi = r->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int d = bytes_cmp(r->v[mid].key, r->v[mid].klen, key, klen);

		if (d == 0)
			return (long)mid;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

int map_source_read(const char *path, const struct map_format *f, struct map_records *out)
{
	struct mm_syntax syn = { 0, '#', f->fold_keys != 0, 0, f->include_nul != 0 };
	struct map_records seen = { NULL, 0, 0 };
	char line[MM_LINE_BUFSIZE];
	enum mm_read_status rs;
	struct mm_reader *rd;
	int fd = open(path, O_RDONLY), lineno = 0;

	if (fd < 0)
		return -1;
	rd = mm_reader_new(fd);
	while ((rs = mm_read_line(rd, line)) != MM_READ_EOF && rs != MM_READ_ERROR) {
		struct mm_record rec;

		lineno++;
		if (rs == MM_READ_TOO_LONG) {
			diag_report(DC_MAP_LINE_TOO_LONG, DIAG_ERROR, path, lineno, 0, "line too long (%d bytes max)",
				    MM_LINE_BUFSIZE);
			continue;
		}
		switch (mm_parse_line(&syn, line, &rec)) {
		case MM_PARSE_SKIP:
			break;
		case MM_PARSE_LEADING_SPACE:
			diag_report(DC_MAP_LEADING_SPACE, DIAG_ERROR, path, lineno, 1,
				    "the line starts with white space: makemap refuses it");
			break;
		case MM_PARSE_NO_VALUE:
			diag_report(DC_MAP_NO_VALUE, DIAG_ERROR, path, lineno, 1, "key %s has no value", rec.key);
			break;
		case MM_PARSE_RECORD:
			add_record(out, rec.key, rec.key_size, rec.value, rec.value_size, lineno);
			add_record(&seen, rec.key, rec.key_size, "", 0, lineno);
			break;
		}
	}
	if (rs == MM_READ_ERROR) {
		int eno = mm_reader_error(rd);

		mm_reader_free(rd);
		close(fd);
		map_records_free(&seen);
		errno = eno;
		return -1;
	}
	mm_reader_free(rd);
	close(fd);
	/* makemap keeps the first record of a key and calls the others errors */
	map_records_sort(&seen);
	for (size_t i = 1; i < seen.n; i++)
		if (bytes_cmp(seen.v[i].key, seen.v[i].klen, seen.v[i - 1].key, seen.v[i - 1].klen) == 0)
			diag_report(DC_MAP_DUPLICATE_KEY, DIAG_ERROR, path, seen.v[i].line, 1,
				    "duplicate key %s (first at line %d)", seen.v[i].key, seen.v[i - 1].line);
	map_records_free(&seen);
	map_records_sort(out);
	return 0;
}

/* Is DOMAIN one of the words of class w in the cf? */
static int local_domain(const struct cf_meaning *cf, const char *domain)
{
	for (size_t i = 0; cf != NULL && i < cf->nitems; i++)
		if (cf->items[i].kind == CFM_CLASS && strcmp(cf->items[i].name, "w") == 0 &&
		    strcasecmp(cf->items[i].value, domain) == 0)
			return 1;
	return strcasecmp(domain, "localhost") == 0;
}

/*
 * One alias: LHS (NUL-terminated, trimmed) to RHS.  The name is the user
 * part sendmail's parsing leaves for the local mailer: a name with a
 * domain must be one of the host's own (class w); it is lower-cased
 * unless the local mailer keeps case.
 */
static void store_alias(const char *path, int line, char *lhs, const char *rhs,
			const struct alias_rules *r, struct map_records *out)
{
	char *at = strrchr(lhs, '@');
	if (at != NULL && lhs[0] != '"') {
		if (!local_domain(r->cf, at + 1)) {
			diag_report(DC_MAP_ALIASES, DIAG_ERROR, path, line, 1,
				    "%s: cannot alias non-local names (%s is not in class w)", lhs, at + 1);
			return;
		}
		*at = '\0';
	}
	if (*lhs == '\0') {
		diag_report(DC_MAP_ALIASES, DIAG_ERROR, path, line, 1, "illegal alias name");
		return;
	}
	if (*rhs == '\0') {
		diag_report(DC_MAP_ALIASES, DIAG_ERROR, path, line, 1, "%s: missing value for alias", lhs);
		return;
	}
	if (r->fold_keys)
		for (char *p = lhs; *p; p++)
			*p = (char)tolower((unsigned char)*p);
	add_record(out, lhs, strlen(lhs) + 1, rhs, strlen(rhs) + 1, line);
}

static int key_then_line(const void *pa, const void *pb)
{
	const struct map_record *a = pa, *b = pb;
	int d = bytes_cmp(a->key, a->klen, b->key, b->klen);

	return d ? d : a->line - b->line;
}

/* A name given twice: sendmail warns and the last value stays. */
static void drop_repeated_aliases(const char *path, struct map_records *r)
{
	size_t keep = 0;

	if (r->n > 1)
		qsort(r->v, r->n, sizeof(*r->v), key_then_line);
	for (size_t i = 0; i < r->n; i++) {
		if (i + 1 < r->n && bytes_cmp(r->v[i].key, r->v[i].klen, r->v[i + 1].key, r->v[i + 1].klen) == 0) {
			diag_report(DC_MAP_ALIASES, DIAG_WARNING, path, r->v[i + 1].line, 1,
				    "duplicate alias name %s (also at line %d): the last one counts",
				    r->v[i].key, r->v[i].line);
			free(r->v[i].key);
			free(r->v[i].value);
			continue;
		}
		r->v[keep++] = r->v[i];
	}
	r->n = keep;
}

int aliases_read(const char *path, const struct alias_rules *r, struct map_records *out)
{
	FILE *fp = fopen(path, "r");
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	struct strbuf rhs = STRBUF_INIT;
	char *lhs = NULL;
	int lineno = 0, lhs_line = 0;

	if (fp == NULL)
		return -1;
	for (;;) {
		n = getline(&buf, &cap, fp);
		if (n > 0 && buf[n - 1] == '\n')
			buf[--n] = '\0';
		if (n >= 0)
			lineno++;
		/* a line starting with a blank continues the alias */
		if (n >= 0 && (buf[0] == ' ' || buf[0] == '\t') && lhs != NULL) {
			strbuf_addstr(&rhs, buf);
			continue;
		}
		if (lhs != NULL) {
			store_alias(path, lhs_line, lhs, strbuf_str(&rhs), r, out);
			free(lhs);
			lhs = NULL;
			strbuf_reset(&rhs);
		}
		if (n < 0)
			break;
		if (buf[0] == '#' || buf[0] == '\0')
			continue;
		if (buf[0] == ' ' || buf[0] == '\t') {
			diag_report(DC_MAP_ALIASES, DIAG_ERROR, path, lineno, 1, "non-continuation line starts with space");
			continue;
		}
		{
			char *colon = strchr(buf, ':'), *p, *e;

			if (colon == NULL) {
				diag_report(DC_MAP_ALIASES, DIAG_ERROR, path, lineno, 1, "missing colon");
				continue;
			}
			for (e = colon; e > buf && isspace((unsigned char)e[-1]); e--)
				;
			lhs = xstrndup(buf, (size_t)(e - buf));
			lhs_line = lineno;
			for (p = colon + 1; isspace((unsigned char)*p); p++)
				;
			strbuf_addstr(&rhs, p);
		}
	}
	free(buf);
	strbuf_free(&rhs);
	if (ferror(fp)) {
		int eno = errno;

		fclose(fp);
		errno = eno;
		return -1;
	}
	fclose(fp);
	drop_repeated_aliases(path, out);
	/* the record newaliases writes last, to say the database is whole */
	add_record(out, "@", 2, "@", 2, 0);
	map_records_sort(out);
	return 0;
}

static int collect(void *arg, const void *key, size_t klen, const void *value, size_t vlen)
{
	add_record(arg, key, klen, value, vlen, 0);
	return 0;
}

int db_read(const char *path, int btree, struct map_records *out)
{
	struct mm_db_params params = {
		.kind = btree ? MM_DB_BTREE : MM_DB_HASH, .cache_bytes = 1024 * 1024, .read_only = true,
	};
	struct mm_db *db;
	int err;

	if (access(path, R_OK) < 0)
		return -1;
	err = mm_db_open(path, &params, &db);
	if (err == 0) {
		err = mm_db_each(db, collect, out);
		if (mm_db_close(db) != 0 && err == 0)
			err = EIO;
	}
	if (err != 0) {
		errno = err > 0 ? err : EINVAL;
		return -1;
	}
	map_records_sort(out);
	return 0;
}

int db_write(const char *path, int btree, const struct map_records *recs)
{
	struct mm_db_params params = { .kind = btree ? MM_DB_BTREE : MM_DB_HASH, .cache_bytes = SITE_DB_CACHE };
	struct mm_db *db;
	int err, fd = -1;

	err = mm_db_open(path, &params, &db);
	if (err != 0) {
		diag_report(DC_IO, DIAG_ERROR, path, 0, 0, "cannot create: %s", mm_db_strerror(err));
		return -1;
	}
	for (size_t i = 0; i < recs->n && err == 0; i++)
		if (mm_db_put(db, recs->v[i].key, recs->v[i].klen, recs->v[i].value, recs->v[i].vlen,
			      false, &err) == MM_PUT_OK)
			err = 0;
	if (mm_db_close(db) != 0 && err == 0)
		err = EIO;
	/* on disk before anyone may rename it into place */
	if (err == 0 && ((fd = open(path, O_RDONLY)) < 0 || fsync(fd) < 0))
		err = errno;
	if (fd >= 0)
		close(fd);
	if (err != 0) {
		diag_report(DC_IO, DIAG_ERROR, path, 0, 0, "cannot write: %s", mm_db_strerror(err));
		return -1;
	}
	return 0;
}

char *map_record_text(const char *bytes, size_t len)
{
	if (len > 0 && bytes[len - 1] == '\0')
		len--;
	return xstrndup(bytes, len);
}

static void print_record(FILE *out, const char *prefix, char sign, const struct map_record *r)
{
	char *k = map_record_text(r->key, r->klen), *v = map_record_text(r->value, r->vlen);

	fprintf(out, "%s%c %s\t%s\n", prefix, sign, k, v);
	free(k);
	free(v);
}

void map_records_compare(const struct map_records *old, const struct map_records *new,
			 struct map_delta *d, FILE *out, const char *prefix)
{
	memset(d, 0, sizeof(*d));
	for (size_t i = 0; i < old->n; i++) {
		long j = find_key(new, old->v[i].key, old->v[i].klen);

		if (j < 0) {
			d->removed++;
			if (out)
				print_record(out, prefix, '-', &old->v[i]);
		} else if (bytes_cmp(old->v[i].value, old->v[i].vlen, new->v[j].value, new->v[j].vlen) != 0) {
			d->changed++;
			if (out) {
				print_record(out, prefix, '-', &old->v[i]);
				print_record(out, prefix, '+', &new->v[j]);
			}
		}
	}
	for (size_t j = 0; j < new->n; j++)
		if (find_key(old, new->v[j].key, new->v[j].klen) < 0) {
			d->added++;
			if (out)
				print_record(out, prefix, '+', &new->v[j]);
		}
}
