dnl domain/EECS.Berkeley.EDU.m4: DOMAIN(`EECS.Berkeley.EDU') -- Berkeley's
dnl EECS department: the campus settings, mail leaves as EECS.Berkeley.EDU.
DOMAIN(`Berkeley.EDU')dnl
MASQUERADE_AS(`EECS.Berkeley.EDU')dnl
