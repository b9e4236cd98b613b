dnl ostypes/irix6.m4: OSTYPE(`irix6') -- SGI IRIX 6.x.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
dnl The local mailer's character set is forced to iso-8859-1: the reference
dnl file has that define in a "#" note, and as cf.m4 turns m4 comments off,
dnl the define takes effect.  Kept so the M line comes out the same.
smcf_default(`LOCAL_MAILER_FLAGS', `Ehmu9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `mail -s -d $u')dnl
smcf_default(`QUEUE_DIR', `/var/spool/mqueue')dnl
smcf_default(`STATUS_FILE', `/var/sendmail.st')dnl
define(`confDEF_USER_ID', `998:998')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
define(`confEBINDIR', `/usr/lib')dnl
define(`LOCAL_MAILER_CHARSET', `iso-8859-1')dnl
