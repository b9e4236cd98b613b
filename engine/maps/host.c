/*
 * host.c - the host map ($[ $] and "Kname host") and the bestmx map.
 *
 * A host map turns a name into its canonical form through the resolver
 * (engine/resolve.c), or an address in brackets into the name the
 * system gives for it.  Like sendmail, answers (found or not) are
 * remembered per exact name for the life of the process and shared by
 * every host-class map.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "xalloc.h"
#include "engine/maps/map_impl.h"
#include "engine/resolve.h"

struct host_answer {
	char *name;		/* the key, exactly as asked */
	char *canon;		/* NULL when not found */
	int   status;
	struct host_answer *next;	/* same hash bucket */
};

/* Answers hashed by name; the table doubles when it is half full. */
struct host_cache {
	struct host_answer **buckets;	/* chains linked through next */
	size_t count, size;		/* size is a power of two */
};

void
host_cache_free(struct host_cache *cache)
{
	size_t i;
	struct host_answer *a, *next;

	if (cache == NULL)
		return;
	for (i = 0; i < cache->size; i++) {
		for (a = cache->buckets[i]; a != NULL; a = next) {
			next = a->next;
			free(a->name);
			free(a->canon);
			free(a);
		}
	}
	free(cache->buckets);
	free(cache);
}

/* FNV-1a over the exact bytes of the name */
static size_t
name_hash(const char *name)
{
	size_t h = 2166136261u;

	for (; *name != '\0'; name++)
		h = (h ^ (unsigned char) *name) * 16777619u;
	return h;
}

static struct host_answer *
cache_find(struct host_cache *cache, const char *name)
{
	struct host_answer *a;

	if (cache->size == 0)
		return NULL;
	for (a = cache->buckets[name_hash(name) & (cache->size - 1)];
	     a != NULL; a = a->next)
		if (strcmp(a->name, name) == 0)
			return a;
	return NULL;
}

static void
cache_grow(struct host_cache *cache)
{
	size_t size = cache->size ? 2 * cache->size : 64, i;
	struct host_answer **buckets = xcalloc(size, sizeof(*buckets));
	struct host_answer *a, *next;

	for (i = 0; i < cache->size; i++) {
		for (a = cache->buckets[i]; a != NULL; a = next) {
			size_t b = name_hash(a->name) & (size - 1);

			next = a->next;
			a->next = buckets[b];
			buckets[b] = a;
		}
	}
	free(cache->buckets);
	cache->buckets = buckets;
	cache->size = size;
}

static void
cache_add(struct host_cache *cache, const char *name, const char *canon,
	  int status)
{
	struct host_answer *a = xmalloc(sizeof(*a));
	size_t b;

	if (2 * (cache->count + 1) > cache->size)
		cache_grow(cache);
	a->name = xstrdup(name);
	a->canon = canon != NULL ? xstrdup(canon) : NULL;
	a->status = status;
	b = name_hash(name) & (cache->size - 1);
	a->next = cache->buckets[b];
	cache->buckets[b] = a;
	cache->count++;
}

/* The flags a host K line accepts (sendmail's host_map_init); other
 * letters are ignored without a word. */
static const struct map_flag host_flags[] = {
	{ 'a', 0, 0, MAP_FV_APP },
	{ 'T', 0, 0, MAP_FV_TAPP },
	{ 'm', MAPF_MATCHONLY, 0, MAP_FV_NONE },
	{ 't', MAPF_NODEFER, 0, MAP_FV_NONE },
	{ 'S', 0, 0, MAP_FV_SPACESUB },
	{ 'D', MAPF_DEFER, 0, MAP_FV_NONE },
	{ 'd', 0, 0, MAP_FV_TIMEOUT },
	{ 'r', 0, 0, MAP_FV_RETRY },
	{ 0, 0, 0, MAP_FV_NONE }
};

static int
host_parse(struct map *map, char *p)
{
	(void) map_scan_flags(map, p, host_flags, NULL, NULL, 0);
	return 1;
}

/*
 * sendmail reads the resolver's global error indicator even when the
 * lookup that failed never set it (an address in brackets that does
 * not parse): the status of the last failed lookup is reported then.
 * 69 stands for "no error yet".
 */
static int last_failure_status = MAP_EX_UNAVAILABLE;

/* Name for an address in brackets, through the system (like
 * gethostbyaddr); NULL and *STATUS when there is none. */
static char *
address_name(const char *name, int *status)
{
	const char *end = strchr(name, ']');
	char *inner = xstrndup(name + 1, (size_t) (end - name - 1));
	struct sockaddr_storage ss;
	socklen_t len = 0;
	char host[NI_MAXHOST];
	int r;

	memset(&ss, 0, sizeof(ss));
	if (inet_pton(AF_INET, inner, &((struct sockaddr_in *) &ss)->sin_addr) == 1) {
		ss.ss_family = AF_INET;
		len = sizeof(struct sockaddr_in);
	} else if (strncasecmp(inner, "IPv6:", 5) == 0 &&
		   inet_pton(AF_INET6, inner + 5,
			     &((struct sockaddr_in6 *) &ss)->sin6_addr) == 1) {
		ss.ss_family = AF_INET6;
		len = sizeof(struct sockaddr_in6);
	} else if (inet_pton(AF_INET6, inner,
			     &((struct sockaddr_in6 *) &ss)->sin6_addr) == 1) {
		ss.ss_family = AF_INET6;
		len = sizeof(struct sockaddr_in6);
	}
	free(inner);
	if (len == 0) {
		*status = last_failure_status;
		return NULL;
	}
	r = getnameinfo((struct sockaddr *) &ss, len, host, sizeof(host),
			NULL, 0, NI_NAMEREQD);
	if (r != 0) {
		*status = r == EAI_AGAIN ? MAP_EX_TEMPFAIL : MAP_EX_NOTFOUND;
		return NULL;
	}
	return xstrdup(host);
}

/* sendmail's shortenstring(): long names keep their two ends */
static char *
shorten(const char *s, size_t max)
{
	size_t len = strlen(s), half;

	if (len < max)
		return xstrdup(s);
	half = (max - 3) / 2;
	return xasprintf("%.*s...%s", (int) half, s, s + len - half);
}

/* What sendmail says when the name server did not answer. */
static void
say_timeout(struct map *map, const char *name)
{
	char *shown = shorten(name, 33);

	map_note(map, "%s: Name server timeout", shown);
	free(shown);
}

/* resolver notes go out as the map's messages */
static void
report_note(void *ctx, const char *text)
{
	map_note(ctx, "%s", text);
}

static char *
host_lookup(struct map *map, const char *name, const char *const *av,
	    int *status)
{
	struct host_cache **slot = map_host_cache_slot(map);
	struct host_answer *hit;
	char *canon = NULL;
	int st = MAP_EX_OK;

	if (*slot == NULL)
		*slot = xcalloc(1, sizeof(**slot));
	hit = cache_find(*slot, name);
	if (hit != NULL) {
		*status = hit->status;
		if (hit->status == MAP_EX_TEMPFAIL)
			say_timeout(map, name);
		if (hit->canon == NULL)
			return NULL;
		return map_answer(map, name, hit->canon, strlen(hit->canon), av);
	}

	if (name[0] != '[') {
		long retrans = map->timeout;
		int retry = map->retry;

		resolve_swap_timing(&retrans, &retry);
		resolve_set_reporter(report_note, map);
		if (!resolve_canon(name, !map_wildcard_mx(map),
				   map_macro(map, "m"), &canon, &st))
			canon = NULL;
		resolve_set_reporter(NULL, NULL);
		resolve_swap_timing(&retrans, &retry);
	} else {
		if (strchr(name, ']') == NULL)
			return NULL;	/* not remembered, as in sendmail */
		canon = address_name(name, &st);
	}
	if (canon != NULL)
		st = MAP_EX_OK;
	else
		last_failure_status = st;
	cache_add(*slot, name, canon, st);
	*status = st;
	if (st == MAP_EX_TEMPFAIL && resolve_uses_dns())
		say_timeout(map, name);
	if (canon == NULL)
		return NULL;
	{
		char *result = map_answer(map, name, canon, strlen(canon), av);

		free(canon);
		return result;
	}
}

const struct map_class map_class_host = {
	"host", MAPC_OPTFILE, host_parse, NULL, NULL, host_lookup
};

/* bestmx: the most preferred MX host (all of them, joined by the -z
 * character, when -z is given). */
static char *
bestmx_lookup(struct map *map, const char *name, const char *const *av,
	      int *status)
{
	char **hosts = NULL;
	char *result, *joined;
	int n = resolve_mx(name, map_macro(map, "m"), &hosts, status);
	int i;

	if (n <= 0) {
		resolve_free_list(hosts, 0);
		return NULL;
	}
	if (map->coldelim == 0 || n == 1 || (map->flags & MAPF_MATCHONLY)) {
		joined = xstrdup(hosts[0]);
	} else {
		size_t len = 0;
		char *p;

		for (i = 0; i < n; i++)
			len += strlen(hosts[i]) + 1;
		p = joined = xmalloc(len + 1);
		for (i = 0; i < n; i++) {
			size_t l = strlen(hosts[i]);

			if (i > 0)
				*p++ = (char) map->coldelim;
			memcpy(p, hosts[i], l);
			p += l;
		}
		*p = '\0';
	}
	result = map_answer(map, name, joined, strlen(joined), av);
	free(joined);
	resolve_free_list(hosts, n);
	return result;
}

const struct map_class map_class_bestmx = {
	"bestmx", MAPC_OPTFILE, map_parse_common, NULL, NULL, bestmx_lookup
};
