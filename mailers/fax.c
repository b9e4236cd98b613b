/*
 * fax.c - MAILER(`fax'): delivery to a fax modem through faxmail
 * (HylaFAX).
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def fax_mailers[] = {
	{ "fax", "DFMhu", NULL, "", NULL, {
		{ 'P', "/usr/bin/faxmail", "FAX_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "14", NULL, NULL, NULL, 0 },
		{ 'R', "24", NULL, NULL, NULL, 0 },
		{ 'M', "100000", "FAX_MAILER_MAX", NULL, NULL, 0 },
		{ 'T', "X-Phone/X-FAX/X-Unix", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "FAX_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "faxmail -d $u@$h $f", "FAX_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_fax = {
	"fax", fax_mailers, sizeof(fax_mailers) / sizeof(fax_mailers[0]),
	"FAX_MAILER_PATH, FAX_MAILER_MAX, FAX_MAILER_QGRP, FAX_MAILER_ARGS",
	NULL, 1
};
