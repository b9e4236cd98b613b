dnl ostypes/dynix3.2.m4: OSTYPE(`dynix3.2') -- Sequent DYNIX 3.2.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
define(`confEBINDIR', `/usr/lib')dnl
