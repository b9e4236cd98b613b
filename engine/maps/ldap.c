/*
 * ldap.c - the ldap map class, spoken through OpenLDAP's libldap (the
 * library sendmail itself is built with), with sendmail's semantics:
 *
 *   - the K line is read with sendmail's letters and quoting, starting
 *     from the LDAPDefaultSpec option's settings;
 *   - the filter of -k gets the key for %0 (LDAP-escaped) and %s (as it
 *     is), and the $@ arguments for %1..%9 with -K;
 *   - the attributes of -v are returned in the order the server sends
 *     them, one value (first found) or all of them joined by the -z
 *     character; -1 makes a second matching entry "not found", -n
 *     returns attribute names, -V puts "name<sep>" before each value;
 *   - attributes typed DN, FILTER or URL (-v name:TYPE[:objectclass])
 *     are followed, breadth first, in sendmail's order;
 *   - maps with the same server, bind and version share one connection;
 *     a server that goes away closes it for all of them, and the next
 *     lookup opens it again;
 *   - an AliasFile database joins values with commas and, written
 *     "ldap:" alone, searches sendmail's alias schema; an F line's map
 *     joins them with spaces.
 * Messages and statuses are sendmail's, errno included: a failed bind
 * shows the errno libldap left behind, as sendmail's does.
 */

#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>

#include "xalloc.h"
#include "strbuf.h"
#include "engine/maps/map_impl.h"
#include "engine/maps/ldap_lib.h"

#define LDAP_MAX_ATTR 64		/* sendmail's limit on -v names */
#define LDAP_MAX_FILTER 1024		/* longest filter after %-filling */
#define LDAP_MAX_PASSWD 256		/* longest secret */
#define LDAP_NETWORK_TMO 60		/* seconds, when -c is not given */
#define LDAP_URL_ERROR_BASE 1000	/* URL errors: "Unknown error" */

/* what a -v attribute is for */
enum attr_type {
	ATTR_NONE = -1,		/* not asked for */
	ATTR_OBJCLASS,		/* objectClass: read, never returned */
	ATTR_NORMAL,		/* returned */
	ATTR_DN,		/* a DN to read next */
	ATTR_FILTER,		/* a filter to search next */
	ATTR_URL		/* an LDAP URL to search next */
};

/* One connection, shared by the maps that would open the same one. */
struct ldap_conn {
	LDAP  *ld;
	char  *id;		/* host, URI, port, version, bind */
	struct map **users;
	size_t nusers;
	struct ldap_conn *next;
};

struct ldap_spec {
	char *host;		/* -h: one or more "host[:port]" */
	char *uri;		/* -H: one or more URIs */
	char *base;		/* -b */
	char *binddn;		/* -d */
	char *secret;		/* -P: the password (read from the file) */
	char *filter;		/* -k */
	char *attrspec;		/* -v as written, until it is split */
	int   port;		/* -p */
	int   scope;		/* -s */
	int   deref;		/* -r */
	int   timelimit;	/* -l: server time limit and wait for results */
	int   sizelimit;	/* -Z */
	int   version;		/* -w, 0: the library's default */
	int   networktmo;	/* -c */
	ber_tag_t method;	/* -M */
	int   attrsonly;	/* -n */
	int   referrals;	/* not -R */
	int   multi_args;	/* -K */
	int   attrsep;		/* -V */
	int   singlematch;	/* -1 */
	int   secret_read;	/* SECRET is the password, not the file */
	char *attr[LDAP_MAX_ATTR + 2];
	enum attr_type attr_type[LDAP_MAX_ATTR + 2];
	char *needoc[LDAP_MAX_ATTR + 2];	/* objectClass(es) an entry needs */
	struct ldap_conn *conn;
};

/* Connections open now (a test run has few maps; a list will do). */
static struct ldap_conn *open_conns;

/* libldap's entry points, set by the first connect_bind(): nothing else
 * reaches the library before a map has a connection. */
static const struct ldap_lib *libldap;

/* libldap reads a boolean option as on when its value pointer is not
 * NULL (LDAP_OPT_OFF); its own LDAP_OPT_ON points into liblber, which is
 * not linked, so any address of ours does. */
static const int boolean_on = 1;
#define BOOLEAN_ON ((void *) &boolean_on)

/*
 * libldap writes to its sockets without asking not to be signalled: a
 * server that went away would kill the run with SIGPIPE (sendmail
 * ignores the signal).  It is ignored while the library works.
 */
static struct sigaction pipe_saved;

static void
pipe_ignore(void)
{
	struct sigaction ign;

	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	(void) sigemptyset(&ign.sa_mask);
	(void) sigaction(SIGPIPE, &ign, &pipe_saved);
}

static void
pipe_restore(void)
{
	(void) sigaction(SIGPIPE, &pipe_saved, NULL);
}

/* ---------------------------------------------------------------- */
/* the spec                                                          */

static struct ldap_spec *
spec_new(const struct ldap_spec *defaults)
{
	struct ldap_spec *ls = xcalloc(1, sizeof(*ls));

	if (defaults != NULL) {
		*ls = *defaults;
		ls->host = defaults->host ? xstrdup(defaults->host) : NULL;
		ls->uri = defaults->uri ? xstrdup(defaults->uri) : NULL;
		ls->base = defaults->base ? xstrdup(defaults->base) : NULL;
		ls->binddn = defaults->binddn ? xstrdup(defaults->binddn) : NULL;
		ls->secret = defaults->secret ? xstrdup(defaults->secret) : NULL;
		ls->filter = NULL;
		ls->attrspec = NULL;
		memset(ls->attr, 0, sizeof(ls->attr));
		memset(ls->needoc, 0, sizeof(ls->needoc));
		ls->conn = NULL;
		return ls;
	}
	ls->port = LDAP_PORT;
	ls->scope = LDAP_SCOPE_SUBTREE;
	ls->deref = LDAP_DEREF_NEVER;
	ls->timelimit = LDAP_NO_LIMIT;
	ls->sizelimit = LDAP_NO_LIMIT;
	ls->method = LDAP_AUTH_SIMPLE;
	ls->referrals = 1;
	return ls;
}

static void
spec_free(void *data)
{
	struct ldap_spec *ls = data;
	int i;

	if (ls == NULL)
		return;
	free(ls->host);
	free(ls->uri);
	free(ls->base);
	free(ls->binddn);
	free(ls->secret);
	free(ls->filter);
	free(ls->attrspec);
	for (i = 0; i < LDAP_MAX_ATTR + 2; i++) {
		free(ls->attr[i]);
		free(ls->needoc[i]);
	}
	free(ls);
}

/* A value as the K line has it: from P to white space, where "..."
 * may hold white space; *PP moves past it. */
static char *
raw_value(char **pp)
{
	char *p = *pp, *start = p;

	while (*p != '\0' && !isspace((unsigned char) *p)) {
		if (*p == '"') {
			while (*++p != '"' && *p != '\0')
				continue;
			if (*p != '\0')
				p++;
		} else {
			p++;
		}
	}
	*pp = p;
	return xstrndup(start, (size_t) (p - start));
}

/* sendmail's ldapmap_dequote: a value that starts with a quote is what
 * lies between it and the next one. */
static char *
dequote(char *v)
{
	char *p = v, *end;

	while (isspace((unsigned char) *p))
		p++;
	if (*p != '"')
		return v;
	end = strchr(p + 1, '"');
	memmove(v, p + 1, end != NULL ? (size_t) (end - p - 1) : strlen(p + 1));
	v[end != NULL ? (size_t) (end - p - 1) : strlen(p + 1)] = '\0';
	return v;
}

/* A -z or -V character: one character, or \n \t (\\ otherwise). */
static int
delim_char(const char *p)
{
	if (p[0] != '\\')
		return (unsigned char) p[0];
	return p[1] == 'n' ? '\n' : p[1] == 't' ? '\t' : '\\';
}

struct name_code {
	const char *name;
	int code;
};

static const struct name_code scopes[] = {
	{ "base", LDAP_SCOPE_BASE }, { "one", LDAP_SCOPE_ONELEVEL },
	{ "sub", LDAP_SCOPE_SUBTREE }, { "subordinate", LDAP_SCOPE_SUBORDINATE },
	{ NULL, 0 }
};
static const struct name_code derefs[] = {
	{ "never", LDAP_DEREF_NEVER }, { "always", LDAP_DEREF_ALWAYS },
	{ "search", LDAP_DEREF_SEARCHING }, { "find", LDAP_DEREF_FINDING },
	{ NULL, 0 }
};
static const struct name_code methods[] = {
	{ "none", LDAP_AUTH_NONE }, { "simple", LDAP_AUTH_SIMPLE },
	{ "krbv4", (int) LDAP_AUTH_KRBV4 },
	{ NULL, 0 }
};

/* Find V (after an optional PREFIX) in TABLE by the start of the
 * word, as sendmail does; NULL when none. */
static const struct name_code *
name_lookup(const struct name_code *table, const char *prefix, const char *v)
{
	size_t plen = strlen(prefix);

	if (strncasecmp(v, prefix, plen) == 0)
		v += plen;
	for (; table->name != NULL; table++)
		if (strncasecmp(v, table->name, strlen(table->name)) == 0)
			return table;
	return NULL;
}

/* The word of V up to the first space, for messages. */
static char *
first_word(const char *v)
{
	return xstrndup(v, strcspn(v, " "));
}

/* Split -v into the attribute list; 0 when it is refused. */
static int
split_attrs(struct map *map, struct ldap_spec *ls)
{
	char *spec = dequote(ls->attrspec), *p = spec;
	int i = 0, recurse = 0, normal_seen = 0;

	ls->attr[i] = xstrdup("objectClass");
	ls->attr_type[i] = ATTR_OBJCLASS;
	i++;
	while (p != NULL) {
		char *v, *type, *oc;
		int j;

		while (isspace((unsigned char) *p))
			p++;
		if (*p == '\0')
			break;
		v = p;
		p = strchr(v, ',');
		if (p != NULL)
			*p++ = '\0';
		if (i >= LDAP_MAX_ATTR) {
			map_cf_error(map, "Too many return attributes in %s (max %d)",
				     map->name, LDAP_MAX_ATTR);
			return 0;
		}
		if (*v == '\0')
			continue;
		oc = NULL;
		type = strchr(v, ':');
		if (type != NULL) {
			*type++ = '\0';
			oc = strchr(type, ':');
			if (oc != NULL)
				*oc++ = '\0';
		}
		for (j = 1; j < i; j++) {
			if (strcasecmp(v, ls->attr[j]) == 0) {
				map_cf_error(map, "Duplicate attribute (%s) in %s",
					     v, map->name);
				return 0;
			}
		}
		ls->attr[i] = xstrdup(v);
		if (oc != NULL && *oc != '\0' && *oc != '*')
			ls->needoc[i] = xstrdup(oc);
		if (type == NULL || *type == '\0' || strcasecmp(type, "normal") == 0) {
			ls->attr_type[i] = ATTR_NORMAL;
			normal_seen = 1;
		} else if (strcasecmp(type, "dn") == 0) {
			ls->attr_type[i] = ATTR_DN;
			recurse = 1;
		} else if (strcasecmp(type, "filter") == 0) {
			ls->attr_type[i] = ATTR_FILTER;
			recurse = 1;
		} else if (strcasecmp(type, "url") == 0) {
			ls->attr_type[i] = ATTR_URL;
			recurse = 1;
		} else {
			map_cf_error(map, "Unknown attribute type (%s) in %s",
				     type, map->name);
			return 0;
		}
		i++;
	}
	if (recurse && !normal_seen) {
		map_cf_error(map, "LDAP recursion requested in %s but no returnable attribute given",
			     map->name);
		return 0;
	}
	if (recurse && ls->attrsonly) {
		map_cf_error(map, "LDAP recursion requested in %s can not be used with -n",
			     map->name);
		return 0;
	}
	return 1;
}

/* Read the password from the -P file (its first line).  A file that
 * opens but cannot be read (a folder) leaves no password, as in
 * sendmail. */
static int
read_secret(struct map *map, struct ldap_spec *ls)
{
	char *file = ls->secret, line[LDAP_MAX_PASSWD + 2];
	FILE *fp;

	fp = fopen(file, "r");
	if (fp == NULL) {
		map_cf_error(map, "LDAP map: cannot open secret %s: %s", file,
			     map_strerror(errno));
		return 0;
	}
	if (fgets(line, sizeof(line), fp) == NULL) {
		(void) fclose(fp);
		free(ls->secret);
		ls->secret = NULL;
		ls->secret_read = 1;
		return 1;
	}
	(void) fclose(fp);
	if (strlen(line) > LDAP_MAX_PASSWD) {
		map_cf_error(map, "LDAP map: secret in %s too long", file);
		return 0;
	}
	line[strcspn(line, "\n")] = '\0';
	free(ls->secret);
	ls->secret = xstrdup(line);
	ls->secret_read = 1;
	return 1;
}

/*
 * Read the K line arguments P into LS (and MAP's common flags), as
 * sendmail's ldapmap_parseargs() reads them; the LDAPDefaultSpec option
 * is read the same way.  Returns 0 when sendmail would refuse the map.
 */
static int
parse_spec(struct map *map, struct ldap_spec *ls, char *p)
{
	for (;;) {
		int letter;
		char *v, *word;
		const struct name_code *nc;

		while (isspace((unsigned char) *p))
			p++;
		if (*p != '-')
			break;
		letter = (unsigned char) *++p;
		if (letter != '\0')
			p++;
		switch (letter) {
		case 'A': map->flags |= MAPF_APPEND; break;
		case 'D': map->flags |= MAPF_DEFER; break;
		case 'f': map->flags |= MAPF_NOFOLDCASE; break;
		case 'm': map->flags |= MAPF_MATCHONLY; break;
		case 'N':
			map->flags |= MAPF_INCLNULL;
			map->flags &= ~MAPF_TRY0NULL;
			break;
		case 'O': map->flags &= ~MAPF_TRY1NULL; break;
		case 'o': map->flags |= MAPF_OPTIONAL; break;
		case 'q': map->flags |= MAPF_KEEPQUOTES; break;
		case 't': map->flags |= MAPF_NODEFER; break;
		case 'S': map->spacesub = (unsigned char) *p; break;
		case 'z': map->coldelim = delim_char(p); break;
		case 'V': ls->attrsep = delim_char(p); break;
		case 'n': ls->attrsonly = 1; break;
		case 'R': ls->referrals = 0; break;
		case '1': ls->singlematch = 1; break;
		case 'K': ls->multi_args = 1; break;
		case 'x': break;
		case 'a':
		case 'T':
			v = dequote(raw_value(&p));
			free(letter == 'a' ? map->app : map->tapp);
			*(letter == 'a' ? &map->app : &map->tapp) = v;
			continue;
		case 'b': case 'c': case 'd': case 'H': case 'h': case 'k':
		case 'l': case 'M': case 'P': case 'p': case 'r': case 's':
		case 'v': case 'w': case 'Z':
			while (isspace((unsigned char) *p))
				p++;
			v = raw_value(&p);
			switch (letter) {
			case 'b': free(ls->base); ls->base = dequote(v); v = NULL; break;
			case 'd': free(ls->binddn); ls->binddn = dequote(v); v = NULL; break;
			case 'k': free(ls->filter); ls->filter = dequote(v); v = NULL; break;
			case 'v': free(ls->attrspec); ls->attrspec = v; v = NULL; break;
			case 'P':
				free(ls->secret);
				ls->secret = dequote(v);
				ls->secret_read = 0;
				v = NULL;
				break;
			case 'H':
			case 'h':
				if ((letter == 'H' ? ls->host : ls->uri) != NULL) {
					map_cf_error(map, "Can not specify both an LDAP host and an LDAP URI in map %s",
						     map->name);
					free(v);
					return 0;
				}
				if (letter == 'H') {
					free(ls->uri);
					ls->uri = dequote(v);
				} else {
					free(ls->host);
					ls->host = dequote(v);
				}
				v = NULL;
				break;
			case 'p': ls->port = atoi(v); break;
			case 'c': ls->networktmo = atoi(v); break;
			case 'Z': ls->sizelimit = atoi(v); break;
			case 'l': ls->timelimit = atoi(v); break;
			case 'w':
				ls->version = atoi(v);
				if (ls->version > LDAP_VERSION_MAX) {
					map_cf_error(map, "LDAP version %d exceeds max of %d in map %s",
						     ls->version, LDAP_VERSION_MAX, map->name);
					free(v);
					return 0;
				}
				if (ls->version < LDAP_VERSION_MIN) {
					map_cf_error(map, "LDAP version %d is lower than min of %d in map %s",
						     ls->version, LDAP_VERSION_MIN, map->name);
					free(v);
					return 0;
				}
				break;
			case 'M':
			case 'r':
			case 's':
				nc = letter == 'M' ? name_lookup(methods, "LDAP_AUTH_", v)
					: letter == 'r' ? name_lookup(derefs, "LDAP_DEREF_", v)
					: name_lookup(scopes, "LDAP_SCOPE_", v);
				if (nc == NULL) {
					word = first_word(v);
					map_cf_error(map, letter == 'M'
						? "Method for binding must be [none|simple|krbv4] (not %s) in map %s"
						: letter == 'r'
						? "Deref must be [never|always|search|find] (not %s) in map %s"
						: "Scope must be [base|one|sub] (not %s) in map %s",
						word, map->name);
					free(word);
					free(v);
					return 0;
				}
				if (letter == 'M')
					ls->method = (ber_tag_t) nc->code;
				else if (letter == 'r')
					ls->deref = nc->code;
				else
					ls->scope = nc->code;
				break;
			}
			free(v);
			continue;
		default:
			map_cf_error(map, "Illegal option %c map %s", letter, map->name);
			break;
		}
		free(raw_value(&p));
	}
	/* a single match needs only two entries to be told apart */
	if (ls->singlematch)
		ls->sizelimit = 2;
	return 1;
}

/* The remaining checks of a K line: filter, attributes, secret. */
static int
finish_spec(struct map *map, struct ldap_spec *ls)
{
	if (ls->filter == NULL) {
		map_cf_error(map, "No filter given in map %s", map->name);
		return 0;
	}
	if (ls->attrspec != NULL && !split_attrs(map, ls))
		return 0;
	if (ls->secret != NULL && !ls->secret_read &&
	    ls->method == LDAP_AUTH_SIMPLE && !read_secret(map, ls))
		return 0;
	return 1;
}

/*
 * An AliasFile database "ldap:" with nothing after it: sendmail's own
 * schema, the aliases kept for this host ($j) or its cluster.
 */
static void
alias_default_spec(struct map *map, struct ldap_spec *ls)
{
	const char *j = map_macro(map, "j"), *lc = map_macro(map, "sendmailMTACluster");

	if (j == NULL || *j == '\0')
		j = "localhost";
	ls->filter = xasprintf("(&(objectClass=sendmailMTAAliasObject)"
			       "(sendmailMTAAliasGrouping=aliases)"
			       "(|(sendmailMTACluster=%s)(sendmailMTAHost=%s))"
			       "(sendmailMTAKey=%%0))", lc != NULL ? lc : "", j);
	ls->attrspec = xstrdup("sendmailMTAAliasValue,"
			       "sendmailMTAAliasSearch:FILTER:sendmailMTAMapObject,"
			       "sendmailMTAAliasURL:URL:sendmailMTAMapObject");
}

static int
ldapmap_parse(struct map *map, char *args)
{
	struct ldap_spec *ls = spec_new(map_ldap_defaults(map));

	map->data = ls;
	map->free_data = spec_free;
	map->flags |= MAPF_TRY0NULL | MAPF_TRY1NULL;
	map->spacesub = map_blank_sub(map);
	/* aliases list their values with commas, classes with spaces */
	if (map->flags & MAPF_ALIAS) {
		map->coldelim = ',';
		if (*args == '\0')
			alias_default_spec(map, ls);
	} else if (map->flags & MAPF_FILECLASS) {
		map->coldelim = ' ';
	}
	if (!parse_spec(map, ls, args) || !finish_spec(map, ls))
		return 0;
	/* with -K sendmail lower-cases the caller's key itself */
	if (ls->multi_args && !(map->flags & MAPF_NOFOLDCASE))
		map->flags |= MAPF_FOLDS_KEY;
	return 1;
}

void
ldap_defaults_set(struct map_registry *reg, void **slot, const char *spec)
{
	struct map tmp;
	struct ldap_spec *ls = spec_new(NULL);
	char *copy = xstrdup(spec != NULL ? spec : "");

	memset(&tmp, 0, sizeof(tmp));
	tmp.reg = reg;
	tmp.name = (char *) "O LDAPDefaultSpec";
	tmp.flags = MAPF_TRY0NULL | MAPF_TRY1NULL;
	tmp.spacesub = map_registry_blank_sub(reg);
	(void) parse_spec(&tmp, ls, copy);
	free(copy);
	/* -1 is a map flag in sendmail: refused here, though the size
	 * limit it implies stays (-z is not checked, nor kept) */
	if (tmp.flags != (MAPF_TRY0NULL | MAPF_TRY1NULL) || ls->singlematch ||
	    tmp.spacesub != map_registry_blank_sub(reg) ||
	    tmp.app != NULL || tmp.tapp != NULL)
		map_cf_error(&tmp, "readcf: option LDAPDefaultSpec: Do not set non-LDAP specific flags");
	ls->singlematch = 0;
	free(tmp.app);
	free(tmp.tapp);
	if (ls->filter != NULL) {
		map_cf_error(&tmp, "readcf: option LDAPDefaultSpec: Do not set the LDAP search filter");
		free(ls->filter);
		ls->filter = NULL;
	}
	if (ls->attrspec != NULL) {
		map_cf_error(&tmp, "readcf: option LDAPDefaultSpec: Do not set the requested LDAP attributes");
		free(ls->attrspec);
		ls->attrspec = NULL;
	}
	if (ls->secret != NULL && ls->method == LDAP_AUTH_SIMPLE)
		(void) read_secret(&tmp, ls);
	spec_free(*slot);
	*slot = ls;
}

void
ldap_defaults_free(void *defaults)
{
	spec_free(defaults);
}

/* ---------------------------------------------------------------- */
/* connections                                                       */

static void
set_options(LDAP *ld, const struct ldap_spec *ls)
{
	if (ls->version != 0)
		(void) libldap->set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &ls->version);
	(void) libldap->set_option(ld, LDAP_OPT_DEREF, &ls->deref);
	(void) libldap->set_option(ld, LDAP_OPT_REFERRALS,
			       ls->referrals ? BOOLEAN_ON : LDAP_OPT_OFF);
	(void) libldap->set_option(ld, LDAP_OPT_SIZELIMIT, &ls->sizelimit);
	(void) libldap->set_option(ld, LDAP_OPT_TIMELIMIT, &ls->timelimit);
	(void) libldap->set_option(ld, LDAP_OPT_RESTART, BOOLEAN_ON);
}

/* What tells two maps' connections apart (as in sendmail, not the
 * bind method: a map may use a connection bound another way). */
static char *
conn_id(const struct ldap_spec *ls)
{
	return xasprintf("%s\n%s\n%d\n%d\n%s\n%s",
			 ls->host ? ls->host : "", ls->uri ? ls->uri : "",
			 ls->port, ls->version, ls->binddn ? ls->binddn : "",
			 ls->secret ? ls->secret : "");
}

/* The name messages give the server. */
static const char *
server_name(const struct ldap_spec *ls)
{
	return ls->host != NULL ? ls->host : ls->uri != NULL ? ls->uri
		: "localhost";
}

/* Connect and bind; NULL with errno set as sendmail leaves it. */
static LDAP *
connect_bind(const struct ldap_spec *ls)
{
	LDAP *ld = NULL;
	LDAPMessage *res = NULL;
	struct timeval tmo;
	int msgid, r, err = LDAP_SUCCESS, save_errno;

	if (libldap == NULL) {
		const char *why = "";

		libldap = ldap_lib_load(&why);
		if (libldap == NULL) {
			fprintf(stderr, "cannot load libldap: %s\n", why);
			errno = ENOSYS;
			return NULL;
		}
	}
	if (ls->uri != NULL) {
		if (libldap->initialize(&ld, ls->uri) != LDAP_SUCCESS)
			ld = NULL;
	} else {
		ld = libldap->init(ls->host, ls->port);
	}
	if (ld == NULL)
		return NULL;
	set_options(ld, ls);
	tmo.tv_sec = ls->networktmo > 0 ? ls->networktmo : LDAP_NETWORK_TMO;
	tmo.tv_usec = 0;
	(void) libldap->set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &tmo);
	errno = 0;
	msgid = libldap->bind(ld, ls->binddn, ls->secret, ls->method);
	save_errno = errno;
	if (msgid == -1)
		goto fail;
	r = libldap->result(ld, msgid, LDAP_MSG_ALL, &tmo, &res);
	if (r == 0) {
		save_errno = ETIMEDOUT;
		goto fail;
	}
	if (r == -1)
		goto fail;
	if (libldap->parse_result(ld, res, &err, NULL, NULL, NULL, NULL, 1) !=
	    LDAP_SUCCESS || err != LDAP_SUCCESS)
		goto fail;
	return ld;
fail:
	(void) libldap->unbind_ext(ld, NULL, NULL);
	errno = save_errno;
	return NULL;
}

static void
conn_add_user(struct ldap_conn *c, struct map *map)
{
	c->users = xrealloc(c->users, (c->nusers + 1) * sizeof(*c->users));
	c->users[c->nusers++] = map;
}

static int ldapmap_open_guarded(struct map *map);

static int
ldapmap_open(struct map *map)
{
	int ok;

	pipe_ignore();
	ok = ldapmap_open_guarded(map);
	pipe_restore();
	return ok;
}

static int
ldapmap_open_guarded(struct map *map)
{
	struct ldap_spec *ls = map->data;
	char *id = conn_id(ls);
	struct ldap_conn *c;
	LDAP *ld;

	for (c = open_conns; c != NULL; c = c->next)
		if (strcmp(c->id, id) == 0)
			break;
	if (c != NULL) {
		free(id);
		conn_add_user(c, map);
		ls->conn = c;
		return 1;
	}
	ld = connect_bind(ls);
	if (ld == NULL) {
		int err = errno;

		free(id);
		if (!(map->flags & MAPF_OPTIONAL))
			map_syserr(map, err, "ldap_init/ldap_bind failed to %s in map %s",
				   server_name(ls), map->name);
		return 0;
	}
	c = xcalloc(1, sizeof(*c));
	c->ld = ld;
	c->id = id;
	c->next = open_conns;
	open_conns = c;
	conn_add_user(c, map);
	ls->conn = c;
	return 1;
}

/* Close MAP's connection: every map that shares it, MAP too, must
 * open again (at its next lookup). */
static void
conn_close(struct map *map)
{
	struct ldap_spec *ls = map->data;
	struct ldap_conn *c = ls->conn, **pp;
	size_t i;

	if (c == NULL)
		return;
	for (pp = &open_conns; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == c) {
			*pp = c->next;
			break;
		}
	}
	for (i = 0; i < c->nusers; i++) {
		((struct ldap_spec *) c->users[i]->data)->conn = NULL;
		map_mark_closed(c->users[i]);
	}
	(void) libldap->unbind_ext(c->ld, NULL, NULL);
	free(c->users);
	free(c->id);
	free(c);
}

static void ldapmap_close_guarded(struct map *map);

/* The class's close: when the registry goes, or the map is replaced. */
static void
ldapmap_close(struct map *map)
{
	pipe_ignore();
	ldapmap_close_guarded(map);
	pipe_restore();
}

static void
ldapmap_close_guarded(struct map *map)
{
	struct ldap_spec *ls = map->data;
	struct ldap_conn *c = ls->conn;
	size_t i;

	if (c == NULL)
		return;
	if (c->nusers > 1) {
		for (i = 0; i < c->nusers; i++)
			if (c->users[i] == map)
				c->users[i] = c->users[--c->nusers];
		ls->conn = NULL;
		return;
	}
	conn_close(map);
}

/* ---------------------------------------------------------------- */
/* searching                                                         */

/* An LDAP error as sendmail's messages show it. */
static const char *
ldap_text(int err)
{
	return libldap->err2string(err);
}

static int
ld_errno(LDAP *ld)
{
	int err = LDAP_SUCCESS;

	(void) libldap->get_option(ld, LDAP_OPT_RESULT_CODE, &err);
	return err;
}

/* Does a failure mean the server is gone (reopen next time)? */
static int
server_gone(int err)
{
	return err == LDAP_SERVER_DOWN || err == LDAP_TIMEOUT ||
		err == LDAP_UNAVAILABLE;
}

/* Fill the filter: %s the key, %0 the key escaped for LDAP, %1..%9
 * the arguments with -K; "%%" is one "%". */
static char *
fill_filter(const struct ldap_spec *ls, char *const *argv)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = ls->filter, *q;

	while ((q = strchr(p, '%')) != NULL) {
		const char *key;
		int digit = q[1] >= '0' && q[1] <= '9';

		if (ls->multi_args)
			key = q[1] == 's' ? argv[0]
				: digit ? (argv[q[1] - '0'] ? argv[q[1] - '0'] : "")
				: NULL;
		else
			key = argv[0];
		strbuf_add(&sb, p, (size_t) (q - p));
		if (q[1] == 's') {
			strbuf_addstr(&sb, key);
			p = q + 2;
		} else if (q[1] == '0' || (ls->multi_args && digit)) {
			for (; *key != '\0'; key++) {
				if (*key == '*')
					strbuf_addstr(&sb, "\\2A");
				else if (*key == '(')
					strbuf_addstr(&sb, "\\28");
				else if (*key == ')')
					strbuf_addstr(&sb, "\\29");
				else if (*key == '\\')
					strbuf_addstr(&sb, "\\5C");
				else
					strbuf_addch(&sb, *key);
			}
			p = q + 2;
		} else {
			strbuf_addch(&sb, '%');
			p = q + (q[1] == '%' ? 2 : 1);
		}
	}
	strbuf_addstr(&sb, p);
	if (sb.len > LDAP_MAX_FILTER) {
		sb.buf[LDAP_MAX_FILTER] = '\0';
		sb.len = LDAP_MAX_FILTER;
	}
	return strbuf_detach(&sb);
}

/* The list of places still to read (DNs, filters, URLs), kept sorted
 * as sendmail keeps it: that order is the order of the values. */
struct recurse_entry {
	char *search;
	enum attr_type type;
	int done;
	LDAPURLDesc *lud;
	char **attrs;
};

struct recurse_list {
	struct recurse_entry **e;
	int n, cap;
};

static struct recurse_entry *
recurse_add(struct recurse_list *rl, const char *item, enum attr_type type)
{
	int lo = 0, hi = rl->n - 1, at = rl->n > 0 ? -1 : 0;
	struct recurse_entry *ne;

	while (at == -1) {
		int mid = (lo + hi) / 2;
		int rc = strcasecmp(item, rl->e[mid]->search);

		if (rc == 0)
			rc = (int) type - (int) rl->e[mid]->type;
		if (rc < 0)
			hi = mid - 1;
		else if (rc > 0)
			lo = mid + 1;
		else
			return rl->e[mid];
		if (hi == -1)
			at = 0;
		else if (lo >= rl->n)
			at = rl->n;
		else if (hi < lo)
			at = hi + 1;
	}
	if (rl->n == rl->cap) {
		rl->cap = rl->cap ? 2 * rl->cap : 16;
		rl->e = xrealloc(rl->e, (size_t) rl->cap * sizeof(*rl->e));
	}
	memmove(&rl->e[at + 1], &rl->e[at], (size_t) (rl->n - at) * sizeof(*rl->e));
	ne = xcalloc(1, sizeof(*ne));
	ne->search = xstrdup(item);
	ne->type = type;
	rl->e[at] = ne;
	rl->n++;
	return ne;
}

static void
recurse_entry_release(struct recurse_entry *re)
{
	if (re->lud != NULL)
		libldap->free_urldesc(re->lud);
	re->lud = NULL;
	free(re->attrs);
	re->attrs = NULL;
}

static void
recurse_free(struct recurse_list *rl)
{
	int i;

	for (i = 0; i < rl->n; i++) {
		recurse_entry_release(rl->e[i]);
		free(rl->e[i]->search);
		free(rl->e[i]);
	}
	free(rl->e);
}

/* Is one of ENTRY's object classes in the space-separated list OC? */
static int
has_objectclass(LDAP *ld, LDAPMessage *entry, const char *oc)
{
	char **vals = libldap->get_values(ld, entry, "objectClass");
	int i, found = 0;

	if (vals == NULL)
		return 0;
	for (i = 0; vals[i] != NULL && !found; i++) {
		const char *p = oc, *q = oc;

		while (*p != '\0' && !found) {
			while (*p != '\0' && *p != ' ')
				p++;
			if ((size_t) (p - q) == strlen(vals[i]) &&
			    strncasecmp(vals[i], q, strlen(vals[i])) == 0)
				found = 1;
			while (*p == ' ')
				p++;
			q = p;
		}
	}
	libldap->value_free(vals);
	return found;
}

/* flags of a results pass */
enum {
	RF_SINGLEMATCH = 1,
	RF_MATCHONLY = 2,
	RF_ALLATTR = 4		/* a URL search: any attribute is a value */
};

/* The state of one lookup. */
struct search {
	struct ldap_spec *ls;
	LDAP *ld;
	int delim;
	struct strbuf result;
	int have_result;
	struct recurse_list rl;
	int err;		/* what errno sendmail would show ... */
	int lerr;		/* ... or, when LERR_SET, this LDAP error */
	int lerr_set;
};

static void
set_lerr(struct search *s, int err)
{
	s->lerr = err;
	s->lerr_set = 1;
}

/* Append a value (or attribute name) to the result. */
static void
add_value(struct search *s, const char *attr, const char *val)
{
	if (s->have_result && s->result.len > 0)
		strbuf_addch(&s->result, s->delim);
	if (s->ls->attrsep != '\0' && val != NULL) {
		strbuf_addstr(&s->result, attr);
		strbuf_addch(&s->result, s->ls->attrsep);
	}
	strbuf_addstr(&s->result, val != NULL ? val : attr);
	s->have_result = 1;
}

/* Give up on search MSGID after an error. */
static void
abandon(struct search *s, int msgid, LDAPMessage **res)
{
	if (*res != NULL)
		libldap->msgfree(*res);
	*res = NULL;
	(void) libldap->abandon_ext(s->ld, msgid, NULL, NULL);
}

/* Status of a search whose results end with ERR (0: timed out). */
static int
search_failed(struct search *s, int err, int timed_out)
{
	if (timed_out) {
		s->err = ETIMEDOUT;
		return MAP_EX_TEMPFAIL + 1000;	/* restart */
	}
	set_lerr(s, err);
	return server_gone(err) ? MAP_EX_TEMPFAIL + 1000 : MAP_EX_TEMPFAIL;
}

static int results(struct search *s, int msgid, int flags, int toplevel);

/* Read the places recursion added, until none is left. */
static int
follow(struct search *s, int flags)
{
	int i;

	for (i = 0; i < s->rl.n; i++) {
		struct recurse_entry *re = s->rl.e[i];
		int newflags = flags, sid, status;
		char **attrs = s->ls->attr[0] != NULL ? s->ls->attr : NULL;

		if (re->done)
			continue;
		if (re->type == ATTR_DN) {
			sid = libldap->search(s->ld, re->search, s->ls->scope,
					  "(objectClass=*)", attrs, s->ls->attrsonly);
		} else if (re->type == ATTR_FILTER) {
			sid = libldap->search(s->ld, s->ls->base, s->ls->scope,
					  re->search, attrs, s->ls->attrsonly);
		} else {
			int rc = libldap->url_parse(re->search, &re->lud);

			if (rc != 0) {
				/* sendmail passes the URL error on as an LDAP
				 * error beyond the known ones */
				re->lud = NULL;
				set_lerr(s, LDAP_URL_ERROR_BASE + rc);
				return MAP_EX_TEMPFAIL;
			}
			if (re->lud->lud_attrs != NULL) {
				int n = 0, has_oc = 0;

				for (; re->lud->lud_attrs[n] != NULL; n++)
					if (strcasecmp(re->lud->lud_attrs[n], "objectClass") == 0)
						has_oc = 1;
				if (!has_oc) {
					int k;

					re->attrs = xcalloc((size_t) n + 2, sizeof(*re->attrs));
					for (k = 0; k < n; k++)
						re->attrs[k] = re->lud->lud_attrs[k];
					re->attrs[n] = (char *) "objectClass";
				}
			}
			sid = libldap->search(s->ld, re->lud->lud_dn, re->lud->lud_scope,
					  re->lud->lud_filter,
					  re->attrs != NULL ? re->attrs
					  : re->lud->lud_attrs,
					  s->ls->attrsonly);
			newflags |= RF_ALLATTR;
		}
		if (sid == -1)
			return search_failed(s, ld_errno(s->ld), 0);
		status = results(s, sid, newflags, 0);
		if (status != MAP_EX_OK && status != MAP_EX_NOTFOUND)
			return status;
		re->done = 1;
		recurse_entry_release(re);
		i = -1;		/* new places may have come first */
	}
	return MAP_EX_OK;
}

/* Collect the entries of search MSGID (sendmail's sm_ldap_results).
 * Returns a sendmail status, or MAP_EX_TEMPFAIL + 1000 when the
 * connection must be opened again. */
static int
results(struct search *s, int msgid, int flags, int toplevel)
{
	struct ldap_spec *ls = s->ls;
	LDAPMessage *res = NULL, *entry;
	struct timeval tmo, *tp = NULL;
	int ret, status = MAP_EX_NOTFOUND, err;

	if (ls->timelimit > 0) {
		tmo.tv_sec = ls->timelimit;
		tmo.tv_usec = 0;
		tp = &tmo;
	}
	while ((ret = libldap->result(s->ld, msgid, LDAP_MSG_ONE, tp, &res)) ==
	       LDAP_RES_SEARCH_ENTRY) {
		if (s->delim == '\0' && !(flags & RF_SINGLEMATCH) && s->have_result)
			break;
		for (entry = libldap->first_entry(s->ld, res); entry != NULL;
		     entry = libldap->next_entry(s->ld, entry)) {
			struct recurse_entry *self;
			BerElement *ber = NULL;
			char *attr, *dn;

			if (flags & RF_MATCHONLY) {
				status = MAP_EX_OK;
				continue;
			}
			dn = libldap->get_dn(s->ld, entry);
			if (dn == NULL) {
				abandon(s, msgid, &res);
				set_lerr(s, ld_errno(s->ld));
				return MAP_EX_TEMPFAIL;
			}
			self = recurse_add(&s->rl, dn, ATTR_DN);
			libldap->memfree(dn);
			if (self->done)
				continue;
			for (attr = libldap->first_attribute(s->ld, entry, &ber);
			     attr != NULL;
			     attr = libldap->next_attribute(s->ld, entry, ber)) {
				enum attr_type type = ATTR_NONE;
				const char *needoc = NULL;
				char **vals = NULL;
				int i, stop = 0;

				for (i = 0; ls->attr[i] != NULL; i++) {
					if (strcasecmp(ls->attr[i], attr) == 0) {
						type = ls->attr_type[i];
						needoc = ls->needoc[i];
						break;
					}
				}
				if ((flags & RF_ALLATTR) && type == ATTR_NONE)
					type = ATTR_NORMAL, needoc = NULL;
				if (type == ATTR_NONE) {
					libldap->memfree(attr);
					libldap->ber_free(ber, 0);
					abandon(s, msgid, &res);
					s->err = EFAULT;
					return MAP_EX_SOFTWARE;
				}
				if (type == ATTR_OBJCLASS ||
				    (needoc != NULL &&
				     !has_objectclass(s->ld, entry, needoc))) {
					libldap->memfree(attr);
					continue;
				}
				if (!ls->attrsonly) {
					vals = libldap->get_values(s->ld, entry, attr);
					if (vals == NULL) {
						err = ld_errno(s->ld);
						libldap->memfree(attr);
						if (err == LDAP_SUCCESS)
							continue;
						libldap->ber_free(ber, 0);
						abandon(s, msgid, &res);
						set_lerr(s, err);
						return MAP_EX_TEMPFAIL;
					}
				}
				status = MAP_EX_OK;
				if (s->delim == '\0') {
					/* one value: the first one found */
					if (s->have_result) {
						if (flags & RF_SINGLEMATCH) {
							libldap->value_free(vals);
							libldap->memfree(attr);
							libldap->ber_free(ber, 0);
							abandon(s, msgid, &res);
							s->err = ENOENT;
							return MAP_EX_NOTFOUND;
						}
						stop = 1;
					} else if (ls->attrsonly) {
						add_value(s, attr, NULL);
						stop = 1;
					} else if (vals[0] != NULL) {
						add_value(s, attr, vals[0]);
						stop = 1;
					}
				} else if (ls->attrsonly) {
					if (s->have_result && (flags & RF_SINGLEMATCH)) {
						libldap->memfree(attr);
						libldap->ber_free(ber, 0);
						abandon(s, msgid, &res);
						s->err = ENOENT;
						return MAP_EX_NOTFOUND;
					}
					add_value(s, attr, NULL);
				} else {
					if (type == ATTR_NORMAL && (flags & RF_SINGLEMATCH) &&
					    s->have_result) {
						libldap->value_free(vals);
						libldap->memfree(attr);
						libldap->ber_free(ber, 0);
						abandon(s, msgid, &res);
						s->err = ENOENT;
						return MAP_EX_NOTFOUND;
					}
					for (i = 0; vals[i] != NULL; i++) {
						if (type == ATTR_DN || type == ATTR_FILTER ||
						    type == ATTR_URL)
							(void) recurse_add(&s->rl, vals[i], type);
						else if (type == ATTR_NORMAL)
							add_value(s, attr, vals[i]);
					}
				}
				if (vals != NULL)
					libldap->value_free(vals);
				libldap->memfree(attr);
				if (stop)
					break;
			}
			libldap->ber_free(ber, 0);
			err = ld_errno(s->ld);
			if (err != LDAP_SUCCESS && err != LDAP_DECODING_ERROR) {
				abandon(s, msgid, &res);
				set_lerr(s, err);
				return MAP_EX_TEMPFAIL;
			}
			self->done = 1;
			recurse_entry_release(self);
			if (s->delim == '\0' && !(flags & RF_SINGLEMATCH) &&
			    s->have_result)
				break;
		}
		err = ld_errno(s->ld);
		if (err != LDAP_SUCCESS && err != LDAP_DECODING_ERROR) {
			abandon(s, msgid, &res);
			set_lerr(s, err);
			return MAP_EX_TEMPFAIL;
		}
		libldap->msgfree(res);
		res = NULL;
	}
	if (ret == 0) {
		abandon(s, msgid, &res);
		return search_failed(s, 0, 1);
	}
	if (ret == LDAP_RES_SEARCH_RESULT) {
		int rc = LDAP_SUCCESS;

		if (res == NULL)
			err = LDAP_UNAVAILABLE;
		else if ((err = libldap->parse_result(s->ld, res, &rc, NULL, NULL,
						  NULL, NULL, 0)) == LDAP_SUCCESS)
			err = rc;
	} else if (ret == LDAP_RES_SEARCH_ENTRY) {
		/* left early with the one value wanted */
		err = LDAP_SUCCESS;
		(void) libldap->abandon_ext(s->ld, msgid, NULL, NULL);
	} else {
		err = ld_errno(s->ld);
	}
	if (err != LDAP_SUCCESS) {
		abandon(s, msgid, &res);
		return search_failed(s, err, 0);
	}
	if (res != NULL)
		libldap->msgfree(res);
	if (toplevel) {
		int st = follow(s, flags);

		if (st != MAP_EX_OK)
			return st;
	}
	return status;
}

static char *ldapmap_lookup_guarded(struct map *map, const char *name,
				    const char *const *av, int *statp);

static char *
ldapmap_lookup(struct map *map, const char *name, const char *const *av,
	       int *statp)
{
	char *result;

	pipe_ignore();
	result = ldapmap_lookup_guarded(map, name, av, statp);
	pipe_restore();
	return result;
}

static char *
ldapmap_lookup_guarded(struct map *map, const char *name, const char *const *av,
		       int *statp)
{
	struct ldap_spec *ls = map->data;
	struct search s;
	char *argv[11], *filter, *result = NULL;
	const char *lav[11];
	int msgid, flags = 0, i, status, restart;

	if (ls->conn == NULL) {
		/* closed after a failure and not opened again */
		*statp = MAP_EX_TEMPFAIL;
		return NULL;
	}
	memset(&s, 0, sizeof(s));
	s.ls = ls;
	s.ld = ls->conn->ld;
	s.delim = map->coldelim;
	s.result = (struct strbuf) STRBUF_INIT;
	set_options(s.ld, ls);

	/* the key (and with -K the arguments) as the filter gets them;
	 * sendmail lower-cases the arguments in place after copying them,
	 * so only what follows (the %1.. of the result, and the key itself,
	 * which is the first argument, in -m and messages) sees them
	 * lower-cased */
	memset(argv, 0, sizeof(argv));
	memset(lav, 0, sizeof(lav));
	if (ls->multi_args) {
		for (i = 0; i < 10 && av[i] != NULL; i++) {
			argv[i] = xstrdup(av[i]);
			lav[i] = av[i];
			if (!(map->flags & MAPF_NOFOLDCASE)) {
				char *low = xstrdup(av[i]);

				map_lower(low);
				lav[i] = low;
			}
		}
		if (lav[0] != NULL && lav[0] != name)
			name = lav[0];
	} else {
		argv[0] = xstrdup(name);
		if (!(map->flags & MAPF_NOFOLDCASE))
			map_lower(argv[0]);
	}
	filter = fill_filter(ls, argv);
	msgid = libldap->search(s.ld, ls->base, ls->scope, filter,
			    ls->attr[0] != NULL ? ls->attr : NULL, ls->attrsonly);
	free(filter);
	if (msgid == -1) {
		int err = ld_errno(s.ld);

		if (!(map->flags & MAPF_OPTIONAL))
			map_syserr(map, 0, "Error in ldap_search in map %s: %s",
				   map->name, ldap_text(err));
		*statp = MAP_EX_TEMPFAIL;
		if (server_gone(err))
			conn_close(map);
		goto out;
	}
	if (map->flags & MAPF_MATCHONLY)
		flags |= RF_MATCHONLY;
	if (ls->singlematch)
		flags |= RF_SINGLEMATCH;
	status = results(&s, msgid, flags, 1);
	restart = status == MAP_EX_TEMPFAIL + 1000;
	if (restart) {
		status = MAP_EX_TEMPFAIL;
		conn_close(map);
	}
	*statp = status;
	if (status != MAP_EX_OK && status != MAP_EX_NOTFOUND) {
		if (!(map->flags & MAPF_OPTIONAL)) {
			const char *why = s.lerr_set ? ldap_text(s.lerr)
				: map_strerror(s.err);

			map_syserr(map, 0, "Error getting LDAP results, map=%s, name=%s: %s",
				   map->name, name, why);
		}
		goto out;
	}
	if (!s.have_result && !(map->flags & MAPF_MATCHONLY))
		goto out;
	if (status == MAP_EX_OK)
		result = map_answer(map, name, s.result.buf, s.result.len,
				    ls->multi_args ? lav : av);
out:
	for (i = 0; i < 10; i++) {
		free(argv[i]);
		if (ls->multi_args && !(map->flags & MAPF_NOFOLDCASE))
			free((char *) lav[i]);
	}
	strbuf_free(&s.result);
	recurse_free(&s.rl);
	return result;
}

const struct map_class map_class_ldap = {
	"ldap", MAPC_OPTFILE, ldapmap_parse, ldapmap_open, ldapmap_close, ldapmap_lookup
};
