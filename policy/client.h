/*
 * client.h - the client's address and names as sendmail sets them at
 * connection time (policy/client.c).
 */
#ifndef SMCF_POLICY_CLIENT_H
#define SMCF_POLICY_CLIENT_H

struct client_id {
	int family;		/* AF_INET or AF_INET6 */
	char addr[128];		/* {client_addr}: "1.2.3.4", "IPv6:0:0:0:0:0:0:0:1" */
	char bracketed[132];	/* "[addr]" */
	char real_name[256];	/* the name found backwards, or "[addr]" */
	char name[256];		/* {client_name} */
	char ptr[256];		/* {client_ptr} */
	char resolve[8];	/* {client_resolve}: OK FAIL FORGED TEMP */
	int forged;		/* the name does not lead back */
};

/*
 * Fill ID for a client at ADDRESS; NAME (may be NULL) is the name the
 * caller says it has, else it is looked up.  COMPRESSED: IPv6 addresses
 * in short form (UseCompressedIPv6Addresses).  -1 when ADDRESS is not
 * an IPv4 or IPv6 address.
 */
int policy_client_identify(const char *address, const char *name, int compressed,
			   struct client_id *id);

#endif
