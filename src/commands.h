/*
 * commands.h - the subcommands of the smcf binary.
 *
 * Each takes the arguments after its own name (argv[0] is the command
 * name) and returns the process exit status.
 */
#ifndef SMCF_COMMANDS_H
#define SMCF_COMMANDS_H

int cmd_build(int argc, char **argv);	/* compiler/: .mc -> sendmail.cf */
int cmd_test(int argc, char **argv);	/* bt/: sendmail -bt */
int cmd_makemap(int argc, char **argv);	/* makemap/: Berkeley DB maps */
int cmd_lint(int argc, char **argv);	/* lint/: static checks */
int cmd_policy(int argc, char **argv);	/* policy/: simulated SMTP session */
int cmd_show(int argc, char **argv);	/* show/: the settings, as postconf */
int cmd_site(int argc, char **argv);	/* site/: check and install /etc/mail */

#endif
