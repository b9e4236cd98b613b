/*
 * hostid.c - this host's names and addresses, found the way sendmail
 * finds them at start-up (see hostid.h).
 */
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "xalloc.h"
#include "engine/hostid.h"
#include "engine/resolve.h"

static void
add_word(char ***words, size_t *count, const char *w)
{
	size_t i;

	for (i = 0; i < *count; i++)
		if (strcasecmp((*words)[i], w) == 0)
			return;
	*words = xrealloc(*words, (*count + 1) * sizeof(**words));
	(*words)[(*count)++] = xstrdup(w);
}

/*
 * Add the names the system gives for address SA (and their aliases),
 * as sendmail does for each interface.
 */
static void
add_address_names(char ***words, size_t *count, const struct sockaddr_in *sin)
{
	struct hostent *hp = gethostbyaddr(&sin->sin_addr, sizeof(sin->sin_addr),
					   AF_INET);
	char **alias;

	if (hp == NULL || hp->h_name == NULL)
		return;
	add_word(words, count, hp->h_name);
	for (alias = hp->h_aliases; alias != NULL && *alias != NULL; alias++)
		add_word(words, count, *alias);
}

/*
 * Interface addresses in the order the kernel lists them.  sendmail on
 * Linux asks with SIOCGIFCONF, which reports IPv4 addresses only.
 */
static char **
interface_words(size_t *count, int with_names)
{
	struct ifaddrs *list = NULL, *ifa;
	char **words = NULL;

	*count = 0;
	if (getifaddrs(&list) < 0)
		return NULL;
	for (ifa = list; ifa != NULL; ifa = ifa->ifa_next) {
		const struct sockaddr_in *sin;
		char addr[INET_ADDRSTRLEN], word[INET_ADDRSTRLEN + 2];

		if (ifa->ifa_addr == NULL || !(ifa->ifa_flags & IFF_UP) ||
		    ifa->ifa_addr->sa_family != AF_INET)
			continue;
		sin = (const void *) ifa->ifa_addr;
		if (sin->sin_addr.s_addr == htonl(INADDR_ANY) ||
		    sin->sin_addr.s_addr == htonl(INADDR_NONE))
			continue;
		if (inet_ntop(AF_INET, &sin->sin_addr, addr, sizeof(addr)) == NULL)
			continue;
		snprintf(word, sizeof(word), "[%s]", addr);
		add_word(&words, count, word);
		if (with_names == HOSTID_PROBE_ALL ||
		    (with_names == HOSTID_PROBE_SKIP_LOOPBACK &&
		     !(ifa->ifa_flags & IFF_LOOPBACK)))
			add_address_names(&words, count, sin);
	}
	freeifaddrs(list);
	return words;
}

char **
hostid_interface_words(size_t *count)
{
	return interface_words(count, HOSTID_PROBE_NONE);
}

char **
hostid_probe_words(size_t *count, int probe)
{
	if (probe == HOSTID_PROBE_NONE) {
		*count = 0;
		return NULL;
	}
	return interface_words(count, probe);
}

void
hostid_free_words(char **words, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		free(words[i]);
	free(words);
}

int
hostid_probe(struct hostid *id, int probe_interfaces)
{
	struct utsname un;
	struct hostent *hp;
	char name[256];
	char *dot;
	int ret = 0;
	size_t i;

	memset(id, 0, sizeof(*id));
	if (gethostname(name, sizeof(name)) < 0) {
		snprintf(name, sizeof(name), "localhost");
		ret = -1;
	}
	name[sizeof(name) - 1] = '\0';

	/* the system's answer (not the service switch) comes first */
	hp = gethostbyname(name);
	if (hp != NULL && (strchr(hp->h_name, '.') != NULL ||
			   strchr(name, '.') == NULL))
		snprintf(name, sizeof(name), "%s", hp->h_name);
	if (hp != NULL && strchr(name, '.') == NULL) {
		char **alias;

		for (alias = hp->h_aliases; *alias != NULL; alias++)
			if (strchr(*alias, '.') != NULL) {
				snprintf(name, sizeof(name), "%s", *alias);
				break;
			}
	}
	id->canon_name = xstrdup(name);
	if (strchr(name, '.') == NULL) {
		char *canon = NULL;
		int status;

		if (resolve_canon(name, 1, NULL, &canon, &status)) {
			free(id->canon_name);
			id->canon_name = canon;
		} else {
			/* sendmail sleeps a minute and tries once more */
			id->warning = xasprintf("My unqualified host name (%s) unknown; sleeping for retry\n"
						"WARNING: unable to qualify my own domain name (%s) -- using short name",
						name, name);
		}
	}
	add_word(&id->class_w, &id->class_w_count, id->canon_name);
	dot = strchr(id->canon_name, '.');
	if (dot != NULL && dot[1] != '\0')
		id->domain = xstrdup(dot + 1);
	id->short_name = dot ? xstrndup(id->canon_name,
					(size_t) (dot - id->canon_name))
		: xstrdup(id->canon_name);

	id->node_name = xstrdup(uname(&un) == 0 ? un.nodename : id->canon_name);
	add_word(&id->class_w, &id->class_w_count, id->node_name);

	/* the host's aliases and addresses */
	hp = gethostbyname(id->canon_name);
	if (hp != NULL) {
		for (i = 0; hp->h_aliases[i] != NULL; i++)
			add_word(&id->class_w, &id->class_w_count, hp->h_aliases[i]);
		for (i = 0; hp->h_addrtype == AF_INET && hp->h_addr_list[i] != NULL; i++) {
			char addr[INET_ADDRSTRLEN], word[INET_ADDRSTRLEN + 2];

			if (inet_ntop(AF_INET, hp->h_addr_list[i], addr, sizeof(addr)) == NULL)
				continue;
			snprintf(word, sizeof(word), "[%s]", addr);
			add_word(&id->class_w, &id->class_w_count, word);
		}
	}

	if (probe_interfaces != HOSTID_PROBE_NONE) {
		size_t n;
		char **words = hostid_probe_words(&n, probe_interfaces);

		for (i = 0; i < n; i++)
			add_word(&id->class_w, &id->class_w_count, words[i]);
		hostid_free_words(words, n);
	}
	return ret;
}

void
hostid_free(struct hostid *id)
{
	size_t i;

	free(id->short_name);
	free(id->canon_name);
	free(id->domain);
	free(id->node_name);
	free(id->warning);
	for (i = 0; i < id->class_w_count; i++)
		free(id->class_w[i]);
	free(id->class_w);
	memset(id, 0, sizeof(*id));
}
