dnl ostypes/darwin.m4: OSTYPE(`darwin') -- Apple Darwin and macOS.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`STATUS_FILE', `/var/log/sendmail.st')dnl
smcf_default(`LOCAL_MAILER_PATH', `/usr/libexec/mail.local')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -z -a$g $h!rmail ($u)')dnl
define(`confDONT_BLAME_SENDMAIL', `AssumeSafeChown,GroupWritableDirPathSafe')dnl
MODIFY_MAILER_FLAGS(`LOCAL', `+S')dnl
