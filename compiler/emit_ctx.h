/*
 * emit_ctx.h - the emitter's working state, shared with features/ and
 * mailers/.
 *
 * Before anything is written, every FEATURE of the .mc is applied in
 * order: each one switches on flags the core rule tables test, fills
 * string slots (map specs, hub names), and may queue extra cf lines for a
 * named section (classes, maps, macros).  The writers then walk the
 * sections and the rule tables, reading this state only.
 */
#ifndef SMCF_EMIT_CTX_H
#define SMCF_EMIT_CTX_H

#include <stdio.h>

#include "diag_codes.h"
#include "compiler/ir.h"

struct emit_ctx;

/* Switches set by features and .mc macros; rule tables test them. */
enum ctx_flag {
	CF_NOCANONIFY,		/* FEATURE(nocanonify) */
	CF_MAILERTABLE,		/* FEATURE(mailertable) */
	CF_MASQ_ENTIRE_DOMAIN,	/* FEATURE(masquerade_entire_domain) */
	CF_MASQ_ENVELOPE,	/* FEATURE(masquerade_envelope) */
	CF_LIMITED_MASQ,	/* FEATURE(limited_masquerade) */
	CF_ALWAYS_ADD_DOMAIN,	/* FEATURE(always_add_domain) */
	CF_NULLCLIENT,		/* FEATURE(nullclient) */
	CF_REDIRECT,		/* FEATURE(redirect) */
	CF_ALLMASQUERADE,	/* FEATURE(allmasquerade) */
	CF_LOCAL_PROCMAIL,	/* FEATURE(local_procmail) */
	CF_EXPOSED_USERS,	/* EXPOSED_USER(_FILE) given */
	CF_ACCEPT_UNRESOLVABLE,	/* FEATURE(accept_unresolvable_domains) */
	CF_NO_DEFAULT_MSA,	/* FEATURE(no_default_msa) */
	CF_NO_PERCENTHACK,	/* FEATURE(nopercenthack) */
	CF_NO_UUCP,		/* FEATURE(nouucp) */
	CF_ACCESS_DB,		/* FEATURE(access_db) */
	CF_ACCESS_SKIP,		/* access_db's `skip' option */
	CF_LOOKUPDOTDOMAIN,	/* access_db's `lookupdotdomain' option */
	CF_RELAY_FULL_ADDR,	/* access_db's `relaytofulladdress' option */
	CF_BLOCKLIST_RCPT,	/* FEATURE(blocklist_recipients) */
	CF_VIRTUSERTABLE,	/* FEATURE(virtusertable) */
	CF_GENERICSTABLE,	/* FEATURE(genericstable) */
	CF_GENERICS_ENTIRE_DOMAIN, /* FEATURE(generics_entire_domain) */
	CF_RELAY_ENTIRE_DOMAIN,	/* FEATURE(relay_entire_domain) */
	CF_PLUS_DETAIL,		/* FEATURE(preserve_local_plus_detail) */
	CF_DELAY_CHECKS,	/* FEATURE(delay_checks) */
	CF_DELAY_FRIEND,	/* delay_checks' `friend' option */
	CF_DELAY_HATER,		/* delay_checks' `hater' option */
	CF_DELAY_COMPAT,	/* delay_checks without a second argument:
				 * 8.10 compatible SPAMFRIEND/SPAMHATER */
	CF_CONNCONTROL,		/* FEATURE(conncontrol) */
	CF_CONN_NODELAY,	/* its `nodelay' option */
	CF_CONN_TERMINATE,	/* its `terminate' option */
	CF_RATECONTROL,		/* FEATURE(ratecontrol) */
	CF_RATE_NODELAY,	/* its `nodelay' option */
	CF_RATE_TERMINATE,	/* its `terminate' option */
	CF_BLOCK_BAD_HELO,	/* FEATURE(block_bad_helo) */
	CF_LOOSE_RELAY_CHECK,	/* FEATURE(loose_relay_check) */
	CF_LOCAL_NO_MASQUERADE,	/* FEATURE(local_no_masquerade) */
	CF_PROMISCUOUS_RELAY,	/* FEATURE(promiscuous_relay) */
	CF_RELAY_HOSTS_ONLY,	/* FEATURE(relay_hosts_only) */
	CF_STICKYHOST,		/* FEATURE(stickyhost) */
	CF_RELAY_BASED_ON_MX,	/* FEATURE(relay_based_on_MX) */
	CF_RELAY_LOCAL_FROM,	/* FEATURE(relay_local_from) */
	CF_RELAY_MAIL_FROM,	/* FEATURE(relay_mail_from) */
	CF_REQUIRE_RDNS,	/* FEATURE(require_rdns) */
	CF_TLS_SESSION_FEATURES,	/* FEATURE(tls_session_features) */
	CF_TLS_ALTNAMES,	/* FEATURE(check_cert_altnames) */
	CF_STS,			/* FEATURE(sts) */
	CF_STS_SAN,		/* sts without `NO_SAN_TST': check the SANs */
	CF_USE_CLIENT_PTR,	/* FEATURE(use_client_ptr) */
	CF_VIRTUSER_ENTIRE_DOMAIN,	/* FEATURE(virtuser_entire_domain) */
	CF_RELAY_MAIL_FROM_DOMAIN,	/* relay_mail_from's `domain' option */
	CF_DOMAINTABLE,	/* FEATURE(domaintable) */
	CF_BITDOMAIN,	/* FEATURE(bitdomain) */
	CF_UUCPDOMAIN,	/* FEATURE(uucpdomain) */
	CF_AUTHINFO,	/* FEATURE(authinfo) */
	CF_BADMX,	/* FEATURE(badmx) */
	CF_NO_UUCP_REJECT,	/* nouucp's `reject' */
	CF_NO_PERCENTHACK_REJECT,	/* nopercenthack's `reject' */
	CF_ACCEPT_UNQUALIFIED,	/* FEATURE(accept_unqualified_senders) */
	CF_PRESERVE_LUSER_HOST,	/* FEATURE(preserve_luser_host) */
	CF_ADD_BCC,		/* FEATURE(bcc) */
	CF_NEED_SMTPOPMODES,	/* class SMTPOpModes wanted (bcc's fourth
				 * argument, ldap_routing) */
	CF_LDAP_ROUTING,	/* FEATURE(ldap_routing) */
	CF_LDAP_MUST_EXIST,	/* a recipient LDAP does not know bounces */
	CF_LDAP_SENDER_MUST_EXIST,	/* ... and so does such a sender */
	CF_LDAP_DETAIL,		/* `strip' or `preserve': +detail retried */
	CF_LDAP_DETAIL_PRESERVE,	/* `preserve': +detail kept */
	CF_LDAP_NODOMAIN,	/* no @domain lookup */
	CF_LDAP_TEMPFAIL,	/* lookup failures refuse SMTP recipients */
	CF_LDAP_DEFAULT_MAPS,	/* a default routing map is in use */
	CF_DRAC,		/* FEATURE(drac) */
	CF_DOMAINMAP,		/* a FEATURE(domainmap) wrote the shared rules */
	CF_DNSBL_MAP,		/* FEATURE(dnsbl) declared the dnsbl map */
	CF_RHSBL_MAP,		/* FEATURE(rhsbl) has been read */
	CF_EDNSBL_MAP,
	CF_MTAMARK_MAP,		/* the mtamark map is declared */		/* the ednsbl map is declared */
	CF_FLAG_COUNT
};

/* String slots filled by features. */
enum ctx_str {
	CS_ALWAYS_ADD_DOMAIN,	/* argument of FEATURE(always_add_domain) */
	CS_CANONIFY_HOSTS,	/* argument of FEATURE(nocanonify) */
	CS_DEFAULT_DAEMON,	/* DaemonPortOptions when the .mc gives none */
	CS_STR_COUNT
};

/* Where queued extra lines go. */
enum ctx_section {
	SEC_LOCAL_INFO,		/* after Cwlocalhost: class/file lines */
	SEC_MAPS,		/* K lines after the standard maps */
	SEC_CLASSES,		/* classes of *_DOMAIN, EXPOSED_USER ... */
	SEC_COUNT
};

struct ctx_lines {
	char **lines;
	struct ir_pos *pos;	/* the call that queued each line (file NULL: none) */
	size_t n, cap;
};

/* Rules features put at a named hook point of a rule table. */
struct ctx_hook_rule {
	char *hook;
	int (*when)(const struct emit_ctx *ctx);
	char *text;
	size_t seq;		/* the call that registered it (cur_seq) */
};

/* A MODIFY_MAILER_FLAGS(`MAILER', `EDIT') a feature makes at EPOCH. */
struct ctx_flag_edit {
	char *mailer;
	char *edit;
	size_t epoch;
};

/* A define a feature makes (nullclient sets SMART_HOST ...), visible to
 * readers from the feature's epoch on unless the .mc redefines the name
 * later. */
struct ctx_define {
	char *name;
	char *value;		/* NULL = the feature undefines the name */
	size_t epoch;
};

struct emit_ctx {
	const struct ir_config *ir;
	FILE *out;
	int errors;			/* diagnostics printed so far */
	unsigned char flag[CF_FLAG_COUNT];
	char *str[CS_STR_COUNT];	/* owned; NULL when unset */
	struct ctx_lines section[SEC_COUNT];
	struct ctx_hook_rule *hook_rules;
	size_t nhook_rules, cap_hook_rules;
	struct ctx_define *defines;
	size_t ndefines, cap_defines;
	struct ctx_flag_edit *flag_edits;
	size_t nflag_edits, cap_flag_edits;
	const char *mailers[32];	/* MAILER() files to write, in order */
	const struct ir_call *mailer_calls[32];	/* the call, NULL if implied */
	size_t nmailers;
	/* While the mailer files are written, only those before the current
	 * one count as present (the reference expands each mailer file at
	 * its MAILER() call); SIZE_MAX otherwise. */
	size_t mailers_visible;
	/* The FEATURE or other call being applied, NULL between calls: the
	 * lines it queues answer to its .mc line (compiler/emit_origin.h). */
	const struct ir_pos *cur_pos;
	size_t cur_seq;		/* its struct ir_call seq, 0 between calls */
	/* While a mailer file is written: the define epoch of its MAILER()
	 * call (SIZE_MAX when implied or otherwise), so its rule predicates
	 * read defines as the reference does when it expands the file. */
	size_t mailer_epoch;
};

void ctx_init(struct emit_ctx *ctx, const struct ir_config *ir, FILE *out);
void ctx_free(struct emit_ctx *ctx);

static inline int ctx_on(const struct emit_ctx *ctx, enum ctx_flag f)
{
	return ctx->flag[f];
}

void ctx_set_str(struct emit_ctx *ctx, enum ctx_str s, const char *value);
/* Queue one cf line (printf style, no trailing newline) for SECTION. */
void ctx_add_line(struct emit_ctx *ctx, enum ctx_section section, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* "file:line:col: error: message" on stderr, with its CODE
 * (lib/diag_codes.h); counts the error. */
void ctx_error(struct emit_ctx *ctx, enum diag_code code, const struct ir_pos *pos,
	       const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The same as a warning (not counted): a notice of the reference. */
void ctx_warning(const struct emit_ctx *ctx, enum diag_code code, const struct ir_pos *pos,
		 const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Value of define NAME as the .mc left it (features' defines included),
 * or DFLT when undefined. */
const char *ctx_define(const struct emit_ctx *ctx, const char *name, const char *dflt);
/* The same, as of EPOCH (the moment of a FEATURE or MAILER call). */
const char *ctx_define_at(const struct emit_ctx *ctx, const char *name, size_t epoch);
/* The same, as of the MAILER() call being written (see mailer_epoch). */
const char *ctx_define_at_mailer(const struct emit_ctx *ctx, const char *name);
/* A define the reference writes without testing it first, as of EPOCH
 * (SIZE_MAX: as the .mc left it): its name itself when undefined, since
 * m4 then leaves the word as it is (MAIL_SETTINGS_DIR, DATABASE_MAP_TYPE). */
const char *ctx_define_or_name(const struct emit_ctx *ctx, const char *name, size_t epoch);
/* A feature defines NAME (VALUE NULL: undefines it) at EPOCH. */
void ctx_set_define(struct emit_ctx *ctx, const char *name, const char *value, size_t epoch);

/* A feature edits a mailer's flags as MODIFY_MAILER_FLAGS would. */
void ctx_add_flag_edit(struct emit_ctx *ctx, const char *mailer, const char *edit, size_t epoch);

/* Put one rule line (printf style) at HOOK, written when WHEN (may be
 * NULL) holds at writing time. */
void ctx_add_rule(struct emit_ctx *ctx, const char *hook,
		  int (*when)(const struct emit_ctx *ctx), const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Ask for MAILER(FILE) as if the .mc had given it (nullclient does);
 * no effect when it is already there. */
void ctx_want_mailer(struct emit_ctx *ctx, const char *file, const struct ir_call *call);
/* Is MAILER(FILE) in the configuration (see mailers_visible)? */
int ctx_has_mailer(const struct emit_ctx *ctx, const char *file);

/* Argument I (0 = the feature name) of a call, "" when absent. */
const char *ctx_arg(const struct ir_call *call, int i);

#endif
