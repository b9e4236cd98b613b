/*
 * diag_codes.c - the table behind diag_codes.h.
 */
#include <string.h>

#include "diag_codes.h"

#define FIXED	0
#define FOLLOWS	1

static const struct diag_code_info codes[DC_COUNT] = {
#define DIAG_CODE_ROW(id, code, sev, how, title) [DC_##id] = { code, DIAG_SEV_##sev, how, title },
	DIAG_CODE_LIST(DIAG_CODE_ROW)
#undef DIAG_CODE_ROW
};

const struct diag_code_info *diag_code_info(enum diag_code code)
{
	return &codes[code < DC_COUNT ? code : DC_MC_CHECKER];
}

enum diag_code diag_code_by_name(const char *name)
{
	size_t i;

	for (i = 0; i < DC_COUNT; i++)
		if (strcmp(codes[i].code, name) == 0)
			return (enum diag_code)i;
	return DC_COUNT;
}
