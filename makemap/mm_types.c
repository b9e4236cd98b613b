/*
 * mm_types.c - table of map types.
 *
 * sendmail's makemap lists its compiled-in types in this order; "implicit"
 * means the first available of hash, dbm and cdb, which is hash here.
 * dbm and cdb are known names that this build does not write: asking for
 * them names the compile switch the reference would need.
 */
#include <string.h>

#include "makemap/mm_types.h"

static const struct mm_type types[] = {
	{ "hash",     1, MM_DB_HASH,  "db", NULL },
	{ "btree",    1, MM_DB_BTREE, "db", NULL },
	{ "dbm",      0, MM_DB_HASH,  "",   "NDBM" },
	{ "cdb",      0, MM_DB_HASH,  "",   "CDB" },
	{ "implicit", 1, MM_DB_HASH,  "db", NULL },
};

#define NTYPES (sizeof types / sizeof types[0])

const struct mm_type *mm_type_find(const char *name)
{
	for (size_t i = 0; i < NTYPES; i++)
		if (strcmp(types[i].name, name) == 0)
			return &types[i];
	return NULL;
}

void mm_types_list(FILE *fp, int with_extensions)
{
	for (size_t i = 0; i < NTYPES; i++) {
		if (!types[i].available)
			continue;
		if (!with_extensions)
			fprintf(fp, "%s\n", types[i].name);
		else if (strcmp(types[i].name, "implicit") == 0)
			fprintf(fp, "%s:\n", types[i].name);	/* no fixed suffix */
		else
			fprintf(fp, "%s:%s\n", types[i].name, types[i].extension);
	}
}
