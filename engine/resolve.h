/*
 * resolve.h - host name lookups the way sendmail does them.
 *
 * getcanonname() turns a host name into its canonical form by asking
 * the sources listed for "hosts" in the service switch
 * (/etc/mail/service.switch; when that has no "hosts" line sendmail on
 * Linux uses "dns files"; /etc/nsswitch.conf is not read),
 * in order: "files" is /etc/hosts, "dns" the system resolver.  The host
 * map, $[ $] and the -bt /canon command use it.  getmxrr() returns the
 * MX hosts of a domain for /mx.
 *
 * Status codes are sendmail's exit codes: 0 (EX_OK), 68 (EX_NOHOST),
 * 69 (EX_UNAVAILABLE), 75 (EX_TEMPFAIL).
 */
#ifndef SMCF_RESOLVE_H
#define SMCF_RESOLVE_H

#include <stddef.h>

/*
 * Canonify NAME.  TRY_MX: also accept a name that only has an MX record
 * (sendmail passes !HasWildcardMX from /canon and the host map).  DOMAIN
 * is the value of $m (NULL when undefined): sendmail appends it to a
 * name found without a dot, and while it is undefined (start-up) a
 * dotless answer from one source does not end the search.  On success
 * returns 1 and *CANON is a new string (the canonical name,
 * without a trailing dot; the host map adds the dot itself).  When the
 * name is unknown returns 0, *CANON is NULL and *STATUS tells why:
 * 68 not found, 75 temporary failure (for example DNS unreachable).
 * A name in brackets ("[1.2.3.4]") is not looked up here.
 */
int resolve_canon(const char *name, int try_mx, const char *domain,
		  char **canon, int *status);

/*
 * Where the resolver prints the notes sendmail prints while resolving
 * ("DNS failure: CNAME loop for NAME"); NULL: nowhere.  The host map
 * sets it around its lookups; /canon callers may set it too.
 */
void resolve_set_reporter(void (*report)(void *ctx, const char *text),
			  void *ctx);

/*
 * A host map's -d (retransmission interval, seconds) and -r (retries)
 * apply to its own lookups only: values > 0 are put in place and the
 * previous ones stored back through the pointers (0 where nothing was
 * changed); calling it again with those puts everything back.
 */
void resolve_swap_timing(long *retrans, int *retry);

/* Resolver behaviour the cf can change (see resolve_set_flag). */
enum resolve_flag {
	RESOLVE_DONT_EXPAND_CNAMES,	/* option DontExpandCnames */
	RESOLVE_BROKEN_AAAA,		/* ResolverOptions WorkAroundBrokenAAAA */
	RESOLVE_COMPRESSED_IPV6		/* option UseCompressedIPv6Addresses */
};
void resolve_set_flag(enum resolve_flag flag, int on);

/*
 * Files and switches the resolver reads; NULL keeps the default
 * (/etc/hosts, /etc/mail/service.switch).  The cf options HostsFile and
 * ServiceSwitchFile set them.
 */
void resolve_set_files(const char *hosts_file, const char *switch_file);

/*
 * The MX hosts for HOST, sorted by preference as sendmail sorts them,
 * each with a trailing dot (what /mx prints).  With no MX record the
 * list is HOST canonified (when DNS said the name has no MX), or empty
 * when DNS is not in the switch, as getmxrr() does.  DOMAIN is $m.
 * When the name server cannot be reached the result is -1 (sendmail's
 * /mx then prints "returns -1 value(s):").
 * Returns the number of hosts (>= 0), RESOLVE_NULL_MX when the domain
 * publishes a null MX (RFC 7505), or -1 on error with *STATUS set.
 * Free the list with resolve_free_list().
 */
#define RESOLVE_NULL_MX (-2)
int resolve_mx(const char *host, const char *domain, char ***hosts,
	       int *status);

/*
 * The same with the hosts of the FallbackMXhost option added at the end
 * (what /mx prints): the option's own MX hosts, or the name canonified,
 * or an address literal as written, looked up once.  When the name
 * server cannot be reached the result is the fallback hosts alone.
 */
void resolve_set_fallback_mx(const char *name);
int resolve_mx_fallback(const char *host, const char *domain, char ***hosts,
			int *status);
void resolve_free_list(char **list, int count);

/*
 * Sources the service switch lists for SERVICE ("hosts", "aliases",
 * "passwd"), in order (e.g. "files", "dns"), with sendmail's fallback
 * when the switch file has no line for it.  The strings stay valid until
 * the next call.  Returns the number written to SRC (at most MAX).
 */
int resolve_service_sources(const char *service, const char **src, int max);

/*
 * For the dns map: the records of TYPE (see resolve_type_number) for
 * NAME, as text: addresses for A/AAAA, the host of MX/SRV/AFSDB, the
 * name of NS/CNAME/PTR, the first string of TXT.  Returns how many
 * (free with resolve_free_list), or -1 with *STATUS 68 (no such name or
 * data) or 75 (no answer from the name server).
 */
int resolve_records(const char *name, int type, char ***values, int *status);

/* The DNS type number of a record type name ("MX"), or -1. */
int resolve_type_number(const char *name);

/* Does the switch list "dns" for hosts (sendmail's UseNameServer)? */
int resolve_uses_dns(void);

#endif
