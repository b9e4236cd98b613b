dnl ostypes/bsdi.m4: OSTYPE(`bsdi') -- BSD/OS from BSDi, a 4.4BSD system.
dnl The settings are those of bsd4.4: status file in /var/log, mail.local
dnl for local delivery, uux without a grade.
smcf_default(`STATUS_FILE', `/var/log/sendmail.st')dnl
smcf_default(`LOCAL_MAILER_PATH', `/usr/libexec/mail.local')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -z -a$g $h!rmail ($u)')dnl
