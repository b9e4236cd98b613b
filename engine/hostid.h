/*
 * hostid.h - who this host is, as sendmail works it out at start-up.
 *
 * Before reading the cf, sendmail asks the system for its host name,
 * canonifies it through the resolver (hosts file, DNS, as the service
 * switch says), and from the answer defines $w (short name), $j
 * (canonical name), $m (domain part of $j), $k (uname node name) and
 * fills class w with the host name, its aliases and, unless the
 * DontProbeInterfaces option is set, the addresses of the network
 * interfaces ([a.b.c.d] and [IPv6:...]).  When the name has no dot in
 * it sendmail prints a warning; that text is kept here as well so the
 * caller can print it where sendmail does.
 */
#ifndef SMCF_HOSTID_H
#define SMCF_HOSTID_H

#include <stddef.h>

struct hostid {
	char   *short_name;	/* $w: first label of the host name */
	char   *canon_name;	/* $j: canonical (qualified) host name */
	char   *domain;		/* $m: part of $j after the first dot, or NULL */
	char   *node_name;	/* $k: uname(2) node name */
	char  **class_w;	/* words for class w, in the order sendmail adds them */
	size_t  class_w_count;
	char   *warning;	/* "host name not qualified" style text, or NULL */
};

/*
 * Fill ID for this host.  PROBE_INTERFACES is 0 when the cf sets
 * DontProbeInterfaces (then no interface addresses go to class w).
 * Returns 0 on success, -1 when even the host name could not be found
 * (ID is still usable: names fall back to "localhost").
 */
int hostid_probe(struct hostid *id, int probe_interfaces);

/*
 * Only the interface addresses, as "[a.b.c.d]" / "[IPv6:...]" words, in
 * the order sendmail adds them (used when DontProbeInterfaces is decided
 * after the first probe).  *COUNT receives the number of words; free the
 * result with hostid_free_words().
 */
char **hostid_interface_words(size_t *count);
void hostid_free_words(char **words, size_t count);

void hostid_free(struct hostid *id);

#endif
