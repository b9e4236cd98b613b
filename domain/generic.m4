dnl domain/generic.m4: DOMAIN(`generic') -- settings that suit almost any site.
dnl .forward files may be qualified by host and by +detail, headers may be
dnl up to 32k, moved users get a helpful bounce (redirect), the names of
dnl this host are read from the cw file, and root is never masqueraded.
define(`confFORWARD_PATH', `$z/.forward.$w+$h:$z/.forward+$h:$z/.forward.$w:$z/.forward')dnl
define(`confMAX_HEADERS_LENGTH', `32768')dnl
FEATURE(`redirect')dnl
FEATURE(`use_cw_file')dnl
EXPOSED_USER(`root')dnl
