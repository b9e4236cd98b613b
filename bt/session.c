/*
 * session.c - start-up of the -bt session, in sendmail's order:
 * built-in mailers and operator macros, $v, host identity ($w $j $m $k
 * and class w), the cf, then class m, interface addresses and the
 * "not qualified" warning.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <pwd.h>
#include <time.h>
#include <unistd.h>

#include "version.h"
#include "xalloc.h"
#include "bt/bt.h"
#include "cf/config.h"
#include "engine/arena.h"
#include "engine/debug.h"
#include "engine/hostid.h"
#include "engine/macro.h"
#include "engine/map.h"
#include "engine/msg.h"
#include "engine/rewrite.h"
#include "engine/symtab.h"
#include "engine/token.h"

static struct arena *session_arena;

/* $b: the current date in sendmail's RFC 822 form. */
static void set_date_macro(void)
{
	time_t t = time(NULL);
	struct tm gmt, local;
	char buf[96], zone[48];
	int off;

	if (gmtime_r(&t, &gmt) == NULL || localtime_r(&t, &local) == NULL)
		return;
	off = (local.tm_hour - gmt.tm_hour) * 60 + local.tm_min - gmt.tm_min;
	if (local.tm_year != gmt.tm_year)
		off += local.tm_year < gmt.tm_year ? -24 * 60 : 24 * 60;
	else if (local.tm_yday != gmt.tm_yday)
		off += local.tm_yday < gmt.tm_yday ? -24 * 60 : 24 * 60;
	if (off == 0)
		snprintf(zone, sizeof zone, "GMT");
	else {
		int a = off < 0 ? -off : off;

		snprintf(zone, sizeof zone, "%c%02d%02d (%s)", off < 0 ? '-' : '+',
			 a / 60, a % 60, local.tm_zone ? local.tm_zone : "");
	}
	strftime(buf, sizeof buf, "%a, ", &local);
	snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%d ", local.tm_mday);
	strftime(buf + strlen(buf), sizeof buf - strlen(buf), "%b %Y %H:%M:%S ", &local);
	snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s", zone);
	macro_set('b', buf);
}

/* -d0.1: what sendmail says about itself (the build this imitates). */
static void print_version(void)
{
	printf("Version %s\n Compiled with: DNSMAP IPV6_FULL LDAPMAP LDAP_NETWORK_TIMEOUT\n"
	       "\t\tLDAP_REFERRALS LOG MAP_REGEX MATCHGECOS MAXDAEMONS=64 MILTER\n"
	       "\t\tMIME7TO8 MIME8TO7 NAMED_BIND NETINET NETINET6 NETUNIX NEWDB=5.3\n"
	       "\t\tNIS NISPLUS PIPELINING SASLv2 SCANF SOCKETMAP STARTTLS\n"
	       "\t\tTCPWRAPPERS TLS_EC TLS_VRFY_PER_CTX USERDB USE_LDAP_INIT XDEBUG\n",
	       SMCF_SENDMAIL_VERSION);
}

/* -d0.1: the host identity once the cf has been read. */
static void print_identity(void)
{
	static const struct { const char *label; int macro; } rows[] = {
		{ "      (short domain name) $w = ", 'w' },
		{ "  (canonical domain name) $j = ", 'j' },
		{ "         (subdomain name) $m = ", 'm' },
		{ "              (node name) $k = ", 'k' },
	};

	printf("\n============ SYSTEM IDENTITY (after readcf) ============");
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		printf("\n%s", rows[i].label);
		tok_print(stdout, macro_get(rows[i].macro));
	}
	printf("\n========================================================\n\n");
}

/* Macros sendmail sets before reading the cf besides the host names. */
static void set_startup_macros(void)
{
	struct passwd *pw = getpwuid(getuid());
	char buf[300];

	macro_set('v', SMCF_SENDMAIL_VERSION);
	macro_set(macro_id("{opMode}"), "t");
	set_date_macro();
	macro_set(macro_id("{deliveryMode}"), "b");
	{
		double la;
		char labuf[16];

		/* sendmail reads the load average before the cf */
		snprintf(labuf, sizeof labuf, "%d",
			 getloadavg(&la, 1) == 1 ? (int)la : 0);
		macro_set(macro_id("{load_avg}"), labuf);
	}
	/* stdin is not a socket: the "authenticated" peer is the user */
	snprintf(buf, sizeof buf, "%s@localhost", pw ? pw->pw_name : "root");
	macro_set('_', buf);
}

/* Flags sendmail adjusts on the built-in and local mailers after the cf. */
static void adjust_mailers(void)
{
	struct mailer *local = mailer_find("local"), *prog = mailer_find("prog"),
		      *file = mailer_find("*file*");

	mailer_set_flags(prog, "m", 0);
	mailer_set_flags(file, "m", 0);
	if (config.level < 6) {
		/* old configurations relied on these being implied */
		mailer_set_flags(local, "Aw5:|/@", 1);
		mailer_set_flags(prog, "o", 1);
		mailer_set_flags(file, "o", 1);
	}
	if (config.level < 7) {
		mailer_set_flags(local, "q", 1);
		mailer_set_flags(prog, "q", 1);
		mailer_set_flags(file, "q", 1);
	}
}

/* Classes sendmail fills itself once the cf has been read. */
static void add_builtin_classes(void)
{
	static const struct { const char *class, *word; } builtin[] = {
		{ "n", "multipart/signed" },
		{ "s", "rfc822" },
		{ "e", "7bit" }, { "e", "8bit" }, { "e", "binary" },
		{ "{checkMIMEFieldHeaders}", "content-disposition" },
		{ "{checkMIMEFieldHeaders}", "content-type" },
		{ "{checkMIMETextHeaders}", "content-description" },
		{ "{checkMIMEHeaders}", "content-disposition" },
		{ "{checkMIMEHeaders}", "content-id" },
		{ "{checkMIMEHeaders}", "content-transfer-encoding" },
		{ "{checkMIMEHeaders}", "content-type" },
		{ "{checkMIMEHeaders}", "mime-version" },
		{ "{persistentMacros}", "r" },
		{ "{persistentMacros}", "s" },
		{ "{persistentMacros}", "_" },
		{ "{persistentMacros}", "{if_addr}" },
		{ "{persistentMacros}", "{daemon_flags}" },
	};

	for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
		class_add(macro_id(builtin[i].class), builtin[i].word);
}

static void set_identity(struct hostid *id)
{
	if (id->canon_name != NULL && id->canon_name[0] != '\0') {
		const char *dot = strchr(id->canon_name, '.');

		macro_set('w', id->canon_name);
		macro_set('j', id->canon_name);
		class_add('w', id->canon_name);
		if (dot != NULL && dot[1] != '\0')
			macro_set('m', dot + 1);
		if (id->node_name != NULL) {
			macro_set('k', id->node_name);
			class_add('k', id->node_name);
			class_add('w', id->node_name);
		}
	}
	for (size_t i = 0; i < id->class_w_count; i++)
		class_add('w', id->class_w[i]);
}

int bt_start(const struct bt_options *opt)
{
	struct hostid id;
	const char *j;

	macro_init();
	if (tracing(0, 1))
		print_version();
	cf_defaults();
	session_arena = arena_new();
	rw_set_arena(session_arena);
	rw_set_explain(opt->explain);
	config.maps = maps_new(&engine_map_host);
	maps_set_alias_parser(config.maps, bt_parse_alias);
	rw_set_maps(config.maps);
	set_startup_macros();
	memset(&id, 0, sizeof id);
	hostid_probe(&id, 0);
	set_identity(&id);
	hostid_free(&id);
	/* -O options come first and stick: the cf cannot change them */
	for (char **o = opt->options; o != NULL && *o != NULL; o++) {
		char line[SM_MAXLINE];

		snprintf(line, sizeof line, "%s", *o);
		option_set_sticky(line);
	}
	/* sendmail gives up with EX_OSFILE when the cf cannot be read */
	if (cf_read(opt->cf_path) < 0)
		return SMX_OSFILE;
	maps_set_config_level(config.maps, config.level);
	maps_open_all(config.maps);
	if ((j = macro_get('m')) != NULL) {
		char buf[SM_MAXLINE];

		macro_expand(j, buf, sizeof buf);
		if (buf[0] != '\0')
			class_add('m', buf);
	}
	if (!config.dont_probe_interfaces) {
		size_t n = 0;
		char **words = hostid_interface_words(&n);

		/* IPv4 only, as sendmail's SIOCGIFCONF probe (see hostid.c) */
		for (size_t i = 0; i < n; i++)
			class_add('w', words[i]);
		hostid_free_words(words, n);
	}
	if (tracing(0, 1))
		print_identity();
	/* -bt is verbose, which makes delivery interactive */
	macro_set(macro_id("{deliveryMode}"), "i");
	if (config.level < 10)
		msg_message("Warning: .cf file is out of date: sendmail %s supports version %d, .cf file is version %d",
			    SMCF_SENDMAIL_VERSION, 10, config.level);
	{
		char buf[SM_MAXLINE];
		char exp[3] = { (char)META_EXPAND, 'j', '\0' };

		macro_expand(exp, buf, sizeof buf);
		if (buf[0] == '\0')
			snprintf(buf, sizeof buf, "localhost");
		if (strchr(buf, '.') == NULL)
			msg_message("WARNING: local host name (%s) is not qualified; see cf/README: WHO AM I?", buf);
		class_add('w', buf);
	}
	adjust_mailers();
	add_builtin_classes();
	/* sendmail skips this complaint only for non-root users of -C */
	if (mailer_find("local") == NULL && getuid() == 0)
		msg_syserr("No local mailer defined");
	return 0;
}

void bt_finish(void)
{
	bt_sender_free();
	if (config.maps != NULL)
		maps_free(config.maps);
	rw_free();
	cf_free();
	macro_free();
	symtab_free();
	if (session_arena != NULL)
		arena_free(session_arena);
	session_arena = NULL;
}

void bt_command_done(void)
{
	arena_reset(session_arena);
}
