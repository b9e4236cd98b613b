dnl domain/debian-mta.m4: DOMAIN(`debian-mta') -- the Debian MTA daemon
dnl (the sendmail that listens on port 25 and runs as smmta).
dnl
dnl Run-time files under /var/lib/sendmail and /var/run/sendmail/mta,
dnl shorter SMTP timeouts, a larger hop count, queue runs restricted to
dnl the owner, group-readable queue files (so mailq works for the MSP
dnl group too) and the group-writable file permissions Debian installs
dnl with.  Choices the reference makes from the build version are made
dnl here directly for 8.17.1.9.
ifdef(`sm_version', `', `define(`sm_version', `8.17.1.9')define(`sm_version_math', `528641')')dnl
define(`DEBIAN_MTA', `')dnl
define(`STATUS_FILE', `/var/lib/sendmail/sendmail.st')dnl
define(`confHOST_STATUS_DIRECTORY', `/var/lib/sendmail/host_status')dnl
define(`confPID_FILE', `/var/run/sendmail/mta/sendmail.pid')dnl
define(`confCONTROL_SOCKET_NAME', `/var/run/sendmail/mta/smcontrol')dnl
define(`confPROCESS_TITLE_PREFIX', `MTA')dnl
define(`confMAX_DAEMON_CHILDREN', `0')dnl
define(`confRRT_IMPLIES_DSN', `False')dnl
define(`confSAFE_FILE_ENV', `/')dnl
define(`confSAFE_QUEUE', `True')dnl
define(`confTO_ICONNECT', `2m')dnl
define(`confTO_MAIL', `2m')dnl
define(`confTO_DATAINIT', `2m')dnl
define(`confTO_RSET', `1m')dnl
define(`confTO_QUIT', `2m')dnl
define(`confTO_COMMAND', `5m')dnl
define(`confTO_IDENT', `5s')dnl
define(`confMAX_HOP', `100')dnl
dnl The permission relaxations are appended to whatever the .mc set
dnl before DOMAIN (an unset value counts as empty, hence the leading comma).
define(`confDONT_BLAME_SENDMAIL', defn(`confDONT_BLAME_SENDMAIL')`,AssumeSafeChown,ForwardFileInGroupWritableDirPath,GroupWritableForwardFileSafe,GroupWritableIncludeFileSafe,IncludeFileInGroupWritableDirPath,DontWarnForwardFileInUnsafeDirPath,TrustStickyBit,NonRootSafeAddr,GroupWritableIncludeFile,GroupReadableDefaultAuthInfoFile')dnl
define(`confQUEUE_FILE_MODE', `0640')dnl
define(`confTEMP_FILE_MODE', `0640')dnl
dnl The four blanks are the reference's (they come from the indentation of
dnl its source and reach the cf line); kept so the option text is the same.
define(`confPRIVACY_FLAGS', `    restrictqrun,restrictexpand')dnl
smcf_default(`confTRUSTED_USER', `smmta')dnl
define(`confMAX_RUNNERS_PER_QUEUE', `5')dnl
