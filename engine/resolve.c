/*
 * resolve.c - host name canonification and MX lists as sendmail does
 * them: the service switch decides the sources for "hosts" ("files" =
 * the hosts file, "dns" = the system resolver), tried in order.
 */
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <resolv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "xalloc.h"
#include "strbuf.h"
#include "engine/resolve.h"

#define RS_OK        0
#define RS_NOTFOUND  68
#define RS_UNAVAIL   69
#define RS_TEMPFAIL  75
#define RS_MAX_SOURCES 12
#define RS_MAX_MX    100

static char *hosts_file;	/* NULL: /etc/hosts */
static char *switch_file;	/* NULL: /etc/mail/service.switch */
static char *fallback_mx;	/* option FallbackMXhost, NULL: none */
static char **fallback_hosts;	/* its hosts, once looked up */
static int fallback_count = -1;	/* -1: not looked up yet */

static void hosts_forget(void);
static void switch_forget(void);

static int dont_expand_cnames;
static int broken_aaaa;
static int compressed_ipv6;

void
resolve_set_flag(enum resolve_flag flag, int on)
{
	switch (flag) {
	case RESOLVE_DONT_EXPAND_CNAMES: dont_expand_cnames = on; break;
	case RESOLVE_BROKEN_AAAA: broken_aaaa = on; break;
	case RESOLVE_COMPRESSED_IPV6: compressed_ipv6 = on; break;
	}
}

void
resolve_swap_timing(long *retrans, int *retry)
{
	if ((_res.options & RES_INIT) == 0 && res_init() < 0) {
		*retrans = 0;
		*retry = 0;
		return;
	}
	if (*retrans > 0) {
		long old = _res.retrans;

		_res.retrans = (int) *retrans;
		*retrans = old;
	}
	if (*retry > 0) {
		int old = _res.retry;

		_res.retry = *retry;
		*retry = old;
	}
}

void
resolve_set_fallback_mx(const char *name)
{
	free(fallback_mx);
	fallback_mx = name != NULL && *name != '\0' ? xstrdup(name) : NULL;
	if (fallback_count > 0)
		resolve_free_list(fallback_hosts, fallback_count);
	fallback_hosts = NULL;
	fallback_count = -1;
}

void
resolve_set_files(const char *hosts, const char *sw)
{
	if (hosts != NULL) {
		free(hosts_file);
		hosts_file = xstrdup(hosts);
		hosts_forget();
	}
	if (sw != NULL) {
		free(switch_file);
		switch_file = xstrdup(sw);
		switch_forget();
	}
}

/* ---------------------------------------------------------------- */
/* service switch                                                    */

/* sendmail's own choice when the switch file says nothing */
static const struct {
	const char *service;
	const char *sources[3];
} switch_fallback[] = {
	{ "hosts", { "dns", "files", NULL } },
	{ "aliases", { "files", NULL, NULL } },
};

/*
 * The switch file is read once and kept; like sendmail, it is read
 * again when the copy is more than ten seconds old.  A later line for
 * a service replaces an earlier one.
 */
#define SWITCH_MAX_AGE 10

struct switch_entry {
	char *service;
	char *sources[RS_MAX_SOURCES];
	int   count;
};

static struct {
	struct switch_entry *entries;
	size_t count;
	int    loaded;
	time_t when;
} switch_cache;

static void
switch_forget(void)
{
	size_t i;
	int k;

	for (i = 0; i < switch_cache.count; i++) {
		free(switch_cache.entries[i].service);
		for (k = 0; k < switch_cache.entries[i].count; k++)
			free(switch_cache.entries[i].sources[k]);
	}
	free(switch_cache.entries);
	memset(&switch_cache, 0, sizeof(switch_cache));
}

static struct switch_entry *
switch_slot(const char *service)
{
	struct switch_entry *e;
	size_t i;
	int k;

	for (i = 0; i < switch_cache.count; i++) {
		e = &switch_cache.entries[i];
		if (strcmp(e->service, service) == 0) {
			for (k = 0; k < e->count; k++)
				free(e->sources[k]);
			e->count = 0;
			return e;
		}
	}
	switch_cache.entries = xrealloc(switch_cache.entries,
		(switch_cache.count + 1) * sizeof(*switch_cache.entries));
	e = &switch_cache.entries[switch_cache.count++];
	e->service = xstrdup(service);
	e->count = 0;
	return e;
}

static time_t
seconds_now(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
		return 0;
	return ts.tv_sec;
}

static void
switch_load(void)
{
	const char *path = switch_file ? switch_file : "/etc/mail/service.switch";
	time_t now = seconds_now();
	FILE *fp;
	char line[1024];

	if (switch_cache.loaded && now - switch_cache.when <= SWITCH_MAX_AGE)
		return;
	switch_forget();
	switch_cache.loaded = 1;
	switch_cache.when = now;
	if ((fp = fopen(path, "r")) == NULL)
		return;
	while (fgets(line, sizeof(line), fp) != NULL) {
		char *save = NULL, *w;
		struct switch_entry *e;

		line[strcspn(line, "#\n")] = '\0';
		w = strtok_r(line, " \t", &save);
		if (w == NULL)
			continue;
		e = switch_slot(w);
		while ((w = strtok_r(NULL, " \t", &save)) != NULL &&
		       e->count < RS_MAX_SOURCES)
			e->sources[e->count++] = xstrndup(w, 31);
	}
	(void) fclose(fp);
}

int
resolve_service_sources(const char *service, const char **src, int max)
{
	int n = 0;
	size_t i;

	if (max > RS_MAX_SOURCES)
		max = RS_MAX_SOURCES;
	switch_load();
	for (i = 0; i < switch_cache.count; i++) {
		struct switch_entry *e = &switch_cache.entries[i];

		if (strcmp(e->service, service) != 0)
			continue;
		for (n = 0; n < max && n < e->count; n++)
			src[n] = e->sources[n];
	}
	if (n > 0)
		return n;
	for (i = 0; i < sizeof(switch_fallback) / sizeof(switch_fallback[0]); i++) {
		if (strcmp(switch_fallback[i].service, service) != 0)
			continue;
		for (n = 0; n < max && switch_fallback[i].sources[n] != NULL; n++)
			src[n] = switch_fallback[i].sources[n];
		return n;
	}
	return 0;
}

int
resolve_uses_dns(void)
{
	const char *src[RS_MAX_SOURCES];
	int n = resolve_service_sources("hosts", src, RS_MAX_SOURCES), i;

	for (i = 0; i < n; i++)
		if (strcmp(src[i], "dns") == 0)
			return 1;
	return 0;
}

/* ---------------------------------------------------------------- */
/* hosts file                                                        */

/*
 * Drop a final dot from NAME; when what follows the first dot is (a
 * prefix of) our domain, cut the name there and return where the dot
 * was, so that the short form can be tried too.
 */
static char *
shorten_name(char *name, const char *domain)
{
	size_t len = strlen(name), dlen;
	int absolute = 0;
	char *dot;

	if (len > 0 && name[len - 1] == '.') {
		name[len - 1] = '\0';
		absolute = 1;
	}
	dot = strchr(name, '.');
	if (dot == NULL)
		return NULL;
	if (domain == NULL)
		domain = "";
	dlen = strlen(dot + 1);
	/* equal strings imply DOMAIN has at least DLEN bytes */
	if ((absolute ? strcasecmp(dot + 1, domain)
		      : strncasecmp(dot + 1, domain, dlen)) == 0 &&
	    (domain[dlen] == '.' || domain[dlen] == '\0')) {
		*dot = '\0';
		return dot;
	}
	return NULL;
}

/*
 * The hosts file is kept parsed in memory: one entry per line with its
 * names (the address dropped) and its canonical name, the first name or
 * the first one with a dot when the first has none.  It is read again
 * only when its inode, size or modification time changed.
 */
struct hosts_line {
	char  **names;
	size_t  count;
	char   *best;
};

static struct {
	struct hosts_line *lines;
	size_t count;
	int    loaded, readable;
	dev_t  dev;
	ino_t  ino;
	off_t  size;
	struct timespec mtime;
} hosts_cache;

static void
hosts_forget(void)
{
	size_t i, k;

	for (i = 0; i < hosts_cache.count; i++) {
		for (k = 0; k < hosts_cache.lines[i].count; k++)
			free(hosts_cache.lines[i].names[k]);
		free(hosts_cache.lines[i].names);
	}
	free(hosts_cache.lines);
	memset(&hosts_cache, 0, sizeof(hosts_cache));
}

static void
hosts_add_line(char *line)
{
	char *save = NULL, *w;
	struct hosts_line h = { NULL, 0, NULL };
	int col = 0;

	for (w = strtok_r(line, " \t", &save); w != NULL;
	     w = strtok_r(NULL, " \t", &save), col++) {
		if (col == 0)
			continue;	/* the address */
		h.names = xrealloc(h.names, (h.count + 1) * sizeof(*h.names));
		h.names[h.count] = xstrdup(w);
		if (h.best == NULL ||
		    (strchr(h.best, '.') == NULL && strchr(w, '.') != NULL))
			h.best = h.names[h.count];
		h.count++;
	}
	hosts_cache.lines = xrealloc(hosts_cache.lines,
		(hosts_cache.count + 1) * sizeof(*hosts_cache.lines));
	hosts_cache.lines[hosts_cache.count++] = h;
}

/* Make the in-memory copy current; 0 when the file cannot be read. */
static int
hosts_load(void)
{
	const char *path = hosts_file ? hosts_file : "/etc/hosts";
	struct stat st;
	FILE *fp;
	char line[2048];

	if (stat(path, &st) != 0) {
		hosts_forget();
		return 0;
	}
	if (hosts_cache.loaded && hosts_cache.dev == st.st_dev &&
	    hosts_cache.ino == st.st_ino && hosts_cache.size == st.st_size &&
	    hosts_cache.mtime.tv_sec == st.st_mtim.tv_sec &&
	    hosts_cache.mtime.tv_nsec == st.st_mtim.tv_nsec)
		return hosts_cache.readable;
	hosts_forget();
	hosts_cache.loaded = 1;
	hosts_cache.dev = st.st_dev;
	hosts_cache.ino = st.st_ino;
	hosts_cache.size = st.st_size;
	hosts_cache.mtime = st.st_mtim;
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	hosts_cache.readable = 1;
	while (fgets(line, sizeof(line), fp) != NULL) {
		line[strcspn(line, "#\n")] = '\0';
		if (line[0] != '\0')
			hosts_add_line(line);
	}
	(void) fclose(fp);
	return 1;
}

/* Does the hosts-file line H list NAME (or NAME with DOT put back)? */
static int
hosts_line_matches(const char *name, char *dot, const struct hosts_line *h)
{
	size_t k;
	int found = 0;

	for (k = 0; k < h->count && !found; k++) {
		if (strcasecmp(name, h->names[k]) == 0) {
			found = 1;
		} else if (dot != NULL) {
			*dot = '.';
			found = strcasecmp(name, h->names[k]) == 0;
			*dot = '\0';
		}
	}
	return found;
}

static int
files_canon(const char *name, const char *domain, char **canon, int *status)
{
	char *nbuf, *dot;
	size_t i;
	int found = 0;

	if (!hosts_load()) {
		*status = RS_UNAVAIL;
		return 0;
	}
	nbuf = xstrdup(name);
	dot = shorten_name(nbuf, domain);
	for (i = 0; i < hosts_cache.count && !found; i++) {
		const struct hosts_line *h = &hosts_cache.lines[i];

		if (!hosts_line_matches(nbuf, dot, h))
			continue;
		found = 1;
		if (strchr(h->best, '.') == NULL && domain != NULL)
			*canon = xasprintf("%s.%s", h->best, domain);
		else
			*canon = xstrdup(h->best);
	}
	free(nbuf);
	*status = found ? RS_OK : RS_NOTFOUND;
	return found;
}

/* ---------------------------------------------------------------- */
/* DNS                                                               */

/*
 * A DNS answer taken apart with the libc primitives (dn_expand,
 * dn_skipname) only: the question name and each answer record.
 */
struct dns_rr {
	char                 name[NS_MAXDNAME];
	int                  type;
	const unsigned char *rdata;
	int                  rdlen;
};

struct dns_reply {
	const unsigned char *msg, *end;
	char                 qname[NS_MAXDNAME];
	const unsigned char *next;	/* first answer not read yet */
	int                  left;	/* answers not read yet */
};

static unsigned
get16(const unsigned char *p)
{
	return (unsigned) (p[0] << 8 | p[1]);
}

static int
dns_reply_open(struct dns_reply *r, const unsigned char *msg, int len)
{
	const unsigned char *cp = msg + NS_HFIXEDSZ;
	unsigned qd, i;
	int n;

	if (len < NS_HFIXEDSZ)
		return -1;
	r->msg = msg;
	r->end = msg + len;
	r->qname[0] = '\0';
	qd = get16(msg + 4);
	r->left = (int) get16(msg + 6);
	for (i = 0; i < qd; i++) {
		if (i == 0 && dn_expand(msg, r->end, cp, r->qname,
					sizeof(r->qname)) < 0)
			return -1;
		n = dn_skipname(cp, r->end);
		if (n < 0 || cp + n + NS_QFIXEDSZ > r->end)
			return -1;
		cp += n + NS_QFIXEDSZ;
	}
	r->next = cp;
	return 0;
}

/* The next answer record; 0 when there is none left. */
static int
dns_reply_next(struct dns_reply *r, struct dns_rr *rr)
{
	const unsigned char *cp = r->next;
	int n;

	if (r->left <= 0)
		return 0;
	n = dn_expand(r->msg, r->end, cp, rr->name, sizeof(rr->name));
	if (n < 0 || cp + n + NS_RRFIXEDSZ > r->end)
		return 0;
	cp += n;
	rr->type = (int) get16(cp);
	rr->rdlen = (int) get16(cp + 8);
	rr->rdata = cp + NS_RRFIXEDSZ;
	if (rr->rdata + rr->rdlen > r->end)
		return 0;
	r->next = rr->rdata + rr->rdlen;
	r->left--;
	return 1;
}

/* ---------------------------------------------------------------- */
/* canonification through DNS (sendmail's dns_getcanonname)          */

#define CNAME_DEPTH_MAX 10

static void (*reporter)(void *ctx, const char *text);
static void *reporter_ctx;

void
resolve_set_reporter(void (*report)(void *ctx, const char *text), void *ctx)
{
	reporter = report;
	reporter_ctx = ctx;
}

/* sendmail asks for AAAA first when the system can make IPv6 sockets */
static int
first_address_type(void)
{
	static int type;

	if (type == 0) {
		int fd = socket(AF_INET6, SOCK_STREAM, 0);

		type = fd >= 0 ? ns_t_aaaa : ns_t_a;
		if (fd >= 0)
			(void) close(fd);
	}
	return type;
}

/*
 * The domains to append to HOST, in order ("" = HOST as it is): with a
 * dot in the name it is tried as it is first; then the resolver's search
 * list, or its default domain for a dotless name.  A final dot is
 * removed from HOST when neither applies.
 */
static void
search_list(char *host, const char **list)
{
	size_t len = strlen(host);
	int n = 0, i;

	if (strchr(host, '.') != NULL)
		list[n++] = "";
	if (len > 0 && host[len - 1] != '.' && (_res.options & RES_DNSRCH)) {
		for (i = 0; i < MAXDNSRCH && _res.dnsrch[i] != NULL; i++)
			list[n++] = _res.dnsrch[i];
	} else if (strchr(host, '.') == NULL && (_res.options & RES_DEFNAMES)) {
		list[n++] = _res.defdname;
	} else if (len > 0 && host[len - 1] == '.') {
		host[len - 1] = '\0';
	}
	list[n] = NULL;
}

/* The type to ask next after a query of TYPE found nothing definite;
 * 0 when the next domain is due. */
static int
next_type(int type, int gotmx, int try_mx, const char *domain)
{
	if (type == ns_t_aaaa)
		return ns_t_a;
	if (type == ns_t_a && !gotmx && (try_mx || *domain == '\0'))
		return ns_t_mx;
	return 0;
}

static void
report(const char *fmt, const char *arg)
{
	char *msg;

	if (reporter == NULL)
		return;
	msg = xasprintf(fmt, arg);
	reporter(reporter_ctx, msg);
	free(msg);
}

/*
 * Canonify HOST through DNS: ask each domain of the search list for
 * AAAA/A (and MX when allowed), follow CNAMEs (restarting with the
 * target), and answer HOST plus the domain that matched.
 */
static int
dns_canon(const char *name, int try_mx, char **canon, int *status)
{
	unsigned char answer[8192];
	char host[NS_MAXDNAME];
	const char *list[MAXDNSRCH + 3];
	const char *match;
	int loops = 0, initial = first_address_type();

	if ((_res.options & RES_INIT) == 0 && res_init() < 0) {
		*status = RS_UNAVAIL;
		return 0;
	}
	*status = RS_OK;
	snprintf(host, sizeof(host), "%s", name);
restart:
	search_list(host, list);
	match = NULL;
	for (int i = 0, type = initial, gotmx = 0; list[i] != NULL; ) {
		const char *dp = list[i];
		struct dns_reply reply;
		struct dns_rr rr;
		int n, amatch = 0, next;

		if (type == initial)
			gotmx = 0;
		errno = 0;
		n = res_querydomain(host, dp, ns_c_in, type, answer, sizeof(answer));
		if (n <= 0) {
			if (errno == ECONNREFUSED || h_errno == TRY_AGAIN) {
				int timed_out = errno == ETIMEDOUT;

				h_errno = TRY_AGAIN;
				if (*dp != '\0') {
					*status = RS_TEMPFAIL;
					/* another type may still answer */
					if (!broken_aaaa || !timed_out)
						return 0;
				} else if (*status == RS_OK)
					*status = RS_TEMPFAIL;
			}
			next = h_errno != HOST_NOT_FOUND
				? next_type(type, gotmx, try_mx, dp) : 0;
			if (next != 0) {
				type = next;
			} else {
				type = initial;
				i++;
			}
			continue;
		}
		if (n > (int) sizeof(answer))
			n = sizeof(answer);
		if (dns_reply_open(&reply, answer, n) < 0) {
			*status = RS_UNAVAIL;
			return 0;
		}
		while (!amatch && dns_reply_next(&reply, &rr)) {
			char target[NS_MAXDNAME];

			switch (rr.type) {
			case ns_t_mx:
				gotmx = 1;
				/* with a wildcard MX, an MX answer for an
				 * appended domain proves nothing */
				if (*dp == '\0' || try_mx)
					amatch = 1;
				break;
			case ns_t_a:
			case ns_t_aaaa:
				amatch = 1;
				break;
			case ns_t_cname:
				if (dont_expand_cnames) {
					amatch = 1;	/* taken as canonical */
					break;
				}
				if (loops++ > CNAME_DEPTH_MAX) {
					report("DNS failure: CNAME loop for %s", host);
					*status = RS_NOTFOUND;
					return 0;
				}
				if (dn_expand(answer, answer + n, rr.rdata, target,
					      sizeof(target)) < 0)
					break;
				snprintf(host, sizeof(host), "%s", target);
				goto restart;
			default:
				break;
			}
		}
		if (amatch) {
			match = dp;
			break;
		}
		next = next_type(type, gotmx, try_mx, dp);
		if (next != 0) {
			type = next;
		} else {
			type = initial;
			i++;
		}
	}
	if (match == NULL) {
		if (*status == RS_OK)
			*status = RS_NOTFOUND;
		return 0;
	}
	*canon = xasprintf("%s%s%s", host, *match != '\0' ? "." : "", match);
	*status = RS_OK;
	return 1;
}

/* ---------------------------------------------------------------- */
/* records for the dns map                                           */

/* The record types a dns map may ask for, by name. */
static const struct {
	const char *name;
	int         type;
} record_types[] = {
	{ "A", ns_t_a }, { "AAAA", ns_t_aaaa }, { "NS", ns_t_ns },
	{ "CNAME", ns_t_cname }, { "PTR", ns_t_ptr }, { "MX", ns_t_mx },
	{ "TXT", ns_t_txt }, { "AFSDB", ns_t_afsdb }, { "SRV", ns_t_srv },
	{ "DS", ns_t_ds }, { "RRSIG", ns_t_rrsig }, { "NSEC", ns_t_nsec },
	{ "DNSKEY", ns_t_dnskey }, { "TLSA", ns_t_tlsa },
};

int
resolve_type_number(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(record_types) / sizeof(record_types[0]); i++)
		if (strcasecmp(name, record_types[i].name) == 0)
			return record_types[i].type;
	return -1;
}

/*
 * An IPv6 address as sendmail writes it: "IPv6:" and eight groups in
 * hex without compression; a v4-mapped address as a dotted quad.
 */
static char *
ipv6_text(const unsigned char *a)
{
	static const unsigned char v4mapped[12] = {
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff
	};
	char buf[64];
	int i, len;

	if (memcmp(a, v4mapped, sizeof(v4mapped)) == 0)
		return xasprintf("%u.%u.%u.%u", a[12], a[13], a[14], a[15]);
	if (compressed_ipv6 && inet_ntop(AF_INET6, a, buf, sizeof(buf)) != NULL)
		return xasprintf("IPv6:%s", buf);
	len = snprintf(buf, sizeof(buf), "IPv6:");
	for (i = 0; i < 16; i += 2)
		len += snprintf(buf + len, sizeof(buf) - (size_t) len, "%s%x",
				i ? ":" : "", (unsigned) (a[i] << 8 | a[i + 1]));
	return xstrdup(buf);
}

/* The text of one record the way the dns map returns it; NULL for a
 * type it has no text for. */
static char *
record_text(const unsigned char *msg, const unsigned char *end,
	    const struct dns_rr *rr)
{
	char buf[NS_MAXDNAME];
	int skip = 0;

	switch (rr->type) {
	case ns_t_a:
		if (rr->rdlen != 4 || inet_ntop(AF_INET, rr->rdata, buf, sizeof(buf)) == NULL)
			return NULL;
		return xstrdup(buf);
	case ns_t_aaaa:
		if (rr->rdlen != 16)
			return NULL;
		return ipv6_text(rr->rdata);
	case ns_t_txt:
		/* the first character-string */
		if (rr->rdlen < 1 || rr->rdata[0] >= rr->rdlen)
			return NULL;
		return xstrndup((const char *) rr->rdata + 1, rr->rdata[0]);
	case ns_t_mx:
	case ns_t_afsdb:
		skip = 2;
		break;
	case ns_t_srv:
		skip = 6;
		break;
	case ns_t_ns:
	case ns_t_cname:
	case ns_t_ptr:
		break;
	default:
		return NULL;
	}
	if (rr->rdlen < skip ||
	    dn_expand(msg, end, rr->rdata + skip, buf, sizeof(buf)) < 0)
		return NULL;
	return xstrdup(buf);
}

int
resolve_records(const char *name, int type, char ***values, int *status)
{
	unsigned char answer[8192];
	struct dns_reply reply;
	struct dns_rr rr;
	char **list = NULL;
	int n, count = 0;

	*values = NULL;
	if ((_res.options & RES_INIT) == 0 && res_init() < 0) {
		*status = RS_TEMPFAIL;
		return -1;
	}
	n = res_search(name, ns_c_in, type, answer, sizeof(answer));
	if (n < 0) {
		*status = h_errno == TRY_AGAIN ? RS_TEMPFAIL : RS_NOTFOUND;
		return -1;
	}
	if (n > (int) sizeof(answer))
		n = sizeof(answer);
	if (dns_reply_open(&reply, answer, n) < 0) {
		*status = RS_NOTFOUND;
		return -1;
	}
	while (dns_reply_next(&reply, &rr)) {
		char *text;

		if (rr.type != type)
			continue;
		text = record_text(answer, answer + n, &rr);
		if (text == NULL)
			continue;
		/* sendmail replaces what it cannot print */
		for (char *c = text; *c != '\0'; c++)
			if (!isprint((unsigned char) *c))
				*c = 'X';
		list = xrealloc(list, (size_t) (count + 1) * sizeof(*list));
		list[count++] = text;
	}
	*values = list;
	*status = count > 0 ? RS_OK : RS_NOTFOUND;
	return count;
}

/* ---------------------------------------------------------------- */
/* getcanonname                                                      */

int
resolve_canon(const char *name, int try_mx, const char *domain,
	      char **canon, int *status)
{
	const char *src[RS_MAX_SOURCES];
	int n = resolve_service_sources("hosts", src, RS_MAX_SOURCES);
	int i, found = 0, tempfail = 0, st = RS_UNAVAIL;
	char *answer = NULL;

	*canon = NULL;
	for (i = 0; i < n; i++) {
		free(answer);
		answer = NULL;
		if (strcmp(src[i], "files") == 0)
			found = files_canon(name, domain, &answer, &st);
		else if (strcmp(src[i], "dns") == 0)
			found = dns_canon(name, try_mx, &answer, &st);
		else {
			found = 0;
			st = RS_UNAVAIL;
		}
		/* while $m is unknown (start-up) a dotless answer is not
		 * good enough: try the next source */
		if (found && (domain != NULL || strchr(answer, '.') != NULL))
			break;
		if (st == RS_TEMPFAIL)
			tempfail = 1;
	}
	if (found) {
		char *dot = strchr(answer, '.');

		if (dot == NULL || dot[1] == '\0') {
			char *longer;

			if (domain == NULL) {
				free(answer);
				*status = RS_NOTFOUND;
				return 0;
			}
			longer = xasprintf("%s%s%s", answer,
					   dot == NULL ? "." : "", domain);
			free(answer);
			answer = longer;
		}
		*canon = answer;
		*status = RS_OK;
		return 1;
	}
	free(answer);
	*status = tempfail ? RS_TEMPFAIL : RS_NOTFOUND;
	return 0;
}

/* ---------------------------------------------------------------- */
/* getmxrr                                                           */

/* sendmail's tie-breaker for equal preferences: a hash of the name */
static int
mx_weight(const char *host)
{
	static unsigned seed;
	int h;

	if (seed == 0)
		seed = ((unsigned) time(NULL) & 0xffff) ? ((unsigned) time(NULL) & 0xffff) : 1;
	h = (int) seed;
	for (; *host != '\0'; host++)
		h = ((h << 1) ^ tolower((unsigned char) *host)) % 2003;
	return (h & 0xff) + 1;
}

struct mx_entry {
	char *host;
	int   pref;
	int   weight;
};

static int
mx_compare(const void *a, const void *b)
{
	const struct mx_entry *x = a, *y = b;

	if (x->pref != y->pref)
		return x->pref - y->pref;
	return x->weight - y->weight;
}

/* The MX records of HOST; -1 with *STATUS on failure, *TRYCANON when
 * the name has no MX but may still be a host. */
static int
dns_mx(const char *host, struct mx_entry *mx, int *null_mx, int *trycanon,
       int *status)
{
	unsigned char answer[8192];
	struct dns_reply reply;
	struct dns_rr rr;
	int n, count = 0;

	if ((_res.options & RES_INIT) == 0 && res_init() < 0) {
		*status = RS_UNAVAIL;
		return -1;
	}
	n = res_search(host, ns_c_in, ns_t_mx, answer, sizeof(answer));
	if (n < 0) {
		switch (h_errno) {
		case NO_DATA:
			*trycanon = 1;
			return 0;
		case NO_RECOVERY:
			return 0;
		case HOST_NOT_FOUND:
			*trycanon = 1;
			*status = RS_NOTFOUND;
			return 0;
		default:
			*status = RS_TEMPFAIL;
			return -1;
		}
	}
	if (n > (int) sizeof(answer))
		n = sizeof(answer);
	if (dns_reply_open(&reply, answer, n) < 0)
		return 0;
	while (count < RS_MAX_MX - 1 && dns_reply_next(&reply, &rr)) {
		char name[NS_MAXDNAME];

		if (rr.type != ns_t_mx || rr.rdlen < 3)
			continue;
		if (dn_expand(answer, answer + n, rr.rdata + 2, name,
			      sizeof(name)) < 0)
			break;
		mx[count].pref = (int) get16(rr.rdata);
		if (mx[count].pref == 0 && name[0] == '\0')
			*null_mx = 1;
		mx[count].weight = mx_weight(name);
		mx[count].host = xasprintf("%s.", name);
		count++;
	}
	return count;
}

int
resolve_mx(const char *host, const char *domain, char ***hosts, int *status)
{
	struct mx_entry mx[RS_MAX_MX];
	int n = 0, i, j, null_mx = 0, trycanon = 0;
	char **list;

	*status = RS_OK;
	*hosts = NULL;
	if (*host == '\0')
		return 0;
	if (host[0] != '[' && resolve_uses_dns()) {
		n = dns_mx(host, mx, &null_mx, &trycanon, status);
		if (n < 0)
			return -1;
	}
	if (null_mx && n == 1) {
		free(mx[0].host);
		*status = RS_UNAVAIL;
		return RESOLVE_NULL_MX;
	}
	qsort(mx, (size_t) n, sizeof(mx[0]), mx_compare);
	for (i = 0; i + 1 < n; ) {	/* drop duplicates */
		if (strcasecmp(mx[i].host, mx[i + 1].host) != 0) {
			i++;
			continue;
		}
		free(mx[i + 1].host);
		for (j = i + 1; j + 1 < n; j++)
			mx[j] = mx[j + 1];
		n--;
	}
	if (n == 0) {
		/* no MX: an address literal, or the host itself */
		const char *end = strchr(host, ']');
		char *bare = NULL;

		if (host[0] == '[' && end != NULL) {
			struct in_addr a4;
			struct in6_addr a6;
			char *inner = xstrndup(host + 1, (size_t) (end - host - 1));

			if (inet_pton(AF_INET, inner, &a4) == 1 ||
			    inet_pton(AF_INET6, inner, &a6) == 1) {
				mx[n++].host = xstrdup(host);
				free(inner);
			} else {
				trycanon = 1;
				bare = inner;
			}
		}
		if (n == 0 && trycanon) {
			char *canon = NULL;
			int st;

			if (resolve_canon(bare ? bare : host, 0, domain, &canon, &st)) {
				size_t len = strlen(canon);

				mx[n++].host = len > 0 && canon[len - 1] == '.'
					? xstrdup(canon) : xasprintf("%s.", canon);
				free(canon);
			}
		}
		free(bare);
	}
	list = xcalloc((size_t) n + 1, sizeof(*list));
	for (i = 0; i < n; i++)
		list[i] = mx[i].host;
	*hosts = list;
	return n;
}

/* The hosts of FallbackMXhost, looked up once as sendmail does: an
 * address literal as it is written, else the name's own MX hosts (or
 * the name canonified), without trying a fallback for it. */
static int
fallback_list(const char *domain, char ***hosts)
{
	if (fallback_mx == NULL)
		return 0;
	if (fallback_count < 0) {
		int status;

		if (fallback_mx[0] == '[') {
			fallback_hosts = xcalloc(2, sizeof(*fallback_hosts));
			fallback_hosts[0] = xstrdup(fallback_mx);
			fallback_count = 1;
		} else {
			fallback_count = resolve_mx(fallback_mx, domain, &fallback_hosts,
						    &status);
			if (fallback_count < 0)
				fallback_count = 0;
		}
	}
	*hosts = fallback_hosts;
	return fallback_count;
}

int
resolve_mx_fallback(const char *host, const char *domain, char ***hosts,
		    int *status)
{
	char **fb = NULL, **list;
	int n = resolve_mx(host, domain, hosts, status), nfb, i;

	if (fallback_mx == NULL || n == RESOLVE_NULL_MX)
		return n;
	/* a name server that cannot be reached: the fallback alone */
	if (n < 0) {
		if (*status != RS_TEMPFAIL)
			return n;
		n = 0;
		*status = RS_OK;
	}
	nfb = fallback_list(domain, &fb);
	list = xcalloc((size_t) (n + nfb) + 1, sizeof(*list));
	for (i = 0; i < n; i++)
		list[i] = (*hosts)[i];
	for (i = 0; i < nfb; i++)
		list[n + i] = xstrdup(fb[i]);
	free(*hosts);
	*hosts = list;
	return n + nfb;
}

void
resolve_free_list(char **list, int count)
{
	int i;

	if (list == NULL)
		return;
	for (i = 0; i < count; i++)
		free(list[i]);
	free(list);
}
