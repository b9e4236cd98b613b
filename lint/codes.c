/*
 * codes.c - the table of lint codes and their default severities.
 *
 * Codes are stable: a code keeps its meaning forever, new checks get new
 * codes.  MC0xx are lexical .mc checks, MC1xx semantic .mc checks, CF0xx
 * sendmail.cf checks, MAP0xx map source checks.  docs/lint-codes.md has
 * an example and a fix for each.
 */
#include <string.h>

#include "lint/lint.h"

static const struct lint_code codes[] = {
	/* .mc, lexical (raw text, before m4) */
	{ "MC001", LINT_ERROR, "unbalanced-quote" },
	{ "MC002", LINT_ERROR, "typographic-quote" },
	{ "MC003", LINT_ERROR, "html-entity" },
	{ "MC004", LINT_ERROR, "unbalanced-parenthesis" },
	{ "MC005", LINT_ERROR, "text-leak" },
	{ "MC006", LINT_ERROR, "rule-without-tab" },
	{ "MC007", LINT_ERROR, "rule-operands" },
	/* .mc, semantic (front end + checker) */
	{ "MC100", LINT_ERROR, "m4-error" },
	{ "MC101", LINT_ERROR, "unknown-name" },
	{ "MC102", LINT_WARNING, "unknown-option" },
	{ "MC103", LINT_ERROR, "unknown-macro" },
	{ "MC104", LINT_ERROR, "argument-count" },
	{ "MC105", LINT_ERROR, "option-value" },
	{ "MC106", LINT_ERROR, "order" },
	{ "MC107", LINT_WARNING, "section-order" },
	{ "MC108", LINT_ERROR, "duplicate" },
	{ "MC109", LINT_ERROR, "missing-ostype" },
	{ "MC110", LINT_ERROR, "missing-requirement" },
	{ "MC111", LINT_WARNING, "requirement-order" },
	{ "MC112", LINT_WARNING, "deprecated" },
	{ "MC119", LINT_WARNING, "checker" },
	{ "MC120", LINT_WARNING, "open-relay-feature" },
	{ "MC121", LINT_WARNING, "broad-relay-domain" },
	{ "MC122", LINT_WARNING, "include-outside" },
	{ "MC123", LINT_WARNING, "include-private" },
	/* sendmail.cf */
	{ "CF001", LINT_ERROR, "rule-without-tab" },
	{ "CF002", LINT_ERROR, "positional-out-of-range" },
	{ "CF003", LINT_ERROR, "undefined-ruleset" },
	{ "CF004", LINT_INFO, "undefined-class" },
	{ "CF005", LINT_ERROR, "undefined-map" },
	{ "CF006", LINT_ERROR, "unknown-mailer" },
	{ "CF007", LINT_ERROR, "unknown-line" },
	/* map sources */
	{ "MAP001", LINT_ERROR, "leading-space" },
	{ "MAP002", LINT_ERROR, "no-value" },
	{ "MAP003", LINT_ERROR, "duplicate-key" },
	{ "MAP004", LINT_WARNING, "stale-db" },
	{ "MAP005", LINT_ERROR, "access-action" },
	{ "MAP006", LINT_WARNING, "access-tag" },
	{ "MAP007", LINT_WARNING, "access-broad-relay" },
	{ "MAP008", LINT_ERROR, "mailertable-value" },
	{ "MAP009", LINT_WARNING, "mailertable-key" },
	{ "MAP010", LINT_ERROR, "virtusertable-shape" },
	{ "MAP011", LINT_ERROR, "genericstable-shape" },
	{ "MAP012", LINT_ERROR, "domaintable-shape" },
	{ "MAP013", LINT_ERROR, "authinfo-shape" },
	{ "MAP014", LINT_ERROR, "aliases-shape" },
	{ "MAP015", LINT_ERROR, "line-too-long" },
};

#define NCODES (sizeof(codes) / sizeof(codes[0]))

static const char *const severity_names[] = { "info", "warning", "error" };

const struct lint_code *lint_code_lookup(const char *code)
{
	size_t i;

	for (i = 0; i < NCODES; i++)
		if (strcmp(codes[i].code, code) == 0)
			return &codes[i];
	return NULL;
}

size_t lint_code_count(void)
{
	return NCODES;
}

const struct lint_code *lint_code_at(size_t i)
{
	return i < NCODES ? &codes[i] : NULL;
}

const char *lint_severity_name(enum lint_severity s)
{
	return severity_names[s];
}

int lint_name_index(const char *word, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(word, list[i]) == 0)
			return (int)i;
	return -1;
}

int lint_severity_parse(const char *name, enum lint_severity *out)
{
	int i = lint_name_index(name, severity_names, sizeof(severity_names) / sizeof(severity_names[0]));

	if (i < 0)
		return -1;
	*out = (enum lint_severity)i;
	return 0;
}
