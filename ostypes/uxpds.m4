dnl ostypes/uxpds.m4: OSTYPE(`uxpds') -- Fujitsu UXP/DS.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`confDEF_GROUP_ID', `6')dnl
define(`LOCAL_MAILER_PATH', `/usr/ucblib/binmail')dnl
define(`LOCAL_SHELL_FLAGS', `ehuP')dnl
define(`UUCP_MAILER_ARGS', `uux - -r -a$f -gmedium $h!rmail ($u)')dnl
define(`confEBINDIR', `/usr/ucblib')dnl
