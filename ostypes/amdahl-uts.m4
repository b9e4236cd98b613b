dnl ostypes/amdahl-uts.m4: OSTYPE(`amdahl-uts') -- Amdahl UTS.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`LOCAL_MAILER_FLAGS', `fSn9')dnl
define(`confEBINDIR', `/usr/lib')dnl
