/*
 * pop.c - MAILER(`pop'): delivery into a POP mail drop.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def pop_mailers[] = {
	{ "pop", NULL, "lsDFMq", NULL, "POP_MAILER_FLAGS", "Penu", NULL, "POP", {
		MAILER_FIELD('P', "/usr/lib/mh/spop", "POP_MAILER_PATH"),
		MAILER_FIXED('S', "EnvFromL"),
		MAILER_FIXED('R', "EnvToL/HdrToL"),
		MAILER_FIXED('T', "DNS/RFC822/X-Unix"),
		MAILER_QGRP("POP_MAILER_QGRP"),
		MAILER_FIELD('A', "pop $u", "POP_MAILER_ARGS"),
		MAILER_END } },
};

const struct mailer_file mailer_file_pop = {
	"pop", pop_mailers, sizeof(pop_mailers) / sizeof(pop_mailers[0]),
	"POP_MAILER_FLAGS, POP_MAILER_PATH, POP_MAILER_QGRP, POP_MAILER_ARGS",
	NULL, 1
};
