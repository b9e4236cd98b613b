dnl ostypes/unicosmp.m4: OSTYPE(`unicosmp') -- Cray UNICOS/mp.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_FLAGS', `Ehm9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `mail -s -d $u')dnl
smcf_default(`QUEUE_DIR', `/var/spool/mqueue')dnl
smcf_default(`STATUS_FILE', `/var/log/sendmail.st')dnl
define(`LOCAL_MAILER_PATH', `/usr/bin/mail')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
define(`confEBINDIR', `/usr/lib')dnl
