dnl ostypes/freebsd5.m4: OSTYPE(`freebsd5') -- FreeBSD 5.x; uux comes from the ports tree.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`STATUS_FILE', `/var/log/sendmail.st')dnl
smcf_default(`LOCAL_MAILER_PATH', `/usr/libexec/mail.local')dnl
smcf_default(`LOCAL_MAILER_ARGS', `mail $u')dnl
smcf_default(`UUCP_MAILER_PATH', `/usr/local/bin/uux')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -z -a$g $h!rmail ($u)')dnl
MODIFY_MAILER_FLAGS(`LOCAL', `+S')dnl
