/*
 * rules_when.c - the predicates rule tables use to say when a rule is
 * part of the configuration.  Each one reads the emitter state only.
 */
#include <string.h>

#include "compiler/emit_ctx.h"
#include "compiler/rules.h"

static int defined(const struct emit_ctx *ctx, const char *name)
{
	return ctx_define(ctx, name, NULL) != NULL;
}

/* Does the .mc hand raw text to SECTION? */
static int has_text(const struct emit_ctx *ctx, const char *section)
{
	size_t i;

	for (i = 0; i < ir_ntexts(ctx->ir); i++)
		if (strcmp(ir_text_at(ctx->ir, i)->section, section) == 0)
			return 1;
	return 0;
}

int when_canonify(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_NOCANONIFY);
}

/* UUCP names are looked up unless nocanonify, nouucp or UUCP_RELAY. */
int when_canonify_uucp(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_NOCANONIFY) && !defined(ctx, "UUCP_RELAY") &&
	       !ctx_on(ctx, CF_NO_UUCP);
}

int when_nocanonify(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_NOCANONIFY);
}

/* Hosts are looked up unless nocanonify is on without `canonify_hosts'. */
int when_canonify_all_hosts(const struct emit_ctx *ctx)
{
	const char *arg = ctx->str[CS_CANONIFY_HOSTS];

	return !ctx_on(ctx, CF_NOCANONIFY) ||
	       (arg && strcasecmp(arg, "canonify_hosts") == 0);
}

/* _FFR_NOCANONIFY_HEADERS: header addresses keep their host as written. */
int when_nocanonify_headers(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_NOCANONIFY) && defined(ctx, "_FFR_NOCANONIFY_HEADERS");
}

/* IPv6 networks are looked up too, unless the .mc defines NO_NETINET6. */
int when_ipv6(const struct emit_ctx *ctx)
{
	return !defined(ctx, "NO_NETINET6");
}

/* _USE_DEPRECATED_ROUTE_ADDR_: CanonAddr turns route addresses into
 * %-hacks. */
int when_deprecated_route_addr(const struct emit_ctx *ctx)
{
	return defined(ctx, "_USE_DEPRECATED_ROUTE_ADDR_");
}

/* canonify strips route addresses <@a,@b:user@d> to user@d, or with
 * _USE_DEPRECATED_ROUTE_ADDR_ focuses their first host; the rules for an
 * [IPv6] first host are left out with NO_NETINET6. */
int when_route_addr_strip(const struct emit_ctx *ctx)
{
	return !when_deprecated_route_addr(ctx);
}

int when_route_addr_strip_ipv6(const struct emit_ctx *ctx)
{
	return when_route_addr_strip(ctx) && when_ipv6(ctx);
}

int when_route_addr_keep_ipv6(const struct emit_ctx *ctx)
{
	return when_deprecated_route_addr(ctx) && when_ipv6(ctx);
}

/* _STRICT_RFC821_: a local part may not begin or end with a dot. */
int when_strict_rfc821(const struct emit_ctx *ctx)
{
	return defined(ctx, "_STRICT_RFC821_");
}

/* Masquerading is on while MASQUERADE_NAME is defined at the end of the
 * .mc (MASQUERADE_AS and nullclient define it). */
int when_masquerading(const struct emit_ctx *ctx)
{
	return defined(ctx, "MASQUERADE_NAME");
}

int when_not_masquerading(const struct emit_ctx *ctx)
{
	return !when_masquerading(ctx);
}

/* $=M names whole domains (subdomains included) or exact hosts. */
int when_masq_whole_domains(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_MASQ_ENTIRE_DOMAIN);
}

int when_masq_exact_domains(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_MASQ_ENTIRE_DOMAIN);
}

int when_masq_exposed_whole(const struct emit_ctx *ctx)
{
	return when_masquerading(ctx) && when_masq_whole_domains(ctx);
}

int when_masq_exposed_exact(const struct emit_ctx *ctx)
{
	return when_masquerading(ctx) && when_masq_exact_domains(ctx);
}

int when_masq_convert_whole(const struct emit_ctx *ctx)
{
	return when_masq_exposed_whole(ctx);
}

int when_masq_convert_exact(const struct emit_ctx *ctx)
{
	return when_masq_exposed_exact(ctx);
}

/* Names in $=w are masqueraded too, unless limited_masquerade. */
int when_masq_local_names(const struct emit_ctx *ctx)
{
	return when_masquerading(ctx) && !ctx_on(ctx, CF_LIMITED_MASQ);
}

int when_masq_envelope(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_MASQ_ENVELOPE);
}

int when_not_masq_envelope(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_MASQ_ENVELOPE);
}

int when_allmasquerade(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_ALLMASQUERADE);
}

int when_not_allmasquerade(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_ALLMASQUERADE);
}

int when_always_add_domain_local(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_ALWAYS_ADD_DOMAIN) &&
	       ctx->str[CS_ALWAYS_ADD_DOMAIN] == NULL;
}

int when_always_add_domain_given(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_ALWAYS_ADD_DOMAIN) &&
	       ctx->str[CS_ALWAYS_ADD_DOMAIN] != NULL;
}

int when_luser_relay(const struct emit_ctx *ctx)
{
	return defined(ctx, "LUSER_RELAY");
}

/* With preserve_local_plus_detail, LUSER_RELAY looks user+detail up as
 * user and keeps the detail aside. */
int when_luser_relay_plus_detail(const struct emit_ctx *ctx)
{
	return when_luser_relay(ctx) && ctx_on(ctx, CF_PLUS_DETAIL);
}

int when_luser_relay_no_plus_detail(const struct emit_ctx *ctx)
{
	return when_luser_relay(ctx) && !ctx_on(ctx, CF_PLUS_DETAIL);
}

int when_luser_relay_luser_host(const struct emit_ctx *ctx)
{
	return when_luser_relay(ctx) && ctx_on(ctx, CF_PRESERVE_LUSER_HOST);
}

int when_mail_hub(const struct emit_ctx *ctx)
{
	return defined(ctx, "MAIL_HUB");
}

int when_local_relay(const struct emit_ctx *ctx)
{
	return defined(ctx, "LOCAL_RELAY");
}

int when_bitnet_relay(const struct emit_ctx *ctx)
{
	return defined(ctx, "BITNET_RELAY");
}

int when_decnet_relay(const struct emit_ctx *ctx)
{
	return defined(ctx, "DECNET_RELAY");
}

/* MAILER(fax) routes .FAX itself; FAX_RELAY only matters without it. */
int when_fax_relay(const struct emit_ctx *ctx)
{
	return defined(ctx, "FAX_RELAY") && !ctx_has_mailer(ctx, "fax");
}

int when_uucp_relay(const struct emit_ctx *ctx)
{
	return defined(ctx, "UUCP_RELAY");
}

/* Canonify2 hands .UUCP to UUCP_RELAY only when UUCP syntax is on. */
int when_uucp_relay_canon(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_NO_UUCP) && defined(ctx, "UUCP_RELAY");
}

/* Did a SITECONFIG(file, host, CLASS) name class LETTER? */
static int siteconfig_class(const struct emit_ctx *ctx, const char *letter)
{
	size_t i;

	for (i = 0; i < ir_ncalls(ctx->ir); i++) {
		const struct ir_call *c = ir_call_at(ctx->ir, i);

		if (strcmp(c->macro, "SITECONFIG") == 0 &&
		    strcmp(ctx_arg(c, 2), letter) == 0)
			return 1;
	}
	return 0;
}

/* Canonify2: hosts of a SITECONFIG class are UUCP neighbours, unless
 * nouucp or UUCP_RELAY. */
static int uucp_site(const struct emit_ctx *ctx, const char *letter)
{
	return !ctx_on(ctx, CF_NO_UUCP) && !defined(ctx, "UUCP_RELAY") &&
	       siteconfig_class(ctx, letter);
}

int when_uucp_site_U(const struct emit_ctx *ctx) { return uucp_site(ctx, "U"); }
int when_uucp_site_V(const struct emit_ctx *ctx) { return uucp_site(ctx, "V"); }
int when_uucp_site_W(const struct emit_ctx *ctx) { return uucp_site(ctx, "W"); }
int when_uucp_site_X(const struct emit_ctx *ctx) { return uucp_site(ctx, "X"); }
int when_uucp_site_Y(const struct emit_ctx *ctx) { return uucp_site(ctx, "Y"); }

/* Parse1: hosts of SITECONFIG classes V, W and X go to the relay named
 * by the macro of the same letter (UUCP_RELAY does not matter here). */
static int uucp_site_relay(const struct emit_ctx *ctx, const char *letter)
{
	return !ctx_on(ctx, CF_NO_UUCP) && siteconfig_class(ctx, letter);
}

int when_uucp_site_V_relay(const struct emit_ctx *ctx) { return uucp_site_relay(ctx, "V"); }
int when_uucp_site_W_relay(const struct emit_ctx *ctx) { return uucp_site_relay(ctx, "W"); }
int when_uucp_site_X_relay(const struct emit_ctx *ctx) { return uucp_site_relay(ctx, "X"); }

int when_usenet_mailer(const struct emit_ctx *ctx)
{
	return ctx_has_mailer(ctx, "usenet");
}

int when_pop_mailer(const struct emit_ctx *ctx)
{
	return ctx_has_mailer(ctx, "pop");
}

int when_fax_mailer(const struct emit_ctx *ctx)
{
	return ctx_has_mailer(ctx, "fax");
}

/* Without UUCP_RELAY, .UUCP addresses go straight to MAILER(uucp). */
int when_uucp_direct(const struct emit_ctx *ctx)
{
	return ctx_has_mailer(ctx, "uucp") && !defined(ctx, "UUCP_RELAY");
}

/* node::user syntax: with DECNET_RELAY, MAILER(mail11), or asked for. */
int when_decnet_syntax(const struct emit_ctx *ctx)
{
	return defined(ctx, "DECNET_RELAY") || ctx_has_mailer(ctx, "mail11") ||
	       defined(ctx, "_USE_DECNET_SYNTAX_");
}

int when_access_db(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_ACCESS_DB);
}

int when_no_access_db(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_ACCESS_DB);
}

int when_access_skip(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_ACCESS_SKIP);
}

/* _FFR_SRCHLIST_A (conncontrol and ratecontrol define it): SearchList
 * also takes A: (address) items. */
int when_search_addresses(const struct emit_ctx *ctx)
{
	return defined(ctx, "_FFR_SRCHLIST_A");
}

/* _FFR_LOOKUPTAG_: D also looks up the bare tag ("Connect:"). */
int when_lookup_tag_only(const struct emit_ctx *ctx)
{
	return defined(ctx, "_FFR_LOOKUPTAG_");
}

/* _RBL_: the old DNS blocklist check in check_relay. */
int when_rbl(const struct emit_ctx *ctx)
{
	return defined(ctx, "_RBL_");
}

/* _REQUIRE_QUAL_RCPT_: recipients must be qualified (flag r of
 * DaemonPortOptions). */
int when_require_qual_rcpt(const struct emit_ctx *ctx)
{
	return defined(ctx, "_REQUIRE_QUAL_RCPT_");
}

int when_no_require_qual_rcpt(const struct emit_ctx *ctx)
{
	return !when_require_qual_rcpt(ctx);
}

/* _FFR_REJECT_IP_IN_CHECK_RCPT_: a Connect: REJECT of the client's
 * address stops Relay_ok. */
int when_reject_ip_in_check_rcpt(const struct emit_ctx *ctx)
{
	return defined(ctx, "_FFR_REJECT_IP_IN_CHECK_RCPT_");
}

/* access_db's `relaytofulladdress': To: entries may name whole
 * addresses. */
int when_relay_full_addr(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_FULL_ADDR);
}

int when_no_relay_full_addr(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_RELAY_FULL_ADDR);
}

/* TRUST_AUTH_MECH (or a define of _USE_AUTH_) makes the relaying-denied
 * text ask for authentication. */
int when_use_auth(const struct emit_ctx *ctx)
{
	size_t i;

	if (defined(ctx, "_USE_AUTH_"))
		return 1;
	for (i = 0; i < ir_ncalls(ctx->ir); i++)
		if (strcmp(ir_call_at(ctx->ir, i)->macro, "TRUST_AUTH_MECH") == 0)
			return 1;
	return 0;
}

int when_blocklist_recipients(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_BLOCKLIST_RCPT);
}

int when_virtusertable(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_VIRTUSERTABLE);
}

int when_genericstable(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_GENERICSTABLE);
}

int when_relay_entire_domain(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_ENTIRE_DOMAIN);
}

int when_plus_detail(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_PLUS_DETAIL);
}

int when_no_plus_detail(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_PLUS_DETAIL);
}

/* localaddr drops +detail before alias lookup; with _FFR_5_ the host
 * part kept in {LocalAddrHost} follows the user. */
int when_ffr_5(const struct emit_ctx *ctx)
{
	return defined(ctx, "_FFR_5_");
}

int when_plus_detail_drop(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_PLUS_DETAIL) && !when_ffr_5(ctx);
}

int when_plus_detail_drop_ffr_5(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_PLUS_DETAIL) && when_ffr_5(ctx);
}

int when_luser_host_no_plus_detail(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_PRESERVE_LUSER_HOST) && !ctx_on(ctx, CF_PLUS_DETAIL);
}

/* genericstable applies to the hosts of class G, or to their whole
 * domains with FEATURE(generics_entire_domain). */
int when_generics_exact(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_GENERICSTABLE) && !ctx_on(ctx, CF_GENERICS_ENTIRE_DOMAIN);
}

int when_generics_whole(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_GENERICSTABLE) && ctx_on(ctx, CF_GENERICS_ENTIRE_DOMAIN);
}

int when_delay_checks(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_DELAY_CHECKS);
}

int when_no_delay_checks(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_DELAY_CHECKS);
}

/* delay_checks `friend' / `hater': check_rcpt looks the recipient up
 * with the Spam: tag first. */
int when_spam_friend(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_DELAY_FRIEND);
}

int when_spam_hater(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_DELAY_HATER);
}

int when_spam_friend_or_hater(const struct emit_ctx *ctx)
{
	return when_spam_friend(ctx) || when_spam_hater(ctx);
}

/* delay_checks without a second argument: blocklist_recipients lets
 * SPAMFRIEND and SPAMHATER entries through (8.10 style). */
int when_delay_compat(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_DELAY_COMPAT);
}

/* ... and then the class of those words exists (with access_db). */
int when_spam_tag_class(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_ACCESS_DB) && ctx_on(ctx, CF_DELAY_COMPAT) &&
	       ctx_on(ctx, CF_BLOCKLIST_RCPT);
}

/* _FFR_MAIL_MACRO (Debian's ostype defines it): the delayed sender check
 * reads ${mail_from} instead of <$&f>. */
int when_mail_macro(const struct emit_ctx *ctx)
{
	return defined(ctx, "_FFR_MAIL_MACRO");
}

int when_no_mail_macro(const struct emit_ctx *ctx)
{
	return !when_mail_macro(ctx);
}

int when_conncontrol(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_CONNCONTROL);
}

int when_ratecontrol(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RATECONTROL);
}

int when_conncontrol_soft(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_CONNCONTROL) && !ctx_on(ctx, CF_CONN_TERMINATE);
}

int when_conncontrol_hard(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_CONNCONTROL) && ctx_on(ctx, CF_CONN_TERMINATE);
}

int when_ratecontrol_soft(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RATECONTROL) && !ctx_on(ctx, CF_RATE_TERMINATE);
}

int when_ratecontrol_hard(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RATECONTROL) && ctx_on(ctx, CF_RATE_TERMINATE);
}

int when_rate_delayed(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RATECONTROL) && !ctx_on(ctx, CF_RATE_NODELAY);
}

int when_conn_delayed(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_CONNCONTROL) && !ctx_on(ctx, CF_CONN_NODELAY);
}

int when_rate_immediate(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RATECONTROL) && ctx_on(ctx, CF_RATE_NODELAY);
}

int when_conn_immediate(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_CONNCONTROL) && ctx_on(ctx, CF_CONN_NODELAY);
}

int when_control_immediate(const struct emit_ctx *ctx)
{
	return when_rate_immediate(ctx) || when_conn_immediate(ctx);
}

int when_block_bad_helo(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_BLOCK_BAD_HELO);
}

int when_no_block_bad_helo(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_BLOCK_BAD_HELO);
}

int when_lookupdotdomain(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_LOOKUPDOTDOMAIN);
}

int when_no_lookupdotdomain(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_LOOKUPDOTDOMAIN);
}

int when_loose_relay_check(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_LOOSE_RELAY_CHECK);
}

int when_no_loose_relay_check(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_LOOSE_RELAY_CHECK);
}

int when_local_no_masquerade(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_LOCAL_NO_MASQUERADE);
}

int when_no_local_no_masquerade(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_LOCAL_NO_MASQUERADE);
}

int when_promiscuous_relay(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_PROMISCUOUS_RELAY);
}

int when_no_promiscuous_relay(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_PROMISCUOUS_RELAY);
}

int when_relay_hosts_only(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_HOSTS_ONLY);
}

int when_no_relay_hosts_only(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_RELAY_HOSTS_ONLY);
}

int when_stickyhost(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_STICKYHOST);
}

int when_no_stickyhost(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_STICKYHOST);
}

int when_relay_based_on_MX(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_BASED_ON_MX);
}

int when_no_relay_based_on_MX(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_RELAY_BASED_ON_MX);
}

int when_relay_local_from(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_LOCAL_FROM);
}

int when_no_relay_local_from(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_RELAY_LOCAL_FROM);
}

int when_relay_mail_from(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_MAIL_FROM);
}

int when_no_relay_mail_from(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_RELAY_MAIL_FROM);
}

int when_require_rdns(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_REQUIRE_RDNS);
}

int when_no_require_rdns(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_REQUIRE_RDNS);
}

int when_tls_session_features(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_TLS_SESSION_FEATURES);
}

/* tls_clt_features and its helpers: with tls_session_features or sts. */
int when_tls_clt_features(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_TLS_SESSION_FEATURES) || ctx_on(ctx, CF_STS);
}

int when_sts(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_STS);
}

int when_sts_san(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_STS_SAN);
}

/* TLS_connection checks requirements only with the access map or STS;
 * otherwise it just refuses failed handshakes. */
int when_full_tls_check(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_ACCESS_DB) || ctx_on(ctx, CF_STS);
}

int when_no_full_tls_check(const struct emit_ctx *ctx)
{
	return !when_full_tls_check(ctx);
}

/* TLS_PERM_ERR: TLS requirement failures are permanent errors. */
int when_tls_perm_err(const struct emit_ctx *ctx)
{
	return defined(ctx, "TLS_PERM_ERR");
}

/* _TLS_FAILURES_: tls_server saves ${verify}. */
int when_tls_failures(const struct emit_ctx *ctx)
{
	return defined(ctx, "_TLS_FAILURES_");
}

/* check_cert_altnames (or _FFR_TLS_ALTNAMES): a CN requirement also
 * matches the certificate's subjectAltNames. */
int when_tls_altnames(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_TLS_ALTNAMES) || defined(ctx, "_FFR_TLS_ALTNAMES");
}

/* _CERT_REGEX_ISSUER_ / _CERT_REGEX_SUBJECT_: RelayTLS looks up the part
 * of the certificate's issuer / subject that a regex extracts. */
int when_cert_regex_issuer(const struct emit_ctx *ctx)
{
	return defined(ctx, "_CERT_REGEX_ISSUER_");
}

int when_no_cert_regex_issuer(const struct emit_ctx *ctx)
{
	return !when_cert_regex_issuer(ctx);
}

int when_cert_regex_subject(const struct emit_ctx *ctx)
{
	return defined(ctx, "_CERT_REGEX_SUBJECT_");
}

int when_no_cert_regex_subject(const struct emit_ctx *ctx)
{
	return !when_cert_regex_subject(ctx);
}

int when_no_tls_session_features(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_TLS_SESSION_FEATURES);
}

int when_use_client_ptr(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_USE_CLIENT_PTR);
}

int when_no_use_client_ptr(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_USE_CLIENT_PTR);
}

/* virtuser_entire_domain matters only with virtusertable. */
int when_virtuser_entire_domain(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_VIRTUSERTABLE) && ctx_on(ctx, CF_VIRTUSER_ENTIRE_DOMAIN);
}

int when_virtuser_exact(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_VIRTUSERTABLE) && !ctx_on(ctx, CF_VIRTUSER_ENTIRE_DOMAIN);
}

/* A virtusertable result is parsed again: through Recurse, or once only
 * (_NO_VIRTUSER_RECURSION_); _VIRTUSER_STOP_ONE_LEVEL_RECURSION_ stops
 * when the result is the address itself. */
int when_virtuser_stop_recursion(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_VIRTUSERTABLE) &&
	       defined(ctx, "_VIRTUSER_STOP_ONE_LEVEL_RECURSION_");
}

int when_virtuser_no_recursion(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_VIRTUSERTABLE) && defined(ctx, "_NO_VIRTUSER_RECURSION_");
}

int when_virtuser_recursion(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_VIRTUSERTABLE) && !defined(ctx, "_NO_VIRTUSER_RECURSION_");
}

/* relay_mail_from looks up the sender address, and with `domain' its
 * domain too: exactly with relay_hosts_only, else with its parents. */
int when_relay_mail_from_address(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_MAIL_FROM) && !ctx_on(ctx, CF_RELAY_MAIL_FROM_DOMAIN);
}

int when_relay_mail_from_exact(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_MAIL_FROM_DOMAIN) && ctx_on(ctx, CF_RELAY_HOSTS_ONLY);
}

int when_relay_mail_from_domain(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_MAIL_FROM_DOMAIN) && !ctx_on(ctx, CF_RELAY_HOSTS_ONLY);
}

/* Relay_ok checks the envelope sender with relay_local_from or
 * relay_mail_from. */
int when_relay_by_sender(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_LOCAL_FROM) || ctx_on(ctx, CF_RELAY_MAIL_FROM);
}

int when_authinfo(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_AUTHINFO);
}

/* Without FEATURE(authinfo), authinfo reads AuthInfo: access entries. */
int when_authinfo_from_access(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_AUTHINFO) && ctx_on(ctx, CF_ACCESS_DB);
}

int when_badmx(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_BADMX);
}

int when_bitdomain(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_BITDOMAIN);
}

int when_domaintable(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_DOMAINTABLE);
}

int when_no_nopercenthack(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_NO_PERCENTHACK);
}

int when_no_nouucp(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_NO_UUCP);
}

int when_nopercenthack_reject(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_NO_PERCENTHACK_REJECT);
}

int when_nouucp_reject(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_NO_UUCP_REJECT);
}

int when_uucpdomain(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_UUCPDOMAIN);
}

int when_drac(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_DRAC);
}

int when_no_accept_unqualified_senders(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_ACCEPT_UNQUALIFIED);
}

int when_preserve_luser_host(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_PRESERVE_LUSER_HOST);
}

int when_add_bcc(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_ADD_BCC);
}

/* FEATURE(ldap_routing) and the modes its arguments choose (see
 * features/ldap_routing.c). */
int when_ldap_routing(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_LDAP_ROUTING);
}

int when_mailertable(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_MAILERTABLE);
}

int when_no_mailertable(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_MAILERTABLE);
}

int when_ldap_tempfail(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_LDAP_TEMPFAIL);
}

int when_ldap_detail(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_LDAP_DETAIL);
}

int when_ldap_detail_preserve(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_LDAP_DETAIL_PRESERVE);
}

int when_ldap_nodomain(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_LDAP_NODOMAIN);
}

int when_no_ldap_nodomain(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_LDAP_NODOMAIN);
}

int when_ldap_must_exist(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_LDAP_MUST_EXIST);
}

int when_no_ldap_must_exist(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_LDAP_MUST_EXIST);
}

int when_ldap_sender_must_exist(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_LDAP_SENDER_MUST_EXIST);
}

/* check_mail's localhost.UUCP sender check: not with nouucp, nor when
 * unqualified senders are accepted anyway. */
int when_unqualified_uucp_check(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_NO_UUCP) && !ctx_on(ctx, CF_ACCEPT_UNQUALIFIED);
}

int when_smtp_mailer(const struct emit_ctx *ctx)
{
	return ctx_has_mailer(ctx, "smtp");
}

int when_no_smtp_mailer(const struct emit_ctx *ctx)
{
	return !ctx_has_mailer(ctx, "smtp");
}

/* check_mail asks the resolver whether the sender's domain exists. */
int when_resolve_check(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_ACCEPT_UNRESOLVABLE);
}

int when_no_resolve_check(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_ACCEPT_UNRESOLVABLE);
}

int when_local_rule_1(const struct emit_ctx *ctx)
{
	return has_text(ctx, IR_SECTION_LOCAL_RULE_1);
}

int when_local_rule_2(const struct emit_ctx *ctx)
{
	return has_text(ctx, IR_SECTION_LOCAL_RULE_2);
}

int when_local_srv_features(const struct emit_ctx *ctx)
{
	return has_text(ctx, IR_SECTION_LOCAL_SRV_FEATURES);
}

int when_local_clt_features(const struct emit_ctx *ctx)
{
	return has_text(ctx, IR_SECTION_LOCAL_CLT_FEATURES);
}

int when_local_try_tls(const struct emit_ctx *ctx)
{
	return has_text(ctx, IR_SECTION_LOCAL_TRY_TLS);
}

int when_local_tls_rcpt(const struct emit_ctx *ctx)
{
	return has_text(ctx, IR_SECTION_LOCAL_TLS_RCPT);
}

int when_local_tls_client(const struct emit_ctx *ctx)
{
	return has_text(ctx, IR_SECTION_LOCAL_TLS_CLIENT);
}

int when_local_tls_server(const struct emit_ctx *ctx)
{
	return has_text(ctx, IR_SECTION_LOCAL_TLS_SERVER);
}
