dnl ostypes/isc4.1.m4: OSTYPE(`isc4.1') -- Interactive UNIX (ISC) 4.1.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_ARGS', `lmail -s $u')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `humS9')dnl
smcf_default(`LOCAL_MAILER_PATH', `/bin/lmail')dnl
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -gC $h!rmail ($u)')dnl
smcf_default(`UUCP_MAILER_PATH', `/usr/bin/uux')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
define(`confEBINDIR', `/usr/lib')dnl
