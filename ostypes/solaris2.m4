dnl ostypes/solaris2.m4: OSTYPE(`solaris2') -- Sun Solaris 2.5 to 2.7 (mail.local delivers local mail).
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_PATH', `/usr/lib/mail.local')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `fSmn9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `mail.local -d $u')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -a$g $h!rmail ($u)')dnl
define(`confEBINDIR', `/usr/lib')dnl
