/*
 * usage.h - the one form of a usage error of the smcf commands that
 * share it: "smcf CMD: what is wrong (see 'smcf CMD --help')".
 */
#ifndef SMCF_USAGE_H
#define SMCF_USAGE_H

/* Print the message for COMMAND ("build") on stderr; returns STATUS. */
int usage_error(const char *command, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
