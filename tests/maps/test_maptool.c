/*
 * test_maptool.c - drive the map module the way `sendmail -bt` does, so
 * tests/maps/check can compare it with the real sendmail before (and
 * independently of) the full `smcf test`.
 *
 * usage: test_maptool FILE.cf < commands
 *
 * From the cf it reads V, K, O and D lines (nothing else).  Commands:
 *   /map NAME KEY        as in -bt
 *   /canon HOST          as in -bt
 *   /mx HOST             as in -bt
 *   .Dx VALUE            define a macro (one letter or {name})
 *   $x                   print a macro ($w $j $m $k come from hostid)
 *   $=w                  class w as hostid found it (insertion order)
 *   =lookup NAME KEY [ARG...]   a rule lookup ($( NAME KEY $@ ARG... $)):
 *                        prints "result <value|NULL> status <n>"
 * Output framing (banner, "> " prompts) is sendmail's.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "engine/hostid.h"
#include "engine/map.h"
#include "engine/resolve.h"

#define MAX_MACROS 128

/* This host, probed on first need only: a run with /map commands on
 * plain maps must not ask the system resolver (no network in tests). */
static struct hostid identity;
static int identity_known;
struct tool;
static void know_identity(struct tool *t);

struct tool {
	char *names[MAX_MACROS];
	char *values[MAX_MACROS];
	int   count;
	int   syserrs;
};

static const char *
tool_macro(void *ctx, const char *name)
{
	struct tool *t = ctx;
	int i;

	if (strlen(name) == 1 && strchr("wjmk", name[0]) != NULL)
		know_identity(t);
	for (i = 0; i < t->count; i++)
		if (strcmp(t->names[i], name) == 0)
			return t->values[i];
	return NULL;
}

static void
tool_define(void *ctx, const char *name, const char *value)
{
	struct tool *t = ctx;
	int i;

	for (i = 0; i < t->count; i++)
		if (strcmp(t->names[i], name) == 0)
			break;
	if (i == t->count) {
		if (t->count == MAX_MACROS)
			return;
		t->names[t->count++] = xstrdup(name);
		t->values[i] = NULL;
	}
	free(t->values[i]);
	t->values[i] = value != NULL ? xstrdup(value) : NULL;
}

static void
tool_message(void *ctx, int syserr, const char *text)
{
	struct tool *t = ctx;

	if (syserr)
		t->syserrs++;
	printf("%s\n", text);
}

/* "x" or "{name}" at P; returns the name and moves *PP past it. */
static char *
macro_name(const char **pp)
{
	const char *p = *pp, *end;

	if (*p == '{' && (end = strchr(p, '}')) != NULL) {
		*pp = end + 1;
		return xstrndup(p + 1, (size_t) (end - p - 1));
	}
	if (*p == '\0')
		return NULL;
	*pp = p + 1;
	return xstrndup(p, 1);
}

/* $w $j $m $k and class w, as sendmail finds them at start-up */
static void
know_identity(struct tool *t)
{
	if (identity_known)
		return;
	identity_known = 1;
	(void) hostid_probe(&identity, HOSTID_PROBE_ALL);
	tool_define(t, "w", identity.short_name);
	tool_define(t, "j", identity.canon_name);
	tool_define(t, "k", identity.node_name);
	if (identity.domain != NULL)
		tool_define(t, "m", identity.domain);
}

static void
chomp(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

/* -bt strips trailing white space from "/" commands */
static void
strip_trailing_space(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && isspace((unsigned char) s[n - 1]))
		s[--n] = '\0';
}

static void
read_cf(struct tool *t, struct map_registry *reg, const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[4096];
	int lineno = 0;

	if (fp == NULL) {
		perror(path);
		exit(2);
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		lineno++;
		chomp(line);
		if (line[0] == 'V') {
			maps_set_config_level(reg, atoi(line + 1));
		} else if (line[0] == 'K') {
			char *p = line + 1, *name;

			while (isspace((unsigned char) *p))
				p++;
			name = p;
			while (*p != '\0' && !isspace((unsigned char) *p))
				p++;
			if (*p != '\0')
				*p++ = '\0';
			(void) maps_declare(reg, name, p, path, lineno);
		} else if (line[0] == 'O' && line[1] == ' ') {
			char *eq = strchr(line + 2, '=');

			if (eq != NULL) {
				*eq = '\0';
				maps_set_option(reg, line + 2, eq + 1);
			}
		} else if (line[0] == 'D') {
			const char *p = line + 1;
			char *name = macro_name(&p);

			if (name != NULL)
				tool_define(t, name, p);
			free(name);
		}
	}
	(void) fclose(fp);
}

static void
cmd_map(struct map_registry *reg, char *args)
{
	char *key = args;
	struct map *map;
	char *result;
	int status;

	while (*key != '\0' && !isspace((unsigned char) *key))
		key++;
	if (*key == '\0') {
		printf("No key specified\n");
		return;
	}
	*key++ = '\0';
	map = maps_find(reg, args);
	if (map == NULL) {
		printf("Map named \"%s\" not found\n", args);
		return;
	}
	if (!map_ensure_open(map)) {
		printf("Map named \"%s\" not open\n", args);
		return;
	}
	printf("map_lookup: %s (%s) ", args, key);
	result = map_lookup_raw(map, key, &status);
	if (result == NULL)
		printf("no match (%d)\n", status);
	else
		printf("returns %s (%d)\n", result, status);
	free(result);
}

static void
cmd_lookup(struct map_registry *reg, char *args)
{
	char *words[16];
	int n = 0, status = 0;
	char *save = NULL, *w, *result;
	struct map *map;

	for (w = strtok_r(args, " ", &save); w != NULL && n < 16;
	     w = strtok_r(NULL, " ", &save))
		words[n++] = w;
	if (n < 2 || (map = maps_find(reg, words[0])) == NULL) {
		printf("bad lookup\n");
		return;
	}
	result = map_lookup(map, words[1], (const char *const *) words + 2,
			    n - 2, &status);
	printf("result %s status %d\n", result ? result : "NULL", status);
	free(result);
}

static void
cmd_mx(struct tool *t, const char *host)
{
	char **hosts = NULL;
	int status, n, i;

	n = resolve_mx_fallback(host, tool_macro(t, "m"), &hosts, &status);
	if (n == RESOLVE_NULL_MX)
		printf("getmxrr(%s) returns null MX (See RFC7505)\n", host);
	else
		printf("getmxrr(%s) returns %d value(s):\n", host, n);
	for (i = 0; i < n; i++)
		printf("\t%s\n", hosts[i]);
	resolve_free_list(hosts, n > 0 ? n : 0);
}

static void
print_note(void *ctx, const char *text)
{
	(void) ctx;
	printf("%s\n", text);
}

static void
cmd_canon(struct tool *t, const char *host)
{
	char *canon = NULL;
	int status;

	resolve_set_reporter(print_note, NULL);
	if (resolve_canon(host, 1, tool_macro(t, "m"), &canon, &status))
		printf("getcanonname(%s) returns %s\n", host, canon);
	else
		printf("getcanonname(%s) returns %s\n", host, host);
	free(canon);
}

static void
run_command(struct tool *t, struct map_registry *reg, char *line)
{
	char *arg;

	arg = strpbrk(line, " \t");
	if (arg != NULL) {
		*arg++ = '\0';
		while (isspace((unsigned char) *arg))
			arg++;
	} else
		arg = line + strlen(line);
	if (strcmp(line, "/map") == 0) {
		if (*arg == '\0')
			printf("Usage: /map mapname key\n");
		else
			cmd_map(reg, arg);
	} else if (strcmp(line, "/canon") == 0) {
		cmd_canon(t, arg);
	} else if (strcmp(line, "/mx") == 0) {
		cmd_mx(t, arg);
	} else if (strcmp(line, "=lookup") == 0) {
		cmd_lookup(reg, arg);
	} else if (strcmp(line, "$=w") == 0) {
		size_t i;

		know_identity(t);
		for (i = 0; i < identity.class_w_count; i++)
			printf("%s\n", identity.class_w[i]);
	} else if (line[0] == '$') {
		const char *p = line + 1;
		char *name = macro_name(&p);
		const char *v = name ? tool_macro(t, name) : NULL;

		printf("%s\n", v ? v : "Undefined");
		free(name);
	}
}

int
main(int argc, char **argv)
{
	struct tool t;
	struct map_host host;
	struct map_registry *reg;
	char line[4096];
	int i;

	if (argc != 2) {
		fprintf(stderr, "usage: test_maptool FILE.cf < commands\n");
		return 2;
	}
	memset(&t, 0, sizeof(t));
	host.ctx = &t;
	host.macro_value = tool_macro;
	host.macro_define = tool_define;
	host.class_member = NULL;
	host.message = tool_message;


	reg = maps_new(&host);
	read_cf(&t, reg, argv[1]);
	maps_open_all(reg);
	printf("ADDRESS TEST MODE (ruleset 3 NOT automatically invoked)\n"
	       "Enter <ruleset> <address>\n");
	for (;;) {
		char *p = line;

		printf("> ");
		if (fgets(line, sizeof(line), stdin) == NULL)
			break;
		chomp(line);
		while (isspace((unsigned char) *p))
			p++;
		if (strncmp(p, ".D", 2) == 0) {
			const char *q = p + 2;
			char *name = macro_name(&q);

			if (name != NULL)
				tool_define(&t, name, q);
			free(name);
			continue;
		}
		if (*p == '/')
			strip_trailing_space(p);
		if (*p != '\0' && *p != '#')
			run_command(&t, reg, p);
	}
	(void) fflush(stdout);
	if (identity_known)
		hostid_free(&identity);
	maps_free(reg);
	for (i = 0; i < t.count; i++) {
		free(t.names[i]);
		free(t.values[i]);
	}
	return t.syserrs ? 71 : 0;
}
