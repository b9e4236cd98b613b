/*
 * mm_types.h - the map types smcf makemap knows and how they are listed.
 */
#ifndef SMCF_MM_TYPES_H
#define SMCF_MM_TYPES_H

#include <stdio.h>

enum mm_db_kind { MM_DB_HASH, MM_DB_BTREE };

struct mm_type {
	const char *name;	/* as given on the command line */
	int available;		/* built into this makemap */
	enum mm_db_kind kind;	/* for available types */
	const char *extension;	/* file name suffix without the dot */
	const char *needs;	/* compile switch named when not available */
};

/* The entry for NAME (exact match, like the reference), or NULL. */
const struct mm_type *mm_type_find(const char *name);

/* -l, -x and -L listings. */
void mm_types_list(FILE *fp, int with_extensions);

#endif
