/*
 * cyrus.c - MAILER(`cyrus'): delivery into Cyrus IMAP mailboxes and
 * bulletin boards through its deliver program.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def cyrus_mailers[] = {
	{ "cyrus", "lsDFMnPq", "CYRUS_MAILER_FLAGS", "Ah5@/:|", "CYRUS", {
		{ 'P', "/usr/sbin/cyrdeliver", "CYRUS_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "EnvFromL", NULL, NULL, NULL, 0 },
		{ 'R', "EnvToL/HdrToL", NULL, NULL, NULL, 0 },
		{ 'M', NULL, "CYRUS_MAILER_MAX", NULL, NULL, 0 },
		{ 'U', "cyrus:mail", "CYRUS_MAILER_USER", NULL, NULL, 0 },
		{ 'T', "DNS/RFC822/X-Unix", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "CYRUS_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "cyrdeliver -e -m $h -- $u", "CYRUS_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
	{ "cyrusbb", "lsDFMnP", "CYRUS_BB_MAILER_FLAGS", "u", "CYRUS", {
		{ 'P', "/usr/sbin/cyrdeliver", "CYRUS_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "EnvFromL", NULL, NULL, NULL, 0 },
		{ 'R', "EnvToL/HdrToL", NULL, NULL, NULL, 0 },
		{ 'M', NULL, "CYRUS_MAILER_MAX", NULL, NULL, 0 },
		{ 'U', "cyrus:mail", "CYRUS_MAILER_USER", NULL, NULL, 0 },
		{ 'T', "DNS/RFC822/X-Unix", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "CYRUS_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "cyrdeliver -e -m $u", "CYRUS_BB_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_cyrus = {
	"cyrus", cyrus_mailers, sizeof(cyrus_mailers) / sizeof(cyrus_mailers[0]),
	"CYRUS_MAILER_FLAGS, CYRUS_MAILER_PATH, CYRUS_MAILER_MAX, CYRUS_MAILER_USER, CYRUS_MAILER_QGRP, CYRUS_MAILER_ARGS, CYRUS_BB_MAILER_FLAGS, CYRUS_BB_MAILER_ARGS",
	NULL, 1
};
