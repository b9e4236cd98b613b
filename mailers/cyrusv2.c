/*
 * cyrusv2.c - MAILER(`cyrusv2'): delivery to Cyrus IMAP 2 over its LMTP
 * socket.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def cyrusv2_mailers[] = {
	{ "cyrusv2", "_DEF_CYRUSV2_MAILER_FLAGS", "lsDFMnqXz", NULL,
	  "CYRUSV2_MAILER_FLAGS", "A@/:|m", NULL, "CYRUSV2", {
		MAILER_FIXED('P', "[IPC]"),
		MAILER_FIXED('S', "EnvFromSMTP/HdrFromL"),
		MAILER_FIXED('R', "EnvToL/HdrToL"),
		MAILER_FIXED('E', "\\r\\n"),
		MAILER_FIELD('m', NULL, "CYRUSV2_MAILER_MAXMSGS"),
		MAILER_FIELD('r', NULL, "CYRUSV2_MAILER_MAXRCPTS"),
		MAILER_FIELD('C', NULL, "CYRUSV2_MAILER_CHARSET"),
		MAILER_FIXED('T', "DNS/RFC822/SMTP"),
		MAILER_QGRP("CYRUSV2_MAILER_QGRP"),
		MAILER_FIELD('A', "FILE /var/run/cyrus/socket/lmtp", "CYRUSV2_MAILER_ARGS"),
		MAILER_END } },
};

const struct mailer_file mailer_file_cyrusv2 = {
	"cyrusv2", cyrusv2_mailers, sizeof(cyrusv2_mailers) / sizeof(cyrusv2_mailers[0]),
	"CYRUSV2_MAILER_FLAGS, CYRUSV2_MAILER_MAXMSGS, CYRUSV2_MAILER_MAXRCPTS, CYRUSV2_MAILER_CHARSET, CYRUSV2_MAILER_QGRP, CYRUSV2_MAILER_ARGS",
	NULL, 1
};
