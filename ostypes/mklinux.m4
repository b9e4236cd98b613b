dnl ostypes/mklinux.m4: OSTYPE(`mklinux') -- MkLinux (Linux on the Mach kernel); procmail delivers local mail.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`confEBINDIR', `/usr/sbin')dnl
smcf_default(`STATUS_FILE', `/var/log/sendmail.st')dnl
smcf_default(`PROCMAIL_MAILER_PATH', `/usr/bin/procmail')dnl
FEATURE(`local_procmail')dnl
