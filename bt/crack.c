/*
 * crack.c - the "frame" of an address for /parse and /try: the address
 * itself replaced by $g, the phrase, comments and angle brackets kept
 * ("Joe <joe@x>" -> "Joe <$g>", "joe@x (Joe)" -> "$g (Joe)").
 *
 * The rules are sendmail's crackaddr(): a phrase with special characters
 * gets quoted, an unbalanced quote, comment or angle bracket is closed,
 * "group:" prefixes and ";" are kept, and when the result would not fit
 * in sendmail's 256-byte buffer the frame is just "<$g>".
 */
#include <ctype.h>
#include <string.h>

#include "xalloc.h"
#include "bt/bt.h"
#include "cf/config.h"
#include "engine/meta.h"

#define CRACK_SIZE (SM_MAXNAME + 1)

/* sendmail's list when the MustQuoteChars option is not set */
#define DEFAULT_MUST_QUOTE "@,;:\\()[].'"

struct out {
	char buf[CRACK_SIZE];
	char *bp;		/* next byte to write */
	char *limit;		/* writing stops here: room kept for closers */
	char *end;		/* the last byte of buf */
	char *head;		/* start of the current phrase in buf */
};

static int has_room(const struct out *o)
{
	return o->bp < o->limit && o->limit <= o->end;
}

/* Append C; 0 when the buffer is full (the caller gives up). */
static int put(struct out *o, int c)
{
	if (!has_room(o))
		return 0;
	*o->bp++ = (char)c;
	return 1;
}

#define PUT(o, c) do { if (!put((o), (c))) goto too_long; } while (0)

/*
 * The text before a ':' or '<' at *PP becomes the phrase: written again
 * from the head of the output, in quotes when it needs them.  FIRST is
 * the byte a lone '"' would sit behind (the phrase head, or the buffer
 * start for '<', as sendmail has it).  Returns 0 when out of room.
 */
static int rewrite_phrase(struct out *o, const char *start, const char *addr,
			  const char **pp, int stop, int quote, const char *first)
{
	const char *p = *pp;

	if (quote) {
		if (!put(o, '"'))
			return 0;
		/* leave the separator and the white space before it outside */
		--p;
		while (p > addr && isascii((unsigned char)*--p) && isspace((unsigned char)*p))
			;
		p++;
	}
	for (const char *q = start; q < p; q++) {
		if (quote && *q == '"' && !put(o, '\\'))
			return 0;
		if (!put(o, *q))
			return 0;
	}
	if (quote) {
		int c;

		if (o->bp == first + 1)
			o->bp--;
		else if (!put(o, '"'))
			return 0;
		while ((c = *p++) != stop)
			if (!put(o, c))
				return 0;
		if (!put(o, c))
			return 0;
	}
	*pp = p;
	return 1;
}

char *bt_crack_address(const char *addr)
{
	struct out o;
	const char *p, *start;
	int comments = 0, out_comments = 0, angles = 0, copying = 0, brackets = 0;
	int close_angle = 0, in_quote = 0, out_quote = 0, wrote_g = 0;
	int quote = 0, seen_angle = 0, seen_colon = 0, c;
	const char *must_quote = config.must_quote ? config.must_quote : DEFAULT_MUST_QUOTE;

	o.bp = o.buf;
	o.limit = o.end = &o.buf[sizeof o.buf - 1];
	while (*addr != '\0' && isspace((unsigned char)*addr)) {
		PUT(&o, *addr);
		addr++;
	}
	o.head = o.bp;
	p = start = addr;
	while ((c = *p++) != '\0') {
		if (copying > 0)
			PUT(&o, c);
		if (c == '\\') {
			if (comments <= 0 && !in_quote)
				quote = 1;
			if ((c = *p++) == '\0') {
				p--;
				goto address_char;
			}
			if (copying > 0)
				PUT(&o, c);
			goto address_char;
		}
		if (c == '"' && comments <= 0) {
			in_quote = !in_quote;
			if (copying > 0 && has_room(&o)) {
				if (out_quote)
					o.limit--;
				else
					o.limit++;
				out_quote = !out_quote;
			}
			continue;
		}
		if (in_quote)
			goto address_char;
		if (c == '(') {
			comments++;
			if (has_room(&o)) {
				o.limit--;	/* keep room for the ')' */
				out_comments++;
				if (copying++ <= 0) {
					if (o.bp != o.head)
						PUT(&o, ' ');
					PUT(&o, c);
				}
			}
		}
		if (comments > 0) {
			if (c == ')') {
				comments--;
				copying--;
				if (has_room(&o)) {
					out_comments--;
					o.limit++;
				}
			}
			continue;
		} else if (c == ')') {
			if (copying > 0 && has_room(&o) && o.bp > o.head)
				o.bp--;
		}
		if (c == '[')
			brackets++;
		else if (c == ']')
			brackets--;
		if (c == ':' && angles <= 0 && brackets <= 0 && !seen_colon && !config.colon_ok) {
			if (*p == ':' || *p == '.') {
				/* "::" or ":." belong to the address */
				if (comments <= 0 && !in_quote)
					quote = 1;
				if (copying > 0) {
					PUT(&o, c);
					PUT(&o, *p);
				}
				p++;
				goto address_char;
			}
			/* "group:" */
			seen_colon = 1;
			o.bp = o.head;
			if (!rewrite_phrase(&o, start, addr, &p, ':', quote, o.head))
				goto too_long;
			while (isspace((unsigned char)*p)) {
				PUT(&o, *p);
				p++;
			}
			copying = 0;
			wrote_g = quote = 0;
			o.head = o.bp;
			start = p;
			continue;
		}
		if (c == ';' && copying <= 0 && !config.colon_ok)
			PUT(&o, c);
		if (strchr(must_quote, c) != NULL && comments <= 0 && !in_quote)
			quote = 1;
		if (c == '<') {
			if (seen_angle)
				quote = 1;	/* the first of two is taken as text */
			seen_angle = 1;
			angles = 1;
			if (has_room(&o)) {
				if (!close_angle)
					o.limit--;
				close_angle = 1;
			}
			o.bp = o.head;
			if (!rewrite_phrase(&o, start, addr, &p, '<', quote, o.buf))
				goto too_long;
			copying = 0;
			wrote_g = quote = 0;
			continue;
		}
		if (c == '>') {
			if (angles > 0) {
				angles--;
				if (has_room(&o)) {
					if (close_angle)
						o.limit++;
					close_angle = 0;
				}
			} else if (has_room(&o)) {
				/* a stray '>' is dropped */
				if (copying > 0 && o.bp > o.head)
					o.bp--;
				quote = 1;
				continue;
			}
			if (copying++ <= 0)
				PUT(&o, c);
			continue;
		}
address_char:
		if (copying <= 0 && !wrote_g) {
			if (o.bp > o.buf && o.bp[-1] == ')')
				PUT(&o, ' ');
			PUT(&o, META_EXPAND);
			PUT(&o, 'g');
			wrote_g = 1;
		}
	}
	/* close what the input left open */
	if (out_quote && o.bp < o.end)
		*o.bp++ = '"';
	while (out_comments-- > 0 && o.bp < o.end)
		*o.bp++ = ')';
	if (close_angle && o.bp < o.end)
		*o.bp++ = '>';
	*o.bp = '\0';
	if (o.bp < o.end)
		return xstrdup(o.buf);
too_long:
	{
		char frame[5] = { '<', (char)META_EXPAND, 'g', '>', '\0' };

		return xstrdup(frame);
	}
}
