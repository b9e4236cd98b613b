/*
 * feature_impl.h - the apply functions of the implemented features, one
 * per file in features/.  Only registry.c and the feature files include
 * this header.
 */
#ifndef SMCF_FEATURE_IMPL_H
#define SMCF_FEATURE_IMPL_H

#include "features/feature.h"

int feature_access_db_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_accept_unresolvable_domains_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_allmasquerade_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_local_procmail_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_no_default_msa_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_use_ct_file_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_always_add_domain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_limited_masquerade_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_mailertable_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_masquerade_entire_domain_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_masquerade_envelope_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_nocanonify_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_nullclient_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_redirect_apply(struct emit_ctx *ctx, const struct ir_call *call);
int feature_use_cw_file_apply(struct emit_ctx *ctx, const struct ir_call *call);

#endif
