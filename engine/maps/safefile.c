/*
 * safefile.c - may this file be read as a map?  sendmail refuses map
 * files that are not regular files or that sit below a directory other
 * users can write to (unless DontBlameSendmail says otherwise).  Also
 * the small text helpers the map classes share.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"
#include "engine/maps/map_impl.h"

#define MAX_LINK_DEPTH 40

/* sendmail's own texts for its pseudo error numbers */
static const struct {
	int         err;
	const char *text;
} pseudo_errors[] = {
	{ MAP_E_NOSLINK, "Symbolic links not allowed" },
	{ MAP_E_NOHLINK, "Hard links not allowed" },
	{ MAP_E_REGONLY, "Regular files only" },
	{ MAP_E_ISEXEC, "Executable files not allowed" },
	{ MAP_E_WWDIR, "World writable directory" },
	{ MAP_E_GWDIR, "Group writable directory" },
	{ MAP_E_FILECHANGE, "File changed after open" },
	{ MAP_E_WWFILE, "World writable file" },
	{ MAP_E_GWFILE, "Group writable file" },
	{ MAP_E_GRFILE, "Group readable file" },
	{ MAP_E_WRFILE, "World readable file" },
};

const char *
map_strerror(int errnum)
{
	size_t i;

	for (i = 0; i < sizeof(pseudo_errors) / sizeof(pseudo_errors[0]); i++)
		if (pseudo_errors[i].err == errnum)
			return pseudo_errors[i].text;
	return strerror(errnum);
}

/*
 * Check every directory on the way to DIR (an absolute or relative
 * path), following symbolic links.  A directory writable by others
 * (unless sticky with TrustStickyBit) is an error when FATAL; otherwise
 * MAP, when given, gets sendmail's warning about it and the walk goes
 * on.
 */
static int
check_dir_path(struct map *map, const char *dir, unsigned dont_blame,
	       int fatal, int depth)
{
	char path[PATH_MAX];
	size_t len, i;
	mode_t unsafe = S_IWOTH;

	if (depth > MAX_LINK_DEPTH)
		return ELOOP;
	if (!(dont_blame & DBS_GROUP_WRITABLE_DIR_SAFE))
		unsafe |= S_IWGRP;
	len = strlen(dir);
	if (len == 0)
		dir = "/", len = 1;
	if (len >= sizeof(path))
		return EINVAL;
	memcpy(path, dir, len + 1);

	/* visit "/", "/a", "/a/b" ... (or "a", "a/b" for relative paths) */
	for (i = 0; i <= len; i++) {
		struct stat st;
		char save;
		size_t cut = i;
		const char *last;
		int ret = 0;

		if (i < len && path[i] != '/')
			continue;
		if (i == 0)
			cut = 1;	/* the root directory itself */
		save = path[cut];
		path[cut] = '\0';
		last = strrchr(path, '/');
		if (last != NULL && (strcmp(last, "/.") == 0 ||
				     strcmp(last, "/..") == 0)) {
			path[cut] = save;
			continue;
		}
		if (lstat(path, &st) < 0) {
			ret = errno;
		} else if (S_ISLNK(st.st_mode)) {
			char target[PATH_MAX], full[PATH_MAX];
			ssize_t n = readlink(path, target, sizeof(target) - 1);
			char *slash = strrchr(path, '/');
			size_t keep = slash != NULL ? (size_t) (slash - path) + 1 : 0;

			if (n < 0)
				ret = errno;
			else if ((target[n] = '\0', target[0] == '/'))
				ret = check_dir_path(map, target, dont_blame, fatal,
						     depth + 1);
			else if (keep + (size_t) n >= sizeof(full))
				ret = EINVAL;
			else {
				memcpy(full, path, keep);
				strcpy(full + keep, target);
				ret = check_dir_path(map, full, dont_blame, fatal,
						     depth + 1);
			}
		} else if ((st.st_mode & unsafe) &&
			   !((dont_blame & DBS_TRUST_STICKY_BIT) &&
			     (st.st_mode & S_ISVTX))) {
			const char *who = (st.st_mode & S_IWOTH) ? "World" : "Group";

			if (fatal)
				ret = (st.st_mode & S_IWOTH) ? MAP_E_WWDIR : MAP_E_GWDIR;
			else if (map != NULL)
				map_note(map, "WARNING: %s writable directory %s",
					 who, path);
		}
		path[cut] = save;
		if (ret != 0)
			return ret;
	}
	return 0;
}

/* The directory part of FILE ("." when there is none). */
static char *
dir_of(const char *file)
{
	const char *slash = strrchr(file, '/');

	return slash == NULL ? xstrdup(".")
		: xstrndup(file, (size_t) (slash - file));
}

/* Is GID one of this process's groups? */
static int
in_my_groups(gid_t gid)
{
	gid_t groups[NGROUPS_MAX];
	int n = getgroups(NGROUPS_MAX, groups);

	if (gid == getegid())
		return 1;
	for (int i = 0; i < n; i++)
		if (groups[i] == gid)
			return 1;
	return 0;
}

/*
 * Run by root, sendmail does not read a map as root would: a file root or
 * the TrustedUser owns is fine, any other file must be readable through
 * its group bits when root is in its group, else through its bits for
 * others (so a 0600 file of another user is refused).
 */
static int
root_may_read(const struct map *map, const struct stat *st)
{
	long trusted = map_trusted_uid(map);

	if (st->st_uid == 0 || (trusted >= 0 && st->st_uid == (uid_t) trusted))
		return 1;
	return (st->st_mode & (in_my_groups(st->st_gid) ? S_IRGRP : S_IROTH)) != 0;
}

int
map_file_safety_errno(struct map *map, const char *file, int *left)
{
	unsigned dont_blame = map_dont_blame(map);
	int root = getuid() == 0;
	/* sendmail checks the path only when run by root, and reports
	 * writable directories as fatal unless MapInUnsafeDirPath */
	int fatal = root && !(dont_blame & DBS_MAP_IN_UNSAFE_DIR);
	int no_links = 0, check_path = root, file_errno = 0, ret;
	char *dir = dir_of(file);
	struct stat st;

	*left = 0;
	if (stat(file, &st) < 0)
		*left = file_errno = errno;
	if (root && !fatal && !(dont_blame & DBS_LINKED_MAP_IN_WRITABLE_DIR)) {
		/* in a writable directory the map must not be a link */
		if (check_dir_path(NULL, dir, dont_blame, 1, 0) == 0) {
			check_path = 0;
		} else {
			no_links = 1;
			if (lstat(file, &st) < 0) {
				*left = ret = errno;
				free(dir);
				return ret;
			}
		}
	}
	ret = check_path ? check_dir_path(map, dir, dont_blame, fatal, 0) : 0;
	free(dir);
	if (ret != 0) {
		/* a pseudo error leaves errno as the file's stat set it */
		if (ret < MAP_E_BASE)
			*left = ret;
		return ret;
	}
	if (file_errno != 0) {
		*left = 0;	/* sendmail clears errno here */
		return file_errno;
	}
	if (no_links && S_ISLNK(st.st_mode))
		return MAP_E_NOSLINK;
	if (!S_ISREG(st.st_mode))
		return MAP_E_REGONLY;
	if (no_links && st.st_nlink != 1)
		return MAP_E_NOHLINK;
	if (!root && access(file, R_OK) != 0)
		return *left = EACCES;
	if (root && !root_may_read(map, &st))
		return *left = EACCES;
	return 0;
}

int
map_file_safety(struct map *map, const char *file)
{
	int left;

	return map_file_safety_errno(map, file, &left);
}

char *
map_get_column(const char *line, int col, int delim)
{
	const char *seps = delim == 0 ? "\n\t " : NULL;
	char one[2] = { (char) delim, '\0' };
	const char *begin = line, *end;
	int i;

	if (seps == NULL)
		seps = one;
	if (*line == '\0')
		return NULL;
	if (delim != 0 && *line == (char) delim && col == 0)
		return NULL;
	if (col == 0 && delim == 0)
		while (*begin != '\0' && isspace((unsigned char) *begin))
			begin++;
	for (i = 0; i < col; i++) {
		begin = strpbrk(begin, seps);
		if (begin == NULL)
			return NULL;
		begin++;
		if (delim == 0)
			while (*begin != '\0' && isspace((unsigned char) *begin))
				begin++;
	}
	end = strpbrk(begin, seps);
	return end == NULL ? xstrdup(begin)
		: xstrndup(begin, (size_t) (end - begin));
}

void
map_lower(char *s)
{
	for (; *s != '\0'; s++)
		if (isascii((unsigned char) *s) && isupper((unsigned char) *s))
			*s = (char) tolower((unsigned char) *s);
}
