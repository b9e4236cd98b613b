dnl ostypes/domainos.m4: OSTYPE(`domainos') -- Apollo Domain/OS.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
define(`confEBINDIR', `/usr/lib')dnl
