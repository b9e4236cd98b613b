/*
 * test_ir.c - unit tests of the IR builder and queries (compiler/ir.c):
 * final values, undefine, values as of a call's epoch, end-of-input
 * values, calls and texts in order.  Prints PASS/FAIL lines; exit 1 on
 * any failure.
 */
#include <stdio.h>
#include <string.h>

#include "compiler/ir_build.h"

static int failures;

static void expect_str(const char *name, const char *got, const char *want)
{
	int ok = (got == NULL && want == NULL) ||
		 (got != NULL && want != NULL && strcmp(got, want) == 0);

	if (ok)
		printf("PASS ir %s\n", name);
	else {
		printf("FAIL ir %s: got [%s], want [%s]\n", name, got ? got : "(null)", want ? want : "(null)");
		failures++;
	}
}

static void expect_int(const char *name, long got, long want)
{
	if (got == want)
		printf("PASS ir %s\n", name);
	else {
		printf("FAIL ir %s: got %ld, want %ld\n", name, got, want);
		failures++;
	}
}

int main(void)
{
	struct ir_config *ir = ir_new();
	struct ir_pos p1 = ir_pos_make(ir, "a.mc", 3, 1);
	struct ir_pos p2 = ir_pos_make(ir, "a.mc", 7, 9);
	char *args[] = { "mailertable", "hash /x" };
	const struct ir_call *c;
	size_t epoch_before, i;
	char name[32];

	ir_set_define(ir, "DATABASE_MAP_TYPE", "hash", p1);
	epoch_before = ir_define_epoch(ir);
	ir_add_call(ir, "FEATURE", args, 2, 0, p1);
	ir_set_define(ir, "DATABASE_MAP_TYPE", "btree", p2);
	ir_add_call(ir, "MAILER", args, 1, 0, p2);
	ir_set_define(ir, "SMART_HOST", "relay.example", p2);
	ir_set_define(ir, "SMART_HOST", NULL, p2);

	expect_str("final value", ir_define(ir, "DATABASE_MAP_TYPE"), "btree");
	expect_int("final position line", ir_define_pos(ir, "DATABASE_MAP_TYPE")->line, 7);
	expect_str("undefined name", ir_define(ir, "NO_SUCH"), NULL);
	expect_str("undefine", ir_define(ir, "SMART_HOST"), NULL);
	c = ir_feature(ir, "mailertable");
	expect_int("feature found", c != NULL, 1);
	expect_int("call epoch", (long)c->define_epoch, (long)epoch_before);
	expect_str("value as of the feature", ir_define_at(ir, "DATABASE_MAP_TYPE", c->define_epoch), "hash");
	expect_str("value before any define", ir_define_at(ir, "DATABASE_MAP_TYPE", 0), NULL);
	expect_str("call argument copied", c->args[1], "hash /x");
	expect_int("has mailer given", ir_has_mailer(ir, "mailertable"), 1);
	expect_int("local mailer implied", ir_has_mailer(ir, "local"), 1);
	expect_int("mailer not given", ir_has_mailer(ir, "uucp"), 0);

	ir_set_final(ir, "DATABASE_MAP_TYPE", "dbm", p1);
	expect_str("end-of-input value", ir_define(ir, "DATABASE_MAP_TYPE"), "dbm");
	expect_int("end-of-input keeps define position", ir_define_pos(ir, "DATABASE_MAP_TYPE")->line, 7);
	ir_set_final(ir, "ONLY_FINAL", "x", p1);
	expect_str("end-of-input value of a new name", ir_define(ir, "ONLY_FINAL"), "x");

	ir_add_text(ir, IR_SECTION_LOCAL_CONFIG, "Kfoo hash /y\n", p1);
	ir_add_text(ir, IR_SECTION_TOP, "# top\n", p2);
	expect_int("texts kept", (long)ir_ntexts(ir), 2);
	expect_str("text order", ir_text_at(ir, 1)->section, IR_SECTION_TOP);
	expect_int("interned file names", ir_text_at(ir, 0)->pos.file == ir_text_at(ir, 1)->pos.file, 1);

	/* Many names: the table grows and every value stays reachable. */
	for (i = 0; i < 1000; i++) {
		snprintf(name, sizeof(name), "N%zu", i);
		ir_set_define(ir, name, name, p1);
	}
	expect_str("after growth", ir_define(ir, "N777"), "N777");
	expect_str("name order", ir_define_name_at(ir, 0), "DATABASE_MAP_TYPE");

	ir_free(ir);
	printf("%d failed\n", failures);
	return failures ? 1 : 0;
}
