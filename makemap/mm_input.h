/*
 * mm_input.h - reading makemap source lines the way sendmail's makemap
 * does: fixed 1024-byte line buffer, comment lines, key/value split.
 */
#ifndef SMCF_MM_INPUT_H
#define SMCF_MM_INPUT_H

#include <stdbool.h>
#include <stddef.h>

/* The reference reads lines into a buffer of this size (content + '\n' + NUL). */
#define MM_LINE_BUFSIZE 1024

struct mm_reader;

/* Read from file descriptor FD (not closed by mm_reader_free). */
struct mm_reader *mm_reader_new(int fd);
void mm_reader_free(struct mm_reader *rd);

/*
 * Outcome of reading one buffer-full.  MM_LINE_TOO_LONG: the buffer filled
 * (or a NUL byte hid the newline) before the end of input; the rest of the
 * physical line is returned by the next call, as in the reference.
 */
enum mm_read_status { MM_READ_LINE, MM_READ_TOO_LONG, MM_READ_EOF, MM_READ_ERROR };

/* errno of the read that failed (after MM_READ_ERROR). */
int mm_reader_error(const struct mm_reader *rd);

/* Next line into LINE (NUL-terminated, newline removed). */
enum mm_read_status mm_read_line(struct mm_reader *rd, char line[MM_LINE_BUFSIZE]);

/* How a line is split into key and value. */
struct mm_syntax {
	int delimiter;		/* 0: any ASCII white space */
	int comment;		/* lines starting with it are ignored */
	bool fold_keys;		/* lower-case ASCII letters of the key */
	bool allow_empty;	/* a key without a value is stored */
	bool include_nul;	/* stored sizes count the terminating NUL */
};

enum mm_parse_status {
	MM_PARSE_RECORD,	/* key and value are set */
	MM_PARSE_SKIP,		/* empty line or comment */
	MM_PARSE_LEADING_SPACE,	/* line starts with white space */
	MM_PARSE_NO_VALUE	/* key set, no value and empty values not allowed */
};

struct mm_record {
	char *key;		/* NUL-terminated, points into the line */
	size_t key_size;	/* bytes to store */
	char *value;
	size_t value_size;
};

/* Split LINE in place. */
enum mm_parse_status mm_parse_line(const struct mm_syntax *syn, char *line,
				   struct mm_record *rec);

#endif
