dnl ostypes/powerux.m4: OSTYPE(`powerux') -- Concurrent PowerUX.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`LOCAL_MAILER_PATH', `/usr/bin/rmail')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `mn9')dnl
define(`LOCAL_MAILER_ARGS', `rmail $u')dnl
define(`LOCAL_SHELL_FLAGS', `ehuP')dnl
define(`UUCP_MAILER_ARGS', `uux - -r -a$g -gmedium $h!rmail ($u)')dnl
define(`confEBINDIR', `/usr/local/lib')dnl
