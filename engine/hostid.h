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
	char   *warning;	/* sendmail's two lines (joined by a newline)
				 * when the host name cannot be qualified, or
				 * NULL; sendmail prints them at start-up */
};

/* What the DontProbeInterfaces option asks for. */
enum {
	HOSTID_PROBE_NONE = 0,		/* DontProbeInterfaces=true */
	HOSTID_PROBE_ALL = 1,		/* the default */
	HOSTID_PROBE_SKIP_LOOPBACK = 2	/* DontProbeInterfaces=loopback */
};

/*
 * Fill ID for this host.  PROBE_INTERFACES is one of the values above:
 * with probing, every IPv4 interface address goes to class w as
 * "[a.b.c.d]" followed by the names the system gives for it (not for
 * loopback interfaces with HOSTID_PROBE_SKIP_LOOPBACK).
 * Returns 0 on success, -1 when even the host name could not be found
 * (ID is still usable: names fall back to "localhost").
 */
int hostid_probe(struct hostid *id, int probe_interfaces);

/*
 * Only the interface addresses, as "[a.b.c.d]" words (sendmail on Linux
 * sees IPv4 interface addresses only), in
 * the order sendmail adds them (used when DontProbeInterfaces is decided
 * after the first probe).  *COUNT receives the number of words; free the
 * result with hostid_free_words().
 */
char **hostid_interface_words(size_t *count);
void hostid_free_words(char **words, size_t count);

/*
 * What sendmail's interface probe adds to class w once the cf is read,
 * in order: each IPv4 interface address as "[a.b.c.d]" followed by the
 * names the system gives for it (not for loopback interfaces with
 * HOSTID_PROBE_SKIP_LOOPBACK).  PROBE is one of HOSTID_PROBE_*; with
 * HOSTID_PROBE_NONE the result is empty.  Free with hostid_free_words().
 */
char **hostid_probe_words(size_t *count, int probe);

void hostid_free(struct hostid *id);

#endif
