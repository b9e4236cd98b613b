dnl ostypes/sco-uw-2.1.m4: OSTYPE(`sco-uw-2.1') -- SCO UnixWare 2.1.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`LOCAL_MAILER_PATH', `/usr/bin/rmail')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `fhCEn9')dnl
define(`LOCAL_SHELL_FLAGS', `ehuP')dnl
define(`UUCP_MAILER_ARGS', `uux - -r -a$g -gmedium $h!rmail ($u)')dnl
define(`LOCAL_MAILER_ARGS', `rmail $u')dnl
define(`confEBINDIR', `/usr/lib')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
