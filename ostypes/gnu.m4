dnl ostypes/gnu.m4: OSTYPE(`gnu') -- the GNU system (Hurd).
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`STATUS_FILE', `/var/log/sendmail.st')dnl
smcf_default(`LOCAL_MAILER_PATH', `/libexec/mail.local')dnl
smcf_default(`LOCAL_MAILER_ARGS', `mail $u')dnl
define(`confEBINDIR', `/libexec')dnl
