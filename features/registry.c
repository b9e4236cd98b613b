/*
 * registry.c - every FEATURE and HACK name of the reference tree, with
 * its argument shape, default map, requirements and ordering rules, and
 * the function that implements it (NULL while not implemented).
 *
 * The facts come from reference/features.tsv.  Keep the table sorted by
 * kind then name; feature_lookup() relies on nothing but a linear scan,
 * which is plenty for 78 rows.
 */
#include <string.h>

#include "features/feature.h"
#include "features/feature_impl.h"

#define O_BEFORE_MAILERS	FEATURE_ORDER_BEFORE_MAILERS
#define O_BEFORE_LOCAL		FEATURE_ORDER_BEFORE_LOCAL
#define O_BEFORE_UUCP		FEATURE_ORDER_BEFORE_UUCP
#define O_READS_MAILERS		FEATURE_ORDER_READS_MAILERS

const char *const feature_own_mailers[] = { "local", "smtp", NULL };

/*
 * What features need (feature.h, struct feature_need).  The refusals are
 * the reference's own: its feature files test for the access map or
 * delay_checks when they are read, and stop with an error without them.
 * The warnings are features that have nothing to act on.
 */
#define NEED_END { NEED_ALWAYS, NULL, NULL, NEED_ANYWHERE, DIAG_WARNING, NULL }

static const struct feature_need needs_access_db_first[] = {
	{ NEED_ALWAYS, NULL, "FEATURE(`access_db')", NEED_BEFORE, DIAG_ERROR, NULL },
	NEED_END
};

/* conncontrol, ratecontrol: `nodelay' hands the check to delay_checks */
static const struct feature_need needs_client_control[] = {
	{ NEED_ALWAYS, NULL, "FEATURE(`access_db')", NEED_BEFORE, DIAG_ERROR, NULL },
	{ NEED_WHEN_ARG_IS, "nodelay", "FEATURE(`delay_checks')", NEED_BEFORE, DIAG_ERROR, NULL },
	NEED_END
};

/* with a pause the reference builds without the access map, but then
 * every client gets the same pause and GreetPause: entries are never
 * looked up */
static const struct feature_need needs_greet_pause[] = {
	{ NEED_WHEN_NO_ARG, NULL, "FEATURE(`access_db')", NEED_BEFORE, DIAG_ERROR, NULL },
	{ NEED_WHEN_ARG, NULL, "FEATURE(`access_db')", NEED_ANYWHERE, DIAG_MISTAKE,
	  "the per-client GreetPause: entries live in the access map" },
	{ NEED_WHEN_ARG, NULL, "FEATURE(`access_db')", NEED_BEFORE_IF_GIVEN, DIAG_WARNING,
	  "the GreetPause: entries of an access map given later are never looked up" },
	NEED_END
};

/* without delay_checks its rules land in Relay_ok instead of the
 * check_rcpt that delay_checks writes */
static const struct feature_need needs_block_bad_helo[] = {
	{ NEED_ALWAYS, NULL, "FEATURE(`delay_checks')", NEED_ANYWHERE, DIAG_WARNING,
	  "without it the HELO check runs in Relay_ok, for relaying only" },
	NEED_END
};

static const struct feature_need needs_bcc[] = {
	{ NEED_WHEN_ARG_IS, "access", "FEATURE(`access_db')", NEED_BEFORE, DIAG_ERROR, NULL },
	NEED_END
};

/* the friend and hater modes look up Spam: entries in the access map;
 * the reference tests for it at the end of the .mc */
static const struct feature_need needs_delay_checks[] = {
	{ NEED_WHEN_ARG_IS, "f*", "FEATURE(`access_db')", NEED_ANYWHERE, DIAG_ERROR, NULL },
	{ NEED_WHEN_ARG_IS, "h*", "FEATURE(`access_db')", NEED_ANYWHERE, DIAG_ERROR, NULL },
	NEED_END
};

static const struct feature_need needs_luser_relay[] = {
	{ NEED_ALWAYS, NULL, "define(`LUSER_RELAY')", NEED_BEFORE, DIAG_WARNING,
	  "the reference reads it when it reads the feature (a definition made later is still used)" },
	NEED_END
};

static const struct feature_need needs_genericstable[] = {
	{ NEED_ALWAYS, NULL, "FEATURE(`genericstable')", NEED_ANYWHERE, DIAG_WARNING,
	  "it only widens what genericstable rewrites" },
	NEED_END
};

static const struct feature_need needs_virtusertable[] = {
	{ NEED_ALWAYS, NULL, "FEATURE(`virtusertable')", NEED_ANYWHERE, DIAG_WARNING,
	  "it only widens what virtusertable matches" },
	NEED_END
};

static const struct feature_need needs_masquerade_domains[] = {
	{ NEED_ALWAYS, NULL, "MASQUERADE_DOMAIN|MASQUERADE_DOMAIN_FILE", NEED_ANYWHERE, DIAG_WARNING,
	  "it only widens the domains MASQUERADE_DOMAIN lists" },
	{ NEED_ALWAYS, NULL, "MASQUERADE_AS", NEED_ANYWHERE, DIAG_WARNING, "there is nothing to masquerade as" },
	NEED_END
};

static const struct feature_need needs_masquerade_name[] = {
	{ NEED_ALWAYS, NULL, "MASQUERADE_AS|FEATURE(`genericstable')", NEED_ANYWHERE, DIAG_WARNING,
	  "there is nothing to masquerade as" },
	NEED_END
};

static const struct feature_need needs_masquerade_as[] = {
	{ NEED_ALWAYS, NULL, "MASQUERADE_AS", NEED_ANYWHERE, DIAG_WARNING, "there is nothing to masquerade as" },
	NEED_END
};

static const struct feature_need needs_access_db_lookups[] = {
	{ NEED_ALWAYS, NULL, "FEATURE(`access_db')", NEED_ANYWHERE, DIAG_WARNING,
	  "its lookups go to the access map" },
	NEED_END
};

static const struct feature_def features[] = {
	{ "accept_unqualified_senders", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_accept_unqualified_senders_apply },
	{ "accept_unresolvable_domains", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_accept_unresolvable_domains_apply },
	{ "access_db", FEATURE_KIND_FEATURE, 0, 4,
	  "[map_spec|LDAP], [skip|lookupdotdomain|relaytofulladdress] (args 2-4, any order, case-insensitive)",
	  "hash -T<TMPF> /etc/mail/access", NULL, NULL, O_BEFORE_MAILERS, feature_access_db_apply },
	{ "allmasquerade", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_masquerade_name, NULL, O_BEFORE_MAILERS | O_BEFORE_LOCAL | O_BEFORE_UUCP, feature_allmasquerade_apply },
	{ "always_add_domain", FEATURE_KIND_FEATURE, 0, 1,
	  "[domain]",
	  NULL, NULL, NULL, O_BEFORE_MAILERS | O_BEFORE_LOCAL, feature_always_add_domain_apply },
	{ "authinfo", FEATURE_KIND_FEATURE, 0, 1,
	  "[map_spec|LDAP]",
	  "hash /etc/mail/authinfo", NULL, NULL, O_BEFORE_MAILERS, feature_authinfo_apply },
	{ "badmx", FEATURE_KIND_FEATURE, 0, 1,
	  "[regex]",
	  "BadMXIP regex: ^(127\\.|10\\.|0\\.0\\.0\\.0)", NULL, NULL, O_BEFORE_MAILERS, feature_badmx_apply },
	{ "bcc", FEATURE_KIND_FEATURE, 0, 4,
	  "[map_spec|access], [mailer:]host, [bcc_address], [canonical_rcpt_map_spec]",
	  "hash /etc/mail/bcctable", needs_bcc, NULL, O_BEFORE_MAILERS, feature_bcc_apply },
	{ "bestmx_is_local", FEATURE_KIND_FEATURE, 0, 1,
	  "[domain ...]",
	  "bestmx (Kbestmx bestmx)", NULL, NULL, O_BEFORE_MAILERS, feature_bestmx_is_local_apply },
	{ "bitdomain", FEATURE_KIND_FEATURE, 0, 1,
	  "[map_spec|LDAP]",
	  "hash /etc/mail/bitdomain", NULL, NULL, O_BEFORE_MAILERS, feature_bitdomain_apply },
	{ "blacklist_recipients", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_access_db_first, "blocklist_recipients", O_BEFORE_MAILERS, feature_blacklist_recipients_apply },
	{ "block_bad_helo", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_block_bad_helo, NULL, O_BEFORE_MAILERS, feature_block_bad_helo_apply },
	{ "blocklist_recipients", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_access_db_first, NULL, O_BEFORE_MAILERS, feature_blocklist_recipients_apply },
	{ "check_cert_altnames", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_check_cert_altnames_apply },
	{ "check_other", FEATURE_KIND_FEATURE, 0, 1,
	  "[regex]",
	  "badcmd regex: ^[[:print:]]+ *:", NULL, NULL, O_BEFORE_MAILERS, feature_check_other_apply },
	{ "compat_check", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_access_db_first, NULL, O_BEFORE_MAILERS, feature_compat_check_apply },
	{ "conncontrol", FEATURE_KIND_FEATURE, 0, 2,
	  "[nodelay], [terminate]",
	  NULL, needs_client_control, NULL, O_BEFORE_MAILERS, feature_conncontrol_apply },
	{ "delay_checks", FEATURE_KIND_FEATURE, 0, 2,
	  "[friend|hater], [n]",
	  NULL, needs_delay_checks, NULL, O_BEFORE_MAILERS, feature_delay_checks_apply },
	{ "dnsbl", FEATURE_KIND_FEATURE, 1, 3,
	  "list.domain, [message|quarantine|discard], [t|tempfail_message]",
	  "dns -R A -T<TMP> (DNSBL_MAP overrides \"dns -R A\"; DNSBL_MAP_OPT appended)", NULL, NULL, O_BEFORE_MAILERS, feature_dnsbl_apply },
	{ "domainmap", FEATURE_KIND_FEATURE, 2, 2,
	  "domain, map_spec",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_domainmap_apply },
	{ "domaintable", FEATURE_KIND_FEATURE, 0, 1,
	  "[map_spec|LDAP]",
	  "hash /etc/mail/domaintable", NULL, NULL, O_BEFORE_MAILERS, feature_domaintable_apply },
	{ "drac", FEATURE_KIND_FEATURE, 0, 1,
	  "[map_spec]",
	  "hash /etc/mail/drac", NULL, NULL, O_BEFORE_MAILERS, feature_drac_apply },
	{ "enhdnsbl", FEATURE_KIND_FEATURE, 1, 9,
	  "list.domain, [message|quarantine|discard], [t|tempfail_message], [result_pattern ...up to 6 (args 4-9)]",
	  "dns -R A -a. -T<TMP> -r5 (EDNSBL_TO changes -r)", NULL, NULL, O_BEFORE_MAILERS, feature_enhdnsbl_apply },
	{ "generics_entire_domain", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_genericstable, NULL, O_BEFORE_MAILERS, feature_generics_entire_domain_apply },
	{ "genericstable", FEATURE_KIND_FEATURE, 0, 1,
	  "[map_spec|LDAP]",
	  "hash /etc/mail/genericstable", NULL, NULL, O_BEFORE_MAILERS, feature_genericstable_apply },
	{ "greet_pause", FEATURE_KIND_FEATURE, 0, 1,
	  "[milliseconds]",
	  NULL, needs_greet_pause, NULL, O_BEFORE_MAILERS, feature_greet_pause_apply },
	{ "ldap_routing", FEATURE_KIND_FEATURE, 0, 6,
	  "[mailHost_map], [mailRoutingAddress_map], [bounce|passthru|sendertoo], [strip|preserve], [nodomain], [tempfail|queue]",
	  "ldapmh: ldap -1 -T<TMPF> -v mailHost -k (&(objectClass=inetLocalMailRecipient)(mailLocalAddress=%0)); ldapmra: same with -v mailRoutingAddress", NULL, NULL, O_BEFORE_MAILERS, feature_ldap_routing_apply },
	{ "limited_masquerade", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_masquerade_as, NULL, O_BEFORE_MAILERS, feature_limited_masquerade_apply },
	{ "local_lmtp", FEATURE_KIND_FEATURE, 0, 2,
	  "[mailer_path], [argv]",
	  NULL, NULL, NULL, O_BEFORE_MAILERS | O_BEFORE_LOCAL, feature_local_lmtp_apply },
	{ "local_no_masquerade", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS | O_BEFORE_LOCAL, feature_local_no_masquerade_apply },
	{ "local_procmail", FEATURE_KIND_FEATURE, 0, 3,
	  "[mailer_path], [argv], [flags]",
	  NULL, NULL, NULL, O_BEFORE_MAILERS | O_BEFORE_LOCAL, feature_local_procmail_apply },
	{ "lookupdotdomain", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_access_db_first, NULL, O_BEFORE_MAILERS, feature_lookupdotdomain_apply },
	{ "loose_relay_check", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_loose_relay_check_apply },
	{ "mailertable", FEATURE_KIND_FEATURE, 0, 1,
	  "[map_spec|LDAP]",
	  "hash /etc/mail/mailertable", NULL, NULL, O_BEFORE_MAILERS, feature_mailertable_apply },
	{ "masquerade_entire_domain", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_masquerade_domains, NULL, O_BEFORE_MAILERS, feature_masquerade_entire_domain_apply },
	{ "masquerade_envelope", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_masquerade_name, NULL, O_BEFORE_MAILERS, feature_masquerade_envelope_apply },
	{ "msp", FEATURE_KIND_FEATURE, 0, 2,
	  "[mta_host], [MSA]",
	  NULL, NULL, NULL, O_BEFORE_MAILERS | O_READS_MAILERS, feature_msp_apply },
	{ "mtamark", FEATURE_KIND_FEATURE, 0, 3,
	  "[message], [t|tempfail_message], [txt_prefix]",
	  "dns -R TXT -a. -T<TMP> -r5 (MTAMARK_TO changes -r)", NULL, NULL, O_BEFORE_MAILERS, feature_mtamark_apply },
	{ "no_default_msa", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_no_default_msa_apply },
	{ "nocanonify", FEATURE_KIND_FEATURE, 0, 1,
	  "[canonify_hosts]",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_nocanonify_apply },
	{ "nopercenthack", FEATURE_KIND_FEATURE, 1, 1,
	  "reject|nospecial",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_nopercenthack_apply },
	{ "notsticky", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, "", O_BEFORE_MAILERS, feature_notsticky_apply },
	{ "nouucp", FEATURE_KIND_FEATURE, 1, 1,
	  "reject|nospecial",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_nouucp_apply },
	{ "nullclient", FEATURE_KIND_FEATURE, 1, 1,
	  "hub_host",
	  NULL, NULL, NULL, O_BEFORE_MAILERS | O_READS_MAILERS, feature_nullclient_apply },
	{ "prefixmod", FEATURE_KIND_FEATURE, 2, 2,
	  "prefix_tokens, flags",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_prefixmod_apply },
	{ "preserve_local_plus_detail", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_preserve_local_plus_detail_apply },
	{ "preserve_luser_host", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_luser_relay, NULL, O_BEFORE_MAILERS, feature_preserve_luser_host_apply },
	{ "promiscuous_relay", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_promiscuous_relay_apply },
	{ "queuegroup", FEATURE_KIND_FEATURE, 0, 1,
	  "[default_queue_group]",
	  NULL, needs_access_db_first, NULL, O_BEFORE_MAILERS, feature_queuegroup_apply },
	{ "ratecontrol", FEATURE_KIND_FEATURE, 0, 2,
	  "[nodelay], [terminate]",
	  NULL, needs_client_control, NULL, O_BEFORE_MAILERS, feature_ratecontrol_apply },
	{ "redirect", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_redirect_apply },
	{ "relay_based_on_MX", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_relay_based_on_MX_apply },
	{ "relay_entire_domain", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_relay_entire_domain_apply },
	{ "relay_hosts_only", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_relay_hosts_only_apply },
	{ "relay_local_from", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_relay_local_from_apply },
	{ "relay_mail_from", FEATURE_KIND_FEATURE, 0, 1,
	  "[domain]",
	  NULL, needs_access_db_first, NULL, O_BEFORE_MAILERS, feature_relay_mail_from_apply },
	{ "require_rdns", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_require_rdns_apply },
	{ "rhsbl", FEATURE_KIND_FEATURE, 1, 3,
	  "list.domain, [message], [t|tempfail_message]",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_rhsbl_apply },
	{ "smrsh", FEATURE_KIND_FEATURE, 0, 1,
	  "[smrsh_path]",
	  NULL, NULL, NULL, O_BEFORE_MAILERS | O_BEFORE_LOCAL, feature_smrsh_apply },
	{ "stickyhost", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_stickyhost_apply },
	{ "sts", FEATURE_KIND_FEATURE, 0, 2,
	  "[socketmap_spec], [NO_SAN_TST]",
	  "socket -d5 -T<TMPF> inet:5461@127.0.0.1", NULL, NULL, O_BEFORE_MAILERS, feature_sts_apply },
	{ "tls_failures", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_tls_failures_apply },
	{ "tls_session_features", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_access_db_lookups, NULL, O_BEFORE_MAILERS, feature_tls_session_features_apply },
	{ "use_client_ptr", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_use_client_ptr_apply },
	{ "use_ct_file", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_use_ct_file_apply },
	{ "use_cw_file", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_use_cw_file_apply },
	{ "uucpdomain", FEATURE_KIND_FEATURE, 0, 1,
	  "[map_spec|LDAP]",
	  "hash /etc/mail/uudomain", NULL, NULL, O_BEFORE_MAILERS, feature_uucpdomain_apply },
	{ "virtuser_entire_domain", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, needs_virtusertable, NULL, O_BEFORE_MAILERS, feature_virtuser_entire_domain_apply },
	{ "virtusertable", FEATURE_KIND_FEATURE, 0, 1,
	  "[map_spec|LDAP]",
	  "hash /etc/mail/virtusertable", NULL, NULL, O_BEFORE_MAILERS, feature_virtusertable_apply },
	{ "vnet", FEATURE_KIND_FEATURE, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_vnet_apply },
	{ "cssubdomain", FEATURE_KIND_HACK, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, 0, feature_cssubdomain_apply },
	{ "debian_auth", FEATURE_KIND_HACK, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, 0, feature_debian_auth_apply },
	{ "dnsblaccess", FEATURE_KIND_HACK, 0, 4,
	  "[list.domain], [message], [t|tempfail_message], [access_keytag]",
	  "ednsbl: dns -R A -a. -T<TMP> -r5", needs_access_db_first, NULL, 0, feature_dnsblaccess_apply },
	{ "msp_nullclient", FEATURE_KIND_HACK, 1, 1,
	  "hub_host",
	  NULL, NULL, NULL, 0, feature_msp_nullclient_apply },
	{ "nodns", FEATURE_KIND_HACK, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, O_BEFORE_MAILERS, feature_nodns_apply },
	{ "spamtrap", FEATURE_KIND_HACK, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, 0, feature_spamtrap_apply },
	{ "virthost_by_ip", FEATURE_KIND_HACK, 0, 0,
	  "(none)",
	  NULL, NULL, NULL, 0, feature_virthost_by_ip_apply },
	{ "xconnect", FEATURE_KIND_HACK, 0, 0,
	  "(none)",
	  NULL, needs_access_db_first, NULL, 0, feature_xconnect_apply },
};

#define NFEATURES (sizeof(features) / sizeof(features[0]))

const struct feature_def *feature_lookup(enum feature_kind kind, const char *name)
{
	size_t i;

	for (i = 0; i < NFEATURES; i++)
		if (features[i].kind == kind && strcmp(features[i].name, name) == 0)
			return &features[i];
	return NULL;
}

size_t feature_count(void)
{
	return NFEATURES;
}

const struct feature_def *feature_at(size_t i)
{
	return i < NFEATURES ? &features[i] : NULL;
}
