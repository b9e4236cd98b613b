/*
 * mc_admin.c - checks of a .mc's model for what administrators trip
 * over and the compiled cf cannot show: a host that relays for others
 * (RELAY_DOMAIN, the relay_* features) while every DAEMON_OPTIONS has it
 * listen on the loopback address only, so no other host can reach it.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "compiler/ir.h"
#include "lint/lint.h"
#include "lint/lint_cf.h"
#include "lint/lint_mc.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Calls that make the host relay for other hosts. */
static const char *const relay_macros[] = { "RELAY_DOMAIN", "RELAY_DOMAIN_FILE" };
static const char *const relay_features[] = {
	"relay_entire_domain", "relay_hosts_only", "relay_based_on_MX", "relay_local_from",
	"relay_mail_from", "promiscuous_relay", "loose_relay_check",
};

/* Are all words of TEXT loopback names or addresses? */
static int only_loopback(const char *text)
{
	char *copy = xstrdup(text), *save = NULL, *w;
	int only = 1;

	for (w = strtok_r(copy, " \t\n", &save); w && only; w = strtok_r(NULL, " \t\n", &save))
		only = strncmp(w, "127.", 4) == 0 || strcmp(w, "127") == 0 || strcasecmp(w, "localhost") == 0 ||
		       strcasecmp(w, "IPv6:::1") == 0 || strcasecmp(w, "IPv6:0:0:0:0:0:0:0:1") == 0;
	free(copy);
	return only;
}

/* The first call that makes the host relay for others, or NULL. */
static const struct ir_call *relay_call(const struct ir_config *ir)
{
	size_t i;

	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);

		if (lint_name_index(c->macro, relay_macros, NELEM(relay_macros)) >= 0 &&
		    c->nargs > 0 && (strcmp(c->macro, "RELAY_DOMAIN_FILE") == 0 || !only_loopback(c->args[0])))
			return c;
		if (strcmp(c->macro, "FEATURE") == 0 && c->nargs > 0 &&
		    lint_name_index(c->args[0], relay_features, NELEM(relay_features)) >= 0)
			return c;
	}
	return NULL;
}

static void check_loopback_only(const struct ir_config *ir, struct lint_list *out)
{
	const struct ir_call *relay = relay_call(ir), *first = NULL;
	size_t i;

	if (relay == NULL)
		return;
	for (i = 0; i < ir_ncalls(ir); i++) {
		const struct ir_call *c = ir_call_at(ir, i);
		char *addr;
		int loopback;

		if (strcmp(c->macro, "DAEMON_OPTIONS") != 0 || c->nargs < 1)
			continue;
		addr = lint_daemon_field(c->args[0], 'A');
		loopback = addr && (strncmp(addr, "127.", 4) == 0 || strcmp(addr, "::1") == 0 ||
				    strcasecmp(addr, "localhost") == 0);
		free(addr);
		if (!loopback)
			return;
		if (first == NULL)
			first = c;
	}
	if (first != NULL)
		lint_add(out, first->pos.file, first->pos.line, first->pos.col, DC_MC_LOOPBACK_ONLY,
			 "every DAEMON_OPTIONS listens on the loopback address only, but %s(`%s') (%s:%d) "
			 "relays for other hosts, which cannot reach it; drop Addr= from the MTA's "
			 "DAEMON_OPTIONS (or give the address of the network interface)",
			 relay->macro, relay->nargs ? relay->args[0] : "", relay->pos.file, relay->pos.line);
}

void lint_mc_admin(const char *file, const struct ir_config *ir, const struct lint_context *ctx,
		   struct lint_list *out)
{
	(void)file;
	(void)ctx;
	check_loopback_only(ir, out);
}
