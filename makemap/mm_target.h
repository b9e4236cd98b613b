/*
 * mm_target.h - the map file being written: sendmail's safety checks on
 * it, and its replacement by a complete new file in one rename.
 */
#ifndef SMCF_MM_TARGET_H
#define SMCF_MM_TARGET_H

#include <stdbool.h>
#include <sys/stat.h>
#include <sys/types.h>

struct mm_target {
	char *path;		/* file that is replaced (symlink resolved with -s) */
	bool exists;
	struct stat st;		/* of the existing file */
	struct atomic_file *af;	/* the new contents while they are built */
	char *named_tmp;	/* instead of af when /proc is not mounted */
	int named_fd;
	int lock_fd;		/* the old map, flock()ed while we replace it */
	char *db_path;		/* name Berkeley DB opens the new file by */
};

struct mm_check {
	bool unsafe_ok;		/* -s */
	bool read_only;		/* -u: the map must exist and be readable */
	bool must_exist;	/* -o */
	uid_t trusted_uid;	/* TrustedUser from the cf, 0 if none */
};

/*
 * Check FILE the way sendmail's makemap does before opening it.  Returns
 * NULL, or the reason to print ("Symbolic links not allowed", strerror()
 * text, ...).  Prints the unsafe directory warnings.
 */
const char *mm_target_check(const char *file, const struct mm_check *chk,
			    struct mm_target *t);

/*
 * Start the new file beside the target: mode and owner of the existing
 * map (0640 and the caller for a new one), then TrustedUser as owner when
 * running as root.  With COPY_OLD the existing map is copied first (-o).
 * Returns 0, or an errno value.
 */
int mm_target_begin(struct mm_target *t, bool copy_old, uid_t trusted_uid);

/* Make the new file the map (fsync + rename).  0 or an errno value. */
int mm_target_commit(struct mm_target *t);

/* Forget the new file: the old map stays as it was. */
void mm_target_abort(struct mm_target *t);

void mm_target_free(struct mm_target *t);

#endif
