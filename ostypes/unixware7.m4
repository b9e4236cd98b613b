dnl ostypes/unixware7.m4: OSTYPE(`unixware7') -- SCO UnixWare 7; local delivery through slocal.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`QUEUE_DIR', `/var/spool/mqueue')dnl
define(`confEBINDIR', `/usr/lib')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
smcf_default(`LOCAL_MAILER_PATH', `/etc/mail/slocal')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `Puho9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `slocal -user $u')dnl
smcf_default(`LOCAL_SHELL_FLAGS', `Peu')dnl
