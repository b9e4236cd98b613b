/*
 * paths.c - locate smcf's data folder and documents (see paths.h).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"
#include "xalloc.h"

/* Both set by the Makefile from PREFIX (see the prefix stamp there). */
#ifndef SMCF_INSTALLED_DATADIR
#define SMCF_INSTALLED_DATADIR "/usr/local/share/smcf"
#endif
#ifndef SMCF_INSTALLED_DOCDIR
#define SMCF_INSTALLED_DOCDIR "/usr/local/share/doc/smcf"
#endif

enum origin { FROM_ENV, FROM_SOURCE_TREE, FROM_BESIDE_BINARY, FROM_PREFIX };

static char *datadir;
static enum origin origin;

static int is_dir(const char *dir, const char *sub)
{
	char path[PATH_MAX];
	struct stat st;

	if (snprintf(path, sizeof path, "%s/%s", dir, sub) >= (int)sizeof path)
		return 0;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *dir, const char *sub)
{
	char path[PATH_MAX];

	if (snprintf(path, sizeof path, "%s/%s", dir, sub) >= (int)sizeof path)
		return 0;
	return access(path, R_OK) == 0;
}

static const char *choose(char *dir, enum origin how)
{
	datadir = dir;
	origin = how;
	return datadir;
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
	if (env && *env)
		return choose(xstrdup(env), FROM_ENV);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		/* .../build/smcf or .../bin/smcf: the folder above the binary's */
		for (int up = 0; up < 2 && (slash = strrchr(exe, '/')) != NULL; up++)
			*slash = '\0';
		if (slash != NULL && is_dir(exe, "m4"))
			return choose(xstrdup(exe), FROM_SOURCE_TREE);
		if (slash != NULL && is_dir(exe, "share/smcf/m4"))
			return choose(xasprintf("%s/share/smcf", exe), FROM_BESIDE_BINARY);
	}
	return choose(xstrdup(SMCF_INSTALLED_DATADIR), FROM_PREFIX);
}

const char *smcf_datadir_origin(void)
{
	static const char *const words[] = {
		[FROM_ENV] = "from SMCF_DATADIR",
		[FROM_SOURCE_TREE] = "the source tree the binary was built in",
		[FROM_BESIDE_BINARY] = "beside the binary",
		[FROM_PREFIX] = "the installed data folder",
	};

	smcf_datadir();
	return words[origin];
}

const char *smcf_datadir_problem(void)
{
	static char *problem;
	const char *dir = smcf_datadir();
	const char *missing;

	if (problem)
		return problem;
	if (!is_dir(dir, "."))
		missing = "does not exist";
	else if (!is_file(dir, "m4/prelude.m4"))
		missing = "has no m4/prelude.m4";
	else if (!is_dir(dir, "ostypes"))
		missing = "has no ostypes/ folder";
	else if (!is_dir(dir, "domain"))
		missing = "has no domain/ folder";
	else
		return NULL;
	if (origin == FROM_ENV)
		problem = xasprintf("SMCF_DATADIR=%s is not smcf's data folder: it %s; point "
				    "SMCF_DATADIR at the folder that holds m4/, ostypes/ and domain/, "
				    "or unset it to use %s", dir, missing, SMCF_INSTALLED_DATADIR);
	else
		problem = xasprintf("the data folder %s %s; reinstall smcf (make install in its "
				    "source tree) or set SMCF_DATADIR to the folder that holds m4/, "
				    "ostypes/ and domain/", dir, missing);
	return problem;
}

const char *smcf_docdir(void)
{
	return SMCF_INSTALLED_DOCDIR;
}
