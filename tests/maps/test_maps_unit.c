/*
 * test_maps_unit.c - unit tests of the map module that need no oracle:
 * Berkeley DB files are written here with the libdb API, text, hosts
 * and service switch files by hand, in a private folder.
 *
 * usage: test_maps_unit WORKDIR
 * Prints PASS/FAIL lines (no summary: tests/maps/check counts them).
 */
#include <db.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"
#include "engine/map.h"
#include "engine/resolve.h"

static const char *workdir;
static char messages[8192];
static int syserrs;
static char macro_seen[256];

static const char *
t_macro(void *ctx, const char *name)
{
	(void) ctx;
	return strcmp(name, "m") == 0 ? "example.net" : NULL;
}

static void
t_define(void *ctx, const char *name, const char *value)
{
	(void) ctx;
	snprintf(macro_seen, sizeof(macro_seen), "%s=%s", name,
		 value ? value : "(undef)");
}

static void
t_message(void *ctx, int syserr, const char *text)
{
	size_t n = strlen(messages);

	(void) ctx;
	syserrs += syserr;
	snprintf(messages + n, sizeof(messages) - n, "%s\n", text);
}

static void
result(const char *name, int ok, const char *fmt, ...)
{
	va_list ap;

	if (ok) {
		printf("PASS %s\n", name);
		return;
	}
	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

static char *
path(const char *name)
{
	return xasprintf("%s/%s", workdir, name);
}

static void
write_file(const char *name, const char *text)
{
	char *p = path(name);
	FILE *fp = fopen(p, "w");

	if (fp == NULL || fputs(text, fp) < 0 || fclose(fp) != 0) {
		fprintf(stderr, "cannot write %s\n", p);
		exit(2);
	}
	free(p);
}

/* Write NAME.db of TYPE; keys stored with their NUL when WITH_NUL. */
static void
write_db(const char *name, DBTYPE type, int with_nul, const char *const *kv)
{
	char *file = xasprintf("%s/%s.db", workdir, name);
	DB *db;
	int i;

	(void) unlink(file);
	if (db_create(&db, NULL, 0) != 0 ||
	    db->open(db, NULL, file, NULL, type, DB_CREATE, 0644) != 0) {
		fprintf(stderr, "cannot create %s\n", file);
		exit(2);
	}
	for (i = 0; kv[i] != NULL; i += 2) {
		DBT k, v;

		memset(&k, 0, sizeof(k));
		memset(&v, 0, sizeof(v));
		k.data = (void *) kv[i];
		k.size = (u_int32_t) (strlen(kv[i]) + (with_nul ? 1 : 0));
		v.data = (void *) kv[i + 1];
		v.size = (u_int32_t) strlen(kv[i + 1]);
		if (db->put(db, NULL, &k, &v, 0) != 0) {
			fprintf(stderr, "cannot store in %s\n", file);
			exit(2);
		}
	}
	if (db->close(db, 0) != 0)
		exit(2);
	free(file);
}

static struct map_registry *
new_registry(void)
{
	static struct map_host host;

	host.ctx = NULL;
	host.macro_value = t_macro;
	host.macro_define = t_define;
	host.class_member = NULL;
	host.message = t_message;
	messages[0] = '\0';
	syserrs = 0;
	return maps_new(&host);
}

/* A registry for tests that are not about file safety: they must pass
 * wherever the work folder is (even below /tmp). */
static struct map_registry *
new_trusting_registry(void)
{
	struct map_registry *reg = new_registry();

	maps_set_option(reg, "DontBlameSendmail", "MapInUnsafeDirPath");
	return reg;
}

static void
declare(struct map_registry *reg, const char *name, const char *fmt, ...)
{
	va_list ap;
	char *spec;

	va_start(ap, fmt);
	if (vasprintf(&spec, fmt, ap) < 0)
		exit(2);
	va_end(ap);
	(void) maps_declare(reg, name, spec, "test.cf", 7);
	free(spec);
}

/* /map NAME KEY as a string "value (status)" or "no match (status)" */
static char *
raw(struct map_registry *reg, const char *name, const char *key)
{
	struct map *map = maps_find(reg, name);
	char *v, *out;
	int st;

	if (map == NULL)
		return xstrdup("not found");
	if (!map_ensure_open(map))
		return xstrdup("not open");
	v = map_lookup_raw(map, key, &st);
	out = v ? xasprintf("%s (%d)", v, st) : xasprintf("no match (%d)", st);
	free(v);
	return out;
}

/* $( NAME KEY $@ ARGS $) as "value [status]" */
static char *
rule(struct map_registry *reg, const char *name, const char *key,
     const char *a1, const char *a2)
{
	const char *args[2] = { a1, a2 };
	int nargs = a2 ? 2 : a1 ? 1 : 0, st = 0;
	char *v = map_lookup(maps_find(reg, name), key, args, nargs, &st);
	char *out = xasprintf("%s [%d]", v ? v : "NULL", st);

	free(v);
	return out;
}

static void
expect(const char *name, char *got, const char *want)
{
	result(name, strcmp(got, want) == 0, "got \"%s\", want \"%s\"", got, want);
	free(got);
}

static void
test_db_maps(void)
{
	static const char *const plain[] = {
		"k1", "v1 %0 %1 %% x", "key2", "V2", "bare", "x%", NULL
	};
	static const char *const nul[] = { "n1", "withnul", NULL };
	static const char *const upper[] = { "Key1", "v", NULL };
	struct map_registry *reg = new_trusting_registry();

	write_db("plain", DB_HASH, 0, plain);
	write_db("nul", DB_HASH, 1, nul);
	write_db("upper", DB_HASH, 0, upper);
	write_db("tree", DB_BTREE, 0, plain);
	declare(reg, "p", "hash %s/plain", workdir);
	declare(reg, "pdb", "hash %s/plain.db", workdir);
	declare(reg, "pa", "hash -a.FOUND %s/plain", workdir);
	declare(reg, "pm", "hash -m %s/plain", workdir);
	declare(reg, "pN", "hash -N %s/plain", workdir);
	declare(reg, "nO", "hash -O %s/nul", workdir);
	declare(reg, "n", "hash %s/nul", workdir);
	declare(reg, "uf", "hash -f %s/upper", workdir);
	declare(reg, "u", "hash %s/upper", workdir);
	declare(reg, "bt", "btree %s/tree", workdir);
	declare(reg, "miss", "hash %s/nosuch", workdir);
	declare(reg, "misso", "hash -o %s/nosuch", workdir);
	declare(reg, "pT", "hash -T<TMP> %s/nosuch", workdir);
	declare(reg, "pTt", "hash -t -T<TMP> %s/nosuch", workdir);
	declare(reg, "pq", "hash -q %s/plain", workdir);

	expect("hash: %0 is the key, missing %1 is empty, %% is %",
	       raw(reg, "p", "k1"), "v1 k1  % x (0)");
	expect("hash: key folded to lower case", raw(reg, "p", "K1"),
	       "v1 K1  % x (0)");
	expect("hash: .db in the K line is accepted", raw(reg, "pdb", "key2"),
	       "V2 (0)");
	expect("hash: miss is no match with status 0", raw(reg, "p", "none"),
	       "no match (0)");
	expect("hash: trailing % stays", raw(reg, "p", "bare"), "x% (0)");
	expect("hash -a appends to a found value", raw(reg, "pa", "key2"),
	       "V2.FOUND (0)");
	expect("hash -m returns the key as given", raw(reg, "pm", "KEY2"),
	       "KEY2 (0)");
	expect("hash -N does not find keys stored without NUL",
	       raw(reg, "pN", "k1"), "no match (0)");
	expect("hash finds keys stored with NUL", raw(reg, "n", "n1"),
	       "withnul (0)");
	expect("hash -O does not find keys stored with NUL",
	       raw(reg, "nO", "n1"), "no match (0)");
	expect("hash -f keeps case", raw(reg, "uf", "Key1"), "v (0)");
	expect("hash -f misses other case", raw(reg, "uf", "key1"),
	       "no match (0)");
	expect("hash without -f misses upper-case stored keys",
	       raw(reg, "u", "Key1"), "no match (0)");
	expect("btree lookup", raw(reg, "bt", "KEY2"), "V2 (0)");
	expect("rule lookup: %1 %2 from $@ arguments",
	       rule(reg, "p", "k1", "A1", "A2"), "v1 k1 A1 % x [0]");
	expect("rule lookup: quotes stripped from the key",
	       rule(reg, "p", "\"key2\"", NULL, NULL), "V2 [0]");
	expect("rule lookup -q: quotes kept", rule(reg, "pq", "\"key2\"", NULL, NULL),
	       "NULL [0]");

	/* the first key form that matches is the only one tried later */
	{
		static const char *const plain_a[] = { "a", "A-plain", NULL };
		static const char *const nul_b[] = { "b", "B-nul", NULL };
		struct map_registry *r2 = new_trusting_registry();
		char *file = xasprintf("%s/mixed.db", workdir);
		DB *db;
		DBT k, v;

		write_db("mixed", DB_HASH, 0, plain_a);
		if (db_create(&db, NULL, 0) != 0 ||
		    db->open(db, NULL, file, NULL, DB_HASH, 0, 0644) != 0)
			exit(2);
		memset(&k, 0, sizeof(k));
		memset(&v, 0, sizeof(v));
		k.data = (void *) nul_b[0];
		k.size = 2;
		v.data = (void *) nul_b[1];
		v.size = (u_int32_t) strlen(nul_b[1]);
		if (db->put(db, NULL, &k, &v, 0) != 0 || db->close(db, 0) != 0)
			exit(2);
		free(file);
		declare(r2, "m1", "hash %s/mixed", workdir);
		declare(r2, "m2", "hash %s/mixed", workdir);
		expect("key without NUL found first", raw(r2, "m1", "a"), "A-plain (0)");
		expect("then keys with NUL are no longer tried", raw(r2, "m1", "b"),
		       "no match (0)");
		expect("key with NUL found first", raw(r2, "m2", "b"), "B-nul (0)");
		expect("then keys without NUL are no longer tried", raw(r2, "m2", "a"),
		       "no match (0)");
		maps_free(r2);
	}

	messages[0] = '\0';
	{
		char *got = raw(reg, "miss", "x");
		char *want = xasprintf("hash map \"miss\": missing map file %s/nosuch.db: No such file or directory\n",
				       workdir);

		expect("missing file: lookups tempfail", got, "no match (75)");
		result("missing file: sendmail's message", strcmp(messages, want) == 0,
		       "got \"%s\"", messages);
		result("missing file: counts as a system error", syserrs > 0,
		       "no syserr");
		free(want);
	}
	messages[0] = '\0';
	expect("missing optional map is not open", raw(reg, "misso", "x"),
	       "not open");
	result("missing optional map prints nothing", messages[0] == '\0',
	       "printed \"%s\"", messages);
	expect("-T text appended to the key on temporary failure",
	       rule(reg, "pT", "some.key", NULL, NULL), "some.key<TMP> [75]");
	expect("-t: temporary failure does not fail the rule",
	       rule(reg, "pTt", "k", NULL, NULL), "k<TMP> [0]");
	maps_free(reg);
}

static void
test_compute_maps(void)
{
	struct map_registry *reg = new_trusting_registry();

	declare(reg, "dq", "dequote");
	declare(reg, "dqs", "dequote -s+");
	declare(reg, "mac", "macro");
	declare(reg, "ar", "arith");
	declare(reg, "ap", "arpa");
	expect("dequote removes quotes", raw(reg, "dq", "\"a\"@\"b\""), "a@b (0)");
	expect("dequote: nothing to remove is no match", raw(reg, "dq", "ab"),
	       "no match (0)");
	expect("dequote: a space left is no match", raw(reg, "dq", "\"a b\""),
	       "no match (0)");
	expect("dequote -s replaces spaces", raw(reg, "dqs", "\"a b\""),
	       "a+b (0)");
	expect("dequote: unbalanced < is no match", raw(reg, "dq", "\"<a\""),
	       "no match (0)");
	expect("macro map returns empty", rule(reg, "mac", "{foo}", "bar", NULL),
	       " [0]");
	result("macro map defines the macro", strcmp(macro_seen, "foo=bar") == 0,
	       "got %s", macro_seen);
	expect("macro map without value undefines", rule(reg, "mac", "x", NULL, NULL),
	       " [0]");
	result("macro map undefined value", strcmp(macro_seen, "x=(undef)") == 0,
	       "got %s", macro_seen);
	expect("arith +", rule(reg, "ar", "+", "2", "40"), "42 [0]");
	expect("arith -", rule(reg, "ar", "-", "2", "40"), "-38 [0]");
	expect("arith *", rule(reg, "ar", "*", "6", "7"), "42 [0]");
	expect("arith /", rule(reg, "ar", "/", "85", "2"), "42 [0]");
	expect("arith % by zero is no match", rule(reg, "ar", "%", "85", "0"),
	       "NULL [0]");
	expect("arith l", rule(reg, "ar", "l", "1", "2"), "TRUE [0]");
	expect("arith =", rule(reg, "ar", "=", "1", "2"), "FALSE [0]");
	expect("arith & and hex", rule(reg, "ar", "&", "0x0f", "6"), "6 [0]");
	expect("arith with one operand: status 78", raw(reg, "ar", "+"),
	       "no match (78)");
	expect("arpa IPv4", raw(reg, "ap", "192.0.2.10"), "10.2.0.192 (0)");
	expect("arpa junk: status 65", raw(reg, "ap", "x"), "no match (65)");
	maps_free(reg);
}

static void
test_regex_text_seq(void)
{
	struct map_registry *reg = new_trusting_registry();
	static const char *const one[] = { "a", "from-db", NULL };

	write_file("text", "# comment\nalpha:one:two\nBeta:three:four\n");
	write_file("switch", "hosts files\nthings text db\n");
	write_db("one", DB_HASH, 0, one);
	declare(reg, "re", "regex -a@OK ^a(.*)b$");
	declare(reg, "res", "regex -s1 ^([a-z]+)@([a-z.]+)$");
	declare(reg, "ren", "regex -n -aNO ^abc");
	declare(reg, "ref", "regex -f -m ^Abc");
	declare(reg, "bad", "regex (");
	declare(reg, "tx", "text -z: -k0 -v2 %s/text", workdir);
	declare(reg, "txrel", "text text");
	declare(reg, "db1", "hash %s/one", workdir);
	declare(reg, "seq", "sequence tx db1");
	expect("regex match returns -a text", raw(reg, "re", "AxxB"), "@OK (0)");
	expect("regex no match", raw(reg, "re", "xyz"), "no match (0)");
	expect("regex -s returns the substring", raw(reg, "res", "bob@x.org"),
	       "bob (0)");
	expect("regex -n inverts", raw(reg, "ren", "abd"), "NO (0)");
	expect("regex -f -m is case-sensitive and returns the key",
	       raw(reg, "ref", "Abcd"), "Abcd (0)");
	expect("regex -f misses other case", raw(reg, "ref", "abcd"),
	       "no match (0)");
	expect("regex that does not compile is not open", raw(reg, "bad", "x"),
	       "not open");
	result("regex compile error message",
	       strstr(messages, "test.cf: line 7: pattern-compile-error: ") != NULL,
	       "got \"%s\"", messages);
	expect("text map -z -k -v", raw(reg, "tx", "beta"), "four (0)");
	expect("text map miss is 68", raw(reg, "tx", "gamma"), "no match (68)");
	messages[0] = '\0';
	expect("text map needs an absolute path", raw(reg, "txrel", "a"),
	       "no match (75)");
	result("text map relative path message",
	       strcmp(messages, "text map \"txrel\": file name must be fully qualified\n") == 0,
	       "got \"%s\"", messages);
	expect("sequence: first member that answers", raw(reg, "seq", "alpha"),
	       "two (0)");
	expect("sequence: second member", raw(reg, "seq", "a"), "from-db (0)");
	expect("sequence: nobody answers is 68", raw(reg, "seq", "zz"),
	       "no match (68)");
	{
		char *sw = path("switch");

		maps_set_option(reg, "ServiceSwitchFile", sw);
		declare(reg, "things.text", "text -z: -v1 %s/text", workdir);
		declare(reg, "things.db", "hash %s/one", workdir);
		declare(reg, "things", "switch things");
		expect("switch map members from the service switch",
		       raw(reg, "things", "alpha"), "one (0)");
		expect("switch map second member", raw(reg, "things", "a"),
		       "from-db (0)");
		free(sw);
	}
	messages[0] = '\0';
	declare(reg, "x", "");
	declare(reg, "y", "nosuchclass foo");
	declare(reg, "z", "hash -Q /x");
	declare(reg, "w", "hash");
	result("K line errors are sendmail's",
	       strcmp(messages,
		      "test.cf: line 7: readcf: config K line, map x: no map class\n"
		      "test.cf: line 7: readcf: map y: class nosuchclass not available\n"
		      "test.cf: line 7: Illegal option Q map z\n"
		      "test.cf: line 7: No file name for hash map w\n") == 0,
	       "got \"%s\"", messages);
	maps_free(reg);
}

static void
test_host_map(void)
{
	struct map_registry *reg = new_trusting_registry();
	char *hosts = path("hosts"), *sw = path("switch.files");
	char *canon = NULL;
	int st;

	write_file("hosts", "127.0.0.1 here.example.net here localhost\n"
		   "192.0.2.7 short\n# 192.0.2.8 commented.example\n");
	write_file("switch.files", "hosts files\n");
	maps_set_option(reg, "HostsFile", hosts);
	maps_set_option(reg, "ServiceSwitchFile", sw);
	maps_set_config_level(reg, 10);
	declare(reg, "h", "host -T<TEMP>");
	maps_open_all(reg);
	expect("built-in host map has -a.", raw(reg, "host", "here"),
	       "here.example.net. (0)");
	expect("host map: canonical name from the hosts file",
	       raw(reg, "h", "localhost"), "here.example.net (0)");
	expect("host map: dotless answer gets $m", raw(reg, "h", "short"),
	       "short.example.net (0)");
	expect("host map: unknown name is 68", raw(reg, "h", "nosuch.example"),
	       "no match (68)");
	expect("host map: commented line is ignored",
	       raw(reg, "h", "commented.example"), "no match (68)");
	write_file("hosts", "127.0.0.1 changed.example.org here\n");
	expect("host map: answers are cached for the process",
	       raw(reg, "h", "here"), "here.example.net (0)");
	{
		/* enough misses to make the answer cache grow several times */
		int i, bad = 0;

		for (i = 0; i < 500; i++) {
			char key[32], *got;

			snprintf(key, sizeof(key), "miss%d.example", i);
			got = raw(reg, "h", key);
			bad += strcmp(got, "no match (68)") != 0;
			free(got);
		}
		result("host map: 500 cached misses", bad == 0, "%d wrong", bad);
	}
	expect("host map: earlier answer survives the cache growing",
	       raw(reg, "h", "here"), "here.example.net (0)");
	result("resolve_canon reads the file again when it changed",
	       resolve_canon("here", 1, "example.net", &canon, &st) == 1 &&
	       strcmp(canon, "changed.example.org") == 0,
	       "got %s", canon ? canon : "NULL");
	free(canon);
	result("resolve_canon: unknown is status 68",
	       resolve_canon("nope", 1, NULL, &canon, &st) == 0 && st == 68,
	       "status %d", st);
	{
		const char *src[4];
		int n = resolve_service_sources("hosts", src, 4);

		result("service switch sources", n == 1 && strcmp(src[0], "files") == 0,
		       "n=%d", n);
	}
	result("aliases switch map is declared", maps_find(reg, "aliases") != NULL &&
	       strcmp(map_class(maps_find(reg, "aliases")), "switch") == 0,
	       "missing");
	maps_free(reg);
	resolve_set_files("/etc/hosts", "/etc/mail/service.switch");
	free(hosts);
	free(sw);
}

static void
test_file_safety(void)
{
	struct map_registry *reg;
	static const char *const kv[] = { "k", "v", NULL };
	char *dir = path("open");

	if (getuid() != 0) {
		printf("SKIP file safety: needs root, as sendmail checks paths only then\n");
		free(dir);
		return;
	}
	if (mkdir(dir, 0777) < 0 && errno != EEXIST)
		exit(2);
	if (chmod(dir, 0777) < 0)
		exit(2);
	{
		char *saved = (char *) workdir;

		workdir = dir;
		write_db("m", DB_HASH, 0, kv);
		workdir = saved;
	}
	reg = new_registry();
	declare(reg, "m", "hash %s/m", dir);
	{
		char *want = xasprintf("hash map \"m\": unsafe map file %s/m.db: World writable directory\n",
				       dir);

		expect("map below a world-writable directory tempfails",
		       raw(reg, "m", "k"), "no match (75)");
		result("unsafe map message", strcmp(messages, want) == 0,
		       "got \"%s\"", messages);
		free(want);
	}
	maps_free(reg);
	reg = new_registry();
	maps_set_option(reg, "DontBlameSendmail", "MapInUnsafeDirPath");
	declare(reg, "m", "hash %s/m", dir);
	expect("DontBlameSendmail=MapInUnsafeDirPath allows it",
	       raw(reg, "m", "k"), "v (0)");
	maps_free(reg);
	free(dir);
}

static void
test_other_classes(void)
{
	struct map_registry *reg = new_trusting_registry();
	static const char *const kv[] = { "k", "v", NULL };
	char *sw = path("switch.files");

	write_db("impl", DB_HASH, 0, kv);
	write_file("switch.files", "hosts files\n");
	maps_set_option(reg, "ServiceSwitchFile", sw);
	declare(reg, "im", "implicit %s/impl", workdir);
	declare(reg, "imm", "implicit %s/nosuch", workdir);
	declare(reg, "u", "user");
	declare(reg, "uid", "user -vuid");
	declare(reg, "nul", "null");
	declare(reg, "sys", "syslog");
	declare(reg, "udb", "userdb x");
	declare(reg, "echo", "program /bin/echo");
	declare(reg, "false", "program /bin/false");
	declare(reg, "nis", "nis foo");
	declare(reg, "ldapk", "ldap -h localhost -k (uid=%%0)");
	declare(reg, "sock", "socket unix:/nonexistent/socket");
	declare(reg, "mx", "bestmx");
	expect("implicit reads the hash file", raw(reg, "im", "k"), "v (0)");
	messages[0] = '\0';
	expect("implicit without a file tempfails", raw(reg, "imm", "k"),
	       "no match (75)");
	result("implicit without a file says nothing", messages[0] == '\0',
	       "got \"%s\"", messages);
	expect("user map", raw(reg, "u", "root"), "root (0)");
	expect("user map in lower case", raw(reg, "u", "ROOT"), "root (0)");
	expect("user map -vuid", raw(reg, "uid", "root"), "0 (0)");
	expect("user map: unknown user is 67", raw(reg, "u", "no-such-user-x"),
	       "no match (67)");
	expect("null map is 68", raw(reg, "nul", "k"), "no match (68)");
	expect("syslog map returns empty", raw(reg, "sys", "k"), " (0)");
	expect("userdb finds nothing", raw(reg, "udb", "k"), "no match (0)");
	expect("program map: first line of output", raw(reg, "echo", "hi"),
	       "hi (0)");
	expect("program map: exit status", raw(reg, "false", "hi"),
	       "no match (1)");
	expect("bestmx without DNS in the switch", raw(reg, "mx", "example.org"),
	       "no match (0)");
	messages[0] = '\0';
	expect("nis map cannot open", raw(reg, "nis", "k"), "no match (75)");
	expect("ldap map cannot connect", raw(reg, "ldapk", "k"), "no match (75)");
	expect("socket map cannot connect", raw(reg, "sock", "k"), "no match (75)");
	result("unreachable services: sendmail's messages",
	       strcmp(messages,
		      "NIS map foo specified, but NIS not running\n"
		      "ldap_init/ldap_bind failed to localhost in map ldapk: Transport endpoint is not connected\n"
		      "socket map \"sock\": local socket name /nonexistent/socket unsafe: No such file or directory\n") == 0,
	       "got \"%s\"", messages);
	/* dns lookups themselves are compared with sendmail in check,
	 * against a stub name server: a unit test must not use the network */
	messages[0] = '\0';
	declare(reg, "ldapnf", "ldap -h localhost");
	declare(reg, "dnsx", "dns");
	result("ldap and dns K line errors",
	       strcmp(messages, "test.cf: line 7: No filter given in map ldapnf\n"
		      "test.cf: line 7: dns map dnsx: missing -R type\n") == 0,
	       "got \"%s\"", messages);
	expect("ldap map without filter is not open", raw(reg, "ldapnf", "k"),
	       "not open");
	expect("dns map without type is 68", raw(reg, "dnsx", "k"),
	       "no match (68)");
	maps_free(reg);
	resolve_set_files("/etc/hosts", "/etc/mail/service.switch");
	free(sw);
}

static void
test_space_sub(void)
{
	struct map_registry *reg = new_trusting_registry();

	declare(reg, "a", "hash /x");
	maps_set_option(reg, "BlankSub", ".");
	declare(reg, "b", "hash /x");
	declare(reg, "c", "hash -S_ /x");
	declare(reg, "d", "dequote");
	declare(reg, "e", "dequote -S+");
	result("space substitution: BlankSub at K line time, -S, dequote",
	       map_space_sub(maps_find(reg, "a")) == ' ' &&
	       map_space_sub(maps_find(reg, "b")) == '.' &&
	       map_space_sub(maps_find(reg, "c")) == '_' &&
	       map_space_sub(maps_find(reg, "d")) == 0 &&
	       map_space_sub(maps_find(reg, "e")) == '+',
	       "a=%d b=%d c=%d d=%d e=%d",
	       map_space_sub(maps_find(reg, "a")), map_space_sub(maps_find(reg, "b")),
	       map_space_sub(maps_find(reg, "c")), map_space_sub(maps_find(reg, "d")),
	       map_space_sub(maps_find(reg, "e")));
	result("map names are case-insensitive", maps_find(reg, "A") != NULL &&
	       strcmp(map_class(maps_find(reg, "E")), "dequote") == 0, "not found");
	maps_free(reg);
}

int
main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: test_maps_unit WORKDIR\n");
		return 2;
	}
	workdir = argv[1];
	test_db_maps();
	test_compute_maps();
	test_regex_text_seq();
	test_host_map();
	test_other_classes();
	test_space_sub();
	test_file_safety();
	return 0;
}
