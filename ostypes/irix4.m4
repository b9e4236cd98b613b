dnl ostypes/irix4.m4: OSTYPE(`irix4') -- SGI IRIX 4.x.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_FLAGS', `Ehm9')dnl
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
define(`confEBINDIR', `/usr/lib')dnl
