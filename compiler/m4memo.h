/*
 * m4memo.h - what m4 printed for a .mc, kept for the next identical run.
 *
 * Starting GNU m4 costs more than everything else `smcf build' does, and
 * its output is a function of its inputs alone: the m4 program, the
 * prelude (hence smcf itself), the command line, the working folder, the
 * two variables of the environment m4 heeds (M4PATH, POSIXLY_CORRECT) and
 * the files it reads (the .mc, the site fragments it includes, the
 * ostypes/ and domain/ files).  The prelude reports every file a .mc
 * asks for (an R record, see m4/prelude.m4); the memo keeps m4's output,
 * errors and exit status together with the identity (device, inode,
 * size, times) of every one of those files, and of each place m4 would
 * have looked for them.  A later run with the same command line in the
 * same folder uses the memo only when every identity is unchanged;
 * otherwise m4 runs and the memo is replaced.  A file changed in the
 * last few seconds is not trusted (its time stamp could hide a second
 * change), so such a run is not kept.
 *
 * The memos live in the cache folder of m4cache.h (SMCF_CACHE_DIR=off
 * turns them off too).
 */
#ifndef SMCF_M4MEMO_H
#define SMCF_M4MEMO_H

#include <stddef.h>

#include "runprog.h"

struct m4memo;

/* The memo of the run named by ARGV (the m4 command line, without the
 * program's own path that m4cache gives), in the current folder.  NULL
 * when there is no cache folder. */
struct m4memo *m4memo_open(char *const *argv);

/* A file the result depends on, by its path. */
void m4memo_depend(struct m4memo *memo, const char *path);

/* A file m4 looked for as NAME: every place it may come from (as named,
 * then each of DIRS[0..NDIRS-1] and the folders of M4PATH). */
void m4memo_depend_search(struct m4memo *memo, const char *name, const char *const *dirs,
			  size_t ndirs);

/* A kept result that still holds: 1 with RES filled, else 0. */
int m4memo_fetch(struct m4memo *memo, struct runprog_result *res);

/* Keep RES (an m4 run that ended normally) with the files recorded by
 * m4memo_depend*.  Problems only mean that nothing is kept. */
void m4memo_store(struct m4memo *memo, const struct runprog_result *res);

void m4memo_free(struct m4memo *memo);

#endif
