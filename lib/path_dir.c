/*
 * path_dir.c - directory part of a path (see path_dir.h).
 */
#include <string.h>

#include "path_dir.h"
#include "xalloc.h"

char *path_directory(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}
