dnl ostypes/aix5.m4: OSTYPE(`aix5') -- IBM AIX 5.x; local mail goes to bellmail.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_PATH', `/bin/bellmail')dnl
smcf_default(`LOCAL_MAILER_ARGS', `mail -F $g $u')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `mn9')dnl
define(`confEBINDIR', `/usr/lib')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
