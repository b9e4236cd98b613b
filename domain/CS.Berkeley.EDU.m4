dnl domain/CS.Berkeley.EDU.m4: DOMAIN(`CS.Berkeley.EDU') -- Berkeley's
dnl Computer Science division: the campus settings, the cssubdomain hack
dnl and the division's two user databases.
DOMAIN(`Berkeley.EDU')dnl
HACK(`cssubdomain')dnl
define(`confUSERDB_SPEC', `/usr/sww/share/lib/users.cs.db,/usr/sww/share/lib/users.eecs.db')dnl
