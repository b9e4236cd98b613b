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

int when_masquerading(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_MASQUERADING);
}

int when_not_masquerading(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_MASQUERADING);
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

int when_blocklist_recipients(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_BLOCKLIST_RCPT);
}

int when_blocklist_spamtags(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_BLOCKLIST_RCPT) && ctx_on(ctx, CF_DELAY_COMPAT);
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

int when_delay_friend(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_DELAY_FRIEND);
}

int when_greet_pause(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_GREET_PAUSE);
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

int when_compat_check(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_COMPAT_CHECK);
}

int when_no_compat_check(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_COMPAT_CHECK);
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

int when_virtuser_entire_domain(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_VIRTUSER_ENTIRE_DOMAIN);
}

int when_no_virtuser_entire_domain(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_VIRTUSER_ENTIRE_DOMAIN);
}

/* Class R names whole domains, unless relaying is open anyway or limited
 * to single hosts. */
int when_relay_whole_domains(const struct emit_ctx *ctx)
{
	return !ctx_on(ctx, CF_PROMISCUOUS_RELAY) && !ctx_on(ctx, CF_RELAY_HOSTS_ONLY);
}

int when_virtuser_exact(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_VIRTUSERTABLE) && !ctx_on(ctx, CF_VIRTUSER_ENTIRE_DOMAIN);
}

/* relay_mail_from looks up the sender address, and with `domain' its
 * domain too. */
int when_relay_mail_from_address(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_MAIL_FROM) && !ctx_on(ctx, CF_RELAY_MAIL_FROM_DOMAIN);
}

int when_relay_mail_from_domain(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_RELAY_MAIL_FROM_DOMAIN);
}

int when_authinfo(const struct emit_ctx *ctx)
{
	return ctx_on(ctx, CF_AUTHINFO);
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

int when_local_try_tls(const struct emit_ctx *ctx)
{
	return has_text(ctx, IR_SECTION_LOCAL_TRY_TLS);
}
