/*
 * compile.c - emit a checked IR into memory and read the cf back (see
 * compile.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "xalloc.h"
#include "cf/check.h"
#include "compiler/checker.h"
#include "compiler/compile.h"
#include "compiler/emit.h"
#include "compiler/emit_origin.h"
#include "compiler/ir.h"
#include "compiler/ir_build.h"

/* Line LINE (1..) of the LEN bytes at CF, without its newline; shown
 * as written, since sendmail's own message shows it after translation. */
static char *cf_line_text(const char *cf, size_t len, int line)
{
	size_t off = 0;
	const char *nl;

	for (int n = 1; n < line && off < len; n++) {
		nl = memchr(cf + off, '\n', len - off);
		off = nl ? (size_t)(nl - cf) + 1 : len;
	}
	/* sendmail counts the last line of a continued one: show its first */
	while (off > 0 && (cf[off] == ' ' || cf[off] == '\t')) {
		size_t prev = off - 1;

		while (prev > 0 && cf[prev - 1] != '\n')
			prev--;
		off = prev;
	}
	nl = off < len ? memchr(cf + off, '\n', len - off) : NULL;
	return xstrndup(cf + off, nl ? (size_t)(nl - cf) - off : len - off);
}

/*
 * m4 does not say where raw text came from, only which record it
 * followed; the text itself is usually the .mc's line as written.  Look
 * for LINE_TEXT in POS's file from POS on and move POS there if found.
 */
static void locate_in_source(struct ir_pos *pos, const char *line_text)
{
	FILE *fp;
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	int line = 0;

	while (*line_text == ' ' || *line_text == '\t')
		line_text++;
	if (*line_text == '\0' || (fp = fopen(pos->file, "r")) == NULL)
		return;
	while ((n = getline(&buf, &cap, fp)) > 0) {
		if (++line < pos->line)
			continue;
		if (line > pos->line + 1000)
			break;
		if (strstr(buf, line_text) != NULL) {
			pos->line = line;
			pos->col = (int)(strstr(buf, line_text) - buf) + 1;
			break;
		}
	}
	free(buf);
	fclose(fp);
}

/*
 * Read the cf back the way sendmail will, before anyone sees it: a line
 * sendmail would refuse (site text that leaked past a missing dnl, a
 * rule without its tab, a broken mailer line, a value with a newline in
 * it) is an error at the .mc line that produced it.  Lines smcf made up
 * itself have no such line: refusing one of them is smcf's bug.
 */
static void read_back(const char *mc, const char *cf, size_t len,
		      const struct emit_origins *origins, struct cf_model *model)
{
	struct cf_findings found = { NULL, 0, 0 };

	cf_check_model("sendmail.cf", cf, len, &found, model);
	for (size_t i = 0; i < found.n; i++) {
		const struct cf_finding *f = &found.v[i];
		enum diag_level level = f->level == MSG_NOTE ? DIAG_WARNING : DIAG_ERROR;
		enum diag_code code = f->code;
		struct ir_pos pos;
		char *line = cf_line_text(cf, len, f->line);
		const char *verb;

		/* white space alone (a blank after a macro call) is a line
		 * sendmail complains about and skips: the cf means the same */
		if (line[strspn(line, " \t")] == '\0') {
			level = DIAG_WARNING;
			code = DC_MC_BLANK_LINE;
		}
		verb = level == DIAG_ERROR ? "refuse" : "warn about";

		if (emit_origin_of(origins, cf, len, f->line, &pos) == 0) {
			locate_in_source(&pos, line);
			diag_report(code, level, pos.file, pos.line, pos.col,
				    "sendmail would %s cf line %d `%s': %s", verb, f->line, line, f->text);
		} else
			diag_report(DC_MC_INTERNAL, level, mc, 0, 0,
				    "internal error: sendmail would %s cf line %d `%s' that smcf wrote: %s",
				    verb, f->line, line, f->text);
		free(line);
	}
	cf_findings_free(&found);
}

int compile_cf(const struct ir_config *ir, const char *mc, struct compiled *out,
	       struct cf_model *model)
{
	FILE *mem;
	int rc, errors = diag_errors();

	memset(out, 0, sizeof(*out));
	mem = open_memstream(&out->cf, &out->len);
	if (mem == NULL) {
		diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "cannot buffer output: %s", strerror(errno));
		return COMPILE_OUTPUT_FAILED;
	}
	emit_origin_begin(&out->origins, mem);
	rc = emit_config(ir, mem);
	emit_origin_end();
	if (fclose(mem) != 0) {
		diag_report(DC_IO, DIAG_ERROR, NULL, 0, 0, "cannot buffer output: %s", strerror(errno));
		return COMPILE_OUTPUT_FAILED;
	}
	if (rc == 0 && diag_errors() == errors)
		read_back(mc, out->cf, out->len, &out->origins, model);
	return rc < 0 ? -1 : 0;
}

void compiled_free(struct compiled *c)
{
	free(c->cf);
	emit_origins_free(&c->origins);
	memset(c, 0, sizeof(*c));
}

int compile_mc(const struct fe_options *fe, struct compile_result *out)
{
	struct compiled c;
	int errors = diag_errors(), rc;

	memset(out, 0, sizeof(*out));
	diag_hold();
	rc = frontend_read(fe, &out->ir);
	if (rc == 0) {
		check_config(out->ir, fe->mc_file);
		if (diag_errors() > errors)
			rc = 1;
		else {
			rc = compile_cf(out->ir, fe->mc_file, &c, NULL);
			rc = rc == COMPILE_OUTPUT_FAILED ? 2 : rc < 0 || diag_errors() > errors ? 1 : 0;
			out->cf = c.cf;
			out->len = c.len;
			out->origins = c.origins;
		}
	}
	diag_release();
	if (rc != 0) {
		free(out->cf);
		out->cf = NULL;
		out->len = 0;
	}
	return rc;
}

void compile_result_free(struct compile_result *r)
{
	free(r->cf);
	emit_origins_free(&r->origins);
	ir_free(r->ir);
	memset(r, 0, sizeof(*r));
}
