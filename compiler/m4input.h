/*
 * m4input.h - what m4 may read for a .mc.
 *
 * The .mc and every file it has m4 read (include, sinclude, undivert)
 * are held to the same rules: no control byte the record stream and the
 * prelude reserve (bytes 1, 2, 3, 4 and 31: with them a .mc could forge
 * records or name the builtins the prelude keeps for itself, see
 * m4/prelude.m4), and no word naming the prelude's own macros (smcf_...).
 * A file read must be a file: not a device, a FIFO or a socket, and not
 * under /proc, /sys or /dev (the prelude refuses those names before m4
 * opens them; this catches the ones reached another way).
 */
#ifndef SMCF_M4INPUT_H
#define SMCF_M4INPUT_H

#include <stddef.h>

/* Check the text of PATH (the .mc itself when MC is set, else a file it
 * includes).  Reports the first problem as an error at its line and
 * column and returns 1; 0 when the text is fine or cannot be read (m4
 * then says why). */
int m4input_check_text(const char *path, int mc);

/* The path m4 opens for NAME: NAME itself when it exists or is absolute,
 * else the first of DIRS[0..NDIRS-1] and the M4PATH folders that holds
 * it.  NULL when there is none.  The caller frees. */
char *m4input_find(const char *name, const char *const *dirs, size_t ndirs);

/* Why PATH is no file a .mc may read ("a character device", "under
 * /proc" ...), or NULL when it may. */
const char *m4input_not_a_file(const char *path);

#endif
