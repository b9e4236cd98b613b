/*
 * mc_lexical.c - checks on the raw text of a .mc, before m4 sees it, so
 * that each finding has the exact line and column: m4 quotes that never
 * close, typographic quotes and HTML entities pasted from a web page or
 * slides, macro calls whose parenthesis never closes, and rule lines in
 * the raw cf sections whose LHS and RHS are not separated by a TAB.
 *
 * The scanner follows m4's own reading closely enough for these checks:
 * ` and ' nest, `dnl' discards the rest of its line, and a word right
 * before '(' is a macro call whose arguments run to the matching ')'.
 * '#' starts no comment once the configuration's m4 files have turned
 * m4 comments off (changecom()), so quotes count on '#' lines too; in a
 * .mc that includes cf.m4 itself (run alone, as `m4 FILE.mc'), '#' starts
 * a comment on the lines before that include.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "compiler/frontend.h"
#include "lint/lint.h"

/* m4 builtins whose argument lists m4 collects. */
static const char *const m4_builtins[] = {
	"define", "undefine", "defn", "pushdef", "popdef", "ifdef", "ifelse",
	"include", "sinclude", "divert", "undivert", "len", "index", "substr",
	"translit", "eval", "incr", "decr", "errprint", "shift", "indir",
	"format", "regexp", "patsubst", "changequote", "changecom", "m4exit",
};

/* Macros after which the .mc hands raw cf lines (rules among them) on. */
static const char *const cf_sections[] = {
	"LOCAL_CONFIG", "LOCAL_RULESETS", "LOCAL_RULE_0", "LOCAL_RULE_1",
	"LOCAL_RULE_2", "LOCAL_RULE_3", "LOCAL_NET_CONFIG", "MAILER_DEFINITIONS",
	"LOCAL_SRV_FEATURES", "LOCAL_CLT_FEATURES", "LOCAL_TRY_TLS",
	"LOCAL_TLS_RCPT", "LOCAL_TLS_CLIENT", "LOCAL_TLS_SERVER", "LOCAL_DNSBL",
	"LOCAL_UUCP",
};

/* Typographic look-alikes of ` and ' (UTF-8), as pasted from documents. */
static const struct {
	const char *bytes;
	const char *name;
} curly_quotes[] = {
	{ "\xe2\x80\x98", "left single quotation mark" },
	{ "\xe2\x80\x99", "right single quotation mark" },
	{ "\xe2\x80\x9c", "left double quotation mark" },
	{ "\xe2\x80\x9d", "right double quotation mark" },
	{ "\xe2\x80\xb2", "prime" },
	{ "\xc2\xb4", "acute accent" },
};

static const char *const html_entities[] = {
	"lt", "gt", "amp", "quot", "apos", "nbsp", "lsquo", "rsquo", "ldquo",
	"rdquo", "grave", "acute",
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* A macro call whose closing parenthesis has not been seen yet. */
struct open_call {
	int line, col;
	int depth;		/* parentheses open in its arguments */
	char name[64];
};

struct scan {
	const char *file;
	const struct lint_lines *lines;
	struct lint_list *out;
	char **defined;		/* names the file define()s */
	size_t ndefined;
	int quote_depth;
	int quote_line, quote_col;	/* outermost open quote */
	struct open_call *calls;
	size_t ncalls;
	int cf_mode;		/* inside a raw cf section */
	int discarding;		/* inside divert(-1) */
	size_t comments_until;	/* '#' comments on before this line */
};

static int in_list(const char *word, const char *const *list, size_t n)
{
	return lint_name_index(word, list, n) >= 0;
}

static int is_word_start(int c)
{
	return isalpha(c) || c == '_';
}

static int is_word_char(int c)
{
	return isalnum(c) || c == '_';
}

/* Column of P on a line starting at START, counting characters. */
static int column(const char *start, const char *p)
{
	int col = 1;

	for (; start < p; start++)
		if (((unsigned char)*start & 0xc0) != 0x80)
			col++;
	return col;
}

/* Configuration macros are upper case with underscores (FEATURE,
 * LOCAL_CONFIG, MASQUERADE_AS ...). */
static int looks_like_mc_macro(const char *word)
{
	const char *p;

	if (strlen(word) < 2)
		return 0;
	for (p = word; *p; p++)
		if (!(isupper((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_'))
			return 0;
	return 1;
}

static int is_macro_name(const struct scan *s, const char *word)
{
	return looks_like_mc_macro(word) || in_list(word, m4_builtins, NELEM(m4_builtins)) ||
	       in_list(word, (const char *const *)s->defined, s->ndefined);
}

/* Names given to define(`NAME' ...) anywhere in the file: calls of them
 * collect arguments too. */
static void collect_defines(struct scan *s)
{
	const char *p = s->lines->text;

	while ((p = strstr(p, "define(`")) != NULL) {
		size_t n;

		p += strlen("define(`");
		n = strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
		if (n > 0 && p[n] == '\'') {
			s->defined = lint_grow(s->defined, s->ndefined, sizeof(*s->defined));
			s->defined[s->ndefined++] = xstrndup(p, n);
		}
	}
}

static void check_curly_and_entities(struct scan *s, int line, const char *start, const char *p)
{
	size_t i;

	for (i = 0; i < NELEM(curly_quotes); i++) {
		size_t n = strlen(curly_quotes[i].bytes);

		if (strncmp(p, curly_quotes[i].bytes, n) == 0) {
			lint_add(s->out, s->file, line, column(start, p), DC_MC_TYPOGRAPHIC_QUOTE,
				 "typographic quote (%s) where m4 needs ` or '", curly_quotes[i].name);
			return;
		}
	}
	if (*p != '&')
		return;
	if (p[1] == '#') {
		size_t n = p[2] == 'x' || p[2] == 'X' ? 3 + strspn(p + 3, "0123456789abcdefABCDEF")
						    : 2 + strspn(p + 2, "0123456789");
		if (n > 3 && p[n] == ';')
			lint_add(s->out, s->file, line, column(start, p), DC_MC_HTML_ENTITY,
				 "HTML character reference `%.*s' in the .mc; write the character itself",
				 (int)n + 1, p);
		return;
	}
	for (i = 0; i < NELEM(html_entities); i++) {
		size_t n = strlen(html_entities[i]);

		if (strncmp(p + 1, html_entities[i], n) == 0 && p[n + 1] == ';') {
			lint_add(s->out, s->file, line, column(start, p), DC_MC_HTML_ENTITY,
				 "HTML entity `&%s;' in the .mc; write the character itself",
				 html_entities[i]);
			return;
		}
	}
}

/* A rule line of a raw cf section: LHS, TAB, RHS. */
static void check_rule_line(struct scan *s, int line, const char *text)
{
	const char *tab = strchr(text, '\t');
	const char *sp;
	size_t lhs_len = tab ? (size_t)(tab - text) : strlen(text);
	static const char *const rhs_starts[] = { " $:", " $@", " $#", " $>" };
	size_t i;

	if (tab == NULL) {
		sp = strchr(text, ' ');
		lint_add(s->out, s->file, line, sp ? column(text, sp) : 1, DC_MC_RULE_WITHOUT_TAB,
			 "rule has no TAB between its pattern and its replacement "
			 "(sendmail rejects it: tab expected)");
		return;
	}
	for (i = 0; i < NELEM(rhs_starts); i++) {
		sp = strstr(text, rhs_starts[i]);
		if (sp && (size_t)(sp - text) < lhs_len) {
			lint_add(s->out, s->file, line, column(text, sp), DC_MC_RULE_WITHOUT_TAB,
				 "the replacement seems to start at `%.3s' but is separated from the "
				 "pattern by spaces, not a TAB: sendmail reads it as part of the pattern",
				 sp + 1);
			return;
		}
	}
}

/* Called at the start of each line, outside quotes. */
static void check_line_start(struct scan *s, int line)
{
	const char *text = s->lines->line[line - 1];
	size_t n = 0;
	char word[64];

	while (is_word_char((unsigned char)text[n]))
		n++;
	if (n > 0 && n < sizeof(word)) {
		memcpy(word, text, n);
		word[n] = '\0';
		if (in_list(word, cf_sections, NELEM(cf_sections))) {
			s->cf_mode = 1;
			s->discarding = 0;
			return;
		}
		if (text[n] == '(' && is_macro_name(s, word)) {
			s->cf_mode = 0;
			return;
		}
	}
	if (s->discarding || text[0] != 'R')
		return;
	if (s->cf_mode ? !(n > 1 && looks_like_mc_macro(word)) : !is_word_char((unsigned char)text[1])) {
		/* Lines that start with a blank continue the rule. */
		char *rule = xstrdup(text);
		size_t next;

		for (next = (size_t)line; next < s->lines->n &&
		     (s->lines->line[next][0] == ' ' || s->lines->line[next][0] == '\t'); next++) {
			char *joined = xasprintf("%s\n%s", rule, s->lines->line[next]);

			free(rule);
			rule = joined;
		}
		check_rule_line(s, line, rule);
		free(rule);
	}
}

static void open_call(struct scan *s, const char *word, int line, int col)
{
	struct open_call *c;

	s->calls = lint_grow(s->calls, s->ncalls, sizeof(*s->calls));
	c = &s->calls[s->ncalls++];
	c->line = line;
	c->col = col;
	c->depth = 1;
	snprintf(c->name, sizeof(c->name), "%s", word);
}

/* divert(-1) starts discarding, any other divert stops it. */
static void note_divert(struct scan *s, const char *args)
{
	if (strcmp(args, "-1") == 0 || strcmp(args, "`-1'") == 0)
		s->discarding = 1;
	else
		s->discarding = 0;
}

/* The word at P (already known to start a word); returns its end. */
static const char *scan_word(struct scan *s, int line, const char *start, const char *p)
{
	const char *q = p;
	char word[64];

	while (is_word_char((unsigned char)*q))
		q++;
	if ((size_t)(q - p) >= sizeof(word))
		return q;
	memcpy(word, p, (size_t)(q - p));
	word[q - p] = '\0';
	if (strcmp(word, "dnl") == 0)
		return p + strcspn(p, "\n");
	if (*q == '(' && is_macro_name(s, word)) {
		if (strcmp(word, "divert") == 0) {
			size_t n = strcspn(q + 1, ")\n");
			char *args = xstrndup(q + 1, n);

			note_divert(s, args);
			free(args);
		}
		open_call(s, word, line, column(start, p));
		return q + 1;
	}
	return q;
}

static void report_open_calls(struct scan *s, const char *why)
{
	if (s->ncalls > 0)
		lint_add(s->out, s->file, s->calls[0].line, s->calls[0].col, DC_MC_UNBALANCED_PAREN,
			 "`%s(' is never closed%s", s->calls[0].name, why);
	s->ncalls = 0;
}

/* At the start of a line inside an open call: a line that starts a
 * new configuration macro call means the ')' was forgotten. */
static void check_call_continues(struct scan *s, const char *text)
{
	size_t n = 0;
	char word[64];

	while (is_word_char((unsigned char)text[n]))
		n++;
	if (n < 2 || n >= sizeof(word) || text[n] != '(')
		return;
	memcpy(word, text, n);
	word[n] = '\0';
	/* ifelse(..., FEATURE(...)) may well span lines; a FEATURE or a
	 * define whose ')' is missing before the next FEATURE may not. */
	if (looks_like_mc_macro(word) && s->ncalls == 1 &&
	    (looks_like_mc_macro(s->calls[0].name) || strcmp(s->calls[0].name, "define") == 0))
		report_open_calls(s, ": a new macro call starts on a later line");
}

static void scan_text(struct scan *s)
{
	const char *p = s->lines->text, *start = p;
	int line = 1;

	if (s->lines->n > 0)
		check_line_start(s, 1);
	while (*p) {
		unsigned char c = (unsigned char)*p;

		if (c == '\n') {
			p++;
			start = p;
			line++;
			if ((size_t)line > s->lines->n)
				break;
			if (s->quote_depth == 0 && s->ncalls > 0)
				check_call_continues(s, p);
			if (s->quote_depth == 0 && s->ncalls == 0)
				check_line_start(s, line);
			continue;
		}
		/* In a cf comment line pasted characters are harmless. */
		if ((c >= 0x80 || c == '&') && start[strspn(start, " \t")] != '#')
			check_curly_and_entities(s, line, start, p);
		if (s->quote_depth > 0) {
			if (c == '`')
				s->quote_depth++;
			else if (c == '\'')
				s->quote_depth--;
			p++;
			continue;
		}
		if (c == '#' && (size_t)line < s->comments_until) {
			p += strcspn(p, "\n");
			continue;
		}
		if (c == '`') {
			s->quote_depth = 1;
			s->quote_line = line;
			s->quote_col = column(start, p);
			p++;
		} else if (is_word_start(c) && (p == start || !is_word_char((unsigned char)p[-1]))) {
			p = scan_word(s, line, start, p);
		} else if (c == '(' && s->ncalls > 0) {
			s->calls[s->ncalls - 1].depth++;
			p++;
		} else if (c == ')' && s->ncalls > 0) {
			if (--s->calls[s->ncalls - 1].depth == 0)
				s->ncalls--;
			p++;
		} else {
			p++;
		}
	}
	/* With other quote characters the quote and call tracking is off. */
	if (strstr(s->lines->text, "changequote") != NULL)
		return;
	if (s->quote_depth > 0)
		lint_add(s->out, s->file, s->quote_line, s->quote_col, DC_MC_UNBALANCED_QUOTE,
			 "m4 quote ` opened here is never closed with '; m4 will swallow the rest of the file");
	else
		report_open_calls(s, " before the end of the file");
}

void lint_mc_lexical(const char *file, const struct lint_lines *lines, struct lint_list *out)
{
	struct scan s;
	size_t i;

	memset(&s, 0, sizeof(s));
	s.file = file;
	s.lines = lines;
	s.out = out;
	for (i = 0; i < lines->n && s.comments_until == 0; i++)
		if (mc_line_includes_cf_m4(lines->line[i]))
			s.comments_until = i + 1;
	collect_defines(&s);
	scan_text(&s);
	for (i = 0; i < s.ndefined; i++)
		free(s.defined[i]);
	free(s.defined);
	free(s.calls);
}
