dnl ostypes/ptx2.m4: OSTYPE(`ptx2') -- Sequent DYNIX/ptx 2.x.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
define(`LOCAL_MAILER_PATH', `/bin/mail')dnl
smcf_default(`LOCAL_MAILER_FLAGS', `fmn9')dnl
define(`LOCAL_SHELL_FLAGS', `eu')dnl
define(`confEBINDIR', `/usr/lib')dnl
