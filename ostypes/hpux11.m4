dnl ostypes/hpux11.m4: OSTYPE(`hpux11') -- HP-UX 11.x.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_PATH', `/usr/bin/rmail')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `m9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `rmail -d $u')dnl
smcf_default(`LOCAL_SHELL_PATH', `/usr/bin/sh')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -a$g -gC $h!rmail ($u)')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
