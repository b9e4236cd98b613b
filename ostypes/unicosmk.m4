dnl ostypes/unicosmk.m4: OSTYPE(`unicosmk') -- Cray UNICOS/mk.
dnl File locations are forced, whatever the .mc says.  Quirk kept from the
dnl reference: the first MODIFY_MAILER_FLAGS names the mailer `LOCAL ' (with
dnl a blank before the comma), which matches no mailer, so the local
dnl mailer's flags stay as they are; only the SMTP change takes effect.
define(`ALIAS_FILE', `/usr/lib/aliases')dnl
define(`HELP_FILE', `/usr/lib/sendmail.hf')dnl
define(`QUEUE_DIR', `/usr/spool/mqueue')dnl
define(`STATUS_FILE', `/usr/lib/sendmail.st')dnl
MODIFY_MAILER_FLAGS(`LOCAL' , `+aSPpmnxXu')dnl
MODIFY_MAILER_FLAGS(`SMTP', `+anpeLC')dnl
define(`LOCAL_SHELL_FLAGS', `lsDFMpxehuo')dnl
define(`confPID_FILE', `/etc/sendmail.pid')dnl
