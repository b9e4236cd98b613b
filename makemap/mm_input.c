/*
 * mm_input.c - the source reader of smcf makemap.
 *
 * The reference reads stdin with fgets() into a 1024-byte buffer and then
 * treats the buffer as a C string.  Two visible consequences are kept on
 * purpose: a line of 1023 or more bytes is reported as too long and its
 * tail is read as the next line, and a NUL byte hides the newline that
 * follows it, so such a line also counts as too long.  End of input only
 * counts once a read has actually returned nothing, exactly like stdio's
 * end-of-file flag.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "makemap/mm_input.h"
#include "xalloc.h"

#define READ_CHUNK 65536

struct mm_reader {
	int fd;
	int error;		/* errno of a failed read, or 0 */
	int at_eof;		/* a read returned 0 */
	size_t pos;
	size_t len;
	char buf[READ_CHUNK];
};

struct mm_reader *mm_reader_new(int fd)
{
	struct mm_reader *rd = xmalloc(sizeof *rd);

	rd->fd = fd;
	rd->error = 0;
	rd->at_eof = 0;
	rd->pos = rd->len = 0;
	return rd;
}

void mm_reader_free(struct mm_reader *rd)
{
	free(rd);
}

int mm_reader_error(const struct mm_reader *rd)
{
	return rd->error;
}

/* Refill the buffer; 0 at end of input or on error. */
static size_t refill(struct mm_reader *rd)
{
	ssize_t n;

	if (rd->at_eof || rd->error)
		return 0;
	do
		n = read(rd->fd, rd->buf, sizeof rd->buf);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		rd->error = errno;
		return 0;
	}
	if (n == 0)
		rd->at_eof = 1;
	rd->pos = 0;
	rd->len = (size_t)n;
	return rd->len;
}

enum mm_read_status mm_read_line(struct mm_reader *rd, char line[MM_LINE_BUFSIZE])
{
	size_t room = MM_LINE_BUFSIZE - 1;
	size_t got = 0;
	int saw_newline = 0;

	while (got < room && !saw_newline) {
		size_t avail, take;
		char *nl;

		if (rd->pos == rd->len && refill(rd) == 0)
			break;
		avail = rd->len - rd->pos;
		take = avail < room - got ? avail : room - got;
		nl = memchr(rd->buf + rd->pos, '\n', take);
		if (nl != NULL) {
			take = (size_t)(nl - (rd->buf + rd->pos)) + 1;
			saw_newline = 1;
		}
		memcpy(line + got, rd->buf + rd->pos, take);
		rd->pos += take;
		got += take;
	}
	if (rd->error)
		return MM_READ_ERROR;
	if (got == 0)
		return MM_READ_EOF;
	line[got] = '\0';
	/* As with strchr(): a newline after a NUL byte is not seen. */
	char *nl = strchr(line, '\n');
	if (nl != NULL)
		*nl = '\0';
	else if (!rd->at_eof)
		return MM_READ_TOO_LONG;
	return MM_READ_LINE;
}

/* ASCII white space as isspace() sees it in the C locale. */
static int is_blank(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int is_separator(const struct mm_syntax *syn, int c)
{
	return syn->delimiter == 0 ? is_blank(c) : c == syn->delimiter;
}

enum mm_parse_status mm_parse_line(const struct mm_syntax *syn, char *line,
				   struct mm_record *rec)
{
	char *p;

	if (line[0] == '\0' || line[0] == (char)syn->comment)
		return MM_PARSE_SKIP;
	if (syn->delimiter == 0 && is_blank((unsigned char)line[0]))
		return MM_PARSE_LEADING_SPACE;

	for (p = line; *p != '\0' && !is_separator(syn, (unsigned char)*p); p++)
		if (syn->fold_keys && *p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	rec->key = line;
	rec->key_size = (size_t)(p - line) + (syn->include_nul ? 1 : 0);
	if (*p != '\0')
		*p++ = '\0';
	while (*p != '\0' && is_separator(syn, (unsigned char)*p))
		p++;
	if (*p == '\0' && !syn->allow_empty)
		return MM_PARSE_NO_VALUE;
	rec->value = p;
	rec->value_size = strlen(p) + (syn->include_nul ? 1 : 0);
	return MM_PARSE_RECORD;
}
