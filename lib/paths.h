/*
 * paths.h - where smcf finds its own data (m4/, ostypes/, domain/) and
 * its installed documents.
 *
 * The data folder, first that applies:
 *   1. $SMCF_DATADIR, when set (taken as given, even if wrong, so that a
 *      mistake in it is reported rather than hidden);
 *   2. the source tree the binary was built in (the folder above
 *      build/smcf, when it holds m4/);
 *   3. ../share/smcf beside the binary's folder, when it holds m4/: an
 *      install that was moved, or staged with DESTDIR, still works;
 *   4. $(PREFIX)/share/smcf, PREFIX as given to make (compiled in).
 */
#ifndef SMCF_PATHS_H
#define SMCF_PATHS_H

const char *smcf_datadir(void);

/* How smcf_datadir() was chosen, in a few words ("SMCF_DATADIR", "the
 * source tree", ...), for `smcf --version'. */
const char *smcf_datadir_origin(void);

/* NULL when the data folder holds what a build needs; otherwise one
 * sentence saying which folder was looked at, what is missing there and
 * how to fix it (a static string). */
const char *smcf_datadir_problem(void);

/* The installed documents ($(PREFIX)/share/doc/smcf, compiled in): the
 * lint codes document is lint-codes.md there. */
const char *smcf_docdir(void);

#endif
