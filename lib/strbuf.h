/*
 * strbuf.h - a growable, always NUL-terminated byte string.
 *
 * Used wherever text is assembled piece by piece: cf lines in the
 * emitter, trace lines in the engine, messages in the linter.
 */
#ifndef SMCF_STRBUF_H
#define SMCF_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *buf;		/* always NUL-terminated once used */
	size_t len;
	size_t cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_add(struct strbuf *sb, const void *data, size_t len);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_reset(struct strbuf *sb);
const char *strbuf_str(struct strbuf *sb);	/* "" when empty */
char *strbuf_detach(struct strbuf *sb);		/* caller frees */
void strbuf_free(struct strbuf *sb);

#endif
