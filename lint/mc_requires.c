/*
 * mc_requires.c - requirements the feature registry does not express
 * because they depend on a feature's arguments or on non-feature calls:
 * greet_pause and the access map, delay_checks' friend/hater mode, the
 * "nodelay" modes that need delay_checks first, *_entire_domain features
 * without their table, masquerading features without MASQUERADE_AS ...
 * (reference: features.tsv, column "requires").  The requirements the
 * registry does carry are checked by the compiler's checker (MC110).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "compiler/ir.h"
#include "lint/lint.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

enum need_kind {
	NEED_FEATURE,		/* FEATURE(name) anywhere */
	NEED_FEATURE_BEFORE,	/* FEATURE(name) before this one */
	NEED_CALL,		/* a call of the macro (MASQUERADE_AS ...) */
	NEED_DEFINE		/* an m4 define (LUSER_RELAY ...) */
};

static const struct requirement {
	const char *feature;
	const char *when_arg;	/* only when an argument equals this; NULL: always */
	enum need_kind kind;
	const char *needs;	/* alternatives separated by '|' */
	enum lint_severity severity;
	const char *why;
} requirements[] = {
	{ "greet_pause", NULL, NEED_FEATURE, "access_db", LINT_ERROR,
	  "its per-client GreetPause: entries live in the access map (without an argument the m4 stops)" },
	{ "delay_checks", "friend", NEED_FEATURE, "access_db", LINT_WARNING,
	  "the friend mode looks up Spam: entries in the access map" },
	{ "delay_checks", "hater", NEED_FEATURE, "access_db", LINT_WARNING,
	  "the hater mode looks up Spam: entries in the access map" },
	{ "bcc", "access", NEED_FEATURE, "access_db", LINT_ERROR,
	  "its map argument `access' names the access map" },
	{ "block_bad_helo", NULL, NEED_FEATURE_BEFORE, "delay_checks", LINT_WARNING,
	  "without it the checks run at the wrong time" },
	{ "conncontrol", "nodelay", NEED_FEATURE_BEFORE, "delay_checks", LINT_WARNING,
	  "the nodelay mode hands its check to delay_checks" },
	{ "ratecontrol", "nodelay", NEED_FEATURE_BEFORE, "delay_checks", LINT_WARNING,
	  "the nodelay mode hands its check to delay_checks" },
	{ "generics_entire_domain", NULL, NEED_FEATURE, "genericstable", LINT_WARNING,
	  "it only widens what genericstable rewrites" },
	{ "virtuser_entire_domain", NULL, NEED_FEATURE, "virtusertable", LINT_WARNING,
	  "it only widens what virtusertable matches" },
	{ "masquerade_entire_domain", NULL, NEED_CALL, "MASQUERADE_DOMAIN|MASQUERADE_DOMAIN_FILE", LINT_WARNING,
	  "it only widens the domains MASQUERADE_DOMAIN lists" },
	{ "masquerade_entire_domain", NULL, NEED_CALL, "MASQUERADE_AS", LINT_WARNING,
	  "there is nothing to masquerade as" },
	{ "allmasquerade", NULL, NEED_CALL, "MASQUERADE_AS|FEATURE:genericstable", LINT_WARNING,
	  "there is nothing to masquerade as" },
	{ "masquerade_envelope", NULL, NEED_CALL, "MASQUERADE_AS|FEATURE:genericstable", LINT_WARNING,
	  "there is nothing to masquerade as" },
	{ "limited_masquerade", NULL, NEED_CALL, "MASQUERADE_AS", LINT_WARNING,
	  "there is nothing to masquerade as" },
	{ "preserve_luser_host", NULL, NEED_DEFINE, "LUSER_RELAY", LINT_WARNING,
	  "it changes how mail is handed to LUSER_RELAY" },
	{ "tls_session_features", NULL, NEED_FEATURE, "access_db", LINT_WARNING,
	  "its lookups go to the access map" },
};

static int has_arg(const struct ir_call *c, const char *value)
{
	int i;

	for (i = 1; i < c->nargs; i++)
		if (strcasecmp(c->args[i], value) == 0)
			return 1;
	return 0;
}

/* Is NAME (one alternative) present among the first LIMIT calls? */
static int present(const struct ir_config *ir, enum need_kind kind, const char *name, size_t limit)
{
	const char *macro = kind == NEED_CALL ? name : "FEATURE";
	const char *feature = name;
	size_t i;

	if (kind == NEED_DEFINE)
		return ir_define(ir, name) != NULL;
	if (kind == NEED_CALL && strncmp(name, "FEATURE:", 8) == 0) {
		macro = "FEATURE";
		feature = name + 8;
	} else if (kind == NEED_CALL) {
		feature = NULL;
	}
	for (i = 0; i < ir_ncalls(ir) && i < limit; i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (strcmp(c->macro, macro) == 0 &&
		    (feature == NULL || (c->nargs > 0 && strcmp(c->args[0], feature) == 0)))
			return 1;
	}
	return 0;
}

static int satisfied(const struct ir_config *ir, const struct requirement *r, size_t at)
{
	size_t limit = r->kind == NEED_FEATURE_BEFORE ? at : (size_t)-1;
	const char *p = r->needs;
	int ok = 0;

	while (*p && !ok) {
		size_t n = strcspn(p, "|");
		char *one = xstrndup(p, n);

		ok = present(ir, r->kind, one, limit);
		free(one);
		p += n;
		if (*p)
			p++;
	}
	return ok;
}

static const char *need_text(const struct requirement *r)
{
	switch (r->kind) {
	case NEED_FEATURE:
		return "FEATURE";
	case NEED_FEATURE_BEFORE:
		return "an earlier FEATURE";
	case NEED_CALL:
		return "a call of";
	case NEED_DEFINE:
		return "a define of";
	}
	return "";
}

void lint_mc_requires(const struct ir_config *ir, struct lint_list *out)
{
	size_t i, k;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (strcmp(c->macro, "FEATURE") != 0 || c->nargs < 1)
			continue;
		for (k = 0; k < NELEM(requirements); k++) {
			const struct requirement *r = &requirements[k];

			if (strcmp(c->args[0], r->feature) != 0 || (r->when_arg && !has_arg(c, r->when_arg)))
				continue;
			if (!satisfied(ir, r, i))
				lint_add_sev(out, c->pos.file, c->pos.line, c->pos.col, "MC110", r->severity,
					     "FEATURE(`%s') needs %s `%s': %s", r->feature, need_text(r),
					     r->needs, r->why);
		}
	}
}
