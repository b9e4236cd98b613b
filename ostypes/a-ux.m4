dnl ostypes/a-ux.m4: OSTYPE(`a-ux') -- Apple A/UX.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
smcf_default(`UUCP_MAILER_PATH', `/usr/bin/uux')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `mn9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `mail -d -r $f $u')dnl
define(`confEBINDIR', `/usr/lib')dnl
