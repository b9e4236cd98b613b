/*
 * xagent.c - MAILER(`xagent'): the Debian xagent delivery agent.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def xagent_mailers[] = {
	{ "xagent", NULL, "", NULL, "XAGENT_MAILER_FLAGS", "DFMueXLn", NULL, NULL, {
		MAILER_FIELD('P', "/usr/lib/xagent", "XAGENT_MAILER_PATH"),
		MAILER_FIXED('S', "11/31"),
		MAILER_FIXED('R', "21/31"),
		MAILER_FIXED('E', "\\n"),
		MAILER_FIELD('M', NULL, "XAGENT_MAILER_MAX"),
		MAILER_FIXED('T', "DNS/RFC822/X-Unix"),
		MAILER_FIELD('A', "xagent $h $u", "XAGENT_MAILER_ARGS"),
		MAILER_END } },
};

const struct mailer_file mailer_file_xagent = {
	"xagent", xagent_mailers, sizeof(xagent_mailers) / sizeof(xagent_mailers[0]),
	"XAGENT_MAILER_FLAGS, XAGENT_MAILER_PATH, XAGENT_MAILER_MAX, XAGENT_MAILER_ARGS",
	NULL, 1
};
