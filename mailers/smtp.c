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
		{ 'P', "[IPC]", NULL, NULL, NULL, 0 }, \
		{ 'S', "EnvFromSMTP/HdrFromSMTP", NULL, NULL, NULL, 0 }, \
		{ 'E', "\\r\\n", NULL, NULL, NULL, 0 }, \
		{ 'T', "DNS/RFC822/SMTP", NULL, NULL, NULL, 0 }, \
		{ 'r', NULL, "SMTP_MAILER_MAXRCPTS", NULL, NULL, 0 }

/* Recipient rules: header recipients are masqueraded too when
 * FEATURE(allmasquerade) is on. */
#define SMTP_RECIPIENT_FIELDS \
		{ 'R', "EnvToSMTP", NULL, NULL, NULL, MAILER_UNLESS(CF_ALLMASQUERADE) }, \
		{ 'R', "EnvToSMTP/HdrFromSMTP", NULL, NULL, NULL, MAILER_WHEN(CF_ALLMASQUERADE) }

/* The plain SMTP mailers: name, flags added, MODIFY_MAILER_FLAGS name,
 * queue group define and argument define. */
#define SMTP_MAILER(name, add, modname, qgrp, args) \
	{ name, "mDFMuX" add, "SMTP_MAILER_FLAGS", "", modname, { \
		SMTP_COMMON_FIELDS, \
		SMTP_RECIPIENT_FIELDS, \
		{ 'L', "990", "SMTP_MAILER_LL", NULL, NULL, 0 }, \
		{ 'M', NULL, "SMTP_MAILER_MAX", NULL, NULL, 0 }, \
		{ 'm', NULL, "SMTP_MAILER_MAXMSGS", NULL, NULL, 0 }, \
		{ 'C', NULL, "SMTP_MAILER_CHARSET", NULL, NULL, 0 }, \
		{ 'Q', NULL, qgrp, NULL, NULL, 0 }, \
		{ 'A', "TCP $h", args, NULL, NULL, 0 }, \
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL }

static const struct mailer_def smtp_mailers[] = {
	SMTP_MAILER("smtp", "", "SMTP", "SMTP_MAILER_QGRP", "SMTP_MAILER_ARGS"),
	SMTP_MAILER("esmtp", "a", "ESMTP", "ESMTP_MAILER_QGRP", "ESMTP_MAILER_ARGS"),
	SMTP_MAILER("smtp8", "8", "SMTP8", "SMTP8_MAILER_QGRP", "SMTP8_MAILER_ARGS"),
	SMTP_MAILER("dsmtp", "a%", "DSMTP", "DSMTP_MAILER_QGRP", "DSMTP_MAILER_ARGS"),
	/* The relay mailer's configurable flags default to SMTP's. */
	{ "relay", "mDFMuXa8", "RELAY_MAILER_FLAGS", "", "RELAY", {
		SMTP_COMMON_FIELDS,
		{ 'R', "MasqSMTP", NULL, NULL, NULL, MAILER_UNLESS(CF_ALLMASQUERADE) },
		{ 'R', "MasqSMTP/MasqRelay", NULL, NULL, NULL, MAILER_WHEN(CF_ALLMASQUERADE) },
		{ 'L', "2040", "RELAY_MAILER_LL", NULL, NULL, 0 },
		{ 'm', NULL, "RELAY_MAILER_MAXMSGS", NULL, NULL, 0 },
		{ 'C', NULL, "RELAY_MAILER_CHARSET", NULL, NULL, 0 },
		{ 'Q', NULL, "RELAY_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "TCP $h", "RELAY_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, "SMTP_MAILER_FLAGS" },
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
