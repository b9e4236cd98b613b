/*
 * usenet.c - MAILER(`usenet'): posting to news groups through inews.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def usenet_mailers[] = {
	{ "usenet", NULL, "", NULL, "USENET_MAILER_FLAGS", "rsDFMmn", NULL, "USENET", {
		MAILER_FIELD('P', "/usr/lib/news/inews", "USENET_MAILER_PATH"),
		MAILER_FIXED('S', "EnvFromL"),
		MAILER_FIXED('R', "EnvToL"),
		MAILER_FIELD('M', NULL, "USENET_MAILER_MAX"),
		MAILER_FIXED('T', "X-Usenet/X-Usenet/X-Unix"),
		MAILER_QGRP("USENET_MAILER_QGRP"),
		{ 'A', "inews -m -h -n", "USENET_MAILER_ARGS", NULL, " $u", NULL, NULL, 0 },
		MAILER_END } },
};

const struct mailer_file mailer_file_usenet = {
	"usenet", usenet_mailers, sizeof(usenet_mailers) / sizeof(usenet_mailers[0]),
	"USENET_MAILER_FLAGS, USENET_MAILER_PATH, USENET_MAILER_MAX, USENET_MAILER_QGRP, USENET_MAILER_ARGS",
	NULL, 1
};
