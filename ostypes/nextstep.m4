dnl ostypes/nextstep.m4: OSTYPE(`nextstep') -- NeXTSTEP.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`UUCP_MAILER_PATH', `/usr/bin/uux')dnl
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
smcf_default(`LOCAL_SHELL_FLAGS', `euP')dnl
define(`confEBINDIR', `/usr/lib')dnl
