/*
 * mc_semantic.c - the checks that need the .mc as m4 expands it: the
 * compiler's front end and checker run with their diagnostics captured
 * (lib/diag.h sink) and each diagnostic becomes a finding with a stable
 * code; then the checks of the checker's model that only a linter makes:
 * features and relay domains that open the relay, and text at divert(0)
 * that would leak into sendmail.cf as a line sendmail cannot read.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "xalloc.h"
#include "compiler/checker.h"
#include "compiler/frontend.h"
#include "compiler/ir.h"
#include "compiler/ir_build.h"
#include "lint/lint.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define DIAG_LEVEL	(-1)	/* keep the severity the checker gave */

/* Checker messages to codes, first match wins. */
static const struct {
	const char *text;	/* substring of the message */
	int at_start;		/* must the message start with it? */
	const char *code;
	int severity;		/* enum lint_severity, or DIAG_LEVEL */
} classes[] = {
	{ "unknown OSTYPE ", 1, "MC101", DIAG_LEVEL },
	{ "unknown DOMAIN ", 1, "MC101", DIAG_LEVEL },
	{ "unknown FEATURE ", 1, "MC101", DIAG_LEVEL },
	{ "unknown HACK ", 1, "MC101", DIAG_LEVEL },
	{ "unknown MAILER ", 1, "MC101", DIAG_LEVEL },
	{ "unknown option ", 1, "MC102", DIAG_LEVEL },
	/* The build writes the line as the reference does, with a
	 * warning; a call no macro takes is a mistake all the same. */
	{ "unknown macro ", 1, "MC103", LINT_ERROR },
	{ "' was not expanded", 0, "MC103", LINT_ERROR },
	/* A feature whose requirement is missing does not work as written
	 * (the reference m4 stops most of them with an error). */
	{ "') before it (given at ", 0, "MC111", DIAG_LEVEL },
	{ "') requires FEATURE(`", 0, "MC110", LINT_ERROR },
	{ "), which is not given", 0, "MC110", LINT_ERROR },
	{ "() needs a name", 0, "MC104", DIAG_LEVEL },
	{ "') needs ", 0, "MC104", DIAG_LEVEL },
	{ "') takes at most ", 0, "MC104", DIAG_LEVEL },
	{ "') takes no arguments", 0, "MC104", DIAG_LEVEL },
	{ " is deprecated", 0, "MC112", LINT_WARNING },
	{ "') must come after FEATURE(", 0, "MC111", DIAG_LEVEL },
	{ "must come before MAILER", 0, "MC106", DIAG_LEVEL },
	{ "OSTYPE should come before", 1, "MC106", DIAG_LEVEL },
	{ "should come before", 0, "MC107", DIAG_LEVEL },
	{ "duplicate OSTYPE", 1, "MC108", DIAG_LEVEL },
	{ "already included at", 0, "MC108", DIAG_LEVEL },
	{ "no OSTYPE given", 1, "MC109", DIAG_LEVEL },
};

/* Features that let strangers relay through the host. */
static const struct {
	const char *name;
	const char *why;
} relay_features[] = {
	{ "promiscuous_relay", "relays mail from anywhere to anywhere: an open relay" },
	{ "relay_local_from", "relays for any sender who claims a local domain; sender addresses are trivially forged" },
	{ "relay_mail_from", "relays for senders listed in the access map; sender addresses are trivially forged" },
	{ "relay_based_on_MX", "relays for any domain that points its MX at this host, which anyone can arrange" },
	{ "loose_relay_check", "accepts %-hack addresses (user%site@host), which can be abused to relay" },
};

/* Features the reference keeps only to say they are gone or useless;
 * they replace the checker's generic deprecation message. */
static const struct {
	const char *name;
	enum lint_severity severity;
	const char *why;
} obsolete_features[] = {
	{ "tls_failures", LINT_ERROR,
	  "has been replaced by the option confTLS_FALLBACK_TO_CLEAR (the reference m4 prints an "
	  "error for it); use define(`confTLS_FALLBACK_TO_CLEAR', `true')" },
	{ "notsticky", LINT_INFO,
	  "has no effect: its behaviour is the default since sendmail 8.7; remove it" },
};

/* Is MSG the checker's deprecation message for one of those? */
static int is_obsolete_echo(const char *msg)
{
	size_t k;

	for (k = 0; k < NELEM(obsolete_features); k++) {
		size_t n = strlen(obsolete_features[k].name);
		const char *p = strstr(msg, "(`");

		if (p && strncmp(p + 2, obsolete_features[k].name, n) == 0 && p[2 + n] == '\'' &&
		    strstr(msg, " is deprecated"))
			return 1;
	}
	return 0;
}

static void check_obsolete_features(const struct ir_config *ir, struct lint_list *out)
{
	size_t i, k;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (strcmp(c->macro, "FEATURE") != 0 || c->nargs < 1)
			continue;
		for (k = 0; k < NELEM(obsolete_features); k++)
			if (strcmp(c->args[0], obsolete_features[k].name) == 0)
				lint_add_sev(out, c->pos.file, c->pos.line, c->pos.col, "MC112",
					     obsolete_features[k].severity, "FEATURE(`%s') %s",
					     obsolete_features[k].name, obsolete_features[k].why);
	}
}

/* What the sink collected while the front end and checker ran. */
struct captured {
	struct lint_list *out;
	const char *mc_file;
	const struct lint_lines *lines;
	int in_checker;		/* 0: front end (m4), 1: checker */
};

static enum lint_severity level_severity(enum diag_level level)
{
	return level == DIAG_ERROR ? LINT_ERROR : LINT_WARNING;
}

/* A position the user cannot act on (built-in defaults) goes on the
 * .mc itself, at no particular line. */
static const char *real_file(const struct captured *cap, const char *file, int *line, int *col)
{
	if (file == NULL || strcmp(file, FE_POS_DEFAULTS) == 0 || strcmp(file, FE_POS_COMMAND_LINE) == 0) {
		*line = 0;
		*col = 0;
		return cap->mc_file;
	}
	return file;
}

/* "confFOO: `x' is not ...": the checker's message about a typed value. */
static int is_option_value_message(const char *msg)
{
	size_t n = 0;

	while (isalnum((unsigned char)msg[n]) || msg[n] == '_')
		n++;
	return n > 0 && strncmp(msg + n, ": ", 2) == 0;
}

/* The front end places raw text blocks at the start of the block, which
 * may be in another file; find "NAME(" of an unknown macro in the .mc. */
static const char *place_macro_call(const struct captured *cap, const char *msg, const char *file,
				    int *line, int *col)
{
	const char *name = strchr(msg, '`');
	size_t n, i;

	if (name == NULL)
		return file;
	name++;
	n = strcspn(name, "'");
	for (i = 0; i < cap->lines->n; i++) {
		const char *l = cap->lines->line[i];
		const char *hit = l + strspn(l, " \t");

		if (strncmp(hit, name, n) == 0 && hit[n] == '(') {
			*line = (int)i + 1;
			*col = (int)(hit - l) + 1;
			return cap->mc_file;
		}
	}
	return file;
}

static void sink(void *arg, enum diag_level level, const char *file, int line, int col, const char *msg)
{
	struct captured *cap = arg;
	const char *code = cap->in_checker ? "MC119" : "MC100";
	enum lint_severity sev = level_severity(level);
	size_t i;

	if (cap->in_checker && is_obsolete_echo(msg))
		return;
	file = real_file(cap, file, &line, &col);
	for (i = 0; cap->in_checker && i < NELEM(classes); i++) {
		const char *hit = strstr(msg, classes[i].text);

		if (hit && (!classes[i].at_start || hit == msg)) {
			code = classes[i].code;
			if (classes[i].severity != DIAG_LEVEL)
				sev = (enum lint_severity)classes[i].severity;
			break;
		}
	}
	/* The build only warns (the reference writes any value), but
	 * sendmail reads such a value wrongly: a mistake to fix. */
	if (cap->in_checker && i == NELEM(classes) && is_option_value_message(msg)) {
		code = "MC105";
		sev = LINT_ERROR;
	}
	if (strcmp(code, "MC103") == 0)
		file = place_macro_call(cap, msg, file, &line, &col);
	lint_add_sev(cap->out, file, line, col, code, sev, "%s", msg);
}

/* --- relay risks --- */

int lint_relay_key_too_broad(const char *key)
{
	const char *p;
	int dots = 0, digits_only = 1;

	while (*key == '.')
		key++;
	if (*key == '\0')
		return 1;
	/* Loopback is local; IPv6 prefixes are not judged here. */
	if (strcmp(key, "localhost") == 0 || strcmp(key, "127") == 0 || strncmp(key, "127.", 4) == 0 ||
	    strncasecmp(key, "IPv6:", 5) == 0)
		return 0;
	for (p = key; *p; p++) {
		if (*p == '.')
			dots++;
		else if (!isdigit((unsigned char)*p))
			digits_only = 0;
	}
	if (p[-1] == '.')
		dots--;
	/* "10" or "10." is a /8 network; "com" a whole top-level domain. */
	return dots == 0 || (digits_only && dots < 1);
}

static void check_relay_features(const struct ir_config *ir, struct lint_list *out)
{
	size_t i, k;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (strcmp(c->macro, "FEATURE") != 0 || c->nargs < 1)
			continue;
		for (k = 0; k < NELEM(relay_features); k++)
			if (strcmp(c->args[0], relay_features[k].name) == 0)
				lint_add(out, c->pos.file, c->pos.line, c->pos.col, "MC120",
					 "FEATURE(`%s') %s; prefer SMTP AUTH or STARTTLS for roaming users",
					 relay_features[k].name, relay_features[k].why);
	}
}

static void check_relay_domains(const struct ir_config *ir, struct lint_list *out)
{
	size_t i;
	int a;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (strcmp(c->macro, "RELAY_DOMAIN") != 0)
			continue;
		for (a = 0; a < c->nargs; a++) {
			char *words = xstrdup(c->args[a]), *save = NULL, *w;

			for (w = strtok_r(words, " \t\n", &save); w; w = strtok_r(NULL, " \t\n", &save))
				if (lint_relay_key_too_broad(w))
					lint_add(out, c->pos.file, c->pos.line, c->pos.col, "MC121",
						 "RELAY_DOMAIN(`%s') relays for a whole top-level domain or /8 network", w);
			free(words);
		}
	}
}

/* --- text that leaks into the cf --- */

static int is_cf_line(const char *line)
{
	return line[0] == '\0' || strchr("#RSDHCTFMOPQVKEX \t", line[0]) != NULL;
}

/* Line number of TEXT in the raw file, searching from FROM; 0 if absent.
 * A line equal to TEXT, else one ending in it (what a macro call left
 * behind, as in "FEATURE(`x')dln"). */
static int find_raw_line(const struct lint_lines *lines, const char *text, size_t len, int from)
{
	size_t i;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		for (i = from > 0 ? (size_t)from - 1 : 0; i < lines->n; i++) {
			const char *l = lines->line[i];
			size_t n = strlen(l);

			while (n > 0 && isspace((unsigned char)l[n - 1]))
				n--;
			if ((pass == 0 ? n == len : n > len) && strncmp(l + n - len, text, len) == 0)
				return (int)i + 1;
		}
	}
	return 0;
}

static int starts_with_call(const char *line)
{
	size_t n = 0;

	while (isalnum((unsigned char)line[n]) || line[n] == '_')
		n++;
	return n > 0 && line[n] == '(';
}

static void check_text_block(const struct ir_text *t, const char *file, const struct lint_lines *lines,
			     struct lint_list *out)
{
	int from = strcmp(t->pos.file, file) == 0 ? t->pos.line : 1;
	const char *p = t->text;

	while (*p) {
		size_t len = strcspn(p, "\n"), n = len;
		int line;

		while (n > 0 && isspace((unsigned char)p[n - 1]))
			n--;
		if (n > 0 && !is_cf_line(p) && !starts_with_call(p)) {
			line = find_raw_line(lines, p, n, from);
			if (line == 0 && from > 1)
				line = find_raw_line(lines, p, n, 1);
			if (line > 0)
				lint_add(out, file, line, 1, "MC005",
					 "`%.*s' reaches sendmail.cf, where it is not a valid line "
					 "(a missing dnl or divert(-1)?)", (int)(n > 60 ? 60 : n), p);
			else
				lint_add(out, t->pos.file, t->pos.line, t->pos.col, "MC005",
					 "`%.*s' reaches sendmail.cf, where it is not a valid line",
					 (int)(n > 60 ? 60 : n), p);
		}
		p += len;
		if (*p)
			p++;
	}
}

static void check_texts(const struct ir_config *ir, const char *file, const struct lint_lines *lines,
			struct lint_list *out)
{
	size_t i;

	for (i = 0; i < ir_ntexts(ir); i++)
		check_text_block(ir_text_at(ir, i), file, lines, out);
}

/* m4's own complaints at the end of the file repeat what a lexical
 * finding already says with a better position. */
static const struct {
	const char *m4_says;
	const char *lexical_code;
} eof_echoes[] = {
	{ "end of file in string", "MC001" },
	{ "end of file in argument list", "MC004" },
};

static int has_code(const struct lint_list *out, size_t upto, const char *file, const char *code)
{
	size_t i;

	for (i = 0; i < upto; i++)
		if (strcmp(out->items[i].code, code) == 0 && strcmp(out->items[i].file, file) == 0)
			return 1;
	return 0;
}

static int is_eof_echo(const struct lint_list *out, size_t from, const char *file,
		       const struct lint_finding *f)
{
	size_t k;

	if (strcmp(f->code, "MC100") != 0)
		return 0;
	for (k = 0; k < NELEM(eof_echoes); k++)
		if (strstr(f->message, eof_echoes[k].m4_says) &&
		    has_code(out, from, file, eof_echoes[k].lexical_code))
			return 1;
	return 0;
}

static void drop_m4_eof_echo(struct lint_list *out, size_t from, const char *file)
{
	size_t i, kept = from;

	for (i = from; i < out->n; i++) {
		struct lint_finding *f = &out->items[i];

		if (is_eof_echo(out, from, file, f)) {
			free(f->file);
			free(f->message);
			continue;
		}
		out->items[kept++] = *f;
	}
	out->n = kept;
}

int lint_mc_semantic(const char *file, const struct lint_lines *lines, struct lint_list *out)
{
	struct captured cap = { out, file, lines, 0 };
	struct fe_options opt;
	struct ir_config *ir = NULL;
	size_t from = out->n;
	const char *include_dirs[1];
	char *dir;
	int rc;

	memset(&opt, 0, sizeof(opt));
	opt.mc_file = file;
	/* include(`site.m4') in a .mc usually means the file beside it. */
	dir = xstrndup(file, strrchr(file, '/') ? (size_t)(strrchr(file, '/') - file) : 0);
	include_dirs[0] = *dir ? dir : ".";
	opt.include_dirs = include_dirs;
	opt.nincludes = 1;
	diag_set_sink(sink, &cap);
	rc = frontend_read(&opt, &ir);
	if (rc == 0 && ir != NULL) {
		cap.in_checker = 1;
		check_config(ir, file);
	}
	diag_set_sink(NULL, NULL);
	if (ir != NULL)
		lint_mc_includes(ir, include_dirs, 1, out);
	free(dir);
	drop_m4_eof_echo(out, from, file);
	if (ir == NULL)
		return rc != 0 ? 2 : 0;
	lint_mc_requires(ir, out);
	check_obsolete_features(ir, out);
	check_relay_features(ir, out);
	check_relay_domains(ir, out);
	check_texts(ir, file, lines, out);
	ir_free(ir);
	return 0;
}
