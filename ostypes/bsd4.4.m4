dnl ostypes/bsd4.4.m4: OSTYPE(`bsd4.4') -- systems derived from 4.4BSD (mail.local delivers local mail).
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`STATUS_FILE', `/var/log/sendmail.st')dnl
smcf_default(`LOCAL_MAILER_PATH', `/usr/libexec/mail.local')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -z -a$g $h!rmail ($u)')dnl
