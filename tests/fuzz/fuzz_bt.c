/*
 * fuzz_bt.c - libFuzzer target: the rewriting engine (engine/) driven by
 * the command stream of `smcf test' (bt/), as `sendmail -bt' reads it.
 *
 * The input is a cf, a line `%%', then the commands, one a line.  Without
 * that line the whole input is commands, run against the small cf below.
 * The cf is read as `smcf test' reads it, but in the syntax-only mode
 * (cf/config.h): class files and programs its F lines name are not read.
 * Inputs that name a map class that runs programs, talks to servers or
 * writes to syslog are skipped; DNS questions go to a port of the local
 * machine where nothing listens, so they fail at once.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <resolv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bt/bt.h"
#include "cf/config.h"
#include "engine/msg.h"
#include "tests/fuzz/fuzz_common.h"

static const char default_cf[] =
	"V10/Berkeley\n"
	"Cwlocalhost example.test\n"
	"DMexample.test\n"
	"O OperatorChars=.:%@!^/[]+\n"
	"Kdequote dequote\n"
	"Karith arith\n"
	"Kre regex -a@MATCH ^[a-z]+$\n"
	"S0\n"
	"R$*<@$=w>$*\t$#local $: $1\n"
	"R$*<@$+>$*\t$#esmtp $@ $2 $: $1<@$2>$3\n"
	"R$+\t$#local $: $1\n"
	"S3\n"
	"R$*<$*>$*\t$2\n"
	"R$+@$+\t$1<@$2>\n"
	"R$*<@$*$=w>$*\t$1<@$2$3.>$4\n"
	"R$+%$+\t$1@$2\n"
	"R$*\t$:$(dequote $1 $)\n"
	"SLocal\n"
	"R$+\t$: $(re $1 $)\n"
	"R$-\t$@ $(arith + $@ 1 $@ 2 $)\n"
	"Mlocal, P=[IPC], F=lsDFMAw5:/|@qSX, S=10, R=20/40, A=mail -d $u\n"
	"Mesmtp, P=[IPC], F=mDFMuXa, S=10, R=20, E=\\r\\n, L=990, T=DNS/RFC822/SMTP, A=TCP $h\n";

/* Map classes and names the harness must not reach (case aside). */
static const char *const refused[] = { "program", "socket", "ldap", "syslog", "nis", "hesiod" };

static int refused_input(const uint8_t *data, size_t size)
{
	char *s = fuzz_strndup(data, size);
	int bad = 0;

	for (size_t i = 0; i < sizeof refused / sizeof refused[0] && !bad; i++)
		bad = strcasestr(s, refused[i]) != NULL;
	free(s);
	return bad || fuzz_names_special_file(data, size);
}

/* Nothing listens on port 1 of the loopback: DNS fails at once. */
static void local_resolver(void)
{
	static int done;

	if (done++)
		return;
	if (res_init() < 0)
		return;
	memset(&_res.nsaddr_list[0], 0, sizeof _res.nsaddr_list[0]);
	_res.nsaddr_list[0].sin_family = AF_INET;
	_res.nsaddr_list[0].sin_port = htons(1);
	_res.nsaddr_list[0].sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	_res.nscount = 1;
	_res.retry = 1;
	_res.retrans = 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data, *sep, *cmds, *end = text + size;
	struct bt_options opt;
	static char path[512];

	fuzz_setup();
	local_resolver();
	if (refused_input(data, size))
		return -1;
	sep = size >= 3 && memcmp(text, "%%\n", 3) == 0 ? text - 1 : memmem(text, size, "\n%%\n", 4);
	if (sep != NULL) {
		fuzz_write_file("fuzz.cf", text, sep >= text ? (size_t)(sep - text) + 1 : 0);
		cmds = sep + 4;
	} else {
		fuzz_write_file("fuzz.cf", default_cf, sizeof default_cf - 1);
		cmds = text;
	}
	if (path[0] == '\0')
		snprintf(path, sizeof path, "%s", fuzz_file("fuzz.cf"));
	memset(&opt, 0, sizeof opt);
	opt.cf_path = path;
	cf_set_syntax_only(1);
	if (bt_start(&opt) == 0) {
		cf_set_syntax_only(0);
		/* one line at a time, at most SM_MAXLINE - 1 bytes, as fgets gives them */
		while (cmds < end) {
			char line[SM_MAXLINE];
			const char *nl = memchr(cmds, '\n', (size_t)(end - cmds));
			size_t n = (size_t)((nl ? nl : end) - cmds);

			if (n > sizeof line - 1)
				n = sizeof line - 1;
			memcpy(line, cmds, n);
			line[n] = '\0';
			cmds += n;
			if (cmds < end && *cmds == '\n')
				cmds++;
			if (bt_command(line))
				break;
			bt_command_done();
		}
	}
	cf_set_syntax_only(0);
	bt_finish();
	msg_set_exit_status(0);
	return 0;
}
