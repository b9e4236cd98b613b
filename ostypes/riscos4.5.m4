dnl ostypes/riscos4.5.m4: OSTYPE(`riscos4.5') -- MIPS RISC/os 4.5.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_ARGS', `rmail -d $u')dnl
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
define(`confEBINDIR', `/usr/lib')dnl
