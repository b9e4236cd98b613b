dnl ostypes/maxion.m4: OSTYPE(`maxion') -- Concurrent MAXION (System V Release 4); every value is forced.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`QUEUE_DIR', `/var/spool/mqueue')dnl
define(`STATUS_FILE', `/var/adm/log/sendmail.st')dnl
define(`LOCAL_MAILER_PATH', `/usr/bin/mail')dnl
define(`LOCAL_SHELL_FLAGS', `ehuP')dnl
define(`LOCAL_MAILER_ARGS', `mail $u')dnl
define(`UUCP_MAILER_ARGS', `uux - -r -a$g -gmedium $h!rmail ($u)')dnl
define(`confEBINDIR', `/usr/ucblib')dnl
