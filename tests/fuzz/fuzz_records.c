/*
 * fuzz_records.c - libFuzzer target: the record stream the m4 prelude
 * prints (raw cf text and SOH ... US ... STX records, see m4/prelude.m4
 * and compiler/lexer.l), read into the IR as `smcf build' reads m4's
 * output (frontend_read_records), then lint's checks of the model, the
 * checker and, when nothing so far was an error, the compilation with
 * its read-back and lint's checks of the cf (lint_mc_compiled).  m4
 * itself is not run.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "compiler/checker.h"
#include "compiler/frontend.h"
#include "compiler/ir_build.h"
#include "lint/lint.h"
#include "lint/lint_mc.h"
#include "tests/fuzz/fuzz_common.h"

/* Names in the records: relative, the working folder is the temporary
 * one (tests/fuzz/corpus/records was made with these names). */
#define MC "fuzz.mc"
#define START "m4/start.m4"

/* The .mc the records' positions point into: record_pos() looks for the
 * macro's name on the line a record names. */
static const char mc_text[] =
	"divert(-1)\n"
	"OSTYPE(`linux')dnl\n"
	"define(`SMART_HOST', `relay.example.test')dnl\n"
	"FEATURE(`access_db')dnl\n"
	"MAILER(`local')dnl\n"
	"MAILER(`smtp')dnl\n"
	"LOCAL_RULE_3\n"
	"R$* < @ x >\t$@ $1\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fe_options opt;
	struct ir_config *ir = NULL;
	struct lint_list list = { NULL, 0, 0 };
	struct lint_context ctx = { NULL, NULL, 0 };
	const char *dirs[] = { "." };
	static int mc_written;

	fuzz_setup();
	if (fuzz_names_special_file(data, size))
		return -1;
	if (!mc_written++)
		fuzz_write_file(MC, mc_text, sizeof mc_text - 1);
	memset(&opt, 0, sizeof opt);
	opt.mc_file = MC;
	diag_reset();
	/* as compile_mc() and lint_mc_semantic() go on */
	if (frontend_read_records(&opt, START, (const char *)data, size, &ir) == 0) {
		lint_mc_includes(ir, dirs, 1, &list);
		lint_mc_admin(MC, ir, &ctx, &list);
		if (check_config(ir, MC) == 0 && diag_errors() == 0)
			lint_mc_compiled(MC, ir, &ctx, &list);
	}
	lint_list_free(&list);
	ir_free(ir);
	diag_reset();
	return 0;
}
