/*
 * procmail.c - MAILER(`procmail'): delivery through procmail as a mailer
 * of its own (used by mailertable entries and FEATURE(local_procmail)
 * sites).
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def procmail_mailers[] = {
	{ "procmail", "DFM", "PROCMAIL_MAILER_FLAGS", "SPhnu9", "PROCMAIL", {
		{ 'P', "/usr/local/bin/procmail", "PROCMAIL_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "EnvFromSMTP/HdrFromSMTP", NULL, NULL, NULL, 0 },
		{ 'R', "EnvToSMTP/HdrFromSMTP", NULL, NULL, NULL, 0 },
		{ 'M', NULL, "PROCMAIL_MAILER_MAX", NULL, NULL, 0 },
		{ 'T', "DNS/RFC822/X-Unix", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "PROCMAIL_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "procmail -Y -m $h $f $u", "PROCMAIL_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_procmail = {
	"procmail", procmail_mailers, sizeof(procmail_mailers) / sizeof(procmail_mailers[0]),
	"PROCMAIL_MAILER_FLAGS, PROCMAIL_MAILER_PATH, PROCMAIL_MAILER_MAX, PROCMAIL_MAILER_QGRP, PROCMAIL_MAILER_ARGS",
	NULL, 1
};
