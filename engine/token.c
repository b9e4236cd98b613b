/*
 * token.c - the tokenizer, token printing and joining (see token.h).
 *
 * The scanner is a small state machine.  Its states are the character
 * types; for each (state, type) pair a table says the next state, whether
 * the character is dropped (META) and whether it ends the current token
 * (BREAK).  Those transitions, the character tables and the messages are
 * sendmail's behaviour; the code around them is this project's own.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "engine/macro.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/symtab.h"
#include "engine/token.h"

/* character types, also the scanner states */
enum { T_OPR, T_ATM, T_QST, T_SPC, T_ONE, T_ILL, T_NTYPES };

#define DROP	020	/* do not copy the character */
#define BREAK	040	/* the character ends the token */
#define TYPE	017

static const unsigned char transition[T_NTYPES][T_NTYPES] = {
	/* from OPR */ { T_OPR | BREAK, T_ATM | BREAK, T_QST | BREAK, T_SPC | DROP | BREAK, T_ONE | BREAK, T_ILL | DROP | BREAK },
	/* from ATM */ { T_OPR | BREAK, T_ATM, T_QST | BREAK, T_SPC | DROP | BREAK, T_ONE | BREAK, T_ILL | DROP | BREAK },
	/* from QST */ { T_QST, T_QST, T_OPR, T_QST, T_QST, T_QST },
	/* from SPC */ { T_OPR, T_ATM, T_QST, T_SPC | DROP, T_ONE, T_ILL | DROP | BREAK },
	/* from ONE */ { T_OPR, T_OPR, T_OPR, T_OPR, T_OPR, T_ILL | DROP | BREAK },
	/* from ILL */ { T_OPR | BREAK, T_ATM | BREAK, T_QST | BREAK, T_SPC | DROP | BREAK, T_ONE | BREAK, T_ILL | DROP },
};

static unsigned char tables[3][256];
static int tables_ready;
static char operator_chars[64];
static int have_operators;
static int blanksub = ' ';
static int config_level;

void tok_set_config_level(int level)
{
	config_level = level;
}

#define DELIMITERS "()<>,;\r\n"

void tok_set_blanksub(int c)
{
	blanksub = c ? c : ' ';
}

int tok_blanksub(void)
{
	return blanksub;
}

void tok_set_operators(const char *chars)
{
	snprintf(operator_chars, sizeof operator_chars, "%s", chars);
	have_operators = 1;
}

int tok_operators_fixed(void)
{
	return tables_ready;
}

void tok_reset(void)
{
	tables_ready = 0;
	have_operators = 0;
	operator_chars[0] = '\0';
	blanksub = ' ';
	config_level = 0;
}

static void build_tables(void)
{
	const char *ops = have_operators ? operator_chars : NULL;
	char all[sizeof operator_chars + sizeof DELIMITERS];
	char expanded[64];

	if (ops == NULL && config_level < 7 && macro_get('o') != NULL) {
		macro_expand(macro_get('o'), expanded, sizeof expanded - 9);
		ops = expanded;
	}
	if (ops == NULL)
		ops = ".:@[]";

	for (int c = 0; c < 256; c++) {
		unsigned char ext = T_ATM, in = T_ATM;

		if ((c >= '\t' && c <= '\r') || c == ' ')
			ext = in = T_SPC;
		else if (c == '"')
			ext = in = T_QST;
		else if (c >= 0200 && c < 0240)
			in = (c == META_DEFER || c == META_CLASS || c == META_NCLASS ||
			      c == META_REPL) ? T_ONE : T_OPR;
		else if (c == 0377)
			ext = in = T_ONE;
		tables[TOK_EXTERNAL][c] = ext;
		tables[TOK_INTERNAL][c] = in;
		tables[TOK_NOCOMMENT][c] = c >= 0200 ? in : ext;
	}
	tables[TOK_EXTERNAL]['('] = tables[TOK_EXTERNAL][')'] = T_SPC;
	tables[TOK_INTERNAL]['('] = tables[TOK_INTERNAL][')'] = T_SPC;
	tables[TOK_NOCOMMENT]['('] = tables[TOK_NOCOMMENT][')'] = T_OPR;
	/* the operator list is limited as sendmail's expansion buffer is */
	snprintf(all, sizeof all, "%.41s%s", ops, DELIMITERS);
	for (const char *p = all; *p != '\0'; p++)
		for (int t = 0; t < 3; t++)
			if (tables[t][*p & 0xff] == T_ATM)
				tables[t][*p & 0xff] = T_OPR;
	tables_ready = 1;
}

int tok_is_atom_char(int c)
{
	if (!tables_ready)
		build_tables();
	return tables[TOK_INTERNAL][c & 0xff] == T_ATM;
}

#define NOCHAR (-1)

char **tok_scan(const char *addr, int delim, struct tokens *tb,
		const char **delimptr, enum tok_table table, int ignore)
{
	const unsigned char *typ;
	const char *p = addr;
	char *q = tb->buf, *tok;
	char *const qlimit = tb->buf + tb->bufsize - 5;
	char **avp = tb->av;
	int c = NOCHAR, state = T_ATM, bslash = 0, route = 0;
	int comments = 0, angles = 0;
	size_t toklen;
	const char *saved_to = msg_get_to();

	if (!tables_ready)
		build_tables();
	typ = tables[table];
	msg_set_to(addr);
	do {
		tok = q;
		toklen = 0;
		for (;;) {
			/* store the character read last time round */
			if (c != NOCHAR && !bslash) {
				if (q >= qlimit)
					goto too_long;
				*q++ = (char)c;
				toklen++;
			}
			c = *p++ & 0xff;
			if (c == '\0') {
				/* report and repair what is left open */
				if (ignore)
					break;
				else if (state == T_QST) {
					msg_usrerr("553 Unbalanced '\"'");
					c = '"';
				} else if (comments > 0) {
					msg_usrerr("553 Unbalanced '('");
					c = ')';
				} else if (angles > 0) {
					c = '>';
					msg_usrerr("553 Unbalanced '<'");
				} else
					break;
				p--;
			} else if (c == delim && comments <= 0 && state != T_QST) {
				if (angles <= 0)
					break;
				if (delim == ',' && !route && !ignore) {
					msg_usrerr("553 Unbalanced '<'");
					c = '>';
					p--;
				}
			}
			*q = '\0';
			if (bslash) {
				bslash = 0;
				if (comments > 0) {
					c = NOCHAR;
					continue;
				} else if (c != '!' || state == T_QST) {
					if (q >= qlimit)
						goto too_long;
					*q++ = '\\';
					toklen++;
					continue;
				}
			}
			if (c == '\\')
				bslash = 1;
			else if (state == T_QST)
				;	/* inside quotes everything is text */
			else if (c == '(' && typ['('] == T_SPC) {
				comments++;
				c = NOCHAR;
			} else if (c == ')' && typ['('] == T_SPC) {
				if (comments <= 0) {
					if (!ignore) {
						msg_usrerr("553 Unbalanced ')'");
						c = NOCHAR;
					}
				} else
					comments--;
			} else if (comments > 0)
				c = NOCHAR;
			else if (c == '<') {
				const char *look = p;

				angles++;
				while (isspace((unsigned char)*look))
					look++;
				if (*look == '@')
					route = 1;
			} else if (c == '>') {
				if (angles <= 0) {
					if (!ignore) {
						msg_usrerr("553 Unbalanced '>'");
						c = NOCHAR;
					}
				} else
					angles--;
				route = 0;
			} else if (delim == ' ' && isspace(c))
				c = ' ';
			if (c == NOCHAR)
				continue;
			if (c == delim && angles <= 0 && state != T_QST)
				break;
			{
				int next = transition[state][typ[c & 0xff]];

				state = next & TYPE;
				if (state == T_ILL) {
					if (isascii(c) && isprint(c))
						msg_usrerr("553 Illegal character %c", c);
					else
						msg_usrerr("553 Illegal character 0x%02x", c & 0xff);
				}
				if (next & DROP)
					c = NOCHAR;
				if (next & BREAK)
					break;
			}
		}
		if (tok != q) {
			if (q >= qlimit)
				goto too_long;
			*q++ = '\0';
			if (avp >= &tb->av[SM_MAXATOM]) {
				msg_usrerr("553 5.1.0 prescan: too many tokens");
				goto fail;
			}
			if (toklen > SM_MAXNAME) {
				msg_usrerr("553 5.1.0 prescan: token too long");
				goto fail;
			}
			*avp++ = tok;
		}
	} while (c != '\0' && (c != delim || angles > 0));
	*avp = NULL;
	if (delimptr != NULL) {
		if (p > addr)
			p--;
		*delimptr = p;
	}
	msg_set_to(saved_to);
	return tb->av[0] == NULL ? NULL : tb->av;

too_long:
	msg_usrerr("553 5.1.1 Address too long");
fail:
	if (delimptr != NULL) {
		if (p > addr)
			p--;
		*delimptr = p;
	}
	msg_set_to(saved_to);
	return NULL;
}

void tok_copy(char **dst, char **src)
{
	while ((*dst++ = *src++) != NULL)
		;
}

/* The operator names, for printing operator bytes as "$x". */
static const struct { unsigned char code; char name; } op_names[] = {
	{ META_ZANY, '*' }, { META_ANY, '+' }, { META_ONE, '-' },
	{ META_CLASS, '=' }, { META_NCLASS, '~' },
	{ META_NET, '#' }, { META_HOST, '@' }, { META_USER, ':' },
	{ META_CALL, '>' },
	{ META_IF, '?' }, { META_ELSE, '|' }, { META_FI, '.' },
	{ META_HOSTBEGIN, '[' }, { META_HOSTEND, ']' },
	{ META_LOOKUP, '(' }, { META_LOOKUPEND, ')' },
	{ META_DEFER, '&' },
};

/* The macro name after $ or $& (and its =~&? modifier): nothing when
 * the string ends there (`$=' last), so the caller stops at its NUL. */
static void print_id(FILE *out, const unsigned char **sp)
{
	int id = **sp;

	if (id == '\0')
		return;
	(*sp)++;
	if (id & 0200)
		fprintf(out, "{%s}", macro_id_name(id));
	else
		putc_unlocked(id, out);
}

void tok_print(FILE *out, const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	int c;

	if (s == NULL) {
		fputs_unlocked("<null>", out);
		return;
	}
	/* the common case: plain printable ASCII prints as it is */
	{
		const unsigned char *p = s;

		while (*p >= 0x20 && *p < 0x7f)
			p++;
		if (*p == '\0') {
			fwrite_unlocked(s, 1, (size_t)(p - s), out);
			return;
		}
	}
	while ((c = *s++) != '\0') {
		if (!isascii(c)) {
			size_t i, n = sizeof op_names / sizeof op_names[0];

			if (c == META_REPL) {
				putc_unlocked('$', out);
				if (*s == '\0')
					continue;
				c = *s++;
				goto printable;
			}
			if (c == META_EXPAND || c == META_DEFER) {
				putc_unlocked('$', out);
				if (c == META_DEFER)
					putc_unlocked('&', out);
				if (*s == '\0')
					continue;
				if (strchr("=~&?", *s) != NULL)
					putc_unlocked(*s++, out);
				print_id(out, &s);
				continue;
			}
			for (i = 0; i < n; i++)
				if (op_names[i].code == c)
					break;
			if (i < n)
				fprintf(out, "$%c", op_names[i].name);
			if (c == META_CLASS || c == META_NCLASS) {
				if (*s & 0200)
					print_id(out, &s);
				else if (*s != '\0')
					putc_unlocked(*s++, out);
			}
			if (i < n)
				continue;
			fputs_unlocked("M-", out);
			c &= 0177;
		}
printable:
		if (isprint(c)) {
			putc_unlocked(c, out);
			continue;
		}
		if (c == '\n')
			fputs_unlocked("\\n", out);
		else if (c == '\r')
			fputs_unlocked("\\r", out);
		else if (c == '\t')
			fputs_unlocked("\\t", out);
	}
}

/* Length of S when it is plain printable ASCII, else -1. */
static long plain_length(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p >= 0x20 && *p < 0x7f)
		p++;
	return *p == '\0' ? (long)(p - (const unsigned char *)s) : -1;
}

void tok_print_vector(FILE *out, char **av)
{
	/* gather plain tokens into one write: this runs for every trace line */
	char line[2048];
	size_t n = 0;

	for (; *av != NULL; av++) {
		long len = plain_length(*av);

		if (len < 0 || n + (size_t)len + 2 > sizeof line) {
			fwrite_unlocked(line, 1, n, out);
			n = 0;
			putc_unlocked(' ', out);
			tok_print(out, *av);
			continue;
		}
		line[n++] = ' ';
		memcpy(line + n, *av, (size_t)len);
		n += (size_t)len;
	}
	line[n++] = '\n';
	fwrite_unlocked(line, 1, n, out);
}

void tok_join(char **pvp, char **evp, char *buf, size_t size, int spacesub,
	      int external)
{
	char *p = buf;
	long room = (long)size;
	int prev_atom = 0;

	if (room <= 0)
		return;
	if (spacesub == '\0')
		spacesub = blanksub;
	if (pvp == NULL) {
		*buf = '\0';
		return;
	}
	room -= 2;
	while (*pvp != NULL && room > 0) {
		int atom = tok_is_atom_char(**pvp & 0xff);
		const char *s;

		if (prev_atom && atom && spacesub != -1) {
			*p++ = (char)spacesub;
			if (--room <= 0)
				break;
		}
		for (s = *pvp; *s != '\0';) {
			int ch;

			if (--room <= 0)
				break;
			*p++ = (char)(ch = *s++);
			if ((ch & 0xff) == META_QUOTE && external && *s != '\0')
				p[-1] = *s++;
		}
		if (room <= 0)
			break;
		prev_atom = atom;
		if (pvp++ == evp)
			break;
	}
	*p = '\0';
}

char *tok_vector_text(char **av)
{
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);

	if (mem == NULL)
		return xstrdup("");
	for (char **p = av; *p != NULL; p++) {
		if (p != av)
			putc(' ', mem);
		tok_print(mem, *p);
	}
	if (fclose(mem) != 0) {
		free(text);
		return xstrdup("");
	}
	return text;
}
