/*
 * ldap.c - the ldap map class.  smcf speaks no LDAP: it reads the K line
 * as sendmail does (its own flag letters, quoted values), and opening
 * tries to reach the server the way the LDAP library would, so that the
 * failure sendmail reports ("ldap_init/ldap_bind failed to HOST in map
 * NAME: <reason>") comes out the same when no server answers.  A map
 * that cannot be opened fails its lookups with 75, and -T applies.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "xalloc.h"
#include "strbuf.h"
#include "engine/maps/map_impl.h"

#define LDAP_PORT_DEFAULT 389
#define LDAPS_PORT_DEFAULT 636
#define LDAP_NETWORK_TIMEOUT 60		/* seconds, sendmail's default */

struct ldap_spec {
	char *host;		/* -h, may list several hosts */
	char *uri;		/* -H */
	int   port;		/* -p */
	int   timeout;		/* -c */
};

static void
ldap_spec_free(void *data)
{
	struct ldap_spec *ls = data;

	free(ls->host);
	free(ls->uri);
	free(ls);
}

/* The flags ldap shares with the other classes. */
static const struct map_flag ldap_common[] = {
	MAP_FLAG_ROWS_KEYED,
	{ 'D', MAPF_DEFER, 0, MAP_FV_NONE },
	{ 'S', 0, 0, MAP_FV_SPACESUB },
	{ 'z', 0, 0, MAP_FV_COLDELIM },
	{ 0, 0, 0, MAP_FV_NONE }
};

/* LDAP-only letters without a value, and those whose value may follow
 * after white space. */
static const char ldap_plain[] = "12KnRx";
static const char ldap_valued[] = "bcdHhklMPprsVvwZ";

/* A value up to white space, where "..." may hold spaces; the quotes
 * are dropped (sendmail's ldapmap_dequote). */
static char *
quoted_word(char **pp)
{
	char *p = *pp, *start = p;
	char *v;

	while (*p != '\0' && !isspace((unsigned char) *p)) {
		if (*p == '"') {
			while (*++p != '"' && *p != '\0')
				continue;
			if (*p != '\0')
				p++;
		} else
			p++;
	}
	*pp = p;
	if (*start == '"') {
		char *end = strchr(start + 1, '"');

		v = end != NULL ? xstrndup(start + 1, (size_t) (end - start - 1))
			: xstrdup(start + 1);
		if (end == NULL && (end = strchr(v, ' ')) != NULL)
			*end = '\0';
		return v;
	}
	return xstrndup(start, (size_t) (p - start));
}

static int
ldap_parse(struct map *map, char *p)
{
	struct ldap_spec *ls = xcalloc(1, sizeof(*ls));
	int have_filter = 0;

	map->flags |= MAPF_TRY0NULL | MAPF_TRY1NULL;
	for (;;) {
		const struct map_flag *f;
		int letter;
		char *v;

		while (isspace((unsigned char) *p))
			p++;
		if (*p != '-')
			break;
		letter = (unsigned char) *++p;
		p++;
		for (f = ldap_common; f->letter != 0 && f->letter != letter; f++)
			continue;
		if (f->letter != 0) {
			map->flags = (map->flags | f->set) & ~f->clear;
			if (f->value == MAP_FV_SPACESUB)
				map->spacesub = (unsigned char) *p;
			else if (f->value == MAP_FV_COLDELIM)
				map->coldelim = *p == '\\' ? (p[1] == 'n' ? '\n'
					: p[1] == 't' ? '\t' : '\\') : (unsigned char) *p;
		} else if (letter == 'a' || letter == 'T') {
			v = quoted_word(&p);
			free(letter == 'a' ? map->app : map->tapp);
			*(letter == 'a' ? &map->app : &map->tapp) = v;
			continue;
		} else if (letter != 0 && strchr(ldap_valued, letter) != NULL) {
			while (isspace((unsigned char) *p))
				p++;
			v = quoted_word(&p);
			if (letter == 'h') {
				free(ls->host);
				ls->host = v;
			} else if (letter == 'H') {
				free(ls->uri);
				ls->uri = v;
			} else {
				if (letter == 'p')
					ls->port = atoi(v);
				else if (letter == 'c')
					ls->timeout = atoi(v);
				else if (letter == 'k')
					have_filter = 1;
				free(v);
			}
			continue;
		} else if (letter == 0 || strchr(ldap_plain, letter) == NULL) {
			map_cf_error(map, "Illegal option %c map %s", letter, map->name);
		}
		free(quoted_word(&p));
	}
	map->data = ls;
	map->free_data = ldap_spec_free;
	if (!have_filter) {
		map_cf_error(map, "No filter given in map %s", map->name);
		return 0;
	}
	return 1;
}

/*
 * Try to reach HOST ("name" or "name:port") on PORT: 0 when a
 * connection was made, else the errno the attempt ended with.
 */
static int
reach(const char *host, int port, int timeout)
{
	struct addrinfo hints, *res = NULL, *ai;
	char *name = xstrdup(host), *colon = strrchr(name, ':');
	char service[16];
	int err = ENOTCONN, r;

	if (colon != NULL && strchr(name, ':') == colon) {
		*colon = '\0';
		port = atoi(colon + 1);
	}
	snprintf(service, sizeof(service), "%d", port);
	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	errno = 0;
	r = getaddrinfo(name, service, &hints, &res);
	free(name);
	if (r != 0)
		return r == EAI_SYSTEM && errno != 0 ? errno : EAGAIN;
	for (ai = res; ai != NULL; ai = ai->ai_next) {
		int fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
		struct pollfd pfd;
		socklen_t len = sizeof(err);

		if (fd < 0) {
			err = errno;
			continue;
		}
		if (fcntl(fd, F_SETFL, O_NONBLOCK) < 0 ||
		    (connect(fd, ai->ai_addr, ai->ai_addrlen) < 0 &&
		     errno != EINPROGRESS)) {
			err = ENOTCONN;
			(void) close(fd);
			continue;
		}
		pfd.fd = fd;
		pfd.events = POLLOUT;
		if (poll(&pfd, 1, timeout * 1000) <= 0)
			err = EINPROGRESS;	/* no answer in time */
		else if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0 ||
			 err != 0)
			err = ENOTCONN;		/* refused or unreachable */
		else
			err = 0;
		(void) close(fd);
		if (err == 0)
			break;
	}
	freeaddrinfo(res);
	return err;
}

/* The hosts a -H URI list names ("ldap://host:port ..."), as
 * "host:port" words; ldapi and unknown schemes give none. */
static char *
uri_hosts(const char *uri)
{
	struct strbuf out = STRBUF_INIT;
	char *copy = xstrdup(uri), *save = NULL, *w;

	for (w = strtok_r(copy, " \t", &save); w != NULL;
	     w = strtok_r(NULL, " \t", &save)) {
		int port;
		char *host, *end;

		if (strncasecmp(w, "ldap://", 7) == 0)
			port = LDAP_PORT_DEFAULT, host = w + 7;
		else if (strncasecmp(w, "ldaps://", 8) == 0)
			port = LDAPS_PORT_DEFAULT, host = w + 8;
		else
			continue;
		end = strchr(host, '/');
		if (end != NULL)
			*end = '\0';
		if (out.len > 0)
			strbuf_addch(&out, ' ');
		strbuf_addstr(&out, *host != '\0' ? host : "localhost");
		if (strchr(host, ':') == NULL)
			strbuf_addf(&out, ":%d", port);
	}
	free(copy);
	return strbuf_detach(&out);
}

static int
ldap_open(struct map *map)
{
	const struct ldap_spec *ls = map->data;
	const char *shown = ls->uri ? ls->uri : ls->host ? ls->host : "localhost";
	char *hosts = ls->uri ? uri_hosts(ls->uri)
		: xstrdup(ls->host ? ls->host : "localhost");
	char *save = NULL, *h;
	int err = ENOTCONN;
	int port = ls->port > 0 ? ls->port : LDAP_PORT_DEFAULT;
	int timeout = ls->timeout > 0 ? ls->timeout : LDAP_NETWORK_TIMEOUT;

	if (map->flags & MAPF_OPTIONAL) {
		free(hosts);
		return 0;
	}
	for (h = strtok_r(hosts, " \t", &save); h != NULL;
	     h = strtok_r(NULL, " \t", &save)) {
		err = reach(h, port, timeout);
		if (err == 0)
			break;
	}
	free(hosts);
	/* a server that accepts the connection cannot be spoken to here:
	 * the bind never completes */
	map_syserr(map, err != 0 ? err : EINPROGRESS,
		   "ldap_init/ldap_bind failed to %s in map %s", shown, map->name);
	return 0;
}

const struct map_class map_class_ldap = {
	"ldap", MAPC_OPTFILE, ldap_parse, ldap_open, NULL,
	map_tempfail_lookup
};
