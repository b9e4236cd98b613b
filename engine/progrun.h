/*
 * progrun.h - run a program a cf names, as sendmail runs it.
 *
 * A class read from a program (F{X}|/path) and a program map (K name
 * program /path, also reached through sequence and switch maps) run a
 * program of the cf's choosing.  sendmail starts it in a child that, when
 * sendmail is root, takes the cf's DefaultUser identity (option u; by
 * default the user mailnull, or uid 1 and gid 1 when there is none), gets
 * an environment of its own (AGENT=sendmail, TZ as TimeZoneSpec says, and
 * what the cf's E lines give), and works in the prog mailer's D= folder
 * or /tmp.  smcf test does the same, so a cf read as root never runs a
 * program as root; unlike sendmail it also drops the supplementary groups
 * smcf was started with.  With programs turned off (smcf test
 * --no-programs) nothing is run and the caller answers as for a program
 * that could not be run.
 *
 * The settings follow the cf as it is read (cf/options.c, cf/readcf.c,
 * cf/mailer.c set them), so a program run while the cf is read sees the
 * settings of the lines above it, as in sendmail; TZ and the prog
 * mailer's folders apply only once the whole cf has been read (sendmail
 * looks at them after reading it).
 */
#ifndef SMCF_PROGRUN_H
#define SMCF_PROGRUN_H

#include <sys/types.h>

/* Back to the state before a cf is read (programs stay on or off). */
void progrun_reset(void);

/* Option u (DefaultUser): UID, and GID unless KEEP_GID (a bare number
 * leaves the group as it was).  -1 is an unknown user or group: the
 * child then fails as sendmail's does. */
void progrun_set_ids(long uid, long gid, int keep_gid);

/* An E line: NAME=VALUE, or NAME alone for NAME as smcf's environment
 * has it (nothing when it has none). */
void progrun_env_line(const char *line);
/* Option TimeZoneSpec: TZ=VALUE, or smcf's own TZ when VALUE is empty. */
void progrun_set_tz(const char *value);
/* The cf has been read: TZ and the prog mailer's folders apply. */
void progrun_cf_read(void);

/* The prog mailer's D= (folders to try, `:' between, macros expanded)
 * and its root folder (/=), or NULL. */
void progrun_set_dirs(const char *execdir, const char *rootdir);

/* Turn running programs off (ON) or back on. */
void progrun_disable(int on);
int progrun_disabled(void);

/*
 * Start ARGV[0] (a full path) with ARGV, its standard output into a pipe
 * whose read end is returned in *OUT_FD and standard input from
 * /dev/null; the child dies with smcf.  0 with *PID set, or -1 (nothing started: programs are off,
 * or no pipe or process could be made; errno is set).  The child's own
 * failures come back as its exit status: 75 when it could not take the
 * identity, 71 or 78 when the program could not be run, as sendmail's.
 */
int progrun_start(char *const *argv, int *out_fd, pid_t *pid);

/* Forget the settings (end of the session). */
void progrun_free(void);

#endif
