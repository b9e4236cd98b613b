/*
 * phquery.c - MAILER(`phquery'): the CSO phone-book (ph) lookup mailer.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def phquery_mailers[] = {
	{ "ph", "nrDFM", "PH_MAILER_FLAGS", "ehmu", "PH", {
		{ 'P', "/usr/local/etc/phquery", "PH_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "EnvFromL", NULL, NULL, NULL, 0 },
		{ 'R', "EnvToL/HdrToL", NULL, NULL, NULL, 0 },
		{ 'T', "DNS/RFC822/X-Unix", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "PH_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "phquery -- $u", "PH_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_phquery = {
	"phquery", phquery_mailers, sizeof(phquery_mailers) / sizeof(phquery_mailers[0]),
	"PH_MAILER_FLAGS, PH_MAILER_PATH, PH_MAILER_QGRP, PH_MAILER_ARGS",
	NULL, 1
};
