/*
 * extsort.c - external merge sort of byte strings (see extsort.h).
 *
 * The memory block holds the records' bytes growing up from its start
 * and their index entries growing down from its end; the block is full
 * when the two meet.  An index entry keeps the first eight bytes of its
 * record as a number, so that most comparisons never touch the records.
 * The sort is an in-place introsort (quicksort, heapsort when the
 * recursion gets deep, insertion sort for short ranges): glibc's qsort
 * would allocate a copy of the index, which the budget has no room for.
 *
 * A run on disk is a sequence of (uint32 length, bytes).  When there are
 * more runs than can be merged at once (a tiny budget, or a huge input),
 * consecutive runs are merged into one until few enough remain; keeping
 * them consecutive keeps equal records in the order they were added.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "extsort.h"
#include "xalloc.h"

/* Runs merged at once: each needs a descriptor and a read buffer. */
#define MERGE_FANIN 64
#define RUN_BUFFER (64 * 1024)
#define MIN_BUDGET 1024
#define PREFETCH_AHEAD 8

struct entry {
	uint64_t prefix;	/* the first 8 bytes, big-endian, zero-padded */
	uint32_t off;		/* of the bytes in the block */
	uint32_t len;
};

/* One sorted run being read back. */
struct source {
	FILE *fp;
	char *buf;
	size_t cap, len;
	bool done;
};

struct merger {
	struct source *src;
	size_t nsrc;
	size_t *heap;		/* indices of sources not done, smallest first */
	size_t nheap;
	bool started;		/* the top source's record was handed out */
};

enum mode { COLLECTING, MEMORY_SORTED, MEMORY_IN_ORDER, MERGING };

struct extsort {
	char *mem;
	bool mapped;		/* MEM is mmap()ed, else malloc()ed */
	size_t cap;		/* bytes of MEM */
	size_t used;		/* record bytes at the start of MEM */
	size_t n;		/* entries at the end of MEM */
	size_t count;		/* records added in all */
	FILE **runs;
	size_t nruns, spilled;
	enum mode mode;
	size_t pos;		/* next entry when reading from memory */
	struct merger merge;
	int error;
};

size_t extsort_budget(void)
{
	const char *env = getenv("SMCF_SORT_BYTES");
	char *end;
	unsigned long long v;

	if (env == NULL || *env == '\0')
		return EXTSORT_DEFAULT_BYTES;
	errno = 0;
	v = strtoull(env, &end, 10);
	if (errno != 0 || *end != '\0' || v == 0)
		return EXTSORT_DEFAULT_BYTES;
	return (size_t)v;
}

/*
 * The block is mapped, not malloc()ed, so that it can ask for huge pages:
 * filling a block of 4 KiB pages costs a page fault per page, which is a
 * good part of the time on a virtual machine.  Pages never written are
 * never resident: a small input costs what it uses.
 */
static void block_alloc(struct extsort *s)
{
	void *p = mmap(NULL, s->cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	s->mapped = p != MAP_FAILED;
	if (!s->mapped) {
		s->mem = xmalloc(s->cap);
		return;
	}
#ifdef MADV_HUGEPAGE
	(void)madvise(p, s->cap, MADV_HUGEPAGE);
#endif
	s->mem = p;
}

static void block_free(struct extsort *s)
{
	if (s->mem != NULL && s->mapped)
		(void)munmap(s->mem, s->cap);
	else
		free(s->mem);
	s->mem = NULL;
}

struct extsort *extsort_new(size_t budget)
{
	struct extsort *s = xcalloc(1, sizeof *s);

	if (budget == 0)
		budget = extsort_budget();
	if (budget < MIN_BUDGET)
		budget = MIN_BUDGET;
	if (budget > (size_t)UINT32_MAX)
		budget = (size_t)UINT32_MAX;	/* offsets are 32-bit */
	s->cap = budget & ~(size_t)(sizeof(struct entry) - 1);
	block_alloc(s);
	s->mode = COLLECTING;
	return s;
}

/* The entries, in the order they were added from the last one back. */
static struct entry *entries(const struct extsort *s)
{
	return (struct entry *)(void *)(s->mem + s->cap) - s->n;
}

static uint64_t prefix_of(const unsigned char *p, size_t len)
{
	uint64_t v = 0;

	for (size_t i = 0; i < 8; i++)
		v = (v << 8) | (i < len ? p[i] : 0);
	return v;
}

static int cmp_bytes(const void *a, size_t alen, const void *b, size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);

	if (c != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

static int cmp_entry(const char *mem, const struct entry *a, const struct entry *b)
{
	uint32_t m = a->len < b->len ? a->len : b->len;

	if (a->prefix != b->prefix)
		return a->prefix < b->prefix ? -1 : 1;
	if (m > 8) {
		int c = memcmp(mem + a->off + 8, mem + b->off + 8, m - 8);

		if (c != 0)
			return c;
	}
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	return (a->off > b->off) - (a->off < b->off);	/* the order of adding */
}

static void swap_entry(struct entry *a, struct entry *b)
{
	struct entry t = *a;

	*a = *b;
	*b = t;
}

static void sift_down(const char *mem, struct entry *e, size_t i, size_t n)
{
	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= n)
			return;
		if (c + 1 < n && cmp_entry(mem, &e[c], &e[c + 1]) < 0)
			c++;
		if (cmp_entry(mem, &e[i], &e[c]) >= 0)
			return;
		swap_entry(&e[i], &e[c]);
		i = c;
	}
}

static void heap_sort(const char *mem, struct entry *e, size_t n)
{
	for (size_t i = n / 2; i-- > 0;)
		sift_down(mem, e, i, n);
	for (size_t end = n; end-- > 1;) {
		swap_entry(&e[0], &e[end]);
		sift_down(mem, e, 0, end);
	}
}

static void insertion_sort(const char *mem, struct entry *e, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct entry t = e[i];
		size_t j = i;

		while (j > 0 && cmp_entry(mem, &t, &e[j - 1]) < 0) {
			e[j] = e[j - 1];
			j--;
		}
		e[j] = t;
	}
}

static void intro_sort(const char *mem, struct entry *e, size_t n, int depth)
{
	while (n > 16) {
		size_t mid = n / 2, i, j;

		if (depth-- == 0) {
			heap_sort(mem, e, n);
			return;
		}
		/* median of three to e[0], then partition around it */
		if (cmp_entry(mem, &e[mid], &e[0]) < 0)
			swap_entry(&e[mid], &e[0]);
		if (cmp_entry(mem, &e[n - 1], &e[0]) < 0)
			swap_entry(&e[n - 1], &e[0]);
		if (cmp_entry(mem, &e[n - 1], &e[mid]) < 0)
			swap_entry(&e[n - 1], &e[mid]);
		swap_entry(&e[0], &e[mid]);
		i = 0;
		j = n;
		for (;;) {
			do
				i++;
			while (i < n && cmp_entry(mem, &e[i], &e[0]) < 0);
			do
				j--;
			while (cmp_entry(mem, &e[j], &e[0]) > 0);
			if (i >= j)
				break;
			swap_entry(&e[i], &e[j]);
		}
		swap_entry(&e[0], &e[j]);
		/* recurse into the smaller side, loop on the larger */
		if (j < n - j - 1) {
			intro_sort(mem, e, j, depth);
			e += j + 1;
			n -= j + 1;
		} else {
			intro_sort(mem, e + j + 1, n - j - 1, depth);
			n = j;
		}
	}
	insertion_sort(mem, e, n);
}

static void sort_memory(struct extsort *s)
{
	int depth = 0;

	for (size_t n = s->n; n > 1; n >>= 1)
		depth += 2;
	intro_sort(s->mem, entries(s), s->n, depth);
}

/* An unnamed temporary file in $TMPDIR or /tmp; NULL with errno set. */
static FILE *temp_stream(void)
{
	const char *dir = getenv("TMPDIR");
	FILE *fp;
	int fd;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
		char *name = xasprintf("%s/smcf-sort-XXXXXX", dir);

		fd = mkostemp(name, O_CLOEXEC);
		if (fd >= 0)
			(void)unlink(name);
		free(name);
	}
	if (fd < 0)
		return NULL;
	fp = fdopen(fd, "w+");
	if (fp == NULL) {
		int e = errno;

		close(fd);
		errno = e;
		return NULL;
	}
	setvbuf(fp, NULL, _IOFBF, RUN_BUFFER);
	return fp;
}

static int put_record(FILE *fp, const void *rec, size_t len)
{
	uint32_t n = (uint32_t)len;

	if (fwrite(&n, sizeof n, 1, fp) != 1 || (len > 0 && fwrite(rec, len, 1, fp) != 1))
		return errno ? errno : EIO;
	return 0;
}

static void add_run(struct extsort *s, FILE *fp)
{
	s->runs = xrealloc(s->runs, (s->nruns + 1) * sizeof *s->runs);
	s->runs[s->nruns++] = fp;
	s->spilled++;
}

/* The run FP is written (ERR: or a write failed): flushed, it joins the
 * runs; on error it is dropped.  0 or an errno value. */
static int end_run(struct extsort *s, FILE *fp, int err)
{
	if (err == 0 && fflush(fp) != 0)
		err = errno ? errno : EIO;
	if (err != 0) {
		fclose(fp);
		return err;
	}
	add_run(s, fp);
	return 0;
}

/* Write the block's records, sorted, as a new run and empty the block. */
static int spill(struct extsort *s)
{
	FILE *fp = temp_stream();
	const struct entry *e;
	int err = 0;

	if (fp == NULL)
		return errno;
	sort_memory(s);
	e = entries(s);
	for (size_t i = 0; i < s->n && err == 0; i++)
		err = put_record(fp, s->mem + e[i].off, e[i].len);
	if ((err = end_run(s, fp, err)) != 0)
		return err;
	s->n = 0;
	s->used = 0;
	return 0;
}

/* A record too big for the whole block is a run of its own. */
static int spill_single(struct extsort *s, const void *rec, size_t len)
{
	FILE *fp = temp_stream();

	if (fp == NULL)
		return errno;
	return end_run(s, fp, put_record(fp, rec, len));
}

static bool fits(const struct extsort *s, size_t len)
{
	return s->used + len + (s->n + 1) * sizeof(struct entry) <= s->cap;
}

int extsort_add(struct extsort *s, const void *rec, size_t len)
{
	struct entry *e;
	int err;

	if (s->mode != COLLECTING || len > EXTSORT_MAX_RECORD)
		return EINVAL;
	s->count++;
	if (!fits(s, len)) {
		if (s->n > 0 && (err = spill(s)) != 0)
			return err;
		if (!fits(s, len)) {
			/* keep the order of adding: what came before is in a run */
			return spill_single(s, rec, len);
		}
	}
	memcpy(s->mem + s->used, rec, len);
	s->n++;
	e = entries(s);
	e->prefix = prefix_of((const unsigned char *)rec, len);
	e->off = (uint32_t)s->used;
	e->len = (uint32_t)len;
	s->used += len;
	return 0;
}

/* Read the next record of SRC into its buffer; 0, or an errno value. */
static int source_read(struct source *src)
{
	uint32_t n;

	if (fread(&n, sizeof n, 1, src->fp) != 1) {
		if (ferror(src->fp))
			return errno ? errno : EIO;
		src->done = true;
		return 0;
	}
	if (n > src->cap) {
		src->cap = n;
		src->buf = xrealloc(src->buf, src->cap);
	}
	if (n > 0 && fread(src->buf, n, 1, src->fp) != 1)
		return ferror(src->fp) && errno ? errno : EIO;
	src->len = n;
	return 0;
}

/* Heap order: the smaller record, and for equal ones the earlier run. */
static bool src_less(const struct merger *m, size_t a, size_t b)
{
	const struct source *x = &m->src[a], *y = &m->src[b];
	int c = cmp_bytes(x->buf, x->len, y->buf, y->len);

	return c != 0 ? c < 0 : a < b;
}

static void heap_down(struct merger *m, size_t i)
{
	for (;;) {
		size_t c = 2 * i + 1, t;

		if (c >= m->nheap)
			return;
		if (c + 1 < m->nheap && src_less(m, m->heap[c + 1], m->heap[c]))
			c++;
		if (!src_less(m, m->heap[c], m->heap[i]))
			return;
		t = m->heap[i];
		m->heap[i] = m->heap[c];
		m->heap[c] = t;
		i = c;
	}
}

/* Merge the runs FILES[0..N-1] (rewound for reading).  0 or errno. */
static int merger_start(struct merger *m, FILE **files, size_t n)
{
	memset(m, 0, sizeof *m);
	m->src = xcalloc(n, sizeof *m->src);
	m->heap = xcalloc(n, sizeof *m->heap);
	m->nsrc = n;
	for (size_t i = 0; i < n; i++)
		m->src[i].fp = files[i];	/* all closed by merger_free() */
	for (size_t i = 0; i < n; i++) {
		int err;

		if (fseek(files[i], 0, SEEK_SET) != 0)
			return errno;
		if ((err = source_read(&m->src[i])) != 0)
			return err;
		if (!m->src[i].done)
			m->heap[m->nheap++] = i;
	}
	for (size_t i = m->nheap / 2; i-- > 0;)
		heap_down(m, i);
	return 0;
}

/* 1 and the smallest record, 0 at the end, or -errno. */
static int merger_next(struct merger *m, const void **rec, size_t *len)
{
	if (m->started && m->nheap > 0) {
		struct source *top = &m->src[m->heap[0]];
		int err = source_read(top);

		if (err != 0)
			return -err;
		if (top->done)
			m->heap[0] = m->heap[--m->nheap];
		heap_down(m, 0);
	}
	m->started = true;
	if (m->nheap == 0)
		return 0;
	*rec = m->src[m->heap[0]].buf;
	*len = m->src[m->heap[0]].len;
	return 1;
}

/* Close the merged runs and forget them. */
static void merger_free(struct merger *m)
{
	for (size_t i = 0; i < m->nsrc; i++) {
		if (m->src[i].fp != NULL)
			fclose(m->src[i].fp);
		free(m->src[i].buf);
	}
	free(m->src);
	free(m->heap);
	memset(m, 0, sizeof *m);
}

/* Merge runs FIRST..FIRST+N-1 into one new run put in their place. */
static int merge_group(struct extsort *s, size_t first, size_t n)
{
	struct merger m;
	FILE *out = temp_stream();
	const void *rec;
	size_t len;
	int rc, err = 0;

	if (out == NULL)
		return errno;
	err = merger_start(&m, s->runs + first, n);
	while (err == 0 && (rc = merger_next(&m, &rec, &len)) != 0)
		err = rc < 0 ? -rc : put_record(out, rec, len);
	if (err == 0 && fflush(out) != 0)
		err = errno ? errno : EIO;
	merger_free(&m);	/* closes the merged runs */
	s->runs[first] = out;
	memmove(s->runs + first + 1, s->runs + first + n, (s->nruns - first - n) * sizeof *s->runs);
	s->nruns -= n - 1;
	return err;
}

int extsort_finish(struct extsort *s, bool in_order)
{
	int err;

	if (s->mode != COLLECTING)
		return EINVAL;
	if (in_order) {
		if (s->nruns > 0)
			return EINVAL;
		s->mode = MEMORY_IN_ORDER;
		s->pos = s->n;
		return 0;
	}
	if (s->nruns == 0) {
		sort_memory(s);
		s->mode = MEMORY_SORTED;
		s->pos = 0;
		return 0;
	}
	/* The rest goes to a run too, so that the block can be given back
	 * before the caller's next phase needs memory of its own. */
	if (s->n > 0 && (err = spill(s)) != 0)
		return err;
	block_free(s);
	s->cap = s->n = s->used = 0;
	while (s->nruns > MERGE_FANIN)
		for (size_t first = 0; first < s->nruns; first++) {
			size_t n = s->nruns - first < MERGE_FANIN ? s->nruns - first : MERGE_FANIN;

			if (n > 1 && (err = merge_group(s, first, n)) != 0)
				return err;
		}
	s->mode = MERGING;
	err = merger_start(&s->merge, s->runs, s->nruns);
	/* the merger closes the runs from now on */
	free(s->runs);
	s->runs = NULL;
	s->nruns = 0;
	return err;
}

int extsort_next(struct extsort *s, const void **rec, size_t *len)
{
	const struct entry *e;
	int rc;

	switch (s->mode) {
	case MEMORY_SORTED:
		if (s->pos == s->n)
			return 0;
		e = &entries(s)[s->pos++];
		/* the records are read in an order far from that of memory */
		if (s->pos + PREFETCH_AHEAD < s->n)
			__builtin_prefetch(s->mem + e[PREFETCH_AHEAD].off);
		break;
	case MEMORY_IN_ORDER:
		if (s->pos == 0)
			return 0;
		e = &entries(s)[--s->pos];
		break;
	case MERGING:
		rc = merger_next(&s->merge, rec, len);
		if (rc < 0) {
			s->error = -rc;
			return -1;
		}
		return rc;
	default:
		s->error = EINVAL;
		return -1;
	}
	*rec = s->mem + e->off;
	*len = e->len;
	return 1;
}

int extsort_error(const struct extsort *s)
{
	return s->error;
}

size_t extsort_count(const struct extsort *s)
{
	return s->count;
}

size_t extsort_spilled(const struct extsort *s)
{
	return s->spilled;
}

void extsort_free(struct extsort *s)
{
	if (s == NULL)
		return;
	merger_free(&s->merge);
	for (size_t i = 0; i < s->nruns; i++)
		fclose(s->runs[i]);
	free(s->runs);
	block_free(s);
	free(s);
}
