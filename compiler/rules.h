/*
 * rules.h - rule tables: how the core rulesets and the mailer and
 * feature rulesets are written down.
 *
 * A table is an array of struct rule_line, written in order.  TEXT is one
 * of:
 *   "SName" / "SName=NN"  starts a ruleset (a blank line is put before it)
 *   "R<lhs>\t<rhs>"       a rewriting rule
 *   "# words"             a comment copied to the cf
 *   "@HOOK"               a hook point: the .mc's raw text for the section
 *                         of that name (LOCAL_RULE_0 ...) and the rules
 *                         features registered there (ctx_add_rules) are
 *                         written here.
 *   "{" ... "}"           a block: the lines up to the matching "}" are
 *                         written only when the "{" line's WHEN holds
 *                         (blocks nest), so a table can follow the
 *                         reference's nested conditions as they are.
 * WHEN, if not NULL, is a predicate on the emitter state: the line is
 * written only when it returns non-zero.
 *
 * In rule text, _LOCAL_, _SMTP_, _RELAY_ and _UUCP_ stand for the
 * mailers of those roles, and a few _MSG_..._ / _TLS_..._ words for
 * texts the .mc may replace by a define (see rules.c).  The predicates are small named
 * functions (rules_when.c) so that a table reads as "this rule, when
 * that feature is on".
 */
#ifndef SMCF_RULES_H
#define SMCF_RULES_H

#include <stddef.h>

struct emit_ctx;
struct ir_call;

typedef int (*rule_when)(const struct emit_ctx *ctx);

struct rule_line {
	rule_when when;
	const char *text;
};

#define RULES_COUNT(table) (sizeof(table) / sizeof((table)[0]))

/* Write TABLE; returns 0 or -1 on a write error. */
int rules_write(struct emit_ctx *ctx, const struct rule_line *table, size_t n);

/* Write one block of the .mc's raw text, marked as coming from its .mc
 * lines (compiler/emit_origin.h), its last line ended. */
struct ir_text;
void rules_write_site_text(struct emit_ctx *ctx, const struct ir_text *t);

/* Write the raw text the .mc gave for SECTION (IR_SECTION_*), in order. */
void rules_site_text(struct emit_ctx *ctx, const char *section);

/* The core rulesets, from canonify to the TLS and AUTH skeletons. */
extern const struct rule_line rules_core[];
extern const size_t rules_core_count;

/* The rulesets of MAILER(local) and MAILER(smtp), written before their
 * M lines. */
int rules_local_mailer(struct emit_ctx *ctx, const struct ir_call *call);
int rules_smtp_mailer(struct emit_ctx *ctx, const struct ir_call *call);
/* Their predicates that the M line tables share (rules_mailers.c): is
 * FEATURE(local_lmtp) in force when MAILER(local) is read. */
int when_local_lmtp(const struct emit_ctx *ctx);
int when_no_local_lmtp(const struct emit_ctx *ctx);

/* Predicates (rules_when.c). */
int when_canonify(const struct emit_ctx *ctx);
int when_canonify_uucp(const struct emit_ctx *ctx);
int when_nocanonify(const struct emit_ctx *ctx);
int when_canonify_all_hosts(const struct emit_ctx *ctx);
int when_nocanonify_headers(const struct emit_ctx *ctx);
int when_ipv6(const struct emit_ctx *ctx);
int when_deprecated_route_addr(const struct emit_ctx *ctx);
int when_route_addr_strip(const struct emit_ctx *ctx);
int when_route_addr_strip_ipv6(const struct emit_ctx *ctx);
int when_route_addr_keep_ipv6(const struct emit_ctx *ctx);
int when_strict_rfc821(const struct emit_ctx *ctx);
int when_masquerading(const struct emit_ctx *ctx);
int when_not_masquerading(const struct emit_ctx *ctx);
int when_masq_whole_domains(const struct emit_ctx *ctx);
int when_masq_exact_domains(const struct emit_ctx *ctx);
int when_masq_exposed_whole(const struct emit_ctx *ctx);
int when_masq_exposed_exact(const struct emit_ctx *ctx);
int when_masq_convert_whole(const struct emit_ctx *ctx);
int when_masq_convert_exact(const struct emit_ctx *ctx);
int when_masq_local_names(const struct emit_ctx *ctx);
int when_masq_envelope(const struct emit_ctx *ctx);
int when_not_masq_envelope(const struct emit_ctx *ctx);
int when_allmasquerade(const struct emit_ctx *ctx);
int when_not_allmasquerade(const struct emit_ctx *ctx);
int when_always_add_domain_local(const struct emit_ctx *ctx);
int when_always_add_domain_given(const struct emit_ctx *ctx);
int when_luser_relay(const struct emit_ctx *ctx);
int when_luser_relay_plus_detail(const struct emit_ctx *ctx);
int when_luser_relay_no_plus_detail(const struct emit_ctx *ctx);
int when_luser_relay_luser_host(const struct emit_ctx *ctx);
int when_mail_hub(const struct emit_ctx *ctx);
int when_local_relay(const struct emit_ctx *ctx);
int when_bitnet_relay(const struct emit_ctx *ctx);
int when_decnet_relay(const struct emit_ctx *ctx);
int when_fax_relay(const struct emit_ctx *ctx);
int when_uucp_relay(const struct emit_ctx *ctx);
int when_uucp_relay_canon(const struct emit_ctx *ctx);
int when_uucp_site_U(const struct emit_ctx *ctx);
int when_uucp_site_V(const struct emit_ctx *ctx);
int when_uucp_site_W(const struct emit_ctx *ctx);
int when_uucp_site_X(const struct emit_ctx *ctx);
int when_uucp_site_Y(const struct emit_ctx *ctx);
int when_uucp_site_V_relay(const struct emit_ctx *ctx);
int when_uucp_site_W_relay(const struct emit_ctx *ctx);
int when_uucp_site_X_relay(const struct emit_ctx *ctx);
int when_usenet_mailer(const struct emit_ctx *ctx);
int when_pop_mailer(const struct emit_ctx *ctx);
int when_fax_mailer(const struct emit_ctx *ctx);
int when_uucp_direct(const struct emit_ctx *ctx);
int when_decnet_syntax(const struct emit_ctx *ctx);
int when_access_db(const struct emit_ctx *ctx);
int when_no_access_db(const struct emit_ctx *ctx);
int when_access_skip(const struct emit_ctx *ctx);
int when_search_addresses(const struct emit_ctx *ctx);
int when_lookup_tag_only(const struct emit_ctx *ctx);
int when_rbl(const struct emit_ctx *ctx);
int when_require_qual_rcpt(const struct emit_ctx *ctx);
int when_no_require_qual_rcpt(const struct emit_ctx *ctx);
int when_reject_ip_in_check_rcpt(const struct emit_ctx *ctx);
int when_relay_full_addr(const struct emit_ctx *ctx);
int when_no_relay_full_addr(const struct emit_ctx *ctx);
int when_use_auth(const struct emit_ctx *ctx);
int when_blocklist_recipients(const struct emit_ctx *ctx);
/* ... and delay_checks without a second argument: SPAMFRIEND/SPAMHATER
 * answers pass */
int when_virtusertable(const struct emit_ctx *ctx);
int when_genericstable(const struct emit_ctx *ctx);
int when_relay_entire_domain(const struct emit_ctx *ctx);
int when_plus_detail(const struct emit_ctx *ctx);
int when_no_plus_detail(const struct emit_ctx *ctx);
int when_ffr_5(const struct emit_ctx *ctx);
int when_plus_detail_drop(const struct emit_ctx *ctx);
int when_plus_detail_drop_ffr_5(const struct emit_ctx *ctx);
int when_luser_host_no_plus_detail(const struct emit_ctx *ctx);
int when_generics_exact(const struct emit_ctx *ctx);
int when_generics_whole(const struct emit_ctx *ctx);
int when_delay_checks(const struct emit_ctx *ctx);
int when_no_delay_checks(const struct emit_ctx *ctx);
int when_spam_friend(const struct emit_ctx *ctx);
int when_spam_hater(const struct emit_ctx *ctx);
int when_spam_friend_or_hater(const struct emit_ctx *ctx);
int when_delay_compat(const struct emit_ctx *ctx);
int when_spam_tag_class(const struct emit_ctx *ctx);
int when_mail_macro(const struct emit_ctx *ctx);
int when_no_mail_macro(const struct emit_ctx *ctx);
int when_conncontrol(const struct emit_ctx *ctx);
int when_ratecontrol(const struct emit_ctx *ctx);
int when_conncontrol_soft(const struct emit_ctx *ctx);
int when_conncontrol_hard(const struct emit_ctx *ctx);
int when_ratecontrol_soft(const struct emit_ctx *ctx);
int when_ratecontrol_hard(const struct emit_ctx *ctx);
int when_rate_delayed(const struct emit_ctx *ctx);
int when_conn_delayed(const struct emit_ctx *ctx);
int when_rate_immediate(const struct emit_ctx *ctx);
int when_conn_immediate(const struct emit_ctx *ctx);
int when_control_immediate(const struct emit_ctx *ctx);
int when_block_bad_helo(const struct emit_ctx *ctx);
int when_no_block_bad_helo(const struct emit_ctx *ctx);
int when_lookupdotdomain(const struct emit_ctx *ctx);
int when_no_lookupdotdomain(const struct emit_ctx *ctx);
int when_loose_relay_check(const struct emit_ctx *ctx);
int when_no_loose_relay_check(const struct emit_ctx *ctx);
int when_local_no_masquerade(const struct emit_ctx *ctx);
int when_no_local_no_masquerade(const struct emit_ctx *ctx);
int when_promiscuous_relay(const struct emit_ctx *ctx);
int when_no_promiscuous_relay(const struct emit_ctx *ctx);
int when_relay_hosts_only(const struct emit_ctx *ctx);
int when_no_relay_hosts_only(const struct emit_ctx *ctx);
int when_stickyhost(const struct emit_ctx *ctx);
int when_no_stickyhost(const struct emit_ctx *ctx);
int when_relay_based_on_MX(const struct emit_ctx *ctx);
int when_no_relay_based_on_MX(const struct emit_ctx *ctx);
int when_relay_local_from(const struct emit_ctx *ctx);
int when_no_relay_local_from(const struct emit_ctx *ctx);
int when_relay_mail_from(const struct emit_ctx *ctx);
int when_no_relay_mail_from(const struct emit_ctx *ctx);
int when_require_rdns(const struct emit_ctx *ctx);
int when_no_require_rdns(const struct emit_ctx *ctx);
int when_tls_session_features(const struct emit_ctx *ctx);
int when_tls_clt_features(const struct emit_ctx *ctx);
int when_sts(const struct emit_ctx *ctx);
int when_sts_san(const struct emit_ctx *ctx);
int when_full_tls_check(const struct emit_ctx *ctx);
int when_no_full_tls_check(const struct emit_ctx *ctx);
int when_tls_perm_err(const struct emit_ctx *ctx);
int when_tls_failures(const struct emit_ctx *ctx);
int when_tls_altnames(const struct emit_ctx *ctx);
int when_cert_regex_issuer(const struct emit_ctx *ctx);
int when_no_cert_regex_issuer(const struct emit_ctx *ctx);
int when_cert_regex_subject(const struct emit_ctx *ctx);
int when_no_cert_regex_subject(const struct emit_ctx *ctx);
int when_no_tls_session_features(const struct emit_ctx *ctx);
int when_use_client_ptr(const struct emit_ctx *ctx);
int when_no_use_client_ptr(const struct emit_ctx *ctx);
int when_virtuser_entire_domain(const struct emit_ctx *ctx);
int when_no_virtuser_entire_domain(const struct emit_ctx *ctx);
int when_relay_whole_domains(const struct emit_ctx *ctx);
int when_virtuser_exact(const struct emit_ctx *ctx);
int when_virtuser_stop_recursion(const struct emit_ctx *ctx);
int when_virtuser_no_recursion(const struct emit_ctx *ctx);
int when_virtuser_recursion(const struct emit_ctx *ctx);
int when_relay_mail_from_address(const struct emit_ctx *ctx);
int when_relay_mail_from_exact(const struct emit_ctx *ctx);
int when_relay_mail_from_domain(const struct emit_ctx *ctx);
int when_relay_by_sender(const struct emit_ctx *ctx);
int when_authinfo(const struct emit_ctx *ctx);
int when_authinfo_from_access(const struct emit_ctx *ctx);
int when_badmx(const struct emit_ctx *ctx);
int when_bitdomain(const struct emit_ctx *ctx);
int when_domaintable(const struct emit_ctx *ctx);
int when_no_nopercenthack(const struct emit_ctx *ctx);
int when_no_nouucp(const struct emit_ctx *ctx);
int when_nopercenthack_reject(const struct emit_ctx *ctx);
int when_nouucp_reject(const struct emit_ctx *ctx);
int when_uucpdomain(const struct emit_ctx *ctx);
int when_drac(const struct emit_ctx *ctx);
int when_no_accept_unqualified_senders(const struct emit_ctx *ctx);
int when_preserve_luser_host(const struct emit_ctx *ctx);
int when_add_bcc(const struct emit_ctx *ctx);
int when_ldap_routing(const struct emit_ctx *ctx);
int when_mailertable(const struct emit_ctx *ctx);
int when_no_mailertable(const struct emit_ctx *ctx);
int when_ldap_tempfail(const struct emit_ctx *ctx);
int when_ldap_detail(const struct emit_ctx *ctx);
int when_ldap_detail_preserve(const struct emit_ctx *ctx);
int when_ldap_nodomain(const struct emit_ctx *ctx);
int when_no_ldap_nodomain(const struct emit_ctx *ctx);
int when_ldap_must_exist(const struct emit_ctx *ctx);
int when_no_ldap_must_exist(const struct emit_ctx *ctx);
int when_ldap_sender_must_exist(const struct emit_ctx *ctx);
int when_unqualified_uucp_check(const struct emit_ctx *ctx);
int when_smtp_mailer(const struct emit_ctx *ctx);
int when_no_smtp_mailer(const struct emit_ctx *ctx);
int when_resolve_check(const struct emit_ctx *ctx);
int when_no_resolve_check(const struct emit_ctx *ctx);
int when_local_rule_1(const struct emit_ctx *ctx);
int when_local_rule_2(const struct emit_ctx *ctx);
int when_local_srv_features(const struct emit_ctx *ctx);
int when_local_clt_features(const struct emit_ctx *ctx);
int when_local_try_tls(const struct emit_ctx *ctx);
int when_local_tls_rcpt(const struct emit_ctx *ctx);
int when_local_tls_client(const struct emit_ctx *ctx);
int when_local_tls_server(const struct emit_ctx *ctx);

#endif
