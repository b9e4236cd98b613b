/*
 * mc_includes.c - where the files a .mc has m4 read come from.
 *
 * What a .mc includes ends up in sendmail.cf, a file every user may
 * read.  A file from outside the .mc's folder (and the folders given to
 * m4 with -I) is reported: a configuration should not depend on
 * whatever happens to lie elsewhere on the machine.  So is a file whose
 * text should stay private: one not every user may read, or one named
 * like a password database or a private key.  Devices and files under
 * /proc, /sys and /dev are refused by the build itself (compiler/
 * m4input.h), so they show up as its error.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compiler/ir.h"
#include "lint/lint.h"

/* Names of files that hold secrets (the last part of the path), and
 * folders that do. */
static const char *const secret_files[] = {
	"shadow", "shadow-", "gshadow", "gshadow-", "master.passwd", "spwd.db",
	"sudoers", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519",
};
static const char *const secret_folders[] = { "/.ssh/", "/private/", "/.gnupg/" };

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Is PATH (resolved) DIR or below it? */
static int is_below(const char *path, const char *dir)
{
	char real[PATH_MAX];
	size_t n;

	if (realpath(dir, real) == NULL)
		return 0;
	n = strlen(real);
	if (n == 1)
		return 1;	/* the root folder */
	return strncmp(path, real, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

static int names_a_secret(const char *path)
{
	const char *base = strrchr(path, '/');
	size_t i;

	base = base ? base + 1 : path;
	if (lint_name_index(base, secret_files, NELEM(secret_files)) >= 0)
		return 1;
	for (i = 0; i < NELEM(secret_folders); i++)
		if (strstr(path, secret_folders[i]))
			return 1;
	return 0;
}

void lint_mc_includes(const struct ir_config *ir, const char *const *dirs, size_t ndirs,
		      struct lint_list *out)
{
	size_t i, d;

	for (i = 0; i < ir_nreads(ir); i++) {
		const struct ir_read *r = ir_read_at(ir, i);
		const struct ir_pos *p = &r->pos;
		char real[PATH_MAX];
		struct stat sb;
		int inside = 0;

		if (names_a_secret(r->name) || (r->path && names_a_secret(r->path)))
			lint_add(out, p->file, p->line, p->col, DC_MC_INCLUDE_PRIVATE,
				 "`%s' looks like a file of secrets: its text would go into sendmail.cf, "
				 "which every user may read", r->name);
		else if (r->path && stat(r->path, &sb) == 0 && S_ISREG(sb.st_mode) &&
			 !(sb.st_mode & S_IROTH))
			lint_add(out, p->file, p->line, p->col, DC_MC_INCLUDE_PRIVATE,
				 "`%s' is not readable by every user, but its text would go into "
				 "sendmail.cf, which every user may read", r->name);
		if (r->path == NULL || realpath(r->path, real) == NULL)
			continue;
		for (d = 0; d < ndirs && !inside; d++)
			inside = is_below(real, dirs[d]);
		if (!inside)
			lint_add(out, p->file, p->line, p->col, DC_MC_INCLUDE_OUTSIDE,
				 "`%s'%s%s%s is outside the .mc's folder%s: the configuration depends on "
				 "a file kept elsewhere", r->name, strcmp(r->name, real) ? " (" : "",
				 strcmp(r->name, real) ? real : "", strcmp(r->name, real) ? ")" : "",
				 ndirs > 1 ? " and the -I folders" : "");
	}
}
