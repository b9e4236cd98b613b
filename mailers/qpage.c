/*
 * qpage.c - MAILER(`qpage'): sending pages through QuickPage.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def qpage_mailers[] = {
	{ "qpage", "", "QPAGE_MAILER_FLAGS", "mDFMs", "QPAGE", {
		{ 'P', "/usr/local/bin/qpage", "QPAGE_MAILER_PATH", NULL, NULL, 0 },
		{ 'M', "4096", "QPAGE_MAILER_MAX", NULL, NULL, 0 },
		{ 'T', "DNS/RFC822/X-Unix", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "QPAGE_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "qpage -l0 -m -P$u", "QPAGE_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_qpage = {
	"qpage", qpage_mailers, sizeof(qpage_mailers) / sizeof(qpage_mailers[0]),
	"QPAGE_MAILER_FLAGS, QPAGE_MAILER_PATH, QPAGE_MAILER_MAX, QPAGE_MAILER_QGRP, QPAGE_MAILER_ARGS",
	NULL, 1
};
