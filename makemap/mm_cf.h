/*
 * mm_cf.h - the two things makemap takes from a sendmail.cf: the
 * TrustedUser option (owner of new maps when run as root) and, for the
 * "cf"/"CF" pseudo types, the class on the K line that names the map.
 */
#ifndef SMCF_MM_CF_H
#define SMCF_MM_CF_H

#include <stdbool.h>
#include <sys/types.h>

#define MM_DEFAULT_CF "/etc/mail/sendmail.cf"

struct mm_cf_info {
	uid_t trusted_uid;	/* 0 when not set */
	char *map_class;	/* class of the matching K line, or NULL */
};

/*
 * Read CF.  MAPFILE (may be NULL) is the map to look for; FULL_PATH
 * compares the K line's file with it whole ("cf"), otherwise only base
 * names without extension ("CF").  Returns -1 with errno when CF cannot
 * be opened.
 */
int mm_cf_read(const char *cf, const char *mapfile, bool full_path,
	       struct mm_cf_info *info);
void mm_cf_info_free(struct mm_cf_info *info);

#endif
