/*
 * ssh.c - MAILER(`ssh'): SMTP spoken over an ssh connection to a remote
 * sendmail -bs (a Debian addition).
 */
#include "lib/diag.h"
#include "compiler/emit_ctx.h"
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

/* Both defines must come before MAILER(`ssh'); say so when they do not. */
static int ssh_warn_missing(struct emit_ctx *ctx, const struct ir_call *call)
{
	static const char *const needed[] = { "SSH_MAILER_USER", "SSH_MAILER_DIR" };
	size_t i;

	for (i = 0; i < sizeof(needed) / sizeof(needed[0]); i++) {
		if (ctx_define_at(ctx, needed[i], call ? call->define_epoch : (size_t)-1))
			continue;
		if (call && call->pos.file)
			diag_report(DIAG_WARNING, call->pos.file, call->pos.line, call->pos.col,
				    "%s must be defined before MAILER(`ssh')", needed[i]);
		else
			diag_report(DIAG_WARNING, NULL, 0, 0, "%s must be defined before MAILER(`ssh')", needed[i]);
	}
	return 0;
}

static const struct mailer_def ssh_mailers[] = {
	{ "ssh", "mDFMuX", "SSH_MAILER_FLAGS", "", "SSH", {
		{ 'P', "/usr/bin/ssh", "SSH_MAILER_PATH", NULL, NULL, 0 },
		{ 'S', "EnvFromSMTP/HdrFromSMTP", NULL, NULL, NULL, 0 },
		{ 'R', "EnvToSMTP", NULL, NULL, NULL, 0 },
		{ 'E', "\\r\\n", NULL, NULL, NULL, 0 },
		{ 'L', "990", "SMTP_MAILER_LL", NULL, NULL, 0 },
		{ 'M', NULL, "SSH_MAILER_MAX", NULL, NULL, 0 },
		{ 'm', NULL, "SSH_MAILER_MAXMSGS", NULL, NULL, 0 },
		{ 'r', NULL, "SSH_MAILER_MAXRCPTS", NULL, NULL, 0 },
		{ 'C', NULL, "SSH_MAILER_CHARSET", NULL, NULL, 0 },
		{ 'T', "DNS/RFC822/SMTP", NULL, NULL, NULL, 0 },
		{ 'Q', NULL, "SSH_MAILER_QGRP", NULL, NULL, 0 },
		/* the reference writes the define's own name when it is
		 * missing (and warns); so do we */
		{ 'U', "SSH_MAILER_USER", "SSH_MAILER_USER", NULL, NULL, 0 },
		{ 'D', "SSH_MAILER_DIR", "SSH_MAILER_DIR", NULL, NULL, 0 },
		{ 'A', "ssh -o BatchMode=yes -o EscapeChar=none  -- $h /usr/sbin/sendmail -bs",
		  "SSH_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_ssh = {
	"ssh", ssh_mailers, sizeof(ssh_mailers) / sizeof(ssh_mailers[0]),
	"SSH_MAILER_FLAGS, SSH_MAILER_PATH, SSH_MAILER_MAX, SSH_MAILER_MAXMSGS, "
	"SSH_MAILER_MAXRCPTS, SSH_MAILER_CHARSET, SSH_MAILER_QGRP, SSH_MAILER_USER, "
	"SSH_MAILER_DIR, SSH_MAILER_ARGS",
	ssh_warn_missing, 1
};
