dnl ostypes/sinix.m4: OSTYPE(`sinix') -- Siemens SINIX.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`QUEUE_DIR', `/var/spool/mqueue')dnl
define(`LOCAL_MAILER_PATH', `/bin/mail.local')dnl
smcf_default(`STATUS_FILE', `/var/sendmail.st')dnl
define(`confEBINDIR', `/usr/ucblib')dnl
