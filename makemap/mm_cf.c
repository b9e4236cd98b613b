/*
 * mm_cf.c - scan a sendmail.cf for TrustedUser and K lines.
 *
 * Only two line kinds matter.  "O TrustedUser=NAME|UID" sets the owner
 * given to maps built by root.  A K line matches the map when its last
 * space-separated word contains the map file name and the character just
 * before the name is white space (full path comparison) or a slash or white
 * space (base name comparison, where everything from the last dot of the
 * word is ignored).  The first matching K line wins; its second word is
 * the map class.  Lines are read in 2048-byte pieces as sendmail does.
 */
#include <ctype.h>
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "makemap/mm_cf.h"
#include "xalloc.h"

#define CF_LINE_MAX 2048

static int is_ascii_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int is_ascii_alnum(int c)
{
	return c < 0x80 && isalnum(c);
}

static void read_trusted_user(const char *rest, struct mm_cf_info *info)
{
	const char *eq = strchr(rest, '=');
	struct passwd *pw;

	if (eq == NULL)
		return;
	for (eq++; is_ascii_space((unsigned char)*eq); eq++)
		continue;
	if (isdigit((unsigned char)*eq)) {
		info->trusted_uid = (uid_t)atoi(eq);
		return;
	}
	info->trusted_uid = 0;
	pw = getpwnam(eq);
	if (pw == NULL)
		fprintf(stderr, "TrustedUser: unknown user %s\n", eq);
	else
		info->trusted_uid = pw->pw_uid;
}

/* Does the K line LINE name MAPNAME?  LINE is modified. */
static bool kline_names_map(char *line, const char *mapname, bool full_path)
{
	char *end, *word, *hit, *dot;

	for (end = line + strlen(line) - 1;
	     end > line && is_ascii_space((unsigned char)*end); end--)
		*end = '\0';
	word = strrchr(line, ' ');
	if (word == NULL)
		return false;
	hit = strstr(word, mapname);
	if (hit == NULL || hit <= line)
		return false;
	if (!full_path && (dot = strrchr(hit, '.')) != NULL)
		*dot = '\0';
	if (strcmp(hit, mapname) != 0)
		return false;
	if (full_path)
		return is_ascii_space((unsigned char)hit[-1]);
	return hit[-1] == '/' || is_ascii_space((unsigned char)hit[-1]);
}

/* Class word of a K line ("Kname class ..."), NULL when malformed. */
static char *kline_class(char *line)
{
	char *p = line + 1, *class;

	while (is_ascii_space((unsigned char)*p))
		p++;
	if (!is_ascii_alnum((unsigned char)*p))
		return NULL;
	while (is_ascii_alnum((unsigned char)*++p) || *p == '_' || *p == '.')
		continue;
	if (*p != '\0')
		*p++ = '\0';
	while (is_ascii_space((unsigned char)*p))
		p++;
	if (!is_ascii_alnum((unsigned char)*p))
		return NULL;
	class = p;
	while (is_ascii_alnum((unsigned char)*++p))
		continue;
	*p = '\0';
	return class;
}

/* The name K lines are compared with: whole, or base name up to its first dot. */
static char *name_to_compare(const char *mapfile, bool full_path)
{
	const char *slash;
	char *name, *dot;

	if (full_path)
		return xstrdup(mapfile);
	slash = strrchr(mapfile, '/');
	name = xstrdup(slash ? slash + 1 : mapfile);
	if ((dot = strchr(name, '.')) != NULL)
		*dot = '\0';
	return name;
}

int mm_cf_read(const char *cf, const char *mapfile, bool full_path,
	       struct mm_cf_info *info)
{
	char line[CF_LINE_MAX];
	char *mapname = NULL;
	bool done = false;
	FILE *fp;

	info->trusted_uid = 0;
	info->map_class = NULL;
	fp = fopen(cf, "r");
	if (fp == NULL)
		return -1;
	if (mapfile != NULL)
		mapname = name_to_compare(mapfile, full_path);
	while (fgets(line, sizeof line, fp) != NULL) {
		char *nl = strchr(line, '\n');

		if (nl != NULL)
			*nl = '\0';
		if (line[0] == 'O') {
			if (strncasecmp(line + 1, " TrustedUser", 12) == 0 &&
			    !is_ascii_alnum((unsigned char)line[13]))
				read_trusted_user(line + 1, info);
		} else if (line[0] == 'K' && !done && mapname != NULL && *mapname != '\0') {
			if (!kline_names_map(line, mapname, full_path))
				continue;
			/* A malformed matching line ends the search, unmatched. */
			char *class = kline_class(line);

			if (class == NULL)
				break;
			done = true;
			info->map_class = xstrdup(class);
		}
	}
	fclose(fp);
	free(mapname);
	return 0;
}

void mm_cf_info_free(struct mm_cf_info *info)
{
	free(info->map_class);
	info->map_class = NULL;
}
