dnl ostypes/unicos.m4: OSTYPE(`unicos') -- Cray UNICOS; file locations are forced, whatever the .mc says.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`ALIAS_FILE', `/usr/lib/aliases')dnl
define(`HELP_FILE', `/usr/lib/sendmail.hf')dnl
define(`QUEUE_DIR', `/usr/spool/mqueue')dnl
define(`STATUS_FILE', `/usr/lib/sendmail.st')dnl
define(`LOCAL_SHELL_FLAGS', `pxehu')dnl
define(`confPID_FILE', `/etc/sendmail.pid')dnl
MODIFY_MAILER_FLAGS(`LOCAL', `+aSPpmnxXu')dnl
MODIFY_MAILER_FLAGS(`SMTP', `+anpeLC')dnl
