dnl ostypes/svr4.m4: OSTYPE(`svr4') -- generic System V Release 4 (the BSD compatibility binmail).
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`LOCAL_MAILER_PATH', `/usr/ucblib/binmail')dnl
define(`LOCAL_SHELL_FLAGS', `ehuP')dnl
define(`UUCP_MAILER_ARGS', `uux - -r -a$g -gmedium $h!rmail ($u)')dnl
define(`confEBINDIR', `/usr/ucblib')dnl
