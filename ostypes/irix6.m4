dnl ostypes/irix6.m4: OSTYPE(`irix6') -- SGI IRIX 6.x.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_FLAGS', `Ehmu9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `mail -s -d $u')dnl
smcf_default(`QUEUE_DIR', `/var/spool/mqueue')dnl
smcf_default(`STATUS_FILE', `/var/sendmail.st')dnl
define(`confDEF_USER_ID', `998:998')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
define(`confEBINDIR', `/usr/lib')dnl
