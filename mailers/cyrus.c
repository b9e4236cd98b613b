/*
 * cyrus.c - MAILER(`cyrus'): delivery into Cyrus IMAP mailboxes and
 * bulletin boards through its deliver program.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

/* The two mailers differ in their flags and arguments only; both answer
 * to MODIFY_MAILER_FLAGS(`CYRUS', ...). */
#define CYRUS_MAILER(name, base, flags_define, flags, args, args_define) \
	{ name, NULL, base, NULL, flags_define, flags, NULL, "CYRUS", { \
		MAILER_FIELD('P', "/usr/sbin/cyrdeliver", "CYRUS_MAILER_PATH"), \
		MAILER_FIXED('S', "EnvFromL"), \
		MAILER_FIXED('R', "EnvToL/HdrToL"), \
		MAILER_FIELD('M', NULL, "CYRUS_MAILER_MAX"), \
		MAILER_FIELD('U', "cyrus:mail", "CYRUS_MAILER_USER"), \
		MAILER_FIXED('T', "DNS/RFC822/X-Unix"), \
		MAILER_QGRP("CYRUS_MAILER_QGRP"), \
		MAILER_FIELD('A', args, args_define), \
		MAILER_END } }

static const struct mailer_def cyrus_mailers[] = {
	CYRUS_MAILER("cyrus", "lsDFMnPq", "CYRUS_MAILER_FLAGS", "Ah5@/:|",
		     "cyrdeliver -e -m $h -- $u", "CYRUS_MAILER_ARGS"),
	CYRUS_MAILER("cyrusbb", "lsDFMnP", "CYRUS_BB_MAILER_FLAGS", "u",
		     "cyrdeliver -e -m $u", "CYRUS_BB_MAILER_ARGS"),
};

const struct mailer_file mailer_file_cyrus = {
	"cyrus", cyrus_mailers, sizeof(cyrus_mailers) / sizeof(cyrus_mailers[0]),
	"CYRUS_MAILER_FLAGS, CYRUS_MAILER_PATH, CYRUS_MAILER_MAX, CYRUS_MAILER_USER, CYRUS_MAILER_QGRP, CYRUS_MAILER_ARGS, CYRUS_BB_MAILER_FLAGS, CYRUS_BB_MAILER_ARGS",
	NULL, 1
};
