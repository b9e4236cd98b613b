/*
 * output_target.h - may a file a command writes (smcf build -o) be
 * replaced, and how should the new one look?
 *
 * Only a regular file, or nothing, is replaced: a device, FIFO, socket or
 * directory is refused (as root, `-o /dev/null' must not turn /dev/null
 * into a file).  A symbolic link is followed to the file it names, so the
 * link stays, unless the link sits in a folder others may write to and
 * belongs to someone else (someone could point it anywhere).  The new
 * file gets the old one's mode and owner.  A target folder others may
 * write to is worth a warning: sendmail's own file-safety rules would
 * complain.
 */
#ifndef SMCF_OUTPUT_TARGET_H
#define SMCF_OUTPUT_TARGET_H

#include <sys/types.h>

struct output_target {
	char *path;		/* the file to replace (links followed) */
	int exists;
	mode_t mode;		/* the old file's permissions */
	uid_t uid;
	gid_t gid;
	char *unsafe_dir;	/* the target's folder, when others may write to it */
};

/* Check PATH.  0 and *T filled, or -1 with WHY (static text) set. */
int output_target_check(const char *path, struct output_target *t, const char **why);
void output_target_free(struct output_target *t);

#endif
