/*
 * phquery.c - MAILER(`phquery'): the CSO phone-book (ph) lookup mailer.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def phquery_mailers[] = {
	{ "ph", NULL, "nrDFM", NULL, "PH_MAILER_FLAGS", "ehmu", NULL, "PH", {
		MAILER_FIELD('P', "/usr/local/etc/phquery", "PH_MAILER_PATH"),
		MAILER_FIXED('S', "EnvFromL"),
		MAILER_FIXED('R', "EnvToL/HdrToL"),
		MAILER_FIXED('T', "DNS/RFC822/X-Unix"),
		MAILER_QGRP("PH_MAILER_QGRP"),
		MAILER_FIELD('A', "phquery -- $u", "PH_MAILER_ARGS"),
		MAILER_END } },
};

const struct mailer_file mailer_file_phquery = {
	"phquery", phquery_mailers, sizeof(phquery_mailers) / sizeof(phquery_mailers[0]),
	"PH_MAILER_FLAGS, PH_MAILER_PATH, PH_MAILER_QGRP, PH_MAILER_ARGS",
	NULL, 1
};
