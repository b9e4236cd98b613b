/*
 * mailer_impl.h - the family descriptions defined in mailers/ (one file per family), for
 * the registry only.
 */
#ifndef SMCF_MAILER_IMPL_H
#define SMCF_MAILER_IMPL_H

#include "mailers/mailer.h"

extern const struct mailer_file mailer_file_local;
extern const struct mailer_file mailer_file_smtp;
extern const struct mailer_file mailer_file_uucp;
extern const struct mailer_file mailer_file_mail11;
extern const struct mailer_file mailer_file_procmail;
extern const struct mailer_file mailer_file_usenet;
extern const struct mailer_file mailer_file_fax;
extern const struct mailer_file mailer_file_pop;
extern const struct mailer_file mailer_file_cyrus;
extern const struct mailer_file mailer_file_cyrusv2;
extern const struct mailer_file mailer_file_qpage;
extern const struct mailer_file mailer_file_phquery;
extern const struct mailer_file mailer_file_ssh;
extern const struct mailer_file mailer_file_xagent;

#endif
