dnl ostypes/osf1.m4: OSTYPE(`osf1') -- DEC OSF/1 (Digital UNIX, Tru64).
dnl define forces a value; smcf_default keeps one the .mc set earlier.
smcf_default(`STATUS_FILE', `/usr/adm/sendmail/sendmail.st')dnl
define(`confDEF_USER_ID', `daemon')dnl
define(`confEBINDIR', `/usr/lbin')dnl
