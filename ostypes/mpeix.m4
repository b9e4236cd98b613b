dnl ostypes/mpeix.m4: OSTYPE(`mpeix') -- HP MPE/iX; the mail daemon runs as SERVER.SENDMAIL.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_PATH', `/bin/tsmail')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `mu9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `tsmail $u')dnl
smcf_default(`LOCAL_SHELL_PATH', `/bin/sh')dnl
smcf_default(`confDEF_USER_ID', `SERVER.SENDMAIL')dnl
smcf_default(`confTRUSTED_USER', `SERVER.SENDMAIL')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
define(`confDONT_BLAME_SENDMAIL', `ForwardFileInGroupWritableDirPath')dnl
