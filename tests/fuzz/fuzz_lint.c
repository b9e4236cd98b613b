/*
 * fuzz_lint.c - libFuzzer target: `smcf lint' on text.  The first byte of
 * the input chooses the check family and the output format; the rest is
 * the file: a .mc's raw text (the lexical checks; the rest of a .mc's
 * checks run m4, see fuzz_records.c for what follows it), a sendmail.cf
 * or a map source of one of the kinds lint knows (written to a file in
 * the harness's folder: lint reads map sources as a stream).  The
 * findings are suppressed by the file's own comments, sorted and
 * printed, as cmd_lint.c does.
 */
#include <string.h>

#include "lint/lint.h"
#include "tests/fuzz/fuzz_common.h"

static const char *const map_kinds[] = {
	"access", "mailertable", "virtusertable", "genericstable", "domaintable",
	"aliases", "authinfo",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lint_lines lines;
	struct lint_list list = { NULL, 0, 0 };
	struct lint_context ctx = { NULL, NULL, 0 };
	const char *file;
	unsigned char how;

	fuzz_setup();
	if (size == 0 || fuzz_names_special_file(data, size))
		return -1;
	how = data[0];
	lint_lines_from_text((const char *)data + 1, size - 1, &lines);
	switch (how & 3) {
	case 0:
		file = "fuzz.mc";
		lint_mc_lexical(file, &lines, &list);
		break;
	case 1:
		file = "fuzz.cf";
		lint_cf(file, &lines, &ctx, &list);
		break;
	default: {
		const char *kind = map_kinds[(how >> 2) % (sizeof map_kinds / sizeof map_kinds[0])];

		/* map sources are read as a stream, from a file; their
		 * suppression comments are applied as they are read */
		fuzz_write_file(kind, data + 1, size - 1);
		file = fuzz_file(kind);
		if (lint_map_kind_known(kind))
			(void) lint_map_file(file, kind, &ctx, &list);
		break;
	}
	}
	if ((how & 3) < 2)
		lint_suppress(&list, 0, file, &lines);
	lint_list_sort(&list);
	lint_print(&list, (enum lint_format)((how >> 5) & 3));
	lint_list_free(&list);
	lint_lines_free(&lines);
	return 0;
}
