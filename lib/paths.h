/*
 * paths.h - where smcf finds its own data (m4/, ostypes/, domain/).
 *
 * Order: $SMCF_DATADIR; the source tree the binary was built in (the
 * directory above build/smcf, when it holds m4/); the installed
 * $(PREFIX)/share/smcf.
 */
#ifndef SMCF_PATHS_H
#define SMCF_PATHS_H

const char *smcf_datadir(void);

#endif
