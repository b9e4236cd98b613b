/*
 * test_values.c - unit tests of the option table (compiler/options.c)
 * and the did-you-mean helper (lib/didyoumean.c).
 */
#include <stdio.h>
#include <string.h>

#include "didyoumean.h"
#include "compiler/options.h"

static int failures;

static void check(const char *name, int ok)
{
	printf("%s values %s\n", ok ? "PASS" : "FAIL", name);
	if (!ok)
		failures++;
}

/* Does the value of M4_NAME pass the type check? */
static int fits(const char *m4_name, const char *value)
{
	const struct smcf_option *opt = option_by_m4_name(m4_name);
	char why[256];

	return opt != NULL && option_check_value(opt, value, why, sizeof(why)) == 0;
}

static int suggests(const char *word, const char *const *names, size_t n, const char *want)
{
	struct dym d;
	size_t i;
	const char *best;

	dym_init(&d, word);
	for (i = 0; i < n; i++)
		dym_consider(&d, names[i]);
	best = dym_best(&d);
	return want ? (best && strcmp(best, want) == 0) : best == NULL;
}

int main(void)
{
	static const char *const names[] = { "mailertable", "masquerade_envelope", "nocanonify", "smtp", "local" };
	size_t i;
	int last = 0, ordered = 1;

	check("lookup by cf name", option_by_cf_name("AliasWait") == option_by_m4_name("confALIAS_WAIT"));
	for (i = 0; i < smcf_noptions; i++) {
		if (smcf_options[i].order == 0)
			continue;
		if (smcf_options[i].order <= last)
			ordered = 0;
		last = smcf_options[i].order;
	}
	check("O lines in cf order", ordered);
	check("integer ok", fits("confMAX_HOP", "25"));
	check("integer bad", !fits("confMAX_HOP", "25x"));
	check("size bad", !fits("confMAX_MESSAGE_SIZE", "10M"));
	check("duration chained", fits("confTO_QUEUEWARN", "1h30m"));
	check("duration bad", !fits("confTO_QUEUEWARN", "4 hours"));
	check("boolean ok", fits("confCHECK_ALIASES", "True"));
	check("boolean bad", !fits("confCHECK_ALIASES", "maybe"));
	check("enum by first letter", fits("confDELIVERY_MODE", "b"));
	check("enum bad", !fits("confDELIVERY_MODE", "xyz"));
	check("enum exact", fits("confNO_RCPT_ACTION", "add-to"));
	check("flag words ok", fits("confPRIVACY_FLAGS", "goaway, noexpn"));
	check("flag words bad", !fits("confPRIVACY_FLAGS", "goaway,nosuch"));
	check("flag chars bad", !fits("confAUTH_OPTIONS", "A,Q"));
	check("octal bad", !fits("confTEMP_FILE_MODE", "0689"));
	check("empty number ok", fits("confMAX_HOP", "") && fits("confTO_QUEUEWARN", ""));
	check("empty fixed word passes", fits("confNO_RCPT_ACTION", ""));
	check("known non-option define", mc_define_known("SMART_HOST"));
	check("unknown define", !mc_define_known("confNO_SUCH_THING"));

	check("dym transposition", dym_distance("mialertable", "mailertable") == 1);
	check("dym suggests", suggests("mailertabel", names, 5, "mailertable"));
	check("dym case-insensitive", dym_distance("SMTP", "smtp") == 0);
	check("dym nothing close", suggests("frobnicate", names, 5, NULL));
	printf("%d failed\n", failures);
	return failures ? 1 : 0;
}
