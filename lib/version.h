/*
 * version.h - smcf's own version and the sendmail release whose
 * behaviour it reproduces (the cf it writes, -bt, makemap).  The one
 * place either number is written: `smcf --version', the cf's DZ line,
 * $v and the -d0.1 banner of `smcf test' all read it from here.
 */
#ifndef SMCF_VERSION_H
#define SMCF_VERSION_H

#define SMCF_VERSION "0.1.0"
#define SMCF_SENDMAIL_VERSION "8.17.1.9"

#endif
