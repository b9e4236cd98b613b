/*
 * procmail.c - MAILER(`procmail'): delivery through procmail as a mailer
 * of its own (used by mailertable entries and FEATURE(local_procmail)
 * sites).
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def procmail_mailers[] = {
	{ "procmail", NULL, "DFM", NULL, "PROCMAIL_MAILER_FLAGS", "SPhnu9", NULL, "PROCMAIL", {
		/* the older name PROCMAIL_PATH still counts */
		MAILER_FIELD_OR('P', "/usr/local/bin/procmail", "PROCMAIL_MAILER_PATH",
				"PROCMAIL_PATH"),
		MAILER_FIXED('S', "EnvFromSMTP/HdrFromSMTP"),
		MAILER_FIXED('R', "EnvToSMTP/HdrFromSMTP"),
		MAILER_FIELD('M', NULL, "PROCMAIL_MAILER_MAX"),
		MAILER_FIXED('T', "DNS/RFC822/X-Unix"),
		MAILER_QGRP("PROCMAIL_MAILER_QGRP"),
		MAILER_FIELD('A', "procmail -Y -m $h $f $u", "PROCMAIL_MAILER_ARGS"),
		MAILER_END } },
};

const struct mailer_file mailer_file_procmail = {
	"procmail", procmail_mailers, sizeof(procmail_mailers) / sizeof(procmail_mailers[0]),
	"PROCMAIL_MAILER_FLAGS, PROCMAIL_MAILER_PATH, PROCMAIL_PATH, PROCMAIL_MAILER_MAX, PROCMAIL_MAILER_QGRP, PROCMAIL_MAILER_ARGS",
	NULL, 1
};
