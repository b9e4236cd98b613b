/*
 * pop.c - MAILER(`pop'): delivery into a POP mail drop.
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def pop_mailers[] = {
	{ "pop", "lsDFMq", "POP_MAILER_FLAGS", "Penu", "POP", {
		{ 'P', "/usr/lib/mh/spop", "POP_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "EnvFromL", NULL, NULL, NULL, 0 },
		{ 'R', "EnvToL/HdrToL", NULL, NULL, NULL, 0 },
		{ 'T', "DNS/RFC822/X-Unix", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "POP_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "pop $u", "POP_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_pop = {
	"pop", pop_mailers, sizeof(pop_mailers) / sizeof(pop_mailers[0]),
	"POP_MAILER_FLAGS, POP_MAILER_PATH, POP_MAILER_QGRP, POP_MAILER_ARGS",
	NULL, 1
};
