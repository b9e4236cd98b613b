/*
 * emit.c - emit_config(): the cf, section after section.
 *
 * First every FEATURE, MAILER and class macro of the model is applied to
 * the emitter context (emit_apply.c); any error there stops the build
 * before a line is written.  Then the sections are written in the order
 * sendmail needs them: header and version level, local info (macros,
 * classes, maps), options, queue groups, precedences, trusted users,
 * headers, the core rulesets, and the mailers with their rulesets.
 */
#include <stdio.h>

#include "compiler/emit.h"
#include "compiler/emit_ctx.h"
#include "compiler/emit_internal.h"
#include "compiler/rules.h"

int emit_config(const struct ir_config *ir, FILE *out)
{
	struct emit_ctx ctx;
	int rc = 0;

	ctx_init(&ctx, ir, out);
	if (emit_apply(&ctx) != 0 || ctx.errors) {
		ctx_free(&ctx);
		return -1;
	}
	if (ir_stopped(ir)) {
		/* m4exit(0): only the text written before it, as the
		 * reference's m4 leaves its output. */
		rules_site_text(&ctx, IR_SECTION_TOP);
		ctx_free(&ctx);
		return ferror(out) ? -1 : 0;
	}
	emit_header(&ctx);
	emit_local_info(&ctx);
	emit_options(&ctx);
	emit_message_headers(&ctx);
	if (rules_write(&ctx, rules_core, rules_core_count) != 0)
		rc = -1;
	if (rc == 0 && emit_mailers(&ctx) != 0)
		rc = -1;
	if (ferror(out)) {
		fprintf(stderr, "smcf: error: cannot write the configuration\n");
		rc = -1;
	}
	if (ctx.errors)
		rc = -1;
	ctx_free(&ctx);
	return rc;
}
