dnl ostypes/dgux.m4: OSTYPE(`dgux') -- Data General DG/UX.
dnl Besides the paths, DG/UX needs _FORCE_MAIL_LOCAL_=yes in the
dnl environment of the local mailer; it goes in as an E line of the
dnl LOCAL_CONFIG section.
smcf_default(`LOCAL_MAILER_FLAGS', `m9')dnl
define(`confTIME_ZONE', `USE_TZ')dnl
define(`confEBINDIR', `/usr/lib')dnl
LOCAL_CONFIG
E_FORCE_MAIL_LOCAL_=yes
