dnl ostypes/sco3.2.m4: OSTYPE(`sco3.2') -- SCO UNIX 3.2; local delivery through lmail.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
smcf_default(`UUCP_MAILER_PATH', `/usr/bin/uux')dnl
smcf_default(`LOCAL_MAILER_PATH', `/usr/bin/lmail')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `PuhCE9')dnl
smcf_default(`LOCAL_MAILER_ARGS', `lmail $u')dnl
smcf_default(`LOCAL_SHELL_FLAGS', `Peu')dnl
define(`confEBINDIR', `/usr/lib')dnl
