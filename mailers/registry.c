/*
 * registry.c - every MAILER() file of the reference tree, in one list.
 *
 * Families not written yet are listed with no mailers and implemented=0
 * so that the checker still knows the name and the emitter can refuse it
 * clearly.
 */
#include <string.h>

#include "mailers/mailer.h"
#include "mailers/mailer_impl.h"

/* Known names whose M lines are not written yet. */
static const struct mailer_file mailer_file_uucp = {
	"uucp", NULL, 0,
	"UUCP_MAILER_PATH, UUCP_MAILER_FLAGS, UUCP_MAILER_ARGS, UUCP_MAILER_MAX, "
	"UUCP_MAILER_CHARSET, UUCP_MAILER_QGRP",
	NULL, 0
};

static const struct mailer_file mailer_file_mail11 = {
	"mail11", NULL, 0,
	"MAIL11_MAILER_PATH, MAIL11_MAILER_FLAGS, MAIL11_MAILER_ARGS, MAIL11_MAILER_QGRP",
	NULL, 0
};

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

/* The names uucp defines, listed here while its table is not written. */
static const char *const uucp_names[] = {
	"uucp-old", "uucp", "uucp-new", "suucp", "uucp-dom", "uucp-uudom",
};

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
	for (i = 0; i < sizeof(uucp_names) / sizeof(uucp_names[0]); i++)
		if (strcmp(uucp_names[i], mailer_name) == 0)
			return &mailer_file_uucp;
	if (strcmp(mailer_name, "mail11") == 0)
		return &mailer_file_mail11;
	return NULL;
}
