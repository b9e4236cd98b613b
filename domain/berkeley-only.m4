dnl domain/berkeley-only.m4: DOMAIN(`berkeley-only') -- a guard, not a domain.
dnl The Berkeley sample files pull it in; outside Berkeley's CS division it
dnl reminds the user to write a domain file of their own.  The message is
dnl the reference's, byte for byte (no newlines between the parts).
errprint(`*** ERROR: You are trying to use the Berkeley sample configuration')dnl
errprint(`	files outside of the Computer Science Division at Berkeley.')dnl
errprint(`	The configuration (.mc) files must be customized to reference')dnl
errprint(`	domain files appropriate for your environment.')dnl
