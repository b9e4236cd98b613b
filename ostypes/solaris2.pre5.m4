dnl ostypes/solaris2.pre5.m4: OSTYPE(`solaris2.pre5') -- Sun Solaris 2.0 to 2.4.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_FLAGS', `SnE9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `mail -f $g -d $u')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -a$g $h!rmail ($u)')dnl
define(`confEBINDIR', `/usr/lib')dnl
