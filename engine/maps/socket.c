/*
 * socket.c - the socket map class: lookups answered by a daemon over a
 * local or TCP socket with sendmail's socketmap protocol.  The request
 * is the netstring "LEN:MAPNAME KEY," and the reply a netstring whose
 * text starts with OK (then the value), NOTFOUND, TEMP, TIMEOUT or PERM.
 *
 * The K line names the socket as "unix:/path" (or "local:", or a bare
 * path), "inet:port@host" or "inet6:port@host"; the messages for a bad
 * spec, a missing socket or an unknown host are sendmail's.  A daemon
 * that cannot be reached leaves the map unopened (lookups fail with 75).
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "xalloc.h"
#include "strbuf.h"
#include "engine/maps/map_impl.h"

#define SOCKETMAP_KEY_MAX 256
#define SOCKETMAP_REPLY_MAX 100000	/* sendmail's SOCKETMAP_MAXL */

#define SOCKETMAP_TIMEOUT 30		/* seconds to wait for a reply */

struct socket_state {
	int fd;
	int timeout_ms;
};

static void
socket_state_free(void *data)
{
	struct socket_state *st = data;

	if (st->fd >= 0)
		(void) close(st->fd);
	free(st);
}

/* Connect to the local socket PATH; -1 when that fails (quietly). */
static int
connect_local(struct map *map, const char *path)
{
	struct sockaddr_un sun;
	struct stat sb;
	int fd;

	if (strlen(path) >= sizeof(sun.sun_path)) {
		map_syserr(map, 0, "socket map \"%s\": local socket name %s too long",
			   map->name, path);
		return -1;
	}
	if (stat(path, &sb) < 0) {
		map_syserr(map, errno, "socket map \"%s\": local socket name %s unsafe",
			   map->name, path);
		return -1;
	}
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	memcpy(sun.sun_path, path, strlen(path) + 1);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	if (fd >= 0 && connect(fd, (struct sockaddr *) &sun, sizeof(sun)) < 0) {
		(void) close(fd);
		fd = -1;
	}
	return fd;
}

/* Connect to "port@host" (host may be "[address]") in FAMILY. */
static int
connect_inet(struct map *map, int family, char *spec)
{
	char *at = strchr(spec, '@');
	struct addrinfo hints, *res = NULL, *ai;
	char port[16];
	int fd = -1;

	if (at == NULL) {
		map_syserr(map, 0, "socket map \"%s\": bad address %s (expected port@host)",
			   map->name, spec);
		return -1;
	}
	*at++ = '\0';
	if (isascii((unsigned char) *spec) && isdigit((unsigned char) *spec)) {
		snprintf(port, sizeof(port), "%d", atoi(spec) & 0xffff);
	} else {
		struct servent *sp = getservbyname(spec, "tcp");

		if (sp == NULL) {
			map_syserr(map, 0, "socket map \"%s\": unknown port name %s",
				   map->name, spec);
			return -1;
		}
		snprintf(port, sizeof(port), "%d", ntohs((unsigned short) sp->s_port));
	}
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = family;
	hints.ai_socktype = SOCK_STREAM;
	if (*at == '[') {
		char *end = strchr(at, ']');
		char *inner = end ? xstrndup(at + 1, (size_t) (end - at - 1)) : NULL;
		unsigned char buf[16];

		if (inner == NULL || inet_pton(family, inner, buf) != 1) {
			map_syserr(map, 0, "socket map \"%s\": Invalid numeric domain spec \"%s\"",
				   map->name, at);
			free(inner);
			return -1;
		}
		hints.ai_flags = AI_NUMERICHOST;
		(void) getaddrinfo(inner, port, &hints, &res);
		free(inner);
	} else {
		int r;

		errno = 0;
		r = getaddrinfo(at, port, &hints, &res);
		if (r != 0) {
			/* sendmail shows what the failed lookup left in errno */
			map_syserr(map, r == EAI_AGAIN ? EAGAIN : errno,
				   "socket map \"%s\": Unknown host name %s",
				   map->name, at);
			return -1;
		}
	}
	for (ai = res; ai != NULL && fd < 0; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
		if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) < 0) {
			(void) close(fd);
			fd = -1;
		}
	}
	if (res != NULL)
		freeaddrinfo(res);
	return fd;
}

static int
socket_open(struct map *map)
{
	char *spec = xstrdup(map->file), *colon = strchr(spec, ':');
	char *rest = spec;
	int family = AF_UNIX, fd;
	struct socket_state *st;

	if (colon != NULL) {
		*colon = '\0';
		rest = colon + 1;
		if (*spec == '\0' || strcasecmp(spec, "unix") == 0 ||
		    strcasecmp(spec, "local") == 0)
			family = AF_UNIX;
		else if (strcasecmp(spec, "inet") == 0)
			family = AF_INET;
		else if (strcasecmp(spec, "inet6") == 0)
			family = AF_INET6;
		else {
			map_syserr(map, EPROTONOSUPPORT,
				   "socket map \"%s\": unknown socket type %s",
				   map->name, spec);
			free(spec);
			return 0;
		}
	}
	fd = family == AF_UNIX ? connect_local(map, rest)
		: connect_inet(map, family, rest);
	free(spec);
	if (fd < 0)
		return 0;
	st = xcalloc(1, sizeof(*st));
	st->fd = fd;
	st->timeout_ms = (map->timeout > 0 ? (int) map->timeout
			  : SOCKETMAP_TIMEOUT) * 1000;
	if (map->free_data != NULL && map->data != NULL)
		map->free_data(map->data);
	map->data = st;
	map->free_data = socket_state_free;
	return 1;
}

static void
socket_close(struct map *map)
{
	if (map->data != NULL)
		socket_state_free(map->data);
	map->data = NULL;
	map->free_data = NULL;
}

/* Write all of BUF. */
static int
send_all(int fd, const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, buf, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		buf += n;
		len -= (size_t) n;
	}
	return 0;
}

/* Wait until FD has data; 0 on time-out (errno EAGAIN, as sendmail's
 * timed reads leave it). */
static int
wait_readable(int fd, int timeout_ms)
{
	struct pollfd pfd;
	int r;

	pfd.fd = fd;
	pfd.events = POLLIN;
	while ((r = poll(&pfd, 1, timeout_ms)) < 0 && errno == EINTR)
		continue;
	if (r == 0)
		errno = EAGAIN;
	return r > 0;
}

/* One byte from FD; -1 at the end, on error or on time-out. */
static int
get_byte(int fd, int timeout_ms)
{
	unsigned char c;
	ssize_t n;

	if (!wait_readable(fd, timeout_ms))
		return -1;
	while ((n = read(fd, &c, 1)) < 0 && errno == EINTR)
		continue;
	return n == 1 ? c : -1;
}

/*
 * Read the reply netstring into *TEXT.  Returns NULL when all went
 * well, "" when the daemon just closed the connection, else sendmail's
 * complaint (what follows "socket_map_lookup(NAME): ").
 */
static char *
read_reply(int fd, int timeout_ms, char **text, int *errnum)
{
	unsigned len = 0;
	int c, digits = 0;
	size_t got = 0;
	char *buf;

	*text = NULL;
	*errnum = 0;
	errno = 0;
	while ((c = get_byte(fd, timeout_ms)) >= 0 && isdigit(c) && digits < 9) {
		len = len * 10 + (unsigned) (c - '0');
		digits++;
	}
	if (digits == 0 && c < 0 && errno == EAGAIN) {
		*errnum = EAGAIN;
		return xstrdup("read timeout");
	}
	if (digits == 0 && c < 0 && errno == 0)
		return xstrdup("");
	if (digits == 0)
		return xasprintf("failed to read length parameter of reply %d", errno);
	if (len > SOCKETMAP_REPLY_MAX)
		return xasprintf("reply too long: %u", len);
	if (c != ':')
		return xstrdup("missing ':' in reply");
	buf = xmalloc(len + 1);
	while (got < len && wait_readable(fd, timeout_ms)) {
		ssize_t n = read(fd, buf + got, len - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t) n;
	}
	buf[got] = '\0';
	if (got < len) {
		free(buf);
		return xasprintf("received only %zu of %u reply characters", got, len);
	}
	if (get_byte(fd, timeout_ms) != ',') {
		free(buf);
		return xstrdup("missing ',' in reply");
	}
	*text = buf;
	return NULL;
}

/* The statuses a daemon may answer besides OK. */
static const struct {
	const char *word;
	int         status;
} socket_statuses[] = {
	{ "NOTFOUND", MAP_EX_NOTFOUND },
	{ "TEMP", MAP_EX_TEMPFAIL },
	{ "TIMEOUT", MAP_EX_TEMPFAIL },
	{ "PERM", MAP_EX_UNAVAILABLE },
};

#define MAP_EX_PROTOCOL 76

static char *
socket_lookup(struct map *map, const char *name, const char *const *av,
	      int *status)
{
	struct socket_state *st = map->data;
	char key[SOCKETMAP_KEY_MAX + 1];
	char *request, *reply = NULL, *value, *result = NULL, *problem;
	int errnum = 0;
	size_t i;

	snprintf(key, sizeof(key), "%s", name);
	if (!(map->flags & MAPF_NOFOLDCASE))
		map_lower(key);
	request = xasprintf("%zu:%s %s,", strlen(map->name) + 1 + strlen(key),
			    map->name, key);
	if (send_all(st->fd, request, strlen(request)) < 0)
		problem = xstrdup("failed to send lookup request");
	else
		problem = read_reply(st->fd, st->timeout_ms, &reply, &errnum);
	free(request);
	if (problem != NULL) {
		if (*problem != '\0')
			map_syserr(map, errnum, "socket_map_lookup(%s): %s",
				   map->name, problem);
		free(problem);
		/* the connection is dropped; the next lookup reconnects */
		socket_close(map);
		map->flags &= ~MAPF_OPEN;
		*status = MAP_EX_TEMPFAIL;
		return NULL;
	}
	value = strchr(reply, ' ');
	if (value != NULL)
		*value++ = '\0';
	if (strcmp(reply, "OK") == 0) {
		*status = MAP_EX_OK;
		if (value == NULL)
			value = "";
		result = map_answer(map, key, value, strlen(value), av);
	} else {
		*status = MAP_EX_PROTOCOL;
		for (i = 0; i < sizeof(socket_statuses) / sizeof(socket_statuses[0]); i++)
			if (strcmp(reply, socket_statuses[i].word) == 0)
				*status = socket_statuses[i].status;
	}
	free(reply);
	return result;
}

const struct map_class map_class_socket = {
	"socket", 0, map_parse_common, socket_open, socket_close, socket_lookup
};
