/*
 * fax.c - MAILER(`fax'): delivery to a fax modem through faxmail
 * (HylaFAX).
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def fax_mailers[] = {
	{ "fax", NULL, "DFMhu", NULL, NULL, "", NULL, NULL, {
		MAILER_FIELD('P', "/usr/bin/faxmail", "FAX_MAILER_PATH"),
		MAILER_FIXED('S', "14"),
		MAILER_FIXED('R', "24"),
		MAILER_FIELD('M', "100000", "FAX_MAILER_MAX"),
		MAILER_FIXED('T', "X-Phone/X-FAX/X-Unix"),
		MAILER_QGRP("FAX_MAILER_QGRP"),
		MAILER_FIELD('A', "faxmail -d $u@$h $f", "FAX_MAILER_ARGS"),
		MAILER_END } },
};

const struct mailer_file mailer_file_fax = {
	"fax", fax_mailers, sizeof(fax_mailers) / sizeof(fax_mailers[0]),
	"FAX_MAILER_PATH, FAX_MAILER_MAX, FAX_MAILER_QGRP, FAX_MAILER_ARGS",
	NULL, 1
};
