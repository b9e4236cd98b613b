/*
 * feature_impl.h - the apply functions of the implemented features, one
 * per file in features/.  Only registry.c and the feature files include
 * this header.
 */
#ifndef SMCF_FEATURE_IMPL_H
#define SMCF_FEATURE_IMPL_H

#include "features/feature.h"
#include "compiler/emit_ctx.h"

/* Most features only switch a flag the core rule tables test; their
 * file is then this one line (plus the comment saying what it means). */
#define FEATURE_SETS_FLAG(name, which) \
	int feature_##name##_apply(struct emit_ctx *ctx, const struct ir_call *call) \
	{ \
		(void)call; \
		ctx->flag[which] = 1; \
		return 0; \
	}

/* A few only define a name that the header of the cf tests at the end
 * (so a later undefine in the .mc cancels them, as in the reference). */
#define FEATURE_SETS_DEFINE(name, define_name) \
	int feature_##name##_apply(struct emit_ctx *ctx, const struct ir_call *call) \
	{ \
		ctx_set_define(ctx, define_name, "", call->define_epoch); \
		return 0; \
	}

int feature_access_db_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_bcc_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_blocklist_recipients_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_blacklist_recipients_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_dnsbl_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_enhdnsbl_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_virtusertable_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_genericstable_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_generics_entire_domain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_relay_entire_domain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_preserve_local_plus_detail_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_greet_pause_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_delay_checks_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_conncontrol_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_ratecontrol_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_local_lmtp_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_msp_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_block_bad_helo_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_compat_check_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_lookupdotdomain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_loose_relay_check_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_local_no_masquerade_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_promiscuous_relay_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_relay_hosts_only_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_stickyhost_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_sts_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_relay_based_on_MX_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_relay_local_from_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_relay_mail_from_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_require_rdns_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_tls_failures_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_tls_session_features_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_use_client_ptr_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_virtuser_entire_domain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_notsticky_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_check_cert_altnames_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_domaintable_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_bitdomain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_uucpdomain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_authinfo_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_smrsh_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_badmx_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_nouucp_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_nopercenthack_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_bestmx_is_local_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_queuegroup_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_check_other_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_rhsbl_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_mtamark_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_accept_unqualified_senders_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_preserve_luser_host_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_drac_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_cssubdomain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_vnet_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_xconnect_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_nodns_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_msp_nullclient_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_virthost_by_ip_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_spamtrap_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_debian_auth_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_prefixmod_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_dnsblaccess_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_domainmap_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_accept_unresolvable_domains_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_allmasquerade_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_local_procmail_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_no_default_msa_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_use_ct_file_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_always_add_domain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_ldap_routing_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_limited_masquerade_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_mailertable_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_masquerade_entire_domain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_masquerade_envelope_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_nocanonify_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_nullclient_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_redirect_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_use_cw_file_apply(struct emit_ctx *ctx, const struct ir_call *call);

#endif
