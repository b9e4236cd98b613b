/*
 * ssh.c - MAILER(`ssh'): SMTP spoken over an ssh connection to a remote
 * sendmail -bs (a Debian addition).
 */
#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

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
		{ 'U', NULL, "SSH_MAILER_USER", NULL, NULL, 0 },
		{ 'D', NULL, "SSH_MAILER_DIR", NULL, NULL, 0 },
		{ 'A', "ssh -o BatchMode=yes -o EscapeChar=none  -- $h /usr/sbin/sendmail -bs",
		  "SSH_MAILER_ARGS", NULL, NULL, 0 },
		{ 0, NULL, NULL, NULL, NULL, 0 } }, NULL },
};

const struct mailer_file mailer_file_ssh = {
	"ssh", ssh_mailers, sizeof(ssh_mailers) / sizeof(ssh_mailers[0]),
	"SSH_MAILER_FLAGS, SSH_MAILER_PATH, SSH_MAILER_MAX, SSH_MAILER_MAXMSGS, "
	"SSH_MAILER_MAXRCPTS, SSH_MAILER_CHARSET, SSH_MAILER_QGRP, SSH_MAILER_USER, "
	"SSH_MAILER_DIR, SSH_MAILER_ARGS",
	NULL, 1
};
