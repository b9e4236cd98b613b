/*
 * cyrusv2.c - MAILER(`cyrusv2'): delivery to Cyrus IMAP 2 over its LMTP
 * socket.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def cyrusv2_mailers[] = {
	{ "cyrusv2", "lsDFMnqXz", "CYRUSV2_MAILER_FLAGS", "A@/:|m", "CYRUSV2", {
		{ 'P', "[IPC]", NULL, NULL, NULL, 0 },
		{ 'S', "EnvFromSMTP/HdrFromL", NULL, NULL, NULL, 0 },
		{ 'R', "EnvToL/HdrToL", NULL, NULL, NULL, 0 },
		{ 'E', "\\r\\n", NULL, NULL, NULL, 0 },
		{ 'm', NULL, "CYRUSV2_MAILER_MAXMSGS", NULL, NULL, 0 },
		{ 'r', NULL, "CYRUSV2_MAILER_MAXRCPTS", NULL, NULL, 0 },
		{ 'C', NULL, "CYRUSV2_MAILER_CHARSET", NULL, NULL, 0 },
		{ 'T', "DNS/RFC822/SMTP", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "CYRUSV2_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "FILE /var/run/cyrus/socket/lmtp", "CYRUSV2_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_cyrusv2 = {
	"cyrusv2", cyrusv2_mailers, sizeof(cyrusv2_mailers) / sizeof(cyrusv2_mailers[0]),
	"CYRUSV2_MAILER_FLAGS, CYRUSV2_MAILER_MAXMSGS, CYRUSV2_MAILER_MAXRCPTS, CYRUSV2_MAILER_CHARSET, CYRUSV2_MAILER_QGRP, CYRUSV2_MAILER_ARGS",
	NULL, 1
};
