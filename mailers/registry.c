/*
 * registry.c - every MAILER() file of the reference tree, in one list.
 *
 * A family not written yet would be listed with no mailers and
 * implemented=0, so that the checker still knows the name and the emitter
 * refuses it clearly; today all fourteen are written.
 */
#include <string.h>

#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

static const struct mailer_file *const files[] = {
	&mailer_file_local,
	&mailer_file_smtp,
	&mailer_file_uucp,
	&mailer_file_procmail,
	&mailer_file_usenet,
	&mailer_file_fax,
	&mailer_file_pop,
	&mailer_file_cyrus,
	&mailer_file_cyrusv2,
	&mailer_file_qpage,
	&mailer_file_mail11,
	&mailer_file_phquery,
	&mailer_file_ssh,
	&mailer_file_xagent,
};

#define NFILES (sizeof(files) / sizeof(files[0]))

const struct mailer_file *mailer_file_lookup(const char *file)
{
	size_t i;

	for (i = 0; i < NFILES; i++)
		if (strcmp(files[i]->file, file) == 0)
			return files[i];
	return NULL;
}

size_t mailer_file_count(void)
{
	return NFILES;
}

const struct mailer_file *mailer_file_at(size_t i)
{
	return i < NFILES ? files[i] : NULL;
}

const struct mailer_file *mailer_file_defining(const char *mailer_name)
{
	size_t i, j;

	for (i = 0; i < NFILES; i++)
		for (j = 0; j < files[i]->nmailers; j++)
			if (strcmp(files[i]->mailers[j].name, mailer_name) == 0)
				return files[i];
	return NULL;
}
