/*
 * domainmap.c - FEATURE(`domainmap', `domain', `map spec') (Debian):
 * mail for user@domain is looked up by user name in that domain's own
 * map (one FEATURE per domain; +detail is kept).  The shared rules are
 * written once; DOMAINMAP_NO_REGEX builds the map name without the
 * regex map.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler/emit_ctx.h"
#include "features/feature_impl.h"
#include "lib/xalloc.h"

#define RULESETS IR_SECTION_LOCAL_RULESETS

/* DomainMapLookup, before and after the lines that find the map name. */
static const char *const lookup_head[] = {
	"",
	"SDomainMapLookup",
	"R $=L <@ $=w .>\t$@ $1 <@ $2 .>",
	"R $+ <@ $+>\t$: $1 <@ $2 > <$&{addr_type}>",
	"R $+ <@ $+> <e s>\t$#smtp $@ $2 $: $1 @ $2",
};

static const char *const name_by_regex[] = {
	"R $+ <@ $+> <$*>\t$: $1 <@ $2> <$2 :NOTDONE:>",
	"R $+ <$+> <$+ . :NOTDONE:>\t$1 <$2> < $(domainmap_regex $3 $: $3 $) >",
	"R $+ <$+> <$+>\t$: $1 <$2> < $(dequote \"domain_\" $3 $) >",
};

static const char *const name_by_dequote[] = {
	"R $+ <@ $+> <$*>\t$: $1 <@ $2> <$2>",
	"R $+ <$+> <$+ . $+>\t$1 <$2> < $(dequote $3 \"_\" $4 $) >",
	"R $+ <$+> <$+ .>\t$: $1 <$2> < $(dequote \"domain_\" $3 $) >",
};

static const char *const lookup_tail[] = {
	"R $+ <$+> <$+>\t$: $1 <$2> <$3> $1",
	"R $+ <$+> <$+> $+ + $*\t$: $1 <$2> <$3> $4",
	"R $+ <$+> <$+> $+\t$: $1 <$2> $( $3 $4 $: <ERROR> $)",
	"R $+ <$+> <ERROR>\t$#error $@ 5.1.1 $: \"550 email address lookup in domain map failed\"",
	"R $+ <@ $+> $* <TEMP> $*\t$#dsmtp $@ localhost $: $1 @ $2",
	"R $+ + $* <$+> $+ @ $+\t$: $1 + $2 <$3> $4 + $2 @ $5",
	"R $+ <$+> $+\t$@ $>Recurse $3",
};

static void add_rules(struct emit_ctx *ctx, const char *const *rules, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		ctx_add_rule(ctx, RULESETS, NULL, "%s", rules[i]);
}

#define ADD_RULES(ctx, table) add_rules(ctx, table, sizeof(table) / sizeof(table[0]))

/* The rules every mapped domain shares. */
static void shared_rules(struct emit_ctx *ctx, int regex)
{
	ctx_add_rule(ctx, IR_SECTION_LOCAL_RULE_0, NULL,
		     "R$* $=O $* <@ $={MappedDomain} .>\t$@ $>Recurse $1 $2 $3");
	ctx_add_rule(ctx, IR_SECTION_LOCAL_RULE_0, NULL,
		     "R$+ <@ $={MappedDomain} .>\t$>DomainMapLookup $1 <@ $2 .>");
	ADD_RULES(ctx, lookup_head);
	if (regex) {
		ADD_RULES(ctx, name_by_regex);
		ctx_add_line(ctx, SEC_MAPS,
			     "K domainmap_regex regex -a.:NOTDONE: -s1,2 -d_ (.*)[-\\.]([^-\\.]*)$");
	} else {
		ADD_RULES(ctx, name_by_dequote);
	}
	ADD_RULES(ctx, lookup_tail);
}

int feature_domainmap_apply(struct emit_ctx *ctx, const struct ir_call *call)
{
	const char *domain = ctx_arg(call, 1);
	const char *spec = ctx_arg(call, 2);
	char *name, *p;

	if (domain[0] == '\0' || spec[0] == '\0') {
		ctx_error(ctx, DC_MC_ARGUMENT_COUNT, &call->pos, "FEATURE(`domainmap') needs a domain and a map spec");
		return -1;
	}
	if (!ctx_on(ctx, CF_DOMAINMAP)) {
		ctx->flag[CF_DOMAINMAP] = 1;
		shared_rules(ctx, ctx_define_at(ctx, "DOMAINMAP_NO_REGEX", call->define_epoch) == NULL);
	}
	/* the map is named after the domain, dots and dashes made '_' */
	name = xstrdup(domain);
	for (p = name; *p; p++)
		if (*p == '.' || *p == '-')
			*p = '_';
	ctx_add_line(ctx, SEC_MAPS, "C{MappedDomain} %s", domain);
	ctx_add_line(ctx, SEC_MAPS, "K domain_%s %s -T<TEMP>", name, spec);
	free(name);
	return 0;
}
