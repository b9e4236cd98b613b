/*
 * test_emit.c - the emitter on models built by hand, without the front
 * end: "test_emit CASE" writes the cf of one small configuration to
 * stdout; "test_emit" alone runs the self checks (exit 1 on failure).
 *
 * A case mimics what the front end hands over for a .mc: the reference's
 * predefined values, then the defines and calls of OSTYPE(linux),
 * DOMAIN(generic) and the case's own lines.  The check script compares
 * the result with the reference (cfdiff, sendmail -bt).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/emit.h"
#include "compiler/ir_build.h"
#include "compiler/options.h"
#include "lib/strbuf.h"

static struct ir_config *ir;
static struct ir_pos here;

/* The predefined bodies are m4: drop the quotes and put in the value of
 * the other predefined names they use (MAIL_SETTINGS_DIR, the pieces of
 * the Received: header). */
static char *plain_value(const char *body)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p;
	size_t i, n;

	for (p = body; *p; p++) {
		for (i = 0; i < option_npredefines; i++) {
			n = strlen(option_predefines[i].name);
			if (strncmp(p, option_predefines[i].name, n) == 0)
				break;
		}
		if (i < option_npredefines) {
			char *v = plain_value(option_predefines[i].body);

			strbuf_addstr(&sb, v);
			free(v);
			p += n - 1;
		} else if (*p != '`' && *p != '\'') {
			strbuf_addch(&sb, *p);
		}
	}
	return strbuf_detach(&sb);
}

static void def(const char *name, const char *value)
{
	ir_set_define(ir, name, value, here);
	here.line++;
}

static void call(const char *macro, const char *a0, const char *a1)
{
	char *args[2];
	int n = 0;

	if (a0)
		args[n++] = (char *)a0;
	if (a1)
		args[n++] = (char *)a1;
	ir_add_call(ir, macro, args, n, 0, here);
	here.line++;
}

static void predefines(void)
{
	size_t i;

	for (i = 0; i < option_npredefines; i++) {
		char *v = plain_value(option_predefines[i].body);

		def(option_predefines[i].name, v);
		free(v);
	}
}

static void linux_generic(void)
{
	def("confEBINDIR", "/usr/sbin");
	def("PROCMAIL_MAILER_PATH", "/usr/bin/procmail");
	call("FEATURE", "local_procmail", NULL);
	def("confFORWARD_PATH", "$z/.forward.$w+$h:$z/.forward+$h:$z/.forward.$w:$z/.forward");
	def("confMAX_HEADERS_LENGTH", "32768");
	call("FEATURE", "redirect", NULL);
	call("FEATURE", "use_cw_file", NULL);
	call("EXPOSED_USER", "root", NULL);
}

static void mailers(void)
{
	call("MAILER", "local", NULL);
	call("MAILER", "smtp", NULL);
}

/* One function per case; each mirrors a conformance case's config.mc. */
static void case_generic_linux(void)
{
	linux_generic();
	mailers();
}

static void case_relay_internal(void)
{
	linux_generic();
	call("FEATURE", "mailertable", "hash /etc/mail/mailertable");
	mailers();
	def("SMART_HOST", "gateway.example.gr.jp");
}

static void case_mailserver_masq(void)
{
	linux_generic();
	call("FEATURE", "nocanonify", NULL);
	call("MASQUERADE_AS", "example.gr.jp", NULL);
	def("MASQUERADE_NAME", "example.gr.jp");
	call("MASQUERADE_DOMAIN", "myhost.example.gr.jp", NULL);
	call("MASQUERADE_DOMAIN", "example.gr.jp", NULL);
	call("FEATURE", "masquerade_entire_domain", NULL);
	call("FEATURE", "masquerade_envelope", NULL);
	call("FEATURE", "always_add_domain", NULL);
	call("EXPOSED_USER", "root", NULL);
	mailers();
	ir_add_text(ir, IR_SECTION_TOP, "Dmexample.gr.jp\n", here);
	def("SMART_HOST", "dist-in.example.gr.jp");
}

static void case_nullclient(void)
{
	def("confEBINDIR", "/usr/sbin");
	def("PROCMAIL_MAILER_PATH", "/usr/bin/procmail");
	call("FEATURE", "local_procmail", NULL);
	call("FEATURE", "nullclient", "mailhub.example.com");
}

static const struct test_case {
	const char *name;
	void (*build)(void);
} cases[] = {
	{ "generic-linux", case_generic_linux },
	{ "relay-internal", case_relay_internal },
	{ "mailserver-masq", case_mailserver_masq },
	{ "nullclient", case_nullclient },
};

static int run_case(const struct test_case *c, FILE *out)
{
	int rc;

	ir = ir_new();
	here = ir_pos_make(ir, c->name, 1, 1);
	predefines();
	c->build();
	rc = emit_config(ir, out);
	ir_free(ir);
	return rc;
}

/* Self checks: a FEATURE the reference refuses (tls_failures, replaced by
 * an option) and unknown names are errors. */
static int expect_error(const char *macro, const char *name)
{
	FILE *null = fopen("/dev/null", "w");
	int rc;

	if (null == NULL)
		return 1;
	ir = ir_new();
	here = ir_pos_make(ir, "self.mc", 3, 1);
	predefines();
	call(macro, name, NULL);
	rc = emit_config(ir, null);
	ir_free(ir);
	fclose(null);
	if (rc != -1) {
		printf("FAIL %s(%s) was accepted\n", macro, name);
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	size_t i;
	int bad = 0;

	if (argc == 2) {
		for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
			if (strcmp(cases[i].name, argv[1]) == 0)
				return run_case(&cases[i], stdout) == 0 ? 0 : 1;
		fprintf(stderr, "test_emit: no case %s\n", argv[1]);
		return 2;
	}
	bad += expect_error("FEATURE", "tls_failures");
	bad += expect_error("FEATURE", "no_such_feature");
	bad += expect_error("MAILER", "no_such_mailer");
	return bad ? 1 : 0;
}
