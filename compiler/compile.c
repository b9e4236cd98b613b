/*
 * compile.c - the pipeline of compile.h: .mc -> IR -> checks -> cf text
 * -> read back as sendmail will read it.
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
		      const struct emit_origins *origins)
{
	struct cf_findings found = { NULL, 0, 0 };

	cf_check_text("sendmail.cf", cf, len, &found);
	for (size_t i = 0; i < found.n; i++) {
		const struct cf_finding *f = &found.v[i];
		enum diag_level level = f->level == MSG_NOTE ? DIAG_WARNING : DIAG_ERROR;
		struct ir_pos pos;

		char *line = cf_line_text(cf, len, f->line);
		const char *verb = level == DIAG_ERROR ? "refuse" : "warn about";

		if (emit_origin_of(origins, cf, len, f->line, &pos) == 0) {
			locate_in_source(&pos, line);
			diag_report(level, pos.file, pos.line, pos.col,
				    "sendmail would %s cf line %d `%s': %s", verb, f->line, line, f->text);
		} else
			diag_report(level, mc, 0, 0,
				    "internal error: sendmail would %s cf line %d `%s' that smcf wrote: %s",
				    verb, f->line, line, f->text);
		free(line);
	}
	cf_findings_free(&found);
}

/* Emit IR into R (text and origins) and read it back; 0 or 1. */
static int emit_and_read_back(const struct ir_config *ir, const char *mc, int errors,
			      struct compile_result *r)
{
	FILE *mem = open_memstream(&r->cf, &r->len);
	int rc;

	if (mem == NULL) {
		diag_report(DIAG_ERROR, NULL, 0, 0, "cannot buffer output: %s", strerror(errno));
		return 2;
	}
	emit_origin_begin(&r->origins, mem);
	rc = emit_config(ir, mem);
	emit_origin_end();
	if (fclose(mem) != 0) {
		diag_report(DIAG_ERROR, NULL, 0, 0, "cannot buffer output: %s", strerror(errno));
		return 2;
	}
	if (rc == 0 && diag_errors() == errors)
		read_back(mc, r->cf, r->len, &r->origins);
	return rc < 0 || diag_errors() > errors ? 1 : 0;
}

int compile_mc(const struct fe_options *fe, struct compile_result *out)
{
	int errors = diag_errors(), rc;

	memset(out, 0, sizeof(*out));
	diag_hold();
	rc = frontend_read(fe, &out->ir);
	if (rc == 0) {
		check_config(out->ir, fe->mc_file);
		rc = diag_errors() > errors ? 1 : emit_and_read_back(out->ir, fe->mc_file, errors, out);
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
