/*
 * m4cache.h - the m4 prelude read once, its state frozen, reused by
 * every build.
 *
 * Reading m4/prelude.m4 with the few hundred definitions the front end
 * passes along costs GNU m4 more than a typical .mc does.  The state it
 * leaves is the same for every run, so it is frozen once (m4 -F) into a
 * per-user cache folder and reloaded (m4 -R) from then on.  The file name
 * is a hash of everything that shapes that state: the m4 program, smcf
 * itself (its tables make the arguments), the prelude (each by path,
 * size and time stamps) and the data folder; a changed prelude, a new
 * m4 or a rebuilt smcf simply gets a new file.  Files are written
 * atomically and only ever read from a folder that belongs to the user
 * and that nobody else may write.  Whenever no cache can be used the
 * front end loads the prelude the plain way: the cache only saves time.
 *
 * Folder: $SMCF_CACHE_DIR, else $XDG_CACHE_HOME/smcf, else
 * $HOME/.cache/smcf.  SMCF_CACHE_DIR=off turns the cache off.
 */
#ifndef SMCF_M4CACHE_H
#define SMCF_M4CACHE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* The m4 program to run: $SMCF_M4 if set, else "m4" (caller frees). */
char *m4cache_name(void);

/* Where NAME is found, as runprog finds it: in PATH unless it has a
 * slash (caller frees).  When it is not found the result is NAME
 * itself, and no frozen state is made for it. */
char *m4cache_program(const char *name);

/* The cached file for the state program M4 leaves after reading
 * PRELUDE with smcf's fixed arguments, EXTRA being the only one that is
 * not compiled into smcf (caller frees).  *READY tells whether it is
 * there to be used; NULL when no cache can be used at all. */
char *m4cache_path(const char *m4, const char *prelude, const char *extra, int *ready);

/* Freeze that state into PATH: M4 reads PRELUDE with the arguments
 * ARGS[0..NARGS-1] (options only).  0, or -1 when it did not work. */
int m4cache_freeze(const char *path, const char *m4, char *const *args, size_t nargs,
		   const char *prelude);

/* Does the frozen state in FROZEN define NAME?  1 yes, 0 no, -1 when the
 * file cannot be read or is not a frozen state. */
int m4cache_defines(const char *frozen, const char *name);

/* Drop a cached file that m4 could not reload. */
void m4cache_forget(const char *frozen);

/* --- shared with m4memo.c --- */

/* The cache folder, created if needed (caller frees); NULL when there is
 * none to use. */
char *m4cache_dir(void);

/* NAME in the next folder of the colon-separated LIST ("DIR/NAME",
 * caller frees), moving *LIST past it; NULL at the end.  Empty entries
 * are skipped. */
char *m4cache_in_list(const char **list, const char *name);

/* Remove the cache entries in DIR that nobody has rewritten for 30
 * days (called whenever a new entry is made). */
void m4cache_prune(const char *dir);

/* Is PATH a regular file of ours that nobody else may write? */
int m4cache_usable(const char *path);

/* 64-bit FNV-1a over S and its NUL: plenty to tell apart the few states
 * one user meets.  Start from M4CACHE_HASH_INIT. */
#define M4CACHE_HASH_INIT UINT64_C(0xcbf29ce484222325)
void m4cache_hash(uint64_t *h, const char *s);

/* A file's identity and version (device, inode, size, modification and
 * change times, to the nanosecond) as text in ID, and the later of the
 * two times in *CHANGED (unless NULL); -1 when it cannot be looked at. */
#define M4CACHE_ID_SIZE 160
int m4cache_file_id(const char *path, char *id, size_t size, time_t *changed);

#endif
