/*
 * filter.c - X lines (mail filters): checked as sendmail checks them
 * while reading the cf; nothing is connected in test mode.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "cf/config.h"
#include "engine/msg.h"

struct filter {
	char *name;
	struct filter *next;
};

static struct filter *filters;

/* The socket part of S=: "[type:]where"; complain as sendmail does. */
static void check_socket(const char *name, const char *conn)
{
	const char *colon;

	if (conn == NULL || *conn == '\0') {
		msg_syserr("X%s: empty or missing socket information", name);
		return;
	}
	colon = strchr(conn, ':');
	if (colon != NULL) {
		size_t n = (size_t)(colon - conn);
		char type[64];

		if (n >= sizeof type)
			n = sizeof type - 1;
		memcpy(type, conn, n);
		type[n] = '\0';
		if (type[0] == '\0' || strcasecmp(type, "unix") == 0 ||
		    strcasecmp(type, "local") == 0 || strcasecmp(type, "inet") == 0 ||
		    strcasecmp(type, "inet6") == 0)
			return;
		msg_syserr("X%s: unknown socket type %s", name, type);
	}
}

void filter_define(char *line)
{
	char *p, *conn = NULL;
	struct filter *f;

	for (p = line; *p != '\0' && *p != ',' && !isspace((unsigned char)*p); p++)
		;
	if (*p != '\0')
		*p++ = '\0';
	if (line[0] == '\0') {
		msg_syserr("name required for mail filter");
		return;
	}
	while (*p != '\0') {
		int code;
		char *v;

		if (cf_next_field(&p, &code, &v) < 0) {
			msg_syserr("X%s: `=' expected", line);
			free(conn);
			return;
		}
		if (code == 'S') {
			free(conn);
			conn = xstrdup(v);
		} else if (code != 'F' && code != 'T')
			msg_syserr("X%s: unknown filter equate %c=", line, code);
	}
	check_socket(line, conn);
	free(conn);
	for (f = filters; f != NULL; f = f->next)
		if (strcmp(f->name, line) == 0) {
			msg_syserr("X%s: duplicate filter definition", line);
			return;
		}
	f = xmalloc(sizeof(*f));
	f->name = xstrdup(line);
	f->next = filters;
	filters = f;
}

void filters_free(void)
{
	while (filters != NULL) {
		struct filter *next = filters->next;

		free(filters->name);
		free(filters);
		filters = next;
	}
}
