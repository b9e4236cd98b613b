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
	{ "local", "lsDFMAw5:/|@q", "LOCAL_MAILER_FLAGS", "Prmn9", "LOCAL", {
		{ 'P', "/bin/mail", "LOCAL_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "EnvFromL/HdrFromL", NULL, NULL, NULL, MAILER_UNLESS(CF_LOCAL_LMTP) },
		{ 'S', "EnvFromSMTP/HdrFromL", NULL, NULL, NULL, MAILER_WHEN(CF_LOCAL_LMTP) },
		{ 'R', "EnvToL/HdrToL", NULL, NULL, NULL, 0 },
		{ 'E', NULL, "LOCAL_MAILER_EOL", NULL, NULL, 0 },
		{ 'M', NULL, "LOCAL_MAILER_MAX", NULL, NULL, 0 },
		{ 'm', NULL, "LOCAL_MAILER_MAXMSGS", NULL, NULL, 0 },
		{ 'r', NULL, "LOCAL_MAILER_MAXRCPTS", NULL, NULL, 0 },
		{ 'C', NULL, "LOCAL_MAILER_CHARSET", NULL, NULL, 0 },
		{ 'T', "X-Unix", "LOCAL_MAILER_DSN_DIAGNOSTIC_CODE", "DNS/RFC822/", NULL, 0 },
		{ 'Q', NULL, "LOCAL_MAILER_QGRP", NULL, NULL, 0 },
		{ 'A', "mail -d $u", "LOCAL_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } },
	  NULL },
	{ "prog", "lsDFMoq", "LOCAL_SHELL_FLAGS", "eu9", "SHELL", {
		{ 'P', "/bin/sh", "LOCAL_SHELL_PATH", NULL, NULL, 0 },
		{ 'S', "EnvFromL/HdrFromL", NULL, NULL, NULL, 0 },
		{ 'R', "EnvToL/HdrToL", NULL, NULL, NULL, 0 },
		{ 'D', "$z:/", "LOCAL_SHELL_DIR", NULL, NULL, 0 },
		{ 'M', NULL, "LOCAL_MAILER_MAX", NULL, NULL, 0 },
		{ 'T', "X-Unix/X-Unix/X-Unix", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "LOCAL_PROG_QGRP", NULL, NULL, 0 },
		{ 'A', "sh -c $u", "LOCAL_SHELL_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } },
	  NULL },
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
