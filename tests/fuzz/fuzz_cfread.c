/*
 * fuzz_cfread.c - libFuzzer target: the sendmail.cf reader (cf/) on any
 * text, the way `smcf lint' and the build's read-back use it (syntax
 * only, with the model of names: cf_check_model) and the way `smcf show'
 * and `smcf site' read a cf's meaning (cf_meaning_read), then the
 * comparison of two meanings (cf/compare.c) as `smcf site --diff' prints
 * it.  An input with a line `%%' holds two cfs, the old one before it and
 * the new one after it; otherwise the cf is compared with itself.
 */
#include <stdio.h>
#include <string.h>

#include "cf/check.h"
#include "cf/compare.h"
#include "cf/meaning.h"
#include "tests/fuzz/fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cf_findings found = { NULL, 0, 0 };
	struct cf_model model;
	struct cf_meaning m, m2;
	struct cf_changes changes;
	const char *text = (const char *)data, *sep;
	size_t len = size;

	fuzz_setup();
	if (fuzz_names_special_file(data, size))
		return -1;
	sep = memmem(text, size, "\n%%\n", 4);
	if (sep != NULL)
		len = (size_t)(sep - text) + 1;
	memset(&model, 0, sizeof model);
	cf_check_model("fuzz.cf", text, len, &found, &model);
	cf_findings_free(&found);
	cf_model_free(&model);

	memset(&m, 0, sizeof m);
	memset(&m2, 0, sizeof m2);
	cf_meaning_read("fuzz.cf", text, len, &m);
	if (sep != NULL)
		cf_meaning_read("new.cf", sep + 4, size - len - 3, &m2);
	memset(&changes, 0, sizeof changes);
	cf_compare(&m, sep != NULL ? &m2 : &m, &changes);
	cf_changes_print(&changes, stdout, "");
	cf_changes_free(&changes);
	cf_meaning_free(&m);
	cf_meaning_free(&m2);
	return 0;
}
