/*
 * atomic_file.h - write a file so that readers see the old or the new
 * contents, never a mixture, and a crash leaves no truncated file.
 *
 * The data goes to an unnamed temporary file (O_TMPFILE) in the target's
 * directory; atomic_commit() flushes it to disk, gives it a temporary name
 * and renames it over the target.  A process killed before the commit
 * leaves nothing behind: an unnamed file vanishes with its last
 * descriptor.  Where O_TMPFILE is not supported a named temporary file is
 * used instead and removed on abort.
 */
#ifndef SMCF_ATOMIC_FILE_H
#define SMCF_ATOMIC_FILE_H

#include <stdio.h>
#include <sys/types.h>

struct atomic_file;

/* Start writing TARGET; NULL with errno set on failure. */
struct atomic_file *atomic_open(const char *target, mode_t mode);
FILE *atomic_stream(struct atomic_file *af);
int atomic_fd(struct atomic_file *af);

/* Give the new file this mode and owner when it is committed (the old
 * file's, when one is replaced); a chown that is not allowed is skipped. */
void atomic_set_attributes(struct atomic_file *af, mode_t mode, uid_t uid, gid_t gid);

/* Flush, fsync, rename into place.  0 on success, -1 with errno. */
int atomic_commit(struct atomic_file *af);

/* Throw the new contents away; the target is untouched. */
void atomic_abort(struct atomic_file *af);

#endif
