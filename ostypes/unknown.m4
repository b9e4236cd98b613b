dnl ostypes/unknown.m4: OSTYPE(`unknown') -- a placeholder, not a system.
dnl It sets nothing and tells the user to choose a real OSTYPE; the text is
dnl the reference's message, byte for byte (no newlines between the parts).
errprint(`*** ERROR: You have not specified a valid operating system type.')dnl
errprint(`	Use the OSTYPE macro to select a valid system type.  This')dnl
errprint(`	is necessary in order to get the proper pathnames and flags')dnl
errprint(`	appropriate for your environment.')dnl
