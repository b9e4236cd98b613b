/*
 * hostid.c - this host's names and addresses, found the way sendmail
 * finds them at start-up (see hostid.h).
 */
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
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

char **
hostid_interface_words(size_t *count)
{
	struct ifaddrs *list = NULL, *ifa;
	char **words = NULL;

	*count = 0;
	if (getifaddrs(&list) < 0)
		return NULL;
	for (ifa = list; ifa != NULL; ifa = ifa->ifa_next) {
		char addr[INET6_ADDRSTRLEN], word[INET6_ADDRSTRLEN + 8];

		if (ifa->ifa_addr == NULL || !(ifa->ifa_flags & IFF_UP))
			continue;
		if (ifa->ifa_addr->sa_family == AF_INET) {
			const struct sockaddr_in *sin = (const void *) ifa->ifa_addr;

			if (inet_ntop(AF_INET, &sin->sin_addr, addr, sizeof(addr)) == NULL)
				continue;
			snprintf(word, sizeof(word), "[%s]", addr);
		} else if (ifa->ifa_addr->sa_family == AF_INET6) {
			const struct sockaddr_in6 *sin6 = (const void *) ifa->ifa_addr;

			/* sendmail leaves out link-local addresses */
			if (IN6_IS_ADDR_LINKLOCAL(&sin6->sin6_addr) ||
			    IN6_IS_ADDR_UNSPECIFIED(&sin6->sin6_addr))
				continue;
			if (inet_ntop(AF_INET6, &sin6->sin6_addr, addr, sizeof(addr)) == NULL)
				continue;
			snprintf(word, sizeof(word), "[IPv6:%s]", addr);
		} else
			continue;
		add_word(&words, count, word);
	}
	freeifaddrs(list);
	return words;
}

void
hostid_free_words(char **words, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		free(words[i]);
	free(words);
}

/* The names the hosts file gives for the line that lists NAME. */
static void
add_host_aliases(struct hostid *id, const char *name)
{
	FILE *fp = fopen("/etc/hosts", "r");
	char line[2048];

	if (fp == NULL)
		return;
	while (fgets(line, sizeof(line), fp) != NULL) {
		char *save = NULL, *w, *words[64];
		int n = 0, i, match = 0;

		line[strcspn(line, "#\n")] = '\0';
		for (w = strtok_r(line, " \t", &save); w != NULL && n < 64;
		     w = strtok_r(NULL, " \t", &save))
			words[n++] = w;
		for (i = 1; i < n; i++)
			if (strcasecmp(words[i], name) == 0)
				match = 1;
		if (!match)
			continue;
		for (i = 1; i < n; i++)
			add_word(&id->class_w, &id->class_w_count, words[i]);
		break;
	}
	(void) fclose(fp);
}

int
hostid_probe(struct hostid *id, int probe_interfaces)
{
	struct utsname un;
	char name[256];
	char *canon = NULL, *dot;
	int status, ret = 0;

	memset(id, 0, sizeof(*id));
	if (uname(&un) == 0)
		id->node_name = xstrdup(un.nodename);
	else
		id->node_name = xstrdup("localhost");
	if (gethostname(name, sizeof(name)) < 0) {
		snprintf(name, sizeof(name), "localhost");
		ret = -1;
	}
	name[sizeof(name) - 1] = '\0';

	/* $m is not known yet: a dotless answer does not count */
	if (resolve_canon(name, 0, NULL, &canon, &status))
		id->canon_name = canon;
	else
		id->canon_name = xstrdup(name);
	add_word(&id->class_w, &id->class_w_count, id->canon_name);
	add_host_aliases(id, id->canon_name);

	dot = strchr(id->canon_name, '.');
	id->short_name = dot ? xstrndup(id->canon_name,
					(size_t) (dot - id->canon_name))
		: xstrdup(id->canon_name);
	if (dot != NULL && dot[1] != '\0')
		id->domain = xstrdup(dot + 1);
	else
		id->warning = xasprintf("My unqualified host name (%s) unknown; sleeping for retry",
					id->canon_name);
	add_word(&id->class_w, &id->class_w_count, id->short_name);

	if (probe_interfaces) {
		size_t n, i;
		char **words = hostid_interface_words(&n);

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
	for (i = 0; i < id->class_w_count; i++)
		free(id->class_w[i]);
	free(id->class_w);
	memset(id, 0, sizeof(*id));
}
