/*
 * ldap_routing.c - FEATURE(`ldap_routing' [, mailHost map] [,
 * mailRoutingAddress map] [, bounce|passthru|sendertoo] [,
 * strip|preserve] [, nodomain] [, tempfail|queue]): recipients in the
 * domains of class LDAPRoute (and LDAPRouteEquiv, looked up under $M)
 * are routed by two LDAP maps, ldapmh (the host that holds the mailbox)
 * and ldapmra (a new address).  Ruleset LDAPExpand, in the core tables
 * under when_ldap_routing, does the lookups; this file reads the
 * arguments into flags and declares the two maps.
 *
 * The arguments work as the reference's tests of them do:
 *   3  empty or `passthru': an unknown address passes unchanged;
 *      `sendertoo': unknown recipients and senders bounce; any other
 *      word: unknown recipients bounce.
 *   4  `strip' or `preserve': retry without +detail (preserve keeps it
 *      on the new address); any other word changes nothing.
 *   5  any word: no lookup of @domain.
 *   6  empty or `queue': a failed lookup queues; `tempfail': it refuses
 *      the SMTP recipient; any other word changes nothing.
 * Flags only ever go on, as the reference's defines stay defined when
 * the feature is given a second time; the two modes are set again.
 */
#include <string.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"

/* The default maps: the inetLocalMailRecipient entry of the address. */
#define LDAP_ROUTE_FILTER "-k (&(objectClass=inetLocalMailRecipient)(mailLocalAddress=%0))"

static const struct {
	int arg;
	const char *name;
	const char *attribute;
} route_maps[] = {
	{ 1, "ldapmh", "mailHost" },
	{ 2, "ldapmra", "mailRoutingAddress" },
};

int feature_ldap_routing_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *unknown = ctx_arg(call, 3);
	const char *detail = ctx_arg(call, 4);
	const char *failure = ctx_arg(call, 6);
	int defaults = 0;
	size_t i;

	if (unknown[0] == '\0' || strcmp(unknown, "passthru") == 0)
		ctx->flag[CF_LDAP_MUST_EXIST] = 0;
	else {
		ctx->flag[CF_LDAP_MUST_EXIST] = 1;
		if (strcmp(unknown, "sendertoo") == 0)
			ctx->flag[CF_LDAP_SENDER_MUST_EXIST] = 1;
	}
	if (strcmp(detail, "strip") == 0 || strcmp(detail, "preserve") == 0) {
		ctx->flag[CF_LDAP_DETAIL] = 1;
		ctx->flag[CF_LDAP_DETAIL_PRESERVE] = detail[0] == 'p';
	}
	if (ctx_arg(call, 5)[0] != '\0')
		ctx->flag[CF_LDAP_NODOMAIN] = 1;
	if (failure[0] == '\0' || strcmp(failure, "queue") == 0)
		ctx->flag[CF_LDAP_TEMPFAIL] = 0;
	else if (strcmp(failure, "tempfail") == 0)
		ctx->flag[CF_LDAP_TEMPFAIL] = 1;
	ctx->flag[CF_LDAP_ROUTING] = 1;
	ctx->flag[CF_NEED_SMTPOPMODES] = 1;

	ctx_add_line(ctx, SEC_MAPS, "# LDAP routing maps");
	for (i = 0; i < sizeof(route_maps) / sizeof(route_maps[0]); i++) {
		const char *given = ctx_arg(call, route_maps[i].arg);

		if (given[0] != '\0')
			ctx_add_line(ctx, SEC_MAPS, "K%s %s", route_maps[i].name, given);
		else {
			defaults = 1;
			ctx_add_line(ctx, SEC_MAPS, "K%s ldap -1 -T<TMPF> -v %s %s",
				     route_maps[i].name, route_maps[i].attribute, LDAP_ROUTE_FILTER);
		}
	}
	/* the reference says it once, when the .mc is read to its end */
	if (defaults && !ctx->flag[CF_LDAP_DEFAULT_MAPS] &&
	    ctx_define(ctx, "confLDAP_DEFAULT_SPEC", NULL) == NULL)
		ctx_warning(ctx, DC_MC_FEATURE_ARGUMENT, &call->pos,
			    "FEATURE(`ldap_routing') uses its default map definitions, "
			    "but confLDAP_DEFAULT_SPEC (the LDAP server and search base) is not set");
	if (defaults)
		ctx->flag[CF_LDAP_DEFAULT_MAPS] = 1;
	return 0;
}
