/*
 * msg.h - messages as sendmail prints them in address test mode.
 *
 * Everything goes to stdout.  A message may carry an SMTP reply code and
 * an enhanced status code ("553 5.1.1 text"); in test mode sendmail
 * strips both before printing.  While the cf is read each message is
 * prefixed with "FILE: line N: ".  User errors with the codes 050, 250,
 * 252, 450, 550 and 553 name the address being worked on ("addr... ").
 * A system error (syserr) sets the exit status the session ends with.
 */
#ifndef SMCF_MSG_H
#define SMCF_MSG_H

#include <stdio.h>
#include <string.h>

/*
 * Instead of printing, hand every message to FN (NULL: print again): the
 * build's read-back of its own cf collects them.  LINE is the cf line
 * being read (0 outside reading), TEXT the message without the
 * "FILE: line N: " prefix.
 */
enum msg_level { MSG_NOTE, MSG_USRERR, MSG_SYSERR };
typedef void (*msg_sink_fn)(void *arg, enum msg_level level, int line, const char *text);
void msg_set_sink(msg_sink_fn fn, void *arg);

/* Where messages point: the cf file and line, or nothing (NULL). */
void msg_set_file(const char *file, int line);
/* The address being parsed ("e_to"), or NULL. */
void msg_set_to(const char *to);
const char *msg_get_to(void);

/* System error: like sendmail's syserr (554, or 451 with errno text). */
void msg_syserr(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Same, after a failed system call: REASON (strerror text) is appended
 * as ": REASON" and the exit status becomes 71. */
void msg_syserr_reason(const char *reason, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define msg_syserr_errno(eno, ...) msg_syserr_reason(strerror(eno), __VA_ARGS__)
/* User error: FMT may start with an SMTP code ("553 ..."). */
void msg_usrerr(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/*
 * A finished message from another module (the maps): printed with the
 * "FILE: line N: " prefix while the cf is read; SYSERR 1 makes the exit
 * status 71 as a failed system call does, 2 (a mistake in the cf) 70.
 */
void msg_from_module(int syserr, const char *text);

/*
 * While ON, messages keep their SMTP reply code and enhanced status code
 * ("550 5.7.1 <a@b>... text"; a message without an enhanced code gets
 * the reply class's X.0.0), as sendmail writes them to an SMTP client:
 * smcf policy collects its replies so.
 */
void msg_set_smtp(int on);

/* While ON, user errors are not printed (sendmail's SuprErrs). */
void msg_suppress(int on);

/* Informational message (printed in -bt since Verbose is on). */
void msg_message(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A warning sendmail prints as it is, without "FILE: line N: " (a
 * ruleset defined twice, OperatorChars set late): to stdout, or to the
 * sink as a note, so a collected reading never writes to stdout. */
void msg_plain(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The exit status the session ends with (0 unless a syserr happened). */
int msg_exit_status(void);
void msg_set_exit_status(int status);
/* sendmail's setstat(): take STATUS unless a status is already set. */
void msg_setstat(int status);

/*
 * A rewrite resolved to "$#error $@ HOST $: UBUF": print UBUF as the
 * error message and set the exit status, as sendmail's buildaddr() does.
 * UBUF is modified.
 */
void msg_error_triple(char *ubuf, const char *host);

#endif
