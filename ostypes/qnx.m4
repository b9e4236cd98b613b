dnl ostypes/qnx.m4: OSTYPE(`qnx') -- QNX; local mail goes through mailx.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`QUEUE_DIR', `/usr/spool/mqueue')dnl
define(`LOCAL_MAILER_ARGS', `mail $u')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `Sh')dnl
define(`LOCAL_MAILER_PATH', `/usr/bin/mailx')dnl
define(`UUCP_MAILER_ARGS', `uux - -r -z -a$f $h!rmail ($u)')dnl
