dnl ostypes/hpux9.m4: OSTYPE(`hpux9') -- HP-UX 9.x.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
smcf_default(`LOCAL_MAILER_PATH', `/bin/rmail')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `m9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `rmail -d $u')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -a$g -gC $h!rmail ($u)')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
define(`confEBINDIR', `/usr/lib')dnl
