/*
 * xagent.c - MAILER(`xagent'): the Debian xagent delivery agent.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def xagent_mailers[] = {
	{ "xagent", "", "XAGENT_MAILER_FLAGS", "DFMueXLn", NULL, {
		{ 'P', "/usr/lib/xagent", "XAGENT_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "11/31", NULL, NULL, NULL, 0 },
		{ 'R', "21/31", NULL, NULL, NULL, 0 },
		{ 'E', "\\n", NULL, NULL, NULL, 0 },
		{ 'M', NULL, "XAGENT_MAILER_MAX", NULL, NULL, 0 },
		{ 'T', "DNS/RFC822/X-Unix", NULL, NULL, NULL, 0 },
		{ 'A', "xagent $h $u", "XAGENT_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_xagent = {
	"xagent", xagent_mailers, sizeof(xagent_mailers) / sizeof(xagent_mailers[0]),
	"XAGENT_MAILER_FLAGS, XAGENT_MAILER_PATH, XAGENT_MAILER_MAX, XAGENT_MAILER_ARGS",
	NULL, 1
};
