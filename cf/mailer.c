/*
 * mailer.c - M lines: parse the fields, print them back as "=M" does.
 */
#include <ctype.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "cf/check.h"
#include "cf/config.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "engine/progrun.h"
#include "engine/rewrite.h"
#include "engine/token.h"

#define NO_ID ((uid_t)-1)

static int next_mailer;

int mailer_has_flag(const struct mailer *m, int flag)
{
	return (m->flags[(flag & 0x7f) >> 3] >> (flag & 7)) & 1;
}

static void set_flag(struct mailer *m, int flag)
{
	m->flags[(flag & 0x7f) >> 3] |= 1 << (flag & 7);
}

void mailer_set_flags(struct mailer *m, const char *flags, int on)
{
	if (m == NULL)
		return;
	for (; *flags != '\0'; flags++) {
		if (on)
			set_flag(m, *flags);
		else
			m->flags[(*flags & 0x7f) >> 3] &= ~(1 << (*flags & 7));
	}
}

struct mailer *mailer_find(const char *name)
{
	for (int i = 0; i < SM_MAXMAILERS; i++)
		if (config.mailers[i] != NULL && strcasecmp(config.mailers[i]->name, name) == 0)
			return config.mailers[i];
	return NULL;
}

static void mailer_release(struct mailer *m)
{
	if (m == NULL)
		return;
	free(m->name);
	free(m->path);
	free(m->eol);
	free(m->charset);
	free(m->types_buf);
	free(m->execdir);
	free(m->rootdir);
	if (m->argv != NULL)
		for (char **a = m->argv; *a != NULL; a++)
			free(*a);
	free(m->argv);
	free(m);
}

static char **split_argv(const char *p)
{
	char **argv = xcalloc(SM_MAXPV + 1, sizeof(char *));
	int i = 0;

	while (*p != '\0' && i < SM_MAXPV) {
		const char *q = p;

		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		argv[i++] = xstrndup(q, (size_t)(p - q));
		while (isspace((unsigned char)*p))
			p++;
	}
	argv[i] = NULL;
	return argv;
}

/* U=user:group or U=uid:gid */
static void set_ids(struct mailer *m, char *p)
{
	if (isascii((unsigned char)*p) && !isdigit((unsigned char)*p)) {
		char *q = p;
		struct passwd *pw;

		while (*p != '\0' && isascii((unsigned char)*p) &&
		       (isalnum((unsigned char)*p) || strchr("-_", *p) != NULL))
			p++;
		while (isspace((unsigned char)*p))
			*p++ = '\0';
		if (*p != '\0')
			*p++ = '\0';
		if (*q == '\0') {
			msg_syserr("mailer %s: null user name", m->name);
			return;
		}
		/* which users exist is the host's business, not the text's */
		if (cf_is_syntax_only())
			return;
		pw = getpwnam(q);
		if (pw == NULL) {
			msg_syserr("readcf: mailer U= flag: unknown user %s", q);
			return;
		}
		m->uid = pw->pw_uid;
		m->gid = pw->pw_gid;
	} else {
		char *q;

		m->uid = (uid_t)strtol(p, &q, 0);
		p = q;
		while (isspace((unsigned char)*p))
			p++;
		if (*p != '\0')
			p++;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '\0')
		return;
	if (isascii((unsigned char)*p) && !isdigit((unsigned char)*p)) {
		char *q = p;
		struct group *gr;

		while (isascii((unsigned char)*p) &&
		       (isalnum((unsigned char)*p) || strchr("-_.", *p) != NULL))
			p++;
		*p = '\0';
		if (*q == '\0') {
			msg_syserr("mailer %s: null group name", m->name);
			return;
		}
		if (cf_is_syntax_only())
			return;
		gr = getgrnam(q);
		if (gr == NULL) {
			msg_syserr("readcf: mailer U= flag: unknown group %s", q);
			return;
		}
		m->gid = gr->gr_gid;
	} else
		m->gid = (gid_t)strtol(p, NULL, 0);
}

/* T=mta/addr/diag with sendmail's defaults for empty parts */
static void set_types(struct mailer *m, const char *p)
{
	char *mta, *addr, *diag = NULL;

	free(m->types_buf);
	m->types_buf = mta = xstrdup(p);
	addr = strchr(mta, '/');
	if (addr != NULL) {
		*addr++ = '\0';
		if (*addr == '\0')
			addr = NULL;
	}
	if (addr != NULL && (diag = strchr(addr, '/')) != NULL) {
		*diag++ = '\0';
		if (*diag == '\0')
			diag = NULL;
	}
	m->mtatype = *mta == '\0' ? "dns" : mta;
	m->addrtype = (addr == NULL || *addr == '\0') ? "rfc822" : addr;
	m->diagtype = (diag == NULL || *diag == '\0') ? "smtp" : diag;
}

/* Set the S= or R= rulesets. */
static int set_rulesets(struct mailer *m, int code, const char *p)
{
	const char *end;
	int rs;

	p += strspn(p, " \t");
	cf_note_use(CF_NAME_RULESET, p, strcspn(p, "/, \t"), 0);
	rs = rw_parse_ruleset(p, &end, 1);
	if (rs < 0)
		return -1;
	if (code == 'S')
		m->sh_rwset = m->se_rwset = rs;
	else
		m->rh_rwset = m->re_rwset = rs;
	if (*end++ == '/') {
		end += strspn(end, " \t");
		cf_note_use(CF_NAME_RULESET, end, strcspn(end, "/, \t"), 0);
		rs = rw_parse_ruleset(end, NULL, 1);
		if (rs < 0)
			return -1;
		if (code == 'S')
			m->sh_rwset = rs;
		else
			m->rh_rwset = rs;
	}
	return 0;
}

static int argv_has_user(char **argv)
{
	for (; *argv != NULL; argv++)
		for (const char *p = *argv; *p != '\0'; p++)
			if ((p[0] & 0xff) == META_EXPAND && p[1] == 'u')
				return 1;
	return 0;
}

/* Checks sendmail makes once all fields are read; 0 when acceptable. */
static int check_mailer(struct mailer *m)
{
	if (m->argv == NULL) {
		msg_syserr("M%s: A= argument required", m->name);
		return -1;
	}
	if (m->path == NULL) {
		msg_syserr("M%s: P= argument required", m->name);
		return -1;
	}
	if (next_mailer >= SM_MAXMAILERS && mailer_find(m->name) == NULL) {
		msg_syserr("too many mailers defined (%d max)", SM_MAXMAILERS);
		return -1;
	}
	if (m->maxrcpt <= 0)
		m->maxrcpt = 100;
	if (mailer_has_flag(m, 'L')) {
		if (m->linelimit == 0)
			m->linelimit = 990;
		if (config.level < 2)
			set_flag(m, '7');
	}
	if (strcmp(m->path, "[TCP]") == 0) {
		msg_syserr("M%s: P=[TCP] must be replaced by P=[IPC]", m->name);
		return -1;
	}
	if (strcmp(m->path, "[IPC]") == 0) {
		if (m->argv[0] == NULL || m->argv[1] == NULL || m->argv[1][0] == '\0') {
			msg_syserr("M%s: too few parameters for %s mailer", m->name, m->path);
			return -1;
		}
		if (strcmp(m->argv[0], "TCP") != 0 && strcmp(m->argv[0], "FILE") != 0)
			printf("M%s: Warning: first argument in %s mailer must be %s\n",
			       m->name, m->path, "TCP or FILE");
		if (m->mtatype == NULL)
			m->mtatype = "dns";
		if (m->addrtype == NULL)
			m->addrtype = "rfc822";
		if (m->diagtype == NULL)
			m->diagtype = strcmp(m->argv[0], "FILE") == 0 ? "x-unix" : "smtp";
	} else if (strcmp(m->path, "[FILE]") == 0) {
		if (m->argv[0] == NULL || m->argv[1] == NULL || m->argv[2] != NULL) {
			msg_syserr("M%s: too %s parameters for [FILE] mailer", m->name,
				   (m->argv[0] == NULL || m->argv[1] == NULL) ? "few" : "many");
			return -1;
		}
		if (strcmp(m->argv[0], "FILE") != 0) {
			msg_syserr("M%s: first argument in [FILE] mailer must be FILE", m->name);
			return -1;
		}
	}
	if (m->eol == NULL)
		m->eol = xstrdup(argv_has_user(m->argv) ? "\n" : "\r\n");
	return 0;
}

void mailer_define(char *line)
{
	struct mailer *m = xcalloc(1, sizeof(*m)), *old;
	char *p;

	for (p = line; *p != '\0' && *p != ',' && !isspace((unsigned char)*p); p++)
		;
	if (*p != '\0')
		*p++ = '\0';
	if (line[0] == '\0') {
		msg_syserr("name required for mailer");
		free(m);
		return;
	}
	m->name = xstrdup(line);
	m->uid = NO_ID;
	m->gid = (gid_t)NO_ID;
	while (*p != '\0') {
		int code;
		char *v;

		if (cf_next_field(&p, &code, &v) < 0) {
			msg_syserr("mailer %s: `=' expected", m->name);
			mailer_release(m);
			return;
		}
		switch (code) {
		case 'P':
			if (*v != '\0') {
				free(m->path);
				m->path = xstrdup(v);
			}
			break;
		case 'F':
			for (; *v != '\0'; v++)
				if (!isspace((unsigned char)*v))
					set_flag(m, *v);
			break;
		case 'S':
		case 'R':
			if (set_rulesets(m, code, v) < 0) {
				mailer_release(m);
				return;
			}
			break;
		case 'E':
			if (*v == '\0')
				msg_syserr("mailer %s: null end-of-line string", m->name);
			else {
				free(m->eol);
				m->eol = xstrdup(v);
			}
			break;
		case 'A':
			if (*v != '\0') {
				if (m->argv != NULL)
					for (char **a = m->argv; *a != NULL; a++)
						free(*a);
				free(m->argv);
				m->argv = split_argv(v);
			}
			break;
		case 'M':
			m->maxsize = atol(v);
			break;
		case 'm':
			m->maxdeliveries = atoi(v);
			break;
		case 'r':
			m->maxrcpt = atoi(v);
			break;
		case 'L':
			m->linelimit = atoi(v);
			if (m->linelimit < 0)
				m->linelimit = 0;
			break;
		case 'N':
			m->nice = atoi(v);
			break;
		case 'D':
			if (*v == '\0')
				msg_syserr("mailer %s: null working directory", m->name);
			else {
				free(m->execdir);
				m->execdir = xstrdup(v);
			}
			break;
		case 'C':
			if (*v == '\0')
				msg_syserr("mailer %s: null charset", m->name);
			else {
				free(m->charset);
				m->charset = xstrdup(v);
			}
			break;
		case 'Q':
			if (*v == '\0')
				msg_syserr("mailer %s: null queue", m->name);
			else if (!queue_exists(v))
				msg_syserr("mailer %s: unknown queue %s", m->name, v);
			break;
		case 'T':
			set_types(m, v);
			break;
		case 'U':
			set_ids(m, v);
			break;
		case 'W':
			break;
		case '/':
			if (*v == '\0')
				msg_syserr("mailer %s: null root directory", m->name);
			else {
				free(m->rootdir);
				m->rootdir = xstrdup(v);
			}
			break;
		default:
			msg_syserr("M%s: unknown mailer equate %c=", m->name, code);
			break;
		}
	}
	if (check_mailer(m) < 0) {
		mailer_release(m);
		return;
	}
	old = mailer_find(m->name);
	if (old != NULL) {
		m->number = old->number;
		mailer_release(old);
	} else
		m->number = next_mailer++;
	config.mailers[m->number] = m;
	/* the cf's programs run in the prog mailer's folders */
	if (strcmp(m->name, "prog") == 0)
		progrun_set_dirs(m->execdir, m->rootdir);
}

static void print_rwset(FILE *out, int rs, const char *after)
{
	const char *name = rw_name(rs);

	if (name == NULL)
		fprintf(out, "%d%s", rs, after);
	else
		fprintf(out, "%s%s", name, after);
}

void mailer_print(FILE *out, const struct mailer *m)
{
	fprintf(out, "mailer %d (%s): P=%s S=", m->number, m->name, m->path);
	print_rwset(out, m->se_rwset, "/");
	print_rwset(out, m->sh_rwset, " R=");
	print_rwset(out, m->re_rwset, "/");
	print_rwset(out, m->rh_rwset, " ");
	fprintf(out, "M=%ld U=%d:%d F=", m->maxsize, (int)m->uid, (int)m->gid);
	for (int j = 0; j < 128; j++)
		if (mailer_has_flag(m, j))
			putc(j, out);
	fprintf(out, " L=%d E=", m->linelimit);
	tok_print(out, m->eol);
	if (m->charset != NULL)
		fprintf(out, " C=%s", m->charset);
	fprintf(out, " T=%s/%s/%s", m->mtatype ? m->mtatype : "<undefined>",
		m->addrtype ? m->addrtype : "<undefined>",
		m->diagtype ? m->diagtype : "<undefined>");
	fprintf(out, " r=%d", m->maxrcpt);
	if (m->argv != NULL) {
		fputs(" A=", out);
		for (char **a = m->argv; *a != NULL; a++) {
			if (a != m->argv)
				putc(' ', out);
			tok_print(out, *a);
		}
	}
	putc('\n', out);
}

void mailers_free(void)
{
	for (int i = 0; i < SM_MAXMAILERS; i++) {
		mailer_release(config.mailers[i]);
		config.mailers[i] = NULL;
	}
	next_mailer = 0;
}
