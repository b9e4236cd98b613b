/*
 * local.c - MAILER(`local'): the local delivery agent and the program
 * mailer, plus the rulesets their S= and R= fields name.
 *
 * This file is the model for a mailer family: a table of mailer_def rows
 * (one per M line) and a rules function for the family's rulesets.
 */
#include "compiler/emit_ctx.h"
#include "compiler/rules.h"
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_def local_mailers[] = {
	{ "local", "_DEF_LOCAL_MAILER_FLAGS", "lsDFMAw5:/|@q", NULL,
	  "LOCAL_MAILER_FLAGS", "Prmn9", NULL, "LOCAL", {
		MAILER_FIELD('P', "/bin/mail", "LOCAL_MAILER_PATH"),
		MAILER_FIXED_WHEN('S', "EnvFromL/HdrFromL", when_no_local_lmtp),
		MAILER_FIXED_WHEN('S', "EnvFromSMTP/HdrFromL", when_local_lmtp),
		MAILER_FIXED('R', "EnvToL/HdrToL"),
		MAILER_FIELD('E', NULL, "LOCAL_MAILER_EOL"),
		MAILER_FIELD('M', NULL, "LOCAL_MAILER_MAX"),
		MAILER_FIELD('m', NULL, "LOCAL_MAILER_MAXMSGS"),
		MAILER_FIELD('r', NULL, "LOCAL_MAILER_MAXRCPTS"),
		MAILER_FIELD('C', NULL, "LOCAL_MAILER_CHARSET"),
		{ 'T', "X-Unix", "LOCAL_MAILER_DSN_DIAGNOSTIC_CODE", "DNS/RFC822/", NULL, NULL,
		  NULL, 0 },
		MAILER_QGRP("LOCAL_MAILER_QGRP"),
		MAILER_FIELD('A', "mail -d $u", "LOCAL_MAILER_ARGS"),
		MAILER_END } },
	{ "prog", "_DEF_LOCAL_SHELL_FLAGS", "lsDFMoq", NULL,
	  "LOCAL_SHELL_FLAGS", "eu9", NULL, "SHELL", {
		MAILER_FIELD('P', "/bin/sh", "LOCAL_SHELL_PATH"),
		MAILER_FIXED('S', "EnvFromL/HdrFromL"),
		MAILER_FIXED('R', "EnvToL/HdrToL"),
		MAILER_FIELD('D', "$z:/", "LOCAL_SHELL_DIR"),
		MAILER_FIELD('M', NULL, "LOCAL_MAILER_MAX"),
		MAILER_FIXED('T', "X-Unix/X-Unix/X-Unix"),
		MAILER_QGRP("LOCAL_PROG_QGRP"),
		MAILER_FIELD('A', "sh -c $u", "LOCAL_SHELL_ARGS"),
		MAILER_END } },
};

const struct mailer_file mailer_file_local = {
	"local", local_mailers, sizeof(local_mailers) / sizeof(local_mailers[0]),
	"LOCAL_MAILER_PATH, LOCAL_MAILER_FLAGS, LOCAL_MAILER_ARGS, LOCAL_MAILER_EOL, "
	"LOCAL_MAILER_MAX, LOCAL_MAILER_MAXMSGS, LOCAL_MAILER_MAXRCPTS, "
	"LOCAL_MAILER_CHARSET, LOCAL_MAILER_DSN_DIAGNOSTIC_CODE, LOCAL_MAILER_QGRP, "
	"LOCAL_SHELL_PATH, LOCAL_SHELL_FLAGS, LOCAL_SHELL_ARGS, LOCAL_SHELL_DIR, "
	"LOCAL_PROG_QGRP",
	rules_local_mailer, 1
};
