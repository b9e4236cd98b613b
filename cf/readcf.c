/*
 * readcf.c - read a sendmail.cf into the model, line kind by line kind.
 *
 * Lines are read with continuation folding (a line starting with space
 * or TAB continues the previous one), "$x" references are translated to
 * internal form, then dispatched on the first character through a
 * table.  Messages for malformed lines are sendmail's, prefixed with
 * "FILE: line N: ".
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "xalloc.h"
#include "strbuf.h"
#include "cf/check.h"
#include "cf/config.h"
#include "engine/macro.h"
#include "engine/map.h"
#include "engine/msg.h"
#include "engine/progrun.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "engine/token.h"

struct config config;

/* Reading only to check the text (cf_set_syntax_only). */
static int syntax_only;

void cf_set_syntax_only(int on)
{
	syntax_only = on;
}

int cf_is_syntax_only(void)
{
	return syntax_only;
}

/* state while reading */
static int cur_ruleset = -1;
static int cur_lineno;
static int cur_first_line;	/* where the line being read starts */
static const char *cur_raw;	/* that line as written (for columns) */
/* The code of what a message says about the line being read: set
 * where the message is given (CF_SYSERR), else the general one. */
static enum diag_code cur_code = DC_CF_SENDMAIL_SAYS;
static struct cf_model *model;	/* names to note, or NULL */

#define CF_SYSERR(code, ...) \
	(cur_code = (code), msg_syserr(__VA_ARGS__), cur_code = DC_CF_SENDMAIL_SAYS)

void cf_set_model(struct cf_model *m)
{
	model = m;
}

enum diag_code cf_message_code(void)
{
	return cur_code;
}

int cf_message_first_line(void)
{
	return cur_first_line;
}

static struct cf_name *names_add(struct cf_names *set, enum cf_name_kind kind, const char *name,
				  size_t len, int col, int number, int ruleset)
{
	struct cf_name *n;

	if (set->n == set->cap) {
		set->cap = set->cap ? 2 * set->cap : 32;
		set->v = xrealloc(set->v, set->cap * sizeof(*set->v));
	}
	n = &set->v[set->n++];
	n->kind = kind;
	n->name = name ? xstrndup(name, len) : NULL;
	n->line = cur_first_line;
	n->col = col;
	n->number = number;
	n->ruleset = ruleset;
	n->detail = NULL;
	return n;
}

void cf_note_def(enum cf_name_kind kind, const char *name, size_t len, int number,
		 const char *detail)
{
	if (model != NULL)
		names_add(&model->defs, kind, name, len, 0, number, -1)->detail =
			detail ? xstrdup(detail) : NULL;
}

/* An O or D line's name and value, for the model. */
static void note_setting(struct cf_names *set, const char *name, size_t len, const char *value)
{
	size_t n;

	if (model == NULL)
		return;
	while (len > 0 && isspace((unsigned char)name[len - 1]))
		len--;
	value += strspn(value, " \t");
	n = strlen(value);
	while (n > 0 && isspace((unsigned char)value[n - 1]))
		n--;
	names_add(set, CF_NAME_RULESET, name, len, 0, -1, -1)->detail = xstrndup(value, n);
}

void cf_note_use(enum cf_name_kind kind, const char *name, size_t len, int col)
{
	if (model != NULL)
		names_add(&model->uses, kind, name, len, col, -1, -1);
}

/* Column of the reference "$OP name" (blanks, a quote or a brace may
 * come between) in the line as written, or 0. */
static int raw_col(int op, const char *name)
{
	size_t n = strlen(name);
	const char *p;

	for (p = cur_raw ? strchr(cur_raw, '$') : NULL; p; p = strchr(p + 1, '$')) {
		const char *q = p + 2;

		if (p[1] != op)
			continue;
		q += strspn(q, " \t\"{");
		if (strncmp(q, name, n) == 0)
			return (int)(p - cur_raw) + 1;
	}
	return 0;
}

/* The names a rule's sides use: $> rulesets and $# mailers of the
 * replacement, $( maps of either side, $= and $~ classes of the
 * pattern. */
static void note_rule_uses(char **lhs, char **rhs)
{
	static const struct {
		int meta, op;
		enum cf_name_kind kind;
	} refs[] = {
		{ META_CALL, '>', CF_NAME_RULESET }, { META_NET, '#', CF_NAME_MAILER },
		{ META_LOOKUP, '(', CF_NAME_MAP },
	};
	char **side[2] = { lhs, rhs };

	for (int s = 0; s < 2; s++)
		for (char **ap = side[s]; ap && *ap; ap++) {
			int c = ap[0][0] & 0xff;
			const char *name;
			size_t k, len;

			if ((c == META_CLASS || c == META_NCLASS) && ap[0][1] != '\0') {
				name = macro_id_name(ap[0][1] & 0xff);
				names_add(&model->uses, CF_NAME_CLASS, name, strlen(name),
					  raw_col(c == META_CLASS ? '=' : '~', name), -1, cur_ruleset);
				continue;
			}
			for (k = 0; k < sizeof refs / sizeof refs[0]; k++)
				if (refs[k].meta == c)
					break;
			if (k == sizeof refs / sizeof refs[0] || ap[1] == NULL || (ap[1][0] & 0200))
				continue;
			name = ap[1];
			len = strlen(name);
			if (len >= 2 && name[0] == '"' && name[len - 1] == '"') {
				name++;
				len -= 2;
			}
			{
				char *copy = xstrndup(name, len);

				names_add(&model->uses, refs[k].kind, copy, len, raw_col(refs[k].op, copy), -1,
					  cur_ruleset);
				free(copy);
			}
		}
}

static const struct rule *last_rule;	/* what the R line just read made */

/* Who is told of every line (cf_set_line_observer). */
static cf_line_fn line_observer;
static void *line_observer_arg;

void cf_set_line_observer(cf_line_fn fn, void *arg)
{
	line_observer = fn;
	line_observer_arg = arg;
}

char *cf_munch(const char *p, const char **delimptr, int delim)
{
	static char buf[SM_MAXLINE];
	char *q = buf;
	int bslash = 0, quoted = 0;

	for (; *p != '\0' && q < &buf[sizeof buf - 1]; p++) {
		if (bslash) {
			bslash = 0;
			switch (*p) {
			case 'r': *q++ = '\r'; continue;
			case 'n': *q++ = '\n'; continue;
			case 'f': *q++ = '\f'; continue;
			case 'b': *q++ = '\b'; continue;
			}
			*q++ = *p;
		} else if (*p == '\\')
			bslash = 1;
		else if (*p == '"')
			quoted = !quoted;
		else if (quoted || *p != delim)
			*q++ = *p;
		else
			break;
	}
	if (delimptr != NULL)
		*delimptr = p;
	*q = '\0';
	return buf;
}

int cf_next_field(char **pp, int *code, char **value)
{
	char *p = *pp;
	const char *delim;

	while (*p != '\0' && (*p == ',' || isspace((unsigned char)*p)))
		p++;
	*code = *p;
	while (*p != '\0' && *p != '=' && *p != ',')
		p++;
	if (*p++ != '=')
		return -1;
	while (isspace((unsigned char)*p))
		p++;
	*value = cf_munch(p, &delim, ',');
	*pp = (char *)delim;
	return 0;
}

/*
 * The next line of the text at *PP (up to END), with continuation lines
 * folded in as sendmail's fgetfolded() does: CR LF counts as LF (a CR
 * elsewhere is kept), a line that starts with a blank or a TAB continues
 * the one before (the newline between them is kept), and the newline
 * that ends the line is dropped.  NULL at the end of the text.  *LINENO
 * counts the lines read; *FIRST is set to the line the result starts on.
 */
static char *next_folded(const char **pp, const char *end, int *lineno, int *first)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = *pp;

	*first = *lineno + 1;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);

		strbuf_add(&sb, p, n > 0 && nl && p[n - 1] == '\r' ? n - 1 : n);
		if (nl == NULL) {
			p = end;
			break;
		}
		strbuf_addch(&sb, '\n');
		(*lineno)++;
		p = nl + 1;
		if (p >= end || (*p != ' ' && *p != '\t'))
			break;
	}
	*pp = p;
	if (sb.len == 0) {
		strbuf_free(&sb);
		return NULL;
	}
	if (sb.buf[sb.len - 1] == '\n')
		sb.buf[--sb.len] = '\0';
	return strbuf_detach(&sb);
}

/* Copy a token vector into one allocation (pointers then text). */
static char **copy_vector(char **av)
{
	size_t n = 0, bytes = 0;
	char **out, *text;

	for (char **p = av; *p != NULL; p++, n++)
		bytes += strlen(*p) + 1;
	out = xmalloc((n + 1) * sizeof(char *) + bytes);
	text = (char *)(out + n + 1);
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(av[i]) + 1;

		memcpy(text, av[i], len);
		out[i] = text;
		text += len;
	}
	out[n] = NULL;
	return out;
}

static char **empty_vector(void)
{
	return xcalloc(1, sizeof(char *));
}

/* Does TEXT hold anything macro_expand() changes ($x, $?x $| $.,
 * quoted bytes)?  Most rules do not: they are copied as they are. */
static int needs_expansion(const char *text)
{
	for (; *text != '\0'; text++) {
		int c = *text & 0xff;

		if (c == META_EXPAND || c == META_IF || c == META_ELSE || c == META_FI || c == META_QUOTE)
			return 1;
	}
	return 0;
}

/* Tokenize one side of a rule (already translated) after expansion. */
static char **rule_side(const char *text)
{
	char exbuf[SM_MAXLINE], tokbuf[SM_MAXLINE + SM_MAXATOM];
	struct tokens tb;
	char **av;
	size_t len = strlen(text);

	if (len < sizeof exbuf && !needs_expansion(text))
		memcpy(exbuf, text, len + 1);
	else
		macro_expand(text, exbuf, sizeof exbuf);
	tb.buf = tokbuf;
	tb.bufsize = sizeof tokbuf;
	av = tok_scan(exbuf, '\t', &tb, NULL,
		      config.level >= 9 ? TOK_NOCOMMENT : TOK_INTERNAL, 1);
	return av == NULL ? NULL : copy_vector(av);
}

/* Operators that may not appear on one side, with their names. */
static const char *misplaced_lhs(int c)
{
	switch (c) {
	case META_REPL: return "$1-$9";
	case META_USER: return "$:";
	case META_CALL: return "$>";
	case META_IF: return "$?";
	case META_FI: return "$.";
	case META_HOSTBEGIN: return "$[";
	case META_HOSTEND: return "$]";
	case META_LOOKUP: return "$(";
	case META_LOOKUPEND: return "$)";
	}
	return NULL;
}

static const char *misplaced_rhs(int c)
{
	switch (c) {
	case META_ZANY: return "$*";
	case META_ANY: return "$+";
	case META_ONE: return "$-";
	case META_CLASS: return "$=";
	case META_NCLASS: return "$~";
	}
	return NULL;
}

static void check_rhs(char **rhs, int nfuzzy)
{
	int inmap = 0, args = 0, endtoken = 0;

	for (char **ap = rhs; *ap != NULL; ap++) {
		int c = ap[0][0] & 0xff;
		const char *botch = misplaced_rhs(c);

		switch (c) {
		case META_REPL:
			if (ap[0][1] <= '0' || ap[0][1] > '0' + nfuzzy)
				CF_SYSERR(DC_CF_OPERANDS, "replacement $%c out of bounds", ap[0][1]);
			break;
		case META_HOST:
			if (inmap && ++args >= SM_MAXMAPARGS)
				msg_syserr("too many arguments for map lookup");
			break;
		case META_HOSTBEGIN:
		case META_LOOKUP:
			endtoken = c == META_HOSTBEGIN ? META_HOSTEND : META_LOOKUPEND;
			if (inmap)
				msg_syserr("cannot nest map lookups");
			inmap = 1;
			args = 0;
			break;
		case META_HOSTEND:
		case META_LOOKUPEND:
			if (c == endtoken) {
				inmap = 0;
				endtoken = 0;
			}
			break;
		}
		if (botch != NULL)
			CF_SYSERR(DC_CF_OPERANDS, "Inappropriate use of %s on RHS", botch);
	}
	if (inmap)
		msg_syserr("missing map closing token");
}

static void line_rule(char *bp)
{
	struct rule *r;
	char *p, *q;
	int nfuzzy = 0;

	if (cur_ruleset < 0) {
		CF_SYSERR(DC_CF_RULE_OUTSIDE, "missing valid ruleset for \"%s\"", bp);
		return;
	}
	for (p = bp + 1; *p != '\0' && *p != '\t'; p++)
		;
	if (*p == '\0') {
		CF_SYSERR(DC_CF_RULE_WITHOUT_TAB, "invalid rewrite line \"%s\" (tab expected)", bp);
		return;
	}
	r = xcalloc(1, sizeof(*r));
	*p = '\0';
	r->lhs = rule_side(bp + 1);
	if (r->lhs != NULL) {
		for (char **ap = r->lhs; *ap != NULL; ap++) {
			int c = ap[0][0] & 0xff;
			const char *botch = misplaced_lhs(c);

			if (c == META_ZANY || c == META_ANY || c == META_ONE ||
			    c == META_CLASS || c == META_NCLASS)
				nfuzzy++;
			if (botch != NULL)
				CF_SYSERR(DC_CF_OPERANDS, "Inappropriate use of %s on LHS", botch);
		}
	} else {
		msg_syserr("R line: null LHS");
		r->lhs = empty_vector();
	}
	r->line = cur_lineno;
	if (nfuzzy > SM_MAXMATCH) {
		msg_syserr("R line: too many wildcards");
		free(r->lhs);
		r->lhs = empty_vector();
	}
	while (*++p == '\t')
		;
	q = p;
	while (*p != '\0' && *p != '\t')
		p++;
	*p = '\0';
	r->rhs = rule_side(q);
	if (r->rhs != NULL)
		check_rhs(r->rhs, nfuzzy);
	else {
		msg_syserr("R line: null RHS");
		r->rhs = empty_vector();
	}
	if (model != NULL) {
		names_add(&model->rules, CF_NAME_RULESET, NULL, 0, 0, -1, cur_ruleset);
		note_rule_uses(r->lhs, r->rhs);
	}
	rw_append(cur_ruleset, r);
	last_rule = r;
}

static void line_ruleset(char *bp)
{
	char exbuf[SM_MAXLINE];

	macro_expand(bp + 1, exbuf, sizeof exbuf);
	cur_ruleset = rw_parse_ruleset(exbuf, NULL, 1);
	if (cur_ruleset < 0)
		return;
	if (model != NULL) {
		const char *name = rw_name(cur_ruleset);
		char number[16];

		snprintf(number, sizeof number, "%d", cur_ruleset);
		cf_note_def(CF_NAME_RULESET, name ? name : number, strlen(name ? name : number), cur_ruleset,
			    NULL);
	}
	if (rw_rules(cur_ruleset) == NULL)
		return;
	/* checking: a message like the others (stdout may be the cf) */
	if (syntax_only) {
		cur_code = DC_CF_RULESET_AGAIN;
		msg_message("WARNING: Ruleset %s has multiple definitions", bp + 1);
		cur_code = DC_CF_SENDMAIL_SAYS;
	} else
		msg_plain("WARNING: Ruleset %s has multiple definitions\n", bp + 1);
}

static void line_define(char *bp)
{
	const char *ep;
	int id = macro_id_parse(bp + 1, &ep);

	if (id == 0)
		return;
	if (model != NULL)
		note_setting(&model->macros, macro_id_name(id), strlen(macro_id_name(id)), ep);
	macro_set(id, cf_munch(ep, NULL, '\0'));
}

static void line_header(char *bp)
{
	header_define(bp + 1);
}

static void line_class(char *bp)
{
	char exbuf[SM_MAXLINE];

	if (bp[0] == 'C') {
		const char *ep;
		int id = macro_id_parse(bp + 1, &ep);

		if (id == 0)
			return;
		cf_note_def(CF_NAME_CLASS, macro_id_name(id), strlen(macro_id_name(id)), -1, NULL);
		macro_expand(ep, exbuf, sizeof exbuf);
		class_add_words(id, exbuf);
	} else
		class_add_words('t', bp + 1);
}

/* Add to class ID the words of each line of FP that match FMT. */
static void class_from_stream(int id, FILE *fp, const char *fmt)
{
	char buf[SM_MAXLINE];

	while (fgets(buf, sizeof buf, fp) != NULL) {
		char word[SM_MAXLINE + 1];

		if (buf[0] == '#')
			continue;
		if (sscanf(buf, fmt, word) != 1)
			continue;
		class_add_words(id, word);
	}
}

/*
 * F{X}|/path: the words of what the program prints (as sendmail runs it:
 * engine/progrun.h).  Its exit status is not looked at; a program that
 * cannot be run leaves only what its child printed.
 */
static void class_from_program(int id, char *cmd, const char *fmt)
{
	char *argv[SM_MAXPV + 1];
	int i = 0, fd;
	pid_t pid;
	FILE *fp;

	for (char *p = strtok(cmd, " \t"); p != NULL && i < SM_MAXPV; p = strtok(NULL, " \t"))
		argv[i++] = p;
	argv[i] = NULL;
	if (i == 0 || progrun_start(argv, &fd, &pid) < 0)
		return;
	fp = fdopen(fd, "r");
	if (fp != NULL) {
		class_from_stream(id, fp, fmt);
		fclose(fp);
	} else
		close(fd);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
}

/* Map classes the sendmail this imitates was built with. */
static const char *const map_classes[] = {
	"hash", "btree", "nis", "nisplus", "ldap", "dns", "bestmx", "host",
	"text", "stab", "implicit", "user", "dequote", "regex", "userdb",
	"program", "sequence", "switch", "null", "syslog", "macro", "arith",
	"arpa", "socket",
};

/*
 * F lines of the form "key@class:spec": a private map is opened from
 * SPEC and the words are the value of KEY in it.
 */
static void class_from_map(int id, char *p, int optional)
{
	const char *mn = macro_id_name(id);
	char *at = strchr(p, '@'), *cl = at + 1, *spec, *mapname, *words;
	char *ldap_spec = NULL;
	struct map *map;
	int status = 0;
	size_t i;

	*at = '\0';
	if (strcmp(cl, "LDAP") == 0) {
		/* sendmail's own schema: the class's words kept for this
		 * host ($j) or its cluster */
		const char *j = macro_get('j'), *lc = macro_get(macro_id("{sendmailMTACluster}"));
		char lcbuf[SM_MAXLINE];

		if (lc != NULL) {
			macro_expand(lc, lcbuf, sizeof lcbuf);
			lc = lcbuf;
		}
		ldap_spec = xasprintf("-k (&(objectClass=sendmailMTAClass)(sendmailMTAClassName=%s)"
				      "(|(sendmailMTACluster=%s)(sendmailMTAHost=%s))) "
				      "-v sendmailMTAClassValue,sendmailMTAClassSearch:FILTER:sendmailMTAClass,"
				      "sendmailMTAClassURL:URL:sendmailMTAClass",
				      mn, lc != NULL ? lc : "", j != NULL && *j != '\0' ? j : "localhost");
		cl = (char *)"ldap";
		spec = ldap_spec;
	} else if ((spec = strchr(cl, ':')) == NULL) {
		msg_syserr("fileclass: F{%s}: missing map class", mn);
		return;
	} else
		*spec++ = '\0';
	for (i = 0; i < sizeof map_classes / sizeof map_classes[0]; i++)
		if (strcmp(map_classes[i], cl) == 0)
			break;
	if (i == sizeof map_classes / sizeof map_classes[0]) {
		msg_syserr("fileclass: F{%s}: class %s not available", mn, cl);
		return;
	}
	if (config.maps == NULL || syntax_only) {
		free(ldap_spec);
		return;
	}
	/*
	 * sendmail names the private map after the class (messages say so);
	 * never replace a map a K line declared under that name.
	 */
	mapname = maps_find(config.maps, mn) == NULL ? xstrdup(mn) :
		  xasprintf("fileclass_%s", mn);
	{
		char *full = xasprintf("%s %s", cl, spec);
		int ok = maps_declare_role(config.maps, mapname, full, NULL, 0,
					   MAP_ROLE_FILECLASS);

		free(full);
		free(ldap_spec);
		map = ok == 0 ? maps_find(config.maps, mapname) : NULL;
	}
	free(mapname);
	if (map == NULL)
		return;
	if (map_ensure_open(map))
		words = map_lookup_raw(map, p, &status);
	else
		words = NULL, status = -1;
	/* the map served this line only: sendmail never enters it */
	maps_forget(config.maps, map);
	if (status == -1)
		return;
	if (status == SMX_TEMPFAIL && words == NULL) {
		/* the open failed: the map answers every lookup with 75 */
		if (!optional)
			msg_syserr("fileclass: F{%s}: map open failed", mn);
		return;
	}
	if (status != SMX_OK && status != 68) {
		if (!optional)
			msg_syserr("fileclass: F{%s}: map lookup failed", mn);
	} else if (words != NULL)
		class_add_words(id, words);
	free(words);
}

static void line_fileclass(char *bp)
{
	const char *ep;
	int id = macro_id_parse(bp + 1, &ep);
	char *p, *file, *fmt;
	int optional = 0;
	FILE *fp;

	if (id == 0)
		return;
	cf_note_def(CF_NAME_CLASS, macro_id_name(id), strlen(macro_id_name(id)), -1, ep);
	for (p = (char *)ep; isspace((unsigned char)*p);)
		p++;
	if (p[0] == '-' && p[1] == 'o') {
		optional = 1;
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		while (isspace((unsigned char)*p))
			p++;
	}
	/* "[key]@class:spec": the words come from a map lookup */
	if (*p != '/' && *p != '|') {
		char *at = strchr(p, '@');

		if (at != NULL && (strcmp(at + 1, "LDAP") == 0 ||
				   (at[1] != ':' && strchr(at + 1, ':') != NULL))) {
			class_from_map(id, p, optional);
			return;
		}
	}
	/* the file name may be quoted; then the scanf pattern */
	{
		const char *end;

		file = xstrdup(cf_munch(p, &end, ' '));
		fmt = (char *)end;
	}
	if (*file == '\0') {
		msg_syserr("fileclass: missing file name");
		free(file);
		return;
	}
	/* checking the text only: what the file or program holds is not
	 * the cf's business */
	if (syntax_only) {
		free(file);
		return;
	}
	if (*file == '|' || *fmt == '\0')
		fmt = "%s";
	else {
		while (isspace((unsigned char)*fmt))
			fmt++;
		if (*fmt == '\0')
			fmt = "%s";
	}
	if (*file == '|') {
		class_from_program(id, file + 1, "%s");
		free(file);
		return;
	}
	{
		const char *why = class_file_problem(file);

		if (why != NULL) {
			if (!optional)
				msg_syserr_reason(why, "fileclass: cannot open '%s'", file);
			free(file);
			return;
		}
	}
	fp = fopen(file, "r");
	if (fp == NULL) {
		if (!optional)
			msg_syserr_errno(errno, "fileclass: cannot open '%s'", file);
		free(file);
		return;
	}
	class_from_stream(id, fp, fmt);
	fclose(fp);
	free(file);
}

static void line_mailer(char *bp)
{
	cf_note_def(CF_NAME_MAILER, bp + 1, strcspn(bp + 1, ", \t"), -1, bp + 1);
	mailer_define(bp + 1);
}

static void line_option(char *bp)
{
	if (model != NULL && bp[1] == ' ') {
		const char *name = bp + 2 + strspn(bp + 2, " \t");
		size_t n = strcspn(name, "=");

		note_setting(&model->options, name, n, name[n] == '=' ? name + n + 1 : "");
	} else if (model != NULL && bp[1] != '\0')
		note_setting(&model->options, bp + 1, 1, bp + 2);
	option_set(bp[1], bp + 2);
}

static void line_precedence(char *bp)
{
	char *p;

	if (config.nprec >= (int)(sizeof config.prec / sizeof config.prec[0])) {
		msg_syserr("too many P lines, %d max", 25);
		return;
	}
	for (p = bp + 1; *p != '\0' && *p != '='; p++)
		;
	if (*p == '\0') {
		msg_syserr("unknown configuration line \"%s\"", bp);
		return;
	}
	*p++ = '\0';
	config.prec[config.nprec].name = xstrdup(bp + 1);
	config.prec[config.nprec].value = atoi(p);
	config.nprec++;
}

static void line_version(char *bp)
{
	char *p = bp + 1, *ep;
	const char *w;

	while (isspace((unsigned char)*p))
		p++;
	if (!isdigit((unsigned char)*p)) {
		msg_syserr("invalid argument to V line: \"%.20s\"", bp + 1);
		return;
	}
	config.level = (int)strtol(p, &ep, 10);
	/* from version 6 on a colon in an address is not accepted by default */
	if (config.level >= 6)
		config.colon_ok = 0;
	tok_set_config_level(config.level);
	if (config.level >= 5 && (w = macro_get('w')) != NULL && strchr(w, '.') != NULL) {
		char *shortname = xstrndup(w, (size_t)(strchr(w, '.') - w));

		macro_set('w', shortname);
		free(shortname);
	}
	if (*ep++ == '/') {
		for (p = ep; isascii((unsigned char)*p) && isalpha((unsigned char)*p);)
			p++;
		*p = '\0';
		if (strcasecmp(ep, "Berkeley") != 0)
			msg_syserr("invalid V line vendor code: \"%s\"", ep);
	}
}

/*
 * K lines.  The map layer's messages are printed through
 * msg_from_module(), which adds the "FILE: line N: " prefix while the cf
 * is read, so no position is handed over.
 */
static void line_map(char *bp)
{
	char exbuf[SM_MAXLINE];
	char *p = exbuf, *name;

	macro_expand(bp + 1, exbuf, sizeof exbuf);
	while (isspace((unsigned char)*p))
		p++;
	if (!(isascii((unsigned char)*p) && isalnum((unsigned char)*p))) {
		msg_syserr("readcf: config K line: no map name");
		return;
	}
	name = p;
	while ((isascii((unsigned char)*++p) && isalnum((unsigned char)*p)) || *p == '_' || *p == '.')
		;
	if (*p != '\0')
		*p++ = '\0';
	while (isspace((unsigned char)*p))
		p++;
	if (!(isascii((unsigned char)*p) && isalnum((unsigned char)*p))) {
		msg_syserr("readcf: config K line, map %s: no map class", name);
		return;
	}
	cf_note_def(CF_NAME_MAP, name, strlen(name), -1, p);
	if (config.maps != NULL)
		maps_declare(config.maps, name, p, NULL, 0);
}

static void line_queue(char *bp)
{
	queue_define(bp + 1);
}

static void line_filter(char *bp)
{
	filter_define(bp + 1);
}

/* E lines: the environment of the programs the cf runs. */
static void line_env(char *bp)
{
	progrun_env_line(bp + 1);
}

static void line_bad(char *bp)
{
	CF_SYSERR(DC_CF_UNKNOWN_LINE, "unknown configuration line \"%s\"", bp);
}

static const struct {
	char kind;
	void (*handle)(char *bp);
} line_kinds[] = {
	{ 'R', line_rule }, { 'S', line_ruleset }, { 'D', line_define },
	{ 'H', line_header }, { 'C', line_class }, { 'T', line_class },
	{ 'F', line_fileclass }, { 'M', line_mailer }, { 'O', line_option },
	{ 'P', line_precedence }, { 'Q', line_queue }, { 'V', line_version },
	{ 'K', line_map }, { 'E', line_env }, { 'X', line_filter },
};

/* Read the cf in TEXT (LEN bytes); NAME is what messages call it. */
static int read_text(const char *text, size_t len, const char *name)
{
	const char *p = text, *end = text + len;
	int lineno = 0, first;
	char *raw;

	cur_ruleset = -1;
	while ((raw = next_folded(&p, end, &lineno, &first)) != NULL) {
		char *bp, *copy;
		size_t i;

		msg_set_file(name, lineno);
		cur_lineno = lineno;
		cur_first_line = first;
		if (raw[0] == '#') {
			free(raw);
			continue;
		}
		if (model != NULL && lineno > first)
			model->nfolded++;
		bp = macro_translate(raw, config.level);
		cur_raw = raw;
		if (bp[0] == '\0' || bp[0] == '#') {
			free(bp);
			free(raw);
			continue;
		}
		/* the handlers cut the line up: the observer gets it whole */
		copy = line_observer != NULL ? xstrdup(bp) : NULL;
		last_rule = NULL;
		for (i = 0; i < sizeof line_kinds / sizeof line_kinds[0]; i++)
			if (line_kinds[i].kind == bp[0])
				break;
		if (i < sizeof line_kinds / sizeof line_kinds[0])
			line_kinds[i].handle(bp);
		else
			line_bad(bp);
		if (copy != NULL) {
			struct cf_line_info info;

			info.line = first;
			info.raw = raw;
			info.text = copy;
			info.ruleset = cur_ruleset;
			info.rule = last_rule;
			line_observer(line_observer_arg, &info);
			free(copy);
		}
		free(bp);
		free(raw);
		cur_raw = NULL;
	}
	progrun_cf_read();
	msg_set_file(NULL, 0);
	cur_first_line = 0;
	return 0;
}

int cf_read(const char *path)
{
	FILE *fp = fopen(path, "r");
	struct strbuf sb = STRBUF_INIT;
	struct stat st;
	char buf[65536];
	size_t got;
	int rc;

	msg_set_file(path, 0);
	if (fp == NULL) {
		msg_syserr_errno(errno, "cannot open");
		return -1;
	}
	if (fstat(fileno(fp), &st) < 0 || !S_ISREG(st.st_mode)) {
		msg_syserr("not a plain file");
		fclose(fp);
		return -1;
	}
	while ((got = fread(buf, 1, sizeof buf, fp)) > 0)
		strbuf_add(&sb, buf, got);
	fclose(fp);
	rc = read_text(sb.buf ? sb.buf : "", sb.len, path);
	strbuf_free(&sb);
	return rc;
}

int cf_read_text(const char *name, const char *text, size_t len)
{
	msg_set_file(name, 0);
	return read_text(text, len, name);
}

void cf_defaults(void)
{
	char buf[128];

	progrun_reset();
	config.colon_ok = 1;
	snprintf(buf, sizeof buf, "prog, P=/bin/sh, F=lsouDq9, T=X-Unix/X-Unix/X-Unix, A=sh -c %cu", META_EXPAND);
	mailer_define(buf);
	snprintf(buf, sizeof buf, "*file*, P=[FILE], F=lsDFMPEouq9, T=X-Unix/X-Unix/X-Unix, A=FILE %cu", META_EXPAND);
	mailer_define(buf);
	snprintf(buf, sizeof buf, "*include*, P=/dev/null, F=su, A=INCLUDE %cu", META_EXPAND);
	mailer_define(buf);
}

void cf_free(void)
{
	progrun_free();
	mailers_free();
	filters_free();
	queues_free();
	headers_free();
	option_values_free();
	for (int i = 0; i < config.nprec; i++)
		free(config.prec[i].name);
	free(config.helpfile);
	free(config.must_quote);
	free(config.dont_blame);
	memset(&config, 0, sizeof config);
}
