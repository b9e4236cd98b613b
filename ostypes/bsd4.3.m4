dnl ostypes/bsd4.3.m4: OSTYPE(`bsd4.3') -- systems derived from 4.3BSD.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`QUEUE_DIR', `/usr/spool/mqueue')dnl
smcf_default(`UUCP_MAILER_ARGS', `uux - -r -z -a$g $h!rmail ($u)')dnl
