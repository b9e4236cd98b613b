dnl ostypes/solaris11.m4: OSTYPE(`solaris11') -- Oracle Solaris 11: dual-stack daemons and LMTP local delivery.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -a$g $h!rmail ($u)')dnl
define(`confEBINDIR', `/usr/lib')dnl
define(`confPID_FILE', `/system/volatile/sendmail.pid')dnl
define(`_NETINET6_', `')dnl
FEATURE(`local_lmtp')dnl
