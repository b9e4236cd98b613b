dnl ostypes/debian.m4: OSTYPE(`debian') -- the Debian sendmail packages
dnl (sendmail 8.17.1.9, package revision 2+deb12u2).
dnl
dnl Debian keeps run-time state under /var/lib/sendmail, hands local mail
dnl to sensible-mda, lets the mail programs run as mail:mail and reads the
dnl class files through a scanf pattern that stops at a `#'.  The reference
dnl derives a few settings from the build facts Debian's configure
dnl recorded (IPv6 and milter enabled, _FFR_REJECT_NUL_BYTE compiled in);
dnl those facts are fixed for this release, so the settings are made
dnl directly.  The sm_* names stay available to .mc files that test them.
ifdef(`sm_version', `',
`define(`sm_version', `8.17.1.9')define(`sm_revision', `-2+deb12u2')dnl
define(`sm_version_math', `528641')define(`sm_enable_ipv6', `yes')dnl
define(`sm_enable_milter', `yes')define(`sm_enable_tls', `yes')dnl
define(`sm_enable_auth', `yes')')dnl
define(`confCF_VERSION', `Debian-2+deb12u2')dnl
smcf_default(`MAIL_SETTINGS_DIR', `/etc/mail/')dnl
smcf_default(`_USE_ETC_MAIL_', `')dnl
define(`confSMTP_LOGIN_MSG', `$j Sendmail $v/$Z; $b; (No UCE/UBE) $?{client_addr}logging access from: ${client_name}(${client_resolve})-$_$.')dnl
define(`confDEAD_LETTER_DROP', `/var/lib/sendmail/dead.letter')dnl
define(`STATUS_FILE', `/var/lib/sendmail/sendmail.st')dnl
define(`confHOST_STATUS_DIRECTORY', `/var/lib/sendmail/host_status')dnl
dnl The class file names read MAIL_SETTINGS_DIR when the value is used,
dnl so a later define of MAIL_SETTINGS_DIR in the .mc still counts.
define(`confCR_FILE', `-o MAIL_SETTINGS_DIR`'relay-domains %[^\#]')dnl
define(`confCT_FILE', `MAIL_SETTINGS_DIR`'trusted-users %[^\#]')dnl
define(`confCW_FILE', `MAIL_SETTINGS_DIR`'local-host-names %[^\#]')dnl
define(`confEBINDIR', `/usr/libexec/sendmail')dnl
dnl The value is a dot and a single quote; an unquoted close quote is
dnl plain text to m4, so it needs no change of quote characters.
define(`confMUST_QUOTE_CHARS', .')dnl
define(`confME_TOO', `True')dnl
define(`confDEF_USER_ID', `mail:mail')dnl
define(`confREJECT_NUL', `true')dnl
define(`LOCAL_MAILER_PATH', `/usr/sbin/sensible-mda')dnl
define(`LOCAL_MAILER_ARGS', `sensible-mda $g $u $h ${client_addr}')dnl
MODIFY_MAILER_FLAGS(`LOCAL', `+S')dnl
MODIFY_MAILER_FLAGS(`LOCAL', `-r')dnl
MODIFY_MAILER_FLAGS(`LOCAL', `-m')dnl
define(`PROCMAIL_MAILER_PATH', `/usr/bin/procmail')dnl
define(`PROCMAIL_MAILER_ARGS', `procmail -m $h $f $u')dnl
define(`USENET_MAILER_PATH', `/usr/bin/inews')dnl
define(`UUCP_MAILER_ARGS', `uux - -r -z -a$g -gC $h!rmail ($u)')dnl
define(`confBIND_OPTS', `+WorkAroundBrokenAAAA')dnl
define(`_FFR_MILTER', `')dnl
define(`_FFR_MAIL_MACRO', `')dnl
