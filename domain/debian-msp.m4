dnl domain/debian-msp.m4: DOMAIN(`debian-msp') -- the Debian mail submission
dnl program (the set-group-id sendmail that local programs call; it runs
dnl as smmsp, queues in /var/spool/mqueue-client and only hands mail to
dnl the local MTA, so it keeps no host status and has no MSA daemon).
ifdef(`sm_version', `', `define(`sm_version', `8.17.1.9')define(`sm_version_math', `528641')')dnl
define(`DEBIAN_MSP', `')dnl
define(`confCF_VERSION', `Submit')dnl
define(`MSP_QUEUE_DIR', `/var/spool/mqueue-client')dnl
define(`STATUS_FILE', `/var/lib/sendmail/sm-client.st')dnl
define(`confHOST_STATUS_DIRECTORY', `')dnl
define(`confPID_FILE', `/var/run/sendmail/msp/sendmail.pid')dnl
define(`confCONTROL_SOCKET_NAME', `/var/run/sendmail/msp/smcontrol')dnl
define(`confPROCESS_TITLE_PREFIX', `MSP')dnl
define(`confRRT_IMPLIES_DSN', `False')dnl
define(`confSAFE_FILE_ENV', `/')dnl
define(`confSAFE_QUEUE', `True')dnl
define(`confQUEUE_FILE_MODE', `0660')dnl
define(`confTEMP_FILE_MODE', `0640')dnl
define(`confTO_ICONNECT', `2s')dnl
define(`confTO_MAIL', `2m')dnl
define(`confTO_DATAINIT', `2m')dnl
define(`confTO_RSET', `1m')dnl
define(`confTO_QUIT', `2m')dnl
define(`confTO_COMMAND', `5m')dnl
define(`confTO_IDENT', `5s')dnl
define(`confTO_HOSTSTATUS', `0')dnl
FEATURE(`no_default_msa')dnl
define(`confRUN_AS_USER', `smmsp')dnl
define(`confTRUSTED_USER', `smmsp')dnl
