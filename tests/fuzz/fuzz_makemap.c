/*
 * fuzz_makemap.c - libFuzzer target: makemap's input (makemap/mm_input.c),
 * read from a file descriptor in the reference's 1024-byte lines and
 * split into key and value.  The first byte of the input chooses the
 * options (-N -e -f, -t and -D as makemap's command line would), the rest
 * is the map source, given through an anonymous memory file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "makemap/mm_input.h"
#include "tests/fuzz/fuzz_common.h"

/* Delimiters and comment characters makemap may be given. */
static const char delims[] = { 0, ':', '\t', '=' };
static const char comments[] = { '#', '%', ';', 0 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mm_syntax syn;
	struct mm_reader *rd;
	enum mm_read_status rs;
	char line[MM_LINE_BUFSIZE];
	unsigned char flags;
	int fd;

	fuzz_setup();
	if (size == 0)
		return -1;
	flags = data[0];
	memset(&syn, 0, sizeof syn);
	syn.include_nul = flags & 1;
	syn.allow_empty = (flags >> 1) & 1;
	syn.fold_keys = !((flags >> 2) & 1);
	syn.delimiter = (unsigned char)delims[(flags >> 3) & 3];
	syn.comment = (unsigned char)comments[(flags >> 5) & 3];
	fd = memfd_create("fuzz-makemap", 0);
	if (fd < 0) {
		perror("memfd_create");
		abort();
	}
	if (size > 1 && write(fd, data + 1, size - 1) != (ssize_t)(size - 1)) {
		perror("write");
		abort();
	}
	if (lseek(fd, 0, SEEK_SET) != 0) {
		perror("lseek");
		abort();
	}
	rd = mm_reader_new(fd);
	while ((rs = mm_read_line(rd, line)) != MM_READ_EOF && rs != MM_READ_ERROR) {
		struct mm_record rec;

		if (rs == MM_READ_TOO_LONG)
			continue;
		if (mm_parse_line(&syn, line, &rec) == MM_PARSE_RECORD) {
			/* what would be stored must lie inside the line */
			if (rec.key + rec.key_size > line + sizeof line ||
			    rec.value + rec.value_size > line + sizeof line)
				abort();
			printf("%zu %zu\n", rec.key_size, rec.value_size);
		}
	}
	mm_reader_free(rd);
	close(fd);
	return 0;
}
