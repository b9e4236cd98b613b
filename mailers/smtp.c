/*
 * smtp.c - MAILER(`smtp'): the SMTP family (smtp, esmtp, smtp8, dsmtp,
 * relay) and the rulesets that rewrite addresses for them.
 *
 * The five mailers differ only in the flags added to the shared base and
 * in the relay mailer's longer lines and masquerading recipient rules.
 */
#include "compiler/emit_ctx.h"
#include "compiler/rules.h"
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

/* Fields every member of the family shares except R=, L=, Q= and A=. */
#define SMTP_COMMON_FIELDS \
		MAILER_FIXED('P', "[IPC]"), \
		MAILER_FIXED('S', "EnvFromSMTP/HdrFromSMTP"), \
		MAILER_FIXED('E', "\\r\\n"), \
		MAILER_FIXED('T', "DNS/RFC822/SMTP"), \
		MAILER_FIELD('r', NULL, "SMTP_MAILER_MAXRCPTS")

/* Recipient rules: header recipients are masqueraded too when
 * FEATURE(allmasquerade) is on. */
#define SMTP_RECIPIENT_FIELDS \
		MAILER_FIXED_WHEN('R', "EnvToSMTP", when_not_allmasquerade), \
		MAILER_FIXED_WHEN('R', "EnvToSMTP/HdrFromSMTP", when_allmasquerade)

/* The plain SMTP mailers: name, the letters it adds to the shared base
 * (kept when a feature or OS type replaces _DEF_SMTP_MAILER_FLAGS),
 * MODIFY_MAILER_FLAGS name, queue group define and argument define. */
#define SMTP_MAILER(name, add, modname, qgrp, args) \
	{ name, "_DEF_SMTP_MAILER_FLAGS", "mDFMuX", add, "SMTP_MAILER_FLAGS", "", NULL, \
	  modname, { \
		SMTP_COMMON_FIELDS, \
		SMTP_RECIPIENT_FIELDS, \
		MAILER_FIELD('L', "990", "SMTP_MAILER_LL"), \
		MAILER_FIELD('M', NULL, "SMTP_MAILER_MAX"), \
		MAILER_FIELD('m', NULL, "SMTP_MAILER_MAXMSGS"), \
		MAILER_FIELD('C', NULL, "SMTP_MAILER_CHARSET"), \
		MAILER_QGRP(qgrp), \
		MAILER_FIELD('A', "TCP $h", args), \
		MAILER_END } }

static const struct mailer_def smtp_mailers[] = {
	SMTP_MAILER("smtp", NULL, "SMTP", "SMTP_MAILER_QGRP", "SMTP_MAILER_ARGS"),
	SMTP_MAILER("esmtp", "a", "ESMTP", "ESMTP_MAILER_QGRP", "ESMTP_MAILER_ARGS"),
	SMTP_MAILER("smtp8", "8", "SMTP8", "SMTP8_MAILER_QGRP", "SMTP8_MAILER_ARGS"),
	SMTP_MAILER("dsmtp", "a%", "DSMTP", "DSMTP_MAILER_QGRP", "DSMTP_MAILER_ARGS"),
	/* The relay mailer's configurable flags default to SMTP's. */
	{ "relay", "_DEF_SMTP_MAILER_FLAGS", "mDFMuX", "a8", "RELAY_MAILER_FLAGS", "",
	  "SMTP_MAILER_FLAGS", "RELAY", {
		SMTP_COMMON_FIELDS,
		MAILER_FIXED_WHEN('R', "MasqSMTP", when_not_allmasquerade),
		MAILER_FIXED_WHEN('R', "MasqSMTP/MasqRelay", when_allmasquerade),
		MAILER_FIELD('L', "2040", "RELAY_MAILER_LL"),
		MAILER_FIELD('m', NULL, "RELAY_MAILER_MAXMSGS"),
		MAILER_FIELD('C', NULL, "RELAY_MAILER_CHARSET"),
		MAILER_QGRP("RELAY_MAILER_QGRP"),
		MAILER_FIELD('A', "TCP $h", "RELAY_MAILER_ARGS"),
		MAILER_END } },
};

const struct mailer_file mailer_file_smtp = {
	"smtp", smtp_mailers, sizeof(smtp_mailers) / sizeof(smtp_mailers[0]),
	"SMTP_MAILER_FLAGS, SMTP_MAILER_MAX, SMTP_MAILER_MAXMSGS, SMTP_MAILER_MAXRCPTS, "
	"SMTP_MAILER_LL, SMTP_MAILER_CHARSET, SMTP_MAILER_QGRP, SMTP_MAILER_ARGS, "
	"ESMTP_MAILER_QGRP, ESMTP_MAILER_ARGS, SMTP8_MAILER_QGRP, SMTP8_MAILER_ARGS, "
	"DSMTP_MAILER_QGRP, DSMTP_MAILER_ARGS, RELAY_MAILER_FLAGS, RELAY_MAILER_LL, "
	"RELAY_MAILER_MAXMSGS, RELAY_MAILER_CHARSET, RELAY_MAILER_QGRP, RELAY_MAILER_ARGS",
	rules_smtp_mailer, 1
};
