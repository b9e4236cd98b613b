/*
 * paths.c - locate smcf's data directory (see paths.h).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"
#include "xalloc.h"

#ifndef SMCF_INSTALLED_DATADIR
#define SMCF_INSTALLED_DATADIR "/usr/local/share/smcf"
#endif

static char *datadir;

static int has_prelude(const char *dir)
{
	char path[PATH_MAX];
	struct stat st;

	if (snprintf(path, sizeof path, "%s/m4", dir) >= (int)sizeof path)
		return 0;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *smcf_datadir(void)
{
	char exe[PATH_MAX];
	ssize_t n;
	const char *env;
	char *slash;

	if (datadir)
		return datadir;
	env = getenv("SMCF_DATADIR");
	if (env && *env) {
		datadir = xstrdup(env);
		return datadir;
	}
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		/* build/smcf -> strip "smcf", then "build" */
		for (int up = 0; up < 2; up++) {
			slash = strrchr(exe, '/');
			if (slash == NULL)
				break;
			*slash = '\0';
			if (up == 1 && has_prelude(exe)) {
				datadir = xstrdup(exe);
				return datadir;
			}
		}
	}
	datadir = xstrdup(SMCF_INSTALLED_DATADIR);
	return datadir;
}
