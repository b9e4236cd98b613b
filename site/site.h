/*
 * site.h - what the parts of `smcf site' share.
 *
 * A site folder (/etc/mail, or ROOT/etc/mail with --root) holds .mc
 * files and map sources; `smcf site' turns them into the files sendmail
 * reads (the outputs: sendmail.cf, submit.cf, the .db maps, aliases.db)
 * and installs the ones that changed as one step.
 *
 *   plan.c     which outputs there are, what each should contain, which
 *              are stale, and why (lint, compile, compare)
 *   maps.c     map sources and aliases files to records, .db files to
 *              records, records to a .db file
 *   install.c  the transaction: staged files, a numbered backup, a
 *              journal, the renames, recovery and --rollback
 *   cmd_site.c the command line and the report
 */
#ifndef SMCF_SITE_H
#define SMCF_SITE_H

#include <stdio.h>
#include <sys/types.h>

#include "cf/compare.h"
#include "cf/meaning.h"

/* ---- records of a map (maps.c) ---- */

struct map_record {
	char *key, *value;	/* the bytes stored (a NUL included or not) */
	size_t klen, vlen;
	int line;		/* source line, 0 for a record of a .db file */
};

struct map_records {
	struct map_record *v;
	size_t n, cap;
};

/* How a map's source becomes records: the K line flags that matter. */
struct map_format {
	int include_nul;	/* -N */
	int fold_keys;		/* not -f */
	int btree;		/* btree, else hash */
};

/* What reading an aliases file needs from the cf. */
struct alias_rules {
	int fold_keys;		/* the local mailer has no F=u */
	const struct cf_meaning *cf;	/* class w, for user@host names */
};

/* Records of the makemap source PATH (errors through lib/diag.h); -1
 * when it cannot be read (errno set). */
int map_source_read(const char *path, const struct map_format *f, struct map_records *out);
/* Records of the aliases file PATH as `newaliases' stores them (keys
 * and values with their NUL, the "@" record last). */
int aliases_read(const char *path, const struct alias_rules *r, struct map_records *out);
/* Records of the Berkeley DB file PATH; -1 with errno when unreadable. */
int db_read(const char *path, int btree, struct map_records *out);
/* Write RECS to the new file PATH as a hash or btree file; 0 or -1
 * (error reported). */
int db_write(const char *path, int btree, const struct map_records *recs);
/* Sort by key (then value), for comparison. */
void map_records_sort(struct map_records *r);
/* A key or value as text (the stored NUL dropped); new string. */
char *map_record_text(const char *bytes, size_t len);

/* What changes from OLD to NEW (both sorted): counts, and the lines
 * when OUT is not NULL ("+ key value", "- key value"). */
struct map_delta {
	size_t added, removed, changed;
};
void map_records_compare(const struct map_records *old, const struct map_records *new,
			 struct map_delta *d, FILE *out, const char *prefix);
void map_records_free(struct map_records *r);

/* ---- the outputs and the plan (plan.c) ---- */

enum output_kind { OUT_CF, OUT_MAP, OUT_ALIASES };

struct site_output {
	enum output_kind kind;
	char *target;		/* the installed file (ROOT applied) */
	char *source;		/* its .mc or map source (ROOT applied) */
	int msp;		/* submit.cf: the MSP reads it */
	int stale;		/* must be installed */
	char *why;		/* why it is stale (for the report) */
	int exists;		/* the target is there */
	/* the new contents */
	char *cf;		/* OUT_CF */
	size_t cf_len;
	struct map_records records;	/* OUT_MAP, OUT_ALIASES (sorted) */
	struct map_format format;
	/* for --diff */
	struct cf_changes cf_changes;
	struct map_records old_records;
	/* the new file's mode and owner (the old file's when it exists) */
	mode_t mode;
	uid_t uid;
	gid_t gid;
	char *staged;		/* while installing: the new file beside target */
};

struct site {
	const char *root;	/* --root, or "" */
	char *dir;		/* the site folder */
	char *state;		/* DIR/.smcf: journal, backups, lock */
	struct site_output *out;
	size_t nout, capout;
	int failed;		/* a step failed: nothing may be installed */
	int problems;		/* --check: things found stale or wrong */
	const char *mta_cf;	/* the sendmail.cf target, for --reload */
	int locked;		/* the lock is held */
	char *pid_file;		/* its PidFile (ROOT applied) */
};

/* PATH (absolute, as the cf names it) under the site's ROOT; new string. */
char *site_path(const struct site *s, const char *path);
/* PATH shown relative to nothing: the name as the cf or user knows it
 * (ROOT removed); points into PATH. */
const char *site_shown(const struct site *s, const char *path);

/* Everything an install would do, checked and computed; outputs
 * appended to S.  Errors are reported; S->failed set. */
void site_plan(struct site *s);

/* ---- the transaction (install.c) ---- */

/* Finish an install a killed run left half done; 0 or -1 (reported). */
int site_recover(struct site *s);
/* Install the stale outputs as one step; 0 or -1 (reported, nothing
 * changed).  *BACKUP is the number of the backup folder made. */
int site_install(struct site *s, int *backup);
/* Put back the set kept in the last backup folder; 0, 1 when there is
 * none, -1 on error. *BACKUP is its number. */
int site_rollback(struct site *s, int *backup);
/* Hold the site's lock (flock on STATE/lock) until exit; 0 or -1. */
int site_lock(struct site *s, int create);

#endif
