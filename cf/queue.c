/*
 * queue.c - Q lines (queue groups): checked as sendmail checks them and
 * remembered by name, so mailers' Q= fields can refer to them.  The
 * default group "mqueue" always exists.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "cf/config.h"
#include "engine/msg.h"

#define MAX_QUEUE_GROUPS 50

struct queue {
	char *name;
	struct queue *next;
};

static struct queue *queues;
static int nqueues;

int queue_exists(const char *name)
{
	if (strcasecmp(name, "mqueue") == 0)
		return 1;
	for (struct queue *q = queues; q != NULL; q = q->next)
		if (strcasecmp(q->name, name) == 0)
			return 1;
	return 0;
}

static void remember(const char *name)
{
	struct queue *q;

	if (queue_exists(name))
		return;
	q = xmalloc(sizeof(*q));
	q->name = xstrdup(name);
	q->next = queues;
	queues = q;
	nqueues++;
}

void queue_define(char *line)
{
	char *p;
	int have_dir = 0, runners = 1, fork_flag = 0;

	if (line[0] == '\0') {
		msg_syserr("name required for queue");
		return;
	}
	for (p = line; *p != '\0' && *p != ',' && !isspace((unsigned char)*p); p++)
		;
	if (*p != '\0')
		*p++ = '\0';
	while (*p != '\0') {
		int code;
		char *v;

		if (cf_next_field(&p, &code, &v) < 0) {
			msg_syserr("queue %s: `=' expected", line);
			return;
		}
		switch (code) {
		case 'P':
			if (*v == '\0')
				msg_syserr("queue %s: empty path name", line);
			else
				have_dir = 1;
			break;
		case 'F':
			if (strchr(v, 'f') != NULL)
				fork_flag = 1;
			break;
		case 'R':
			runners = atoi(v);
			break;
		case 'I': case 'N': case 'J': case 'r':
			break;
		default:
			msg_syserr("Q%s: unknown queue equate %c=", line, code);
			break;
		}
	}
	if (nqueues + 1 >= MAX_QUEUE_GROUPS) {
		msg_syserr("too many queue groups defined (%d max)", MAX_QUEUE_GROUPS);
		return;
	}
	if (!have_dir && !config.queue_dir_set) {
		msg_syserr("QueueDir must be defined before queue groups");
		return;
	}
	if (runners > 1 && !fork_flag)
		msg_plain("Warning: Q=%s: R=%d: multiple queue runners specified\n"
		       "\tbut flag '%c' is not set\n", line, runners, 'f');
	remember(line);
}

void queues_free(void)
{
	while (queues != NULL) {
		struct queue *next = queues->next;

		free(queues->name);
		free(queues);
		queues = next;
	}
	nqueues = 0;
}
