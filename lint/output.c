/*
 * output.c - print findings as text, gcc-style lines (both coloured on a
 * terminal, see color.h), a JSON array or a SARIF 2.1.0 log.  SARIF
 * rules point to the installed lint codes document (paths.h).
 */
#include <stdio.h>
#include <string.h>

#include "color.h"
#include "json.h"
#include "paths.h"
#include "lint/lint.h"

static const char *const format_names[] = { "text", "gcc", "json", "sarif" };

int lint_format_parse(const char *name, enum lint_format *out)
{
	int i = lint_name_index(name, format_names, sizeof(format_names) / sizeof(format_names[0]));

	if (i < 0)
		return -1;
	*out = (enum lint_format)i;
	return 0;
}

static void print_text(const struct lint_list *list, int gcc)
{
	static const enum color_role role[] = {
		[LINT_INFO] = COLOR_NOTE, [LINT_WARNING] = COLOR_WARNING, [LINT_ERROR] = COLOR_ERROR,
	};
	size_t i, count[3] = { 0, 0, 0 };

	for (i = 0; i < list->n; i++) {
		const struct lint_finding *f = &list->items[i];
		const char *sev = lint_severity_name(f->severity);

		if (gcc && f->severity == LINT_INFO)
			sev = "note";
		count[f->severity]++;
		fputs(color_on(stdout, COLOR_LOCUS), stdout);
		fputs(f->file, stdout);
		if (f->line > 0)
			printf(":%d", f->line);
		if (f->line > 0 && (f->col > 0 || gcc))
			printf(":%d", f->col > 0 ? f->col : 1);
		printf(":%s %s%s:%s %s [%s]\n", color_off(stdout), color_on(stdout, role[f->severity]),
		       sev, color_off(stdout), f->message, diag_code_info(f->code)->code);
	}
	if (!gcc && list->n > 0)
		printf("%zu error%s, %zu warning%s, %zu info\n", count[LINT_ERROR],
		       count[LINT_ERROR] == 1 ? "" : "s", count[LINT_WARNING],
		       count[LINT_WARNING] == 1 ? "" : "s", count[LINT_INFO]);
}

static void print_json(const struct lint_list *list)
{
	size_t i;

	putchar('[');
	for (i = 0; i < list->n; i++) {
		const struct lint_finding *f = &list->items[i];

		fputs(i ? ",\n {" : "\n {", stdout);
		fputs("\"file\": ", stdout);
		json_string(stdout, f->file);
		printf(", \"line\": %d, \"column\": %d, \"severity\": \"%s\", \"code\": \"%s\", \"message\": ",
		       f->line, f->col, lint_severity_name(f->severity), diag_code_info(f->code)->code);
		json_string(stdout, f->message);
		putchar('}');
	}
	fputs(list->n ? "\n]\n" : "]\n", stdout);
}

static const char *sarif_level(enum lint_severity s)
{
	return s == LINT_ERROR ? "error" : s == LINT_WARNING ? "warning" : "note";
}

static void print_sarif_rules(void)
{
	size_t i;

	for (i = 0; i < DC_COUNT; i++) {
		const struct diag_code_info *c = diag_code_info((enum diag_code)i);

		printf("%s\n            {\"id\": \"%s\", \"name\": ", i ? "," : "", c->code);
		json_string(stdout, c->title);
		printf(", \"helpUri\": \"file://%s/lint-codes.md#%s\", "
		       "\"defaultConfiguration\": {\"level\": \"%s\"}}",
		       smcf_docdir(), c->code, sarif_level((enum lint_severity)c->severity));
	}
}

static void print_sarif(const struct lint_list *list)
{
	size_t i;

	fputs("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
	      "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
	      "    \"tool\": {\"driver\": {\"name\": \"smcf lint\", \"rules\": [", stdout);
	print_sarif_rules();
	fputs("]}},\n    \"results\": [", stdout);
	for (i = 0; i < list->n; i++) {
		const struct lint_finding *f = &list->items[i];

		printf("%s\n      {\"ruleId\": \"%s\", \"level\": \"%s\", \"message\": {\"text\": ",
		       i ? "," : "", diag_code_info(f->code)->code, sarif_level(f->severity));
		json_string(stdout, f->message);
		fputs("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ", stdout);
		json_string(stdout, f->file);
		putchar('}');
		if (f->line > 0)
			printf(", \"region\": {\"startLine\": %d, \"startColumn\": %d}",
			       f->line, f->col > 0 ? f->col : 1);
		fputs("}}]}", stdout);
	}
	fputs("]\n  }]\n}\n", stdout);
}

void lint_print(const struct lint_list *list, enum lint_format format)
{
	switch (format) {
	case LINT_FORMAT_TEXT:
		print_text(list, 0);
		break;
	case LINT_FORMAT_GCC:
		print_text(list, 1);
		break;
	case LINT_FORMAT_JSON:
		print_json(list);
		break;
	case LINT_FORMAT_SARIF:
		print_sarif(list);
		break;
	}
}
