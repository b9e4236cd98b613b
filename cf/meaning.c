/*
 * model.c - the meaning of a cf as items and rules (see model.h), built
 * by an observer of the cf reader while cf/check.c reads the text in its
 * syntax-only mode.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"
#include "xalloc.h"
#include "cf/config.h"
#include "cf/meaning.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "engine/token.h"

static const char *const kind_names[CFM_NKINDS] = {
	"version", "option", "daemon", "macro", "class", "classfile", "map",
	"mailer", "queue", "header", "precedence", "filter", "environment",
	"ruleset", "line",
};

const char *cfm_kind_name(enum cfm_kind kind)
{
	return kind < CFM_NKINDS ? kind_names[kind] : "?";
}

/*
 * Internal form (META bytes) back to "$x" text, as sendmail prints it,
 * and with `\#' for a `#' the cf had to escape (an unescaped one starts
 * a comment): the value as the cf spells it.
 */
static char *printable(const char *internal)
{
	struct strbuf sb = STRBUF_INIT;
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	if (fp == NULL)
		return xstrdup(internal);
	tok_print(fp, internal);
	if (fclose(fp) != 0) {
		free(out);
		return xstrdup(internal);
	}
	for (const char *p = out; *p != '\0'; p++) {
		if (*p == '#' && p > out && p[-1] != '$')
			strbuf_addch(&sb, '\\');
		strbuf_addch(&sb, *p);
	}
	free(out);
	return strbuf_detach(&sb);
}

/* S with runs of white space made one space, ends trimmed (new string). */
static char *fold_blanks(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	int blank = 0;

	while (isspace((unsigned char)*s))
		s++;
	for (; *s != '\0'; s++) {
		if (isspace((unsigned char)*s)) {
			blank = 1;
			continue;
		}
		if (blank)
			strbuf_addch(&sb, ' ');
		blank = 0;
		strbuf_addch(&sb, *s);
	}
	return strbuf_detach(&sb);
}

/* The folded, printable form of internal text S. */
static char *shown(const char *s)
{
	char *f = fold_blanks(s), *p = printable(f);

	free(f);
	return p;
}

static void add_item(struct cf_meaning *m, enum cfm_kind kind, const char *name,
		     char *value, char *key, int line)
{
	struct cfm_item *it;

	if (m->nitems == m->capitems) {
		m->capitems = m->capitems ? 2 * m->capitems : 64;
		m->items = xrealloc(m->items, m->capitems * sizeof(*m->items));
	}
	it = &m->items[m->nitems++];
	it->kind = kind;
	it->name = xstrdup(name);
	it->value = value;
	it->key = key ? key : xstrdup(value);
	it->line = line;
}

/* A macro or class name at P ("x" or "{name}"): the name; *END past it. */
static char *id_name(const char *p, const char **end)
{
	const char *q;

	if (*p == '{' && (q = strchr(p, '}')) != NULL) {
		*end = q + 1;
		return xstrndup(p + 1, (size_t)(q - p - 1));
	}
	if ((unsigned char)*p & 0200) {
		/* an id the translation already made of a long name */
		*end = p + 1;
		return xstrdup(macro_id_name((unsigned char)*p));
	}
	*end = *p ? p + 1 : p;
	return xstrndup(p, *p ? 1 : 0);
}

/* The options sendmail adds up instead of replacing. */
static int option_accumulates(const char *name)
{
	return strcasecmp(name, "AliasFile") == 0 || strcasecmp(name, "ClientPortOptions") == 0;
}

/* Field FIELD ("Name") of a DaemonPortOptions value, or NULL (new). */
static char *daemon_field(const char *value, const char *field)
{
	size_t n = strlen(field);

	for (const char *p = value; p != NULL && *p != '\0';) {
		while (*p == ',' || isspace((unsigned char)*p))
			p++;
		if (strncasecmp(p, field, n) == 0 && p[n] == '=') {
			const char *e = strchr(p, ',');
			char *v = e ? xstrndup(p + n + 1, (size_t)(e - p - n - 1)) : xstrdup(p + n + 1);
			char *f = fold_blanks(v);

			free(v);
			return f;
		}
		p = strchr(p, ',');
	}
	return NULL;
}

static void line_option(struct cf_meaning *m, const char *text, int line, int *ndaemons)
{
	char *name, *value;
	const char *p;

	if (text[1] == ' ' || text[1] == '\t') {
		const char *s = text + 1, *e;
		char *base, *dot;

		while (isspace((unsigned char)*s))
			s++;
		e = s + strcspn(s, "= \t");
		base = xstrndup(s, (size_t)(e - s));
		dot = strchr(base, '.');
		if (dot != NULL)
			*dot = '\0';
		p = option_canonical_name(base);
		if (dot != NULL)
			name = xasprintf("%s.%s", p ? p : base, dot + 1);
		else
			name = xstrdup(p ? p : base);
		free(base);
		while (isspace((unsigned char)*e))
			e++;
		p = *e == '=' ? e + 1 : e;
	} else {
		const char *longname = option_long_name((unsigned char)text[1]);

		name = longname ? xstrdup(longname) : xstrndup(text + 1, 1);
		p = text[1] ? text + 2 : text + 1;
	}
	value = shown(p);
	if (strcmp(name, "DaemonPortOptions") == 0) {
		char *dname = daemon_field(value, "Name");

		if (dname == NULL)
			dname = xasprintf("Daemon%d", *ndaemons);
		(*ndaemons)++;
		add_item(m, CFM_DAEMON, dname, value, NULL, line);
		free(dname);
	} else
		add_item(m, CFM_OPTION, name, value, NULL, line);
	free(name);
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * A mailer's fields as compared: each "X=value" with blanks folded, F=
 * as its sorted set of letters, the fields in sorted order.
 */
static char *mailer_key(const char *fields)
{
	char **v = NULL;
	size_t n = 0;
	struct strbuf sb = STRBUF_INIT;
	const char *p = fields;

	while (*p != '\0') {
		const char *start, *q;
		char *f;

		while (*p == ',' || isspace((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		/* a field runs to a comma that starts another "X=" */
		start = p;
		for (q = p; *q != '\0'; q++) {
			const char *r = q + 1;

			if (*q != ',')
				continue;
			while (isspace((unsigned char)*r))
				r++;
			if ((isalpha((unsigned char)r[0]) || r[0] == '/') && r[1] == '=')
				break;
		}
		f = xstrndup(start, (size_t)(q - start));
		if (f[0] == 'F' && f[1] == '=') {
			char letters[256] = { 0 };
			struct strbuf fs = STRBUF_INIT;

			for (char *c = f + 2; *c; c++)
				if (!isspace((unsigned char)*c))
					letters[(unsigned char)*c] = 1;
			strbuf_addstr(&fs, "F=");
			for (int c = 1; c < 256; c++)
				if (letters[c])
					strbuf_addch(&fs, c);
			free(f);
			f = strbuf_detach(&fs);
		} else {
			char *g = fold_blanks(f);

			free(f);
			f = g;
		}
		v = xrealloc(v, (n + 1) * sizeof(*v));
		v[n++] = f;
		p = q;
	}
	if (n > 1)	/* v is NULL when there is no field: qsort wants an array */
		qsort(v, n, sizeof(*v), compare_strings);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			strbuf_addstr(&sb, ", ");
		strbuf_addstr(&sb, v[i]);
		free(v[i]);
	}
	free(v);
	return strbuf_detach(&sb);
}

/* Items named by the text up to DELIM: M, Q, X, P, E lines. */
static void named_line(struct cf_meaning *m, enum cfm_kind kind, const char *body,
		       int delim, int line)
{
	const char *d = strchr(body, delim);
	char *name, *value;

	name = d ? xstrndup(body, (size_t)(d - body)) : xstrdup(body);
	{
		char *f = fold_blanks(name);

		free(name);
		name = f;
	}
	value = shown(d ? d + 1 : "");
	add_item(m, kind, name, value, kind == CFM_MAILER ? mailer_key(value) : NULL, line);
	free(name);
}

static void line_class(struct cf_meaning *m, const char *text, int line)
{
	const char *end;
	char *name, *words, *w, *save = NULL;

	if (text[0] == 'T') {
		name = xstrdup("t");
		end = text + 1;
	} else
		name = id_name(text + 1, &end);
	words = printable(end);
	for (w = strtok_r(words, " \t\n", &save); w != NULL; w = strtok_r(NULL, " \t\n", &save))
		add_item(m, CFM_CLASS, name, xstrdup(w), NULL, line);
	free(words);
	free(name);
}

static void line_map(struct cf_meaning *m, const char *text, int line)
{
	const char *p = text + 1, *e;
	char *name;

	while (isspace((unsigned char)*p))
		p++;
	for (e = p; isalnum((unsigned char)*e) || *e == '_' || *e == '.'; e++)
		;
	name = xstrndup(p, (size_t)(e - p));
	add_item(m, CFM_MAP, name, shown(e), NULL, line);
	free(name);
}

static void line_header(struct cf_meaning *m, const char *text, int line)
{
	const char *p = text + 1, *colon;
	char *name;

	if (*p == '?' && strchr(p + 1, '?') != NULL)
		p = strchr(p + 1, '?') + 1;
	colon = strchr(p, ':');
	name = colon ? xstrndup(p, (size_t)(colon - p)) : xstrdup(p);
	{
		char *f = fold_blanks(name);

		free(name);
		name = f;
	}
	add_item(m, CFM_HEADER, name, shown(text + 1), NULL, line);
	free(name);
}

static struct cfm_ruleset *ruleset_of(struct cf_meaning *m, int number)
{
	struct cfm_ruleset *rs;
	const char *name = rw_name(number);

	for (size_t i = 0; i < m->nrulesets; i++)
		if (m->rulesets[i].number == number)
			return &m->rulesets[i];
	if (m->nrulesets == m->caprulesets) {
		m->caprulesets = m->caprulesets ? 2 * m->caprulesets : 32;
		m->rulesets = xrealloc(m->rulesets, m->caprulesets * sizeof(*m->rulesets));
	}
	rs = &m->rulesets[m->nrulesets++];
	memset(rs, 0, sizeof(*rs));
	rs->number = number;
	rs->name = name ? xstrdup(name) : xasprintf("%d", number);
	return rs;
}

/* Tokens of one side, printable, one space apart. */
static char *side_text(char **av)
{
	struct strbuf sb = STRBUF_INIT;

	for (; av != NULL && *av != NULL; av++) {
		char *t = printable(*av);

		if (sb.len > 0)
			strbuf_addch(&sb, ' ');
		strbuf_addstr(&sb, t);
		free(t);
	}
	return strbuf_detach(&sb);
}

static void line_rule(struct cf_meaning *m, const struct cf_line_info *info)
{
	struct cfm_ruleset *rs = ruleset_of(m, info->ruleset);
	struct cfm_rule *r;

	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? 2 * rs->cap : 16;
		rs->rules = xrealloc(rs->rules, rs->cap * sizeof(*rs->rules));
	}
	r = &rs->rules[rs->n++];
	r->lhs = side_text(info->rule->lhs);
	r->rhs = side_text(info->rule->rhs);
	r->text = xstrdup(info->raw);
	r->line = info->line;
}

struct observer {
	struct cf_meaning *m;
	int ndaemons;
};

static void observe(void *arg, const struct cf_line_info *info)
{
	struct observer *o = arg;
	struct cf_meaning *m = o->m;
	const char *t = info->text;

	switch (t[0]) {
	case 'V':
		add_item(m, CFM_VERSION, "V", fold_blanks(t + 1), NULL, info->line);
		break;
	case 'O':
		line_option(m, t, info->line, &o->ndaemons);
		break;
	case 'D': {
		const char *end;
		char *name = id_name(t + 1, &end);

		add_item(m, CFM_MACRO, name, printable(cf_munch(end, NULL, '\0')), NULL, info->line);
		free(name);
		break;
	}
	case 'C':
	case 'T':
		line_class(m, t, info->line);
		break;
	case 'F': {
		const char *end;
		char *name = id_name(t + 1, &end);

		add_item(m, CFM_CLASSFILE, name, shown(end), NULL, info->line);
		free(name);
		break;
	}
	case 'K':
		line_map(m, t, info->line);
		break;
	case 'M':
		named_line(m, CFM_MAILER, t + 1, ',', info->line);
		break;
	case 'Q':
		named_line(m, CFM_QUEUE, t + 1, ',', info->line);
		break;
	case 'X':
		named_line(m, CFM_FILTER, t + 1, ',', info->line);
		break;
	case 'P':
		named_line(m, CFM_PRECEDENCE, t + 1, '=', info->line);
		break;
	case 'E':
		named_line(m, CFM_ENVIRON, t + 1, '=', info->line);
		break;
	case 'H':
		line_header(m, t, info->line);
		break;
	case 'S':
		if (info->ruleset >= 0) {
			struct cfm_ruleset *rs = ruleset_of(m, info->ruleset);

			if (rs->line == 0)
				rs->line = info->line;
			add_item(m, CFM_RULESET, rs->name, xasprintf("%d", rs->number), NULL,
				 info->line);
		}
		break;
	case 'R':
		if (info->rule != NULL && info->ruleset >= 0) {
			line_rule(m, info);
			break;
		}
		/* a rule the reader refused still counts */
		/* fall through */
	default:
		add_item(m, CFM_OTHER, "", fold_blanks(info->raw), NULL, info->line);
		break;
	}
}

void cf_meaning_read(const char *name, const char *text, size_t len, struct cf_meaning *m)
{
	struct observer o = { m, 0 };

	cf_set_line_observer(observe, &o);
	m->serious = cf_check_text(name, text, len, &m->findings);
	cf_set_line_observer(NULL, NULL);
}

int cf_meaning_read_file(const char *path, struct cf_meaning *m)
{
	FILE *fp = fopen(path, "r");
	char *text = NULL;
	size_t len = 0, cap = 0, n;

	if (fp == NULL)
		return -1;
	do {
		if (len + 65536 > cap) {
			cap = cap ? 2 * cap : 65536;
			text = xrealloc(text, cap);
		}
		n = fread(text + len, 1, cap - len, fp);
		len += n;
	} while (n > 0);
	if (ferror(fp)) {
		int eno = errno;

		fclose(fp);
		free(text);
		errno = eno;
		return -1;
	}
	fclose(fp);
	cf_meaning_read(path, text ? text : "", len, m);
	free(text);
	return 0;
}

void cf_meaning_free(struct cf_meaning *m)
{
	for (size_t i = 0; i < m->nitems; i++) {
		free(m->items[i].name);
		free(m->items[i].value);
		free(m->items[i].key);
	}
	free(m->items);
	for (size_t i = 0; i < m->nrulesets; i++) {
		struct cfm_ruleset *rs = &m->rulesets[i];

		for (size_t j = 0; j < rs->n; j++) {
			free(rs->rules[j].lhs);
			free(rs->rules[j].rhs);
			free(rs->rules[j].text);
		}
		free(rs->rules);
		free(rs->name);
	}
	free(m->rulesets);
	cf_findings_free(&m->findings);
	memset(m, 0, sizeof(*m));
}

int cf_meaning_superseded(const struct cf_meaning *m, size_t i)
{
	const struct cfm_item *it = &m->items[i];

	if (it->kind != CFM_OPTION || option_accumulates(it->name))
		return 0;
	for (size_t j = i + 1; j < m->nitems; j++)
		if (m->items[j].kind == CFM_OPTION && strcasecmp(m->items[j].name, it->name) == 0)
			return 1;
	return 0;
}

const struct cfm_item *cf_meaning_find(const struct cf_meaning *m, enum cfm_kind kind,
				     const char *name)
{
	const struct cfm_item *found = NULL;
	int fold = kind == CFM_OPTION;

	for (size_t i = 0; i < m->nitems; i++) {
		const struct cfm_item *it = &m->items[i];

		if (it->kind == kind &&
		    (fold ? strcasecmp(it->name, name) : strcmp(it->name, name)) == 0)
			found = it;
	}
	return found;
}

/* NAME as a macro or class is written after $ or C: "x" or "{name}". */
static char *braced(const char *name)
{
	return strlen(name) == 1 ? xstrdup(name) : xasprintf("{%s}", name);
}

char *cfm_item_line(const struct cfm_item *it)
{
	char *b, *s;

	switch (it->kind) {
	case CFM_VERSION:
		return xasprintf("V%s", it->value);
	case CFM_OPTION:
		return xasprintf("O %s=%s", it->name, it->value);
	case CFM_DAEMON:
		return xasprintf("O DaemonPortOptions=%s", it->value);
	case CFM_MACRO:
	case CFM_CLASS:
	case CFM_CLASSFILE:
		b = braced(it->name);
		s = xasprintf("%c%s%s", it->kind == CFM_MACRO ? 'D' : it->kind == CFM_CLASS ? 'C' : 'F',
			      b, it->value);
		free(b);
		return s;
	case CFM_MAP:
		return xasprintf("K%s %s", it->name, it->value);
	case CFM_MAILER:
		return xasprintf("M%s, %s", it->name, it->value);
	case CFM_QUEUE:
	case CFM_FILTER:
		return xasprintf("%c%s, %s", it->kind == CFM_QUEUE ? 'Q' : 'X', it->name, it->value);
	case CFM_PRECEDENCE:
	case CFM_ENVIRON:
		return xasprintf("%c%s=%s", it->kind == CFM_PRECEDENCE ? 'P' : 'E', it->name, it->value);
	case CFM_HEADER:
		return xasprintf("H%s", it->value);
	case CFM_RULESET:
		return xasprintf("S%s=%s", it->name, it->value);
	default:
		return xstrdup(it->value);
	}
}
