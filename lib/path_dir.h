/*
 * path_dir.h - the directory part of a path name, as a new string.
 */
#ifndef SMCF_PATH_DIR_H
#define SMCF_PATH_DIR_H

/* "a/b/c" -> "a/b", "/c" -> "/", "c" -> "." (caller frees). */
char *path_directory(const char *path);

#endif
