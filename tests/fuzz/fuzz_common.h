/*
 * fuzz_common.h - what every libFuzzer harness of tests/fuzz shares: a
 * private temporary folder as working folder (the only place a harness
 * may write), standard output and diagnostics thrown away, and the test
 * that keeps inputs naming special files (devices, /proc, /sys) out.
 */
#ifndef SMCF_FUZZ_COMMON_H
#define SMCF_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

/* Once per process: make the temporary folder (removed at exit, with
 * the files the harness names through fuzz_file()) and go there, send
 * standard output to /dev/null and swallow lib/diag.h diagnostics.
 * Exits on failure. */
void fuzz_setup(void);

/* Path of file NAME in the temporary folder (static buffer); NAME is
 * remembered so the file is removed at exit. */
const char *fuzz_file(const char *name);

/* Write LEN bytes at DATA to fuzz_file(NAME); exits on failure. */
void fuzz_write_file(const char *name, const void *data, size_t len);

/* Does the input name a place outside plain files (/dev, /proc, /sys),
 * where reading could block or never end?  Such inputs are skipped: a
 * .mc cannot reach them (the front end refuses them), and reading them
 * says nothing about the parsers. */
int fuzz_names_special_file(const uint8_t *data, size_t size);

/* A NUL-terminated copy of the input (malloc'ed). */
char *fuzz_strndup(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#endif
