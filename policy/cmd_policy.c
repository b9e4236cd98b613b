/*
 * cmd_policy.c - "smcf policy": what sendmail would answer a client.
 *
 *   smcf policy [-C file.cf] [-O option=value] [--json] [--brief]
 *               [--tls VERIFY] [--auth MECH:USER] [--connections N]
 *               [--rate N] [--port N] ADDRESS [NAME]
 *
 * The cf is read as "smcf test" reads it; the client at ADDRESS (named
 * NAME, or looked up as sendmail looks it up) then sends the SMTP
 * commands read from standard input, and every reply sendmail would
 * send is printed, each followed by what decided it (--brief: the
 * replies alone; --json: one object per reply).  Nothing is delivered.
 * Exit status 0, 64 on bad usage, sendmail's status when the cf cannot
 * be read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bt/bt.h"
#include "engine/meta.h"
#include "engine/msg.h"
#include "policy/policy.h"
#include "src/commands.h"

struct output {
	int json, brief;
};

static const char usage_text[] =
	"usage: smcf policy [OPTION]... ADDRESS [NAME] < SMTP-COMMANDS\n"
	"\n"
	"What sendmail would answer a client: read a sendmail.cf, then play the\n"
	"server side of an SMTP session from a client at ADDRESS (IPv4 or IPv6)\n"
	"named NAME (default: looked up as sendmail looks it up), with the SMTP\n"
	"commands read from standard input.  Every reply is printed with the\n"
	"ruleset, rule and map entry that decided it.  Nothing is delivered.\n"
	"\n"
	"options:\n"
	"  -C FILE.cf         the configuration (default /etc/mail/sendmail.cf)\n"
	"  -O OPTION=VALUE    set a cf option before the file is read\n"
	"  --json             one JSON object per reply\n"
	"  --brief            the replies alone, without what decided them\n"
	"  --tls VERIFY       take STARTTLS as done, {verify} being VERIFY (OK ...)\n"
	"  --auth MECH:USER   the client is authenticated as USER with MECH\n"
	"  --connections N    connections this client has open (conncontrol)\n"
	"  --rate N           connections this client made lately (ratecontrol)\n"
	"  --port N           the client's port ({client_port})\n"
	"  -h, --help         show this help\n"
	"\n"
	"exit status: 0 done; 64 usage error; 70, 71, 72 or 75 what sendmail exits\n"
	"with when the cf cannot be read.\n"
	"\n"
	"examples:\n"
	"  smcf policy -C sendmail.cf --json 2001:db8::7 < session.txt\n"
	"  printf 'EHLO c.example\\nMAIL FROM:<a@c.example>\\nRCPT TO:<b@example.org>\\n' |\n"
	"      smcf policy -C sendmail.cf 192.0.2.7 c.example\n"
	"\n"
	"See smcf-policy(1).\n";

static int usage(FILE *fp)
{
	if (fp == stdout) {
		fputs(usage_text, stdout);
		return 0;
	}
	fputs("smcf policy: bad usage (see 'smcf policy --help')\n", fp);
	return SMX_USAGE;
}

static void print_reply(void *ctx, const struct policy_reply *r)
{
	const struct output *o = ctx;

	if (o->json)
		policy_print_json(stdout, r);
	else
		policy_print_text(stdout, r, !o->brief);
	fflush(stdout);
}

/* Messages of reading the cf go to stderr: stdout holds the replies. */
static void to_stderr(void *arg, enum msg_level level, int line, const char *text)
{
	(void)arg;
	(void)level;
	if (line > 0)
		fprintf(stderr, "smcf policy: cf line %d: %s\n", line, text);
	else
		fprintf(stderr, "smcf policy: %s\n", text);
}

/* The value of option NAME at ARGV[*I] ("--name V" or "--name=V"). */
static const char *value_of(const char *name, int argc, char **argv, int *i)
{
	size_t n = strlen(name);

	if (strncmp(argv[*i], name, n) != 0)
		return NULL;
	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (argv[*i][n] == '\0' && *i + 1 < argc)
		return argv[++*i];
	return NULL;
}

int cmd_policy(int argc, char **argv)
{
	struct bt_options bt = { "/etc/mail/sendmail.cf", NULL, 0, 0, NULL, NULL, NULL };
	struct policy_options opt = { NULL, NULL, NULL, NULL, 1, 1, 49152 };
	struct output out = { 0, 0 };
	struct policy_session *s;
	char **options = calloc((size_t)argc + 1, sizeof(char *));
	char line[SM_MAXLINE];
	int nopts = 0, npos = 0, status;
	const char *v;

	if (options == NULL)
		return SMX_OSERR;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			free(options);
			return usage(stdout);
		} else if (strcmp(a, "--json") == 0)
			out.json = 1;
		else if (strcmp(a, "--brief") == 0)
			out.brief = 1;
		else if ((v = value_of("--tls", argc, argv, &i)) != NULL)
			opt.tls = v;
		else if ((v = value_of("--auth", argc, argv, &i)) != NULL)
			opt.auth = v;
		else if ((v = value_of("--connections", argc, argv, &i)) != NULL)
			opt.connections = atol(v);
		else if ((v = value_of("--rate", argc, argv, &i)) != NULL)
			opt.rate = atol(v);
		else if ((v = value_of("--port", argc, argv, &i)) != NULL)
			opt.client_port = atoi(v);
		else if (strncmp(a, "-C", 2) == 0 && (a[2] != '\0' || i + 1 < argc))
			bt.cf_path = a[2] != '\0' ? a + 2 : argv[++i];
		else if (strncmp(a, "-O", 2) == 0 && (a[2] != '\0' || i + 1 < argc))
			options[nopts++] = a[2] != '\0' ? (char *)a + 2 : argv[++i];
		else if (a[0] == '-' && a[1] != '\0') {
			free(options);
			return usage(stderr);
		} else if (npos == 0) {
			opt.client_addr = a;
			npos++;
		} else if (npos == 1) {
			opt.client_name = a;
			npos++;
		} else {
			free(options);
			return usage(stderr);
		}
	}
	if (opt.client_addr == NULL) {
		free(options);
		return usage(stderr);
	}
	bt.options = options;
	msg_set_sink(to_stderr, NULL);
	status = bt_start(&bt);
	msg_set_sink(NULL, NULL);
	free(options);
	if (status != 0) {
		bt_finish();
		return status;
	}
	s = policy_open(&opt, print_reply, &out);
	if (s == NULL) {
		bt_finish();
		return SMX_USAGE;
	}
	while (fgets(line, sizeof line, stdin) != NULL) {
		if (!policy_input(s, line))
			break;
		bt_command_done();
	}
	policy_close(s);
	bt_finish();
	return fflush(stdout) == 0 ? 0 : SMX_OSERR;
}
