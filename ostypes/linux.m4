dnl ostypes/linux.m4: OSTYPE(`linux') -- Linux systems of any distribution.
dnl Helper programs (smrsh, mail.local) live in /usr/sbin and procmail
dnl delivers local mail.  The procmail path is forced on purpose: the
dnl reference sets it even when the .mc defined PROCMAIL_MAILER_PATH first
dnl (its "only if unset" guard evaluates the define anyway), and a cf built
dnl by smcf must come out the same.
define(`confEBINDIR', `/usr/sbin')dnl
define(`PROCMAIL_MAILER_PATH', `/usr/bin/procmail')dnl
FEATURE(`local_procmail')dnl
