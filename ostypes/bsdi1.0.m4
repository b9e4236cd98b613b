dnl ostypes/bsdi1.0.m4: OSTYPE(`bsdi1.0') -- old name for BSD/OS 1.0.
dnl It still works (with the bsdi settings) but prints a deprecation note,
dnl word for word as the reference prints it.
errprint(`NOTE: OSTYPE(bsdi1.0) is deprecated.  Use OSTYPE(bsdi) instead.')dnl
smcf_default(`STATUS_FILE', `/var/log/sendmail.st')dnl
smcf_default(`LOCAL_MAILER_PATH', `/usr/libexec/mail.local')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -z -a$g $h!rmail ($u)')dnl
