dnl domain/S2K.Berkeley.EDU.m4: DOMAIN(`S2K.Berkeley.EDU') -- the Sequoia
dnl 2000 project: the CS division settings, mail leaves as
dnl postgres.Berkeley.EDU.
DOMAIN(`CS.Berkeley.EDU')dnl
MASQUERADE_AS(`postgres.Berkeley.EDU')dnl
