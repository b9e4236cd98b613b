/*
 * usenet.c - MAILER(`usenet'): posting to news groups through inews.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def usenet_mailers[] = {
	{ "usenet", "", "USENET_MAILER_FLAGS", "rsDFMmn", "USENET", {
		{ 'P', "/usr/lib/news/inews", "USENET_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "EnvFromL", NULL, NULL, NULL, 0 },
		{ 'R', "EnvToL", NULL, NULL, NULL, 0 },
		{ 'M', NULL, "USENET_MAILER_MAX", NULL, NULL, 0 },
		{ 'T', "X-Usenet/X-Usenet/X-Unix", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "USENET_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "inews -m -h -n", "USENET_MAILER_ARGS", NULL, " $u", 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_usenet = {
	"usenet", usenet_mailers, sizeof(usenet_mailers) / sizeof(usenet_mailers[0]),
	"USENET_MAILER_FLAGS, USENET_MAILER_PATH, USENET_MAILER_MAX, USENET_MAILER_QGRP, USENET_MAILER_ARGS",
	NULL, 1
};
