/*
 * qpage.c - MAILER(`qpage'): sending pages through QuickPage.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def qpage_mailers[] = {
	{ "qpage", NULL, "", NULL, "QPAGE_MAILER_FLAGS", "mDFMs", NULL, "QPAGE", {
		MAILER_FIELD('P', "/usr/local/bin/qpage", "QPAGE_MAILER_PATH"),
		MAILER_FIELD('M', "4096", "QPAGE_MAILER_MAX"),
		MAILER_FIXED('T', "DNS/RFC822/X-Unix"),
		MAILER_QGRP("QPAGE_MAILER_QGRP"),
		MAILER_FIELD('A', "qpage -l0 -m -P$u", "QPAGE_MAILER_ARGS"),
		MAILER_END } },
};

const struct mailer_file mailer_file_qpage = {
	"qpage", qpage_mailers, sizeof(qpage_mailers) / sizeof(qpage_mailers[0]),
	"QPAGE_MAILER_FLAGS, QPAGE_MAILER_PATH, QPAGE_MAILER_MAX, QPAGE_MAILER_QGRP, QPAGE_MAILER_ARGS",
	NULL, 1
};
