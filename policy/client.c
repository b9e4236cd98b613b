/*
 * client.c - who the client is, found the way sendmail finds it when a
 * connection comes in.
 *
 * The address is looked up backwards through the C library (the host
 * files, then DNS, as /etc/nsswitch.conf says: sendmail asks the same
 * library), and the name found is looked up forwards: a name that does
 * not lead back to the address is "FORGED" and {client_name} becomes
 * the bracketed address, as it does when there is no name at all
 * ("FAIL") or the name server could not answer ("TEMP").
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "policy/client.h"

/* sendmail prints IPv6 addresses in full unless told to compress them */
static void ipv6_text(const unsigned char *a, int compressed, char *buf, size_t size)
{
	char tmp[INET6_ADDRSTRLEN];

	if (compressed && inet_ntop(AF_INET6, a, tmp, sizeof tmp) != NULL) {
		snprintf(buf, size, "IPv6:%s", tmp);
		return;
	}
	snprintf(buf, size, "IPv6:%x:%x:%x:%x:%x:%x:%x:%x",
		 a[0] << 8 | a[1], a[2] << 8 | a[3], a[4] << 8 | a[5], a[6] << 8 | a[7],
		 a[8] << 8 | a[9], a[10] << 8 | a[11], a[12] << 8 | a[13], a[14] << 8 | a[15]);
}

/* Does NAME lead back to the address BYTES of FAMILY?  -1: try again. */
static int leads_back(const char *name, int family, const void *bytes, size_t len)
{
	struct hostent *hp = gethostbyname2(name, family);

	if (hp == NULL)
		return h_errno == TRY_AGAIN ? -1 : 0;
	for (char **a = hp->h_addr_list; *a != NULL; a++)
		if ((size_t)hp->h_length == len && memcmp(*a, bytes, len) == 0)
			return 1;
	return 0;
}

int policy_client_identify(const char *address, const char *name, int compressed,
			   struct client_id *id)
{
	unsigned char bytes[16];
	size_t len;
	struct hostent *hp;

	memset(id, 0, sizeof *id);
	if (strncasecmp(address, "IPv6:", 5) == 0)
		address += 5;
	if (inet_pton(AF_INET, address, bytes) == 1) {
		id->family = AF_INET;
		len = 4;
		snprintf(id->addr, sizeof id->addr, "%s", address);
	} else if (inet_pton(AF_INET6, address, bytes) == 1) {
		id->family = AF_INET6;
		len = 16;
		ipv6_text(bytes, compressed, id->addr, sizeof id->addr);
	} else
		return -1;
	snprintf(id->bracketed, sizeof id->bracketed, "[%s]", id->addr);
	if (name != NULL) {
		/* the name given on the command line is taken as checked */
		snprintf(id->real_name, sizeof id->real_name, "%s", name);
		snprintf(id->name, sizeof id->name, "%s", name);
		snprintf(id->resolve, sizeof id->resolve, "OK");
		snprintf(id->ptr, sizeof id->ptr, "%s", name);
		return 0;
	}
	hp = gethostbyaddr(bytes, (socklen_t)len, id->family);
	if (hp == NULL || hp->h_name == NULL || hp->h_name[0] == '\0') {
		snprintf(id->resolve, sizeof id->resolve, "%s",
			 hp == NULL && h_errno == TRY_AGAIN ? "TEMP" : "FAIL");
		snprintf(id->real_name, sizeof id->real_name, "%s", id->bracketed);
		snprintf(id->name, sizeof id->name, "%s", id->bracketed);
		return 0;
	}
	snprintf(id->real_name, sizeof id->real_name, "%s", hp->h_name);
	snprintf(id->ptr, sizeof id->ptr, "%s", hp->h_name);
	switch (leads_back(id->real_name, id->family, bytes, len)) {
	case 1:
		snprintf(id->resolve, sizeof id->resolve, "OK");
		snprintf(id->name, sizeof id->name, "%s", id->real_name);
		break;
	case -1:
		snprintf(id->resolve, sizeof id->resolve, "TEMP");
		snprintf(id->name, sizeof id->name, "%s", id->bracketed);
		break;
	default:
		snprintf(id->resolve, sizeof id->resolve, "FORGED");
		snprintf(id->name, sizeof id->name, "%s", id->bracketed);
		id->forged = 1;
		break;
	}
	return 0;
}
