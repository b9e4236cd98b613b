dnl domain/Berkeley.EDU.m4: DOMAIN(`Berkeley.EDU') -- the UC Berkeley campus.
dnl Campus relays for BITNET and UUCP, the old /etc/sendmail.cw file (may be
dnl missing), no initgroups, and sticky host names.  Starts with the
dnl berkeley-only guard.
DOMAIN(`berkeley-only')dnl
define(`BITNET_RELAY', `bitnet-relay.Berkeley.EDU')dnl
define(`UUCP_RELAY', `uucp-relay.Berkeley.EDU')dnl
define(`confFORWARD_PATH', `$z/.forward.$w:$z/.forward')dnl
define(`confCW_FILE', `-o /etc/sendmail.cw')dnl
define(`confDONT_INIT_GROUPS', `True')dnl
FEATURE(`redirect')dnl
FEATURE(`use_cw_file')dnl
FEATURE(`stickyhost')dnl
