/*
 * output.c - how smcf policy prints a reply: the reply lines as the
 * client would read them, then indented "; " lines saying what decided
 * it; or one JSON object per reply (--json).
 */
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "policy/policy.h"

void policy_print_text(FILE *out, const struct policy_reply *r, int explain)
{
	const struct policy_why *w = &r->why;

	if (r->command != NULL && r->command[0] != '\0')
		fprintf(out, ">>> %s\n", r->command);
	for (int i = 0; i < r->nlines; i++)
		fprintf(out, "%s\n", r->lines[i]);
	if (!explain)
		return;
	if (w->rule_line > 0)
		fprintf(out, "    ; decided by %s: ruleset %s rule %d (cf line %d): %s\n",
			w->ruleset, w->rule_set, w->rule_no, w->rule_line, w->rule);
	if (w->map[0] != '\0')
		fprintf(out, "    ; map: %s\n", w->map);
	if (w->note[0] != '\0')
		fprintf(out, "    ; %s\n", w->note);
	if (r->notes != NULL) {
		const char *p = r->notes;

		while (*p != '\0') {
			size_t n = strcspn(p, "\n");

			fprintf(out, "    ; %.*s\n", (int)n, p);
			p += n;
			if (*p == '\n')
				p++;
		}
	}
}

void policy_print_json(FILE *out, const struct policy_reply *r)
{
	const struct policy_why *w = &r->why;

	fputs("{\"command\": ", out);
	json_string(out, r->command);
	fprintf(out, ", \"code\": %d, \"reply\": [", r->code);
	for (int i = 0; i < r->nlines; i++) {
		if (i)
			fputs(", ", out);
		json_string(out, r->lines[i]);
	}
	fputs("]", out);
	if (w->rule_line > 0) {
		fputs(", \"decided_by\": {\"check\": ", out);
		json_string(out, w->ruleset);
		fputs(", \"ruleset\": ", out);
		json_string(out, w->rule_set);
		fprintf(out, ", \"rule\": %d, \"line\": %d, \"text\": ", w->rule_no, w->rule_line);
		json_string(out, w->rule);
		fputs("}", out);
	}
	if (w->map[0] != '\0') {
		fputs(", \"map\": ", out);
		json_string(out, w->map);
	}
	if (r->notes != NULL) {
		fputs(", \"notes\": [", out);
		for (const char *p = r->notes; *p != '\0';) {
			size_t n = strcspn(p, "\n");
			char buf[1024];

			snprintf(buf, sizeof buf, "%.*s", (int)n, p);
			if (p != r->notes)
				fputs(", ", out);
			json_string(out, buf);
			p += n;
			if (*p == '\n')
				p++;
		}
		fputs("]", out);
	}
	fprintf(out, ", \"closes\": %s}\n", r->closes ? "true" : "false");
}
