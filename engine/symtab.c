/*
 * symtab.c - macro ids and the class word table (see symtab.h).
 *
 * The hash is sendmail's: start from the symbol type (1 for class
 * entries), then for every byte shift left, xor the lower-cased byte and
 * reduce modulo the table size.  Listing walks the buckets in order and
 * each bucket's chain from oldest to newest entry.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/symtab.h"

#define TABLE_SIZE	2003
#define TYPE_CLASS	1
#define MACNAME_MAX	25	/* longest {name} */
#define FIRST_LONG_ID	0240

struct word {
	struct word *next;		/* in sendmail's bucket order */
	struct word *index_next;	/* in the lookup index */
	unsigned index_hash;
	uint8_t classes[32];	/* bit per class id */
	char name[];
};

static struct word *table[TABLE_SIZE];

/*
 * Lookups go through a second, cheaper index: a power-of-two table keyed
 * by a case-folded FNV hash.  The sendmail-ordered table above is only
 * walked to list a class.
 */
#define INDEX_SIZE 4096
static struct word *word_index[INDEX_SIZE];
static size_t longest[MACRO_ID_MAX + 1];	/* per class, for quick refusals */

static unsigned index_hash(const char *s)
{
	unsigned h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)tolower((unsigned char)*s)) * 16777619u;
	return h;
}
static char *long_names[MACRO_ID_MAX + 1];
static int next_long_id = FIRST_LONG_ID;
static char short_names[MACRO_ID_MAX + 1][2];

static unsigned hash_word(const char *s)
{
	int h = TYPE_CLASS;

	for (; *s != '\0'; s++) {
		int c = (unsigned char)*s;

		if (c < 0x80 && isupper(c))
			c = tolower(c);
		h = ((h << 1) ^ c) % TABLE_SIZE;
	}
	return (unsigned)h;
}

static struct word *word_find(const char *name, int create)
{
	unsigned h = index_hash(name);
	struct word **pp, *w;

	for (w = word_index[h % INDEX_SIZE]; w != NULL; w = w->index_next)
		if (w->index_hash == h && strcasecmp(w->name, name) == 0)
			return w;
	if (!create)
		return NULL;
	for (pp = &table[hash_word(name)]; *pp != NULL; pp = &(*pp)->next)
		;
	w = xcalloc(1, sizeof(*w) + strlen(name) + 1);
	strcpy(w->name, name);
	w->index_hash = h;
	w->index_next = word_index[h % INDEX_SIZE];
	word_index[h % INDEX_SIZE] = w;
	*pp = w;
	return w;
}

/* Give every member of class FROM membership of class TO as well. */
static void class_copy(int from, int to)
{
	for (int i = 0; i < TABLE_SIZE; i++)
		for (struct word *w = table[i]; w != NULL; w = w->next)
			if (w->classes[(from & 0xff) >> 3] & (1 << (from & 7))) {
				w->classes[(to & 0xff) >> 3] |= 1 << (to & 7);
				if (strlen(w->name) > longest[to & 0xff])
					longest[to & 0xff] = strlen(w->name);
			}
}

void class_add(int id, const char *word)
{
	struct word *w;

	/* "$=X" as a word (from a C line) adds the members of class X */
	if ((word[0] & 0xff) == META_CLASS) {
		int from = macro_id_parse(word + 1, NULL);

		if (from != 0)
			class_copy(from, id);
		return;
	}
	w = word_find(word, 1);
	w->classes[(id & 0xff) >> 3] |= 1 << (id & 7);
	if (strlen(word) > longest[id & 0xff])
		longest[id & 0xff] = strlen(word);
}

void class_add_words(int id, const char *text)
{
	const char *p = text;

	while (*p != '\0') {
		const char *wd;
		char *word;

		while (*p != '\0' && isspace((unsigned char)*p))
			p++;
		wd = p;
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		if (p == wd)
			continue;
		word = xstrndup(wd, (size_t)(p - wd));
		class_add(id, word);
		free(word);
	}
}

size_t class_longest(int id)
{
	return longest[id & 0xff];
}

int class_has(int id, const char *word)
{
	struct word *w = word_find(word, 0);

	return w != NULL && (w->classes[(id & 0xff) >> 3] & (1 << (id & 7)));
}

void class_print(int id, FILE *out)
{
	for (int i = 0; i < TABLE_SIZE; i++)
		for (struct word *w = table[i]; w != NULL; w = w->next)
			if (w->classes[(id & 0xff) >> 3] & (1 << (id & 7)))
				fprintf(out, "%s\n", w->name);
}

/* sendmail binds this long name to a fixed id below the free range */
#define OPMODE_ID 0202

/* Id for a long name (without braces), allocating one if needed. */
static int long_id(const char *name)
{
	if (strcmp(name, "opMode") == 0)
		return OPMODE_ID;
	for (int id = FIRST_LONG_ID; id < next_long_id; id++)
		if (strcmp(long_names[id], name) == 0)
			return id;
	if (next_long_id > MACRO_ID_MAX) {
		msg_syserr("Macro/class {%s}: too many long names", name);
		return -1;
	}
	long_names[next_long_id] = xstrdup(name);
	return next_long_id++;
}

int macro_id_parse(const char *p, const char **end)
{
	char name[MACNAME_MAX + 1];
	size_t n = 0;
	int id = -1;

	if (*p == '\0' || (p[0] == '{' && p[1] == '}')) {
		msg_syserr("Name required for macro/class");
		if (end != NULL)
			*end = p;
		return 0;
	}
	if (*p != '{') {
		if (end != NULL)
			*end = p + 1;
		return *p & 0xff;
	}
	while (*++p != '\0' && *p != '}' && n < sizeof(name) - 1) {
		if (isascii((unsigned char)*p) && (isalnum((unsigned char)*p) || *p == '_'))
			name[n++] = *p;
		else
			msg_syserr("Invalid macro/class character %c", *p);
	}
	name[n] = '\0';
	if (*p == '\0')
		msg_syserr("Unbalanced { on %s", name);
	else if (*p != '}')
		msg_syserr("Macro/class name ({%s}) too long (%d chars max)",
			   name, MACNAME_MAX);
	else if (n == 1 && (unsigned char)name[0] >= 0x20) {
		id = name[0] & 0xff;
		p++;
	} else {
		id = long_id(name);
		p++;
	}
	if (end != NULL)
		*end = p;
	if (id <= 0 || id > MACRO_ID_MAX) {
		msg_syserr("Unable to assign macro/class ID (mid = 0x%x)", id);
		return 0;
	}
	return id;
}

int macro_id(const char *name)
{
	if (name[0] == '{')
		return macro_id_parse(name, NULL);
	if (name[0] != '\0' && name[1] == '\0')
		return name[0] & 0xff;
	return long_id(name);
}

const char *macro_id_name(int id)
{
	id &= 0xff;
	if (id == OPMODE_ID)
		return "opMode";
	if (id >= FIRST_LONG_ID && long_names[id] != NULL)
		return long_names[id];
	short_names[id][0] = (char)id;
	short_names[id][1] = '\0';
	return short_names[id];
}

void symtab_free(void)
{
	for (int i = 0; i < TABLE_SIZE; i++) {
		struct word *w = table[i], *next;

		for (; w != NULL; w = next) {
			next = w->next;
			free(w);
		}
		table[i] = NULL;
	}
	memset(word_index, 0, sizeof word_index);
	memset(longest, 0, sizeof longest);
	for (int id = FIRST_LONG_ID; id < next_long_id; id++) {
		free(long_names[id]);
		long_names[id] = NULL;
	}
	next_long_id = FIRST_LONG_ID;
}
