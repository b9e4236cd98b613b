dnl ostypes/solaris8.m4: OSTYPE(`solaris8') -- Sun Solaris 8 to 10: dual-stack daemons and LMTP local delivery.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -a$g $h!rmail ($u)')dnl
define(`confEBINDIR', `/usr/lib')dnl
define(`confPID_FILE', `/var/run/sendmail.pid')dnl
define(`_NETINET6_', `')dnl
FEATURE(`local_lmtp')dnl
