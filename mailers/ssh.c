/*
 * ssh.c - MAILER(`ssh'): SMTP spoken over an ssh connection to a remote
 * sendmail -bs (a Debian addition).
 */
#include <stdint.h>
#include <stdio.h>

#include "compiler/emit_ctx.h"
#include "compiler/rules.h"
#include "lib/strbuf.h"
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

/*
 * Read as MAILER(`ssh') is: give SSH_MAILER_ARGS its default, which is
 * built from SSH_MAILER_HOST ($h) and SSH_REMOTE_COMMAND (a remote
 * sendmail -bs).  (The user and the directory that must be defined
 * before it are the checker's business.)
 */
static int ssh_prepare(struct emit_ctx *ctx, const struct ir_call *call)
{
	size_t epoch = call ? call->define_epoch : SIZE_MAX;
	struct strbuf args = STRBUF_INIT;
	const char *host, *command;

	if (ctx_define_at(ctx, "SSH_MAILER_ARGS", epoch) != NULL)
		return 0;
	host = ctx_define_at(ctx, "SSH_MAILER_HOST", epoch);
	command = ctx_define_at(ctx, "SSH_REMOTE_COMMAND", epoch);
	strbuf_addstr(&args, "ssh -o BatchMode=yes -o EscapeChar=none  -- ");
	strbuf_addstr(&args, host ? host : "$h");
	strbuf_addch(&args, ' ');
	strbuf_addstr(&args, command ? command : "/usr/sbin/sendmail -bs");
	ctx_set_define(ctx, "SSH_MAILER_ARGS", args.buf, epoch);
	strbuf_free(&args);
	return 0;
}

/* Like the SMTP mailers, with a fixed line limit. */
static const struct mailer_def ssh_mailers[] = {
	{ "ssh", "_DEF_SSH_MAILER_FLAGS", "mDFMuX", NULL, "SSH_MAILER_FLAGS", "", NULL, "SSH", {
		MAILER_FIELD_OR('P', "/usr/bin/ssh", "SSH_MAILER_PATH", "SSH_PATH"),
		MAILER_FIXED('S', "EnvFromSMTP/HdrFromSMTP"),
		MAILER_FIXED_WHEN('R', "EnvToSMTP", when_not_allmasquerade),
		MAILER_FIXED_WHEN('R', "EnvToSMTP/HdrFromSMTP", when_allmasquerade),
		MAILER_FIXED('E', "\\r\\n"),
		MAILER_FIXED('L', "990"),
		MAILER_FIELD('M', NULL, "SSH_MAILER_MAX"),
		MAILER_FIELD('m', NULL, "SSH_MAILER_MAXMSGS"),
		MAILER_FIELD('r', NULL, "SSH_MAILER_MAXRCPTS"),
		MAILER_FIELD('C', NULL, "SSH_MAILER_CHARSET"),
		MAILER_FIXED('T', "DNS/RFC822/SMTP"),
		MAILER_QGRP("SSH_MAILER_QGRP"),
		/* the reference writes the define's own name when it is
		 * missing (and warns); so do we */
		MAILER_FIELD('U', "SSH_MAILER_USER", "SSH_MAILER_USER"),
		MAILER_FIELD('D', "SSH_MAILER_DIR", "SSH_MAILER_DIR"),
		MAILER_FIELD('A', NULL, "SSH_MAILER_ARGS"),
		MAILER_END } },
};

const struct mailer_file mailer_file_ssh = {
	"ssh", ssh_mailers, sizeof(ssh_mailers) / sizeof(ssh_mailers[0]),
	"_DEF_SSH_MAILER_FLAGS, SSH_MAILER_FLAGS, SSH_MAILER_PATH, SSH_PATH, SSH_MAILER_MAX, "
	"SSH_MAILER_MAXMSGS, SSH_MAILER_MAXRCPTS, SSH_MAILER_CHARSET, SSH_MAILER_QGRP, "
	"SSH_MAILER_USER, SSH_MAILER_DIR, SSH_MAILER_ARGS, SSH_MAILER_HOST, "
	"SSH_REMOTE_COMMAND",
	ssh_prepare, 1
};
