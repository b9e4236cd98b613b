/*
 * options.c - O lines.
 *
 * Every option the installed sendmail 8.17.1.9 knows is listed so that
 * unknown names and abbreviations get sendmail's messages; only the few
 * options that change what -bt prints have an effect here.
 */
#include <ctype.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "cf/config.h"
#include "engine/macro.h"
#include "engine/map.h"
#include "engine/progrun.h"
#include "engine/msg.h"
#include "engine/symtab.h"
#include "engine/token.h"

enum effect { NONE, HELPFILE, BLANKSUB, OPCHARS, DONTPROBE, MACRO_M, DELIVERY,
	MUSTQUOTE, COLONOK, DONTBLAME, QUEUEDIR, ALIASFILE, USER_AND_GROUP,
	TRUSTEDUSER, TIMEZONE };

struct option {
	const char *name;	/* NULL for letter-only options */
	char letter;		/* 0 for name-only options */
	enum effect effect;
};

static const struct option options[] = {
	{ "SevenBitInput", '7', NONE }, { "EightBitMode", '8', NONE },
	{ "AliasFile", 'A', ALIASFILE }, { "AliasWait", 'a', NONE },
	{ "BlankSub", 'B', BLANKSUB }, { "MinFreeBlocks", 'b', NONE },
	{ "CheckpointInterval", 'C', NONE }, { "HoldExpensive", 'c', NONE },
	{ "DeliveryMode", 'd', DELIVERY }, { "ErrorHeader", 'E', NONE },
	{ "ErrorMode", 'e', NONE }, { "TempFileMode", 'F', NONE },
	{ "SaveFromLine", 'f', NONE }, { "MatchGECOS", 'G', NONE },
	{ NULL, 'g', NONE }, { "HelpFile", 'H', HELPFILE },
	{ "MaxHopCount", 'h', NONE }, { "ResolverOptions", 'I', NONE },
	{ "IgnoreDots", 'i', NONE }, { "ForwardPath", 'J', NONE },
	{ "SendMimeErrors", 'j', NONE }, { "ConnectionCacheSize", 'k', NONE },
	{ "ConnectionCacheTimeout", 'K', NONE }, { "UseErrorsTo", 'l', NONE },
	{ "LogLevel", 'L', NONE }, { "MeToo", 'm', NONE },
	{ NULL, 'M', MACRO_M }, { "CheckAliases", 'n', NONE },
	{ "OldStyleHeaders", 'o', NONE }, { "DaemonPortOptions", 'O', NONE },
	{ "PrivacyOptions", 'p', NONE }, { "PostmasterCopy", 'P', NONE },
	{ "QueueFactor", 'q', NONE }, { "QueueDirectory", 'Q', QUEUEDIR },
	{ "DontPruneRoutes", 'R', NONE }, { "Timeout", 'r', NONE },
	{ "StatusFile", 'S', NONE }, { "SuperSafe", 's', NONE },
	{ "QueueTimeout", 'T', NONE }, { "TimeZoneSpec", 't', TIMEZONE },
	{ "UserDatabaseSpec", 'U', NONE }, { "DefaultUser", 'u', USER_AND_GROUP },
	{ "FallbackMXhost", 'V', NONE }, { "Verbose", 'v', NONE },
	{ "TryNullMXList", 'w', NONE }, { "QueueLA", 'x', NONE },
	{ "RefuseLA", 'X', NONE }, { "RecipientFactor", 'y', NONE },
	{ "ForkEachJob", 'Y', NONE }, { "ClassFactor", 'z', NONE },
	{ "RetryFactor", 'Z', NONE },
	{ "QueueSortOrder", 0, NONE }, { "HostsFile", 0, NONE },
	{ "MinQueueAge", 0, NONE }, { "DefaultCharSet", 0, NONE },
	{ "ServiceSwitchFile", 0, NONE }, { "DialDelay", 0, NONE },
	{ "NoRecipientAction", 0, NONE }, { "SafeFileEnvironment", 0, NONE },
	{ "MaxMessageSize", 0, NONE }, { "ColonOkInAddr", 0, COLONOK },
	{ "MaxQueueRunSize", 0, NONE }, { "MaxDaemonChildren", 0, NONE },
	{ "DontExpandCnames", 0, NONE }, { "MustQuoteChars", 0, MUSTQUOTE },
	{ "SmtpGreetingMessage", 0, NONE }, { "UnixFromLine", 0, NONE },
	{ "OperatorChars", 0, OPCHARS }, { "DontInitGroups", 0, NONE },
	{ "SingleLineFromHeader", 0, NONE }, { "AllowBogusHELO", 0, NONE },
	{ "ConnectionRateThrottle", 0, NONE }, { "UnsafeGroupWrites", 0, NONE },
	{ "DoubleBounceAddress", 0, NONE }, { "HostStatusDirectory", 0, NONE },
	{ "SingleThreadDelivery", 0, NONE }, { "RunAsUser", 0, USER_AND_GROUP },
	{ "RrtImpliesDsn", 0, NONE }, { "PidFile", 0, NONE },
	{ "DontBlameSendmail", 0, DONTBLAME }, { "DontProbeInterfaces", 0, DONTPROBE },
	{ "MaxRecipientsPerMessage", 0, NONE }, { "DeadLetterDrop", 0, NONE },
	{ "MaxAliasRecursion", 0, NONE }, { "ConnectOnlyTo", 0, NONE },
	{ "TrustedUser", 0, TRUSTEDUSER }, { "MaxMimeHeaderLength", 0, NONE },
	{ "ControlSocketName", 0, NONE }, { "MaxHeadersLength", 0, NONE },
	{ "ProcessTitlePrefix", 0, NONE }, { "DefaultAuthInfo", 0, NONE },
	{ "AuthMechanisms", 0, NONE }, { "ClientPortOptions", 0, NONE },
	{ "DataFileBufferSize", 0, NONE }, { "XscriptFileBufferSize", 0, NONE },
	{ "LDAPDefaultSpec", 0, NONE }, { "ServerCertFile", 0, NONE },
	{ "ServerKeyFile", 0, NONE }, { "ClientCertFile", 0, NONE },
	{ "ClientKeyFile", 0, NONE }, { "CACertFile", 0, NONE },
	{ "CACertPath", 0, NONE }, { "DHParameters", 0, NONE },
	{ "InputMailFilters", 0, NONE }, { "Milter", 0, NONE },
	{ "AuthOptions", 0, NONE }, { "QueueFileMode", 0, NONE },
	{ "CertFingerprintAlgorithm", 0, NONE }, { "CipherList", 0, NONE },
	{ "RandFile", 0, NONE }, { "TLSSrvOptions", 0, NONE },
	{ "BadRcptThrottle", 0, NONE }, { "DeliverByMin", 0, NONE },
	{ "MaxQueueChildren", 0, NONE }, { "MaxRunnersPerQueue", 0, NONE },
	{ "DirectSubmissionModifiers", 0, NONE }, { "NiceQueueRun", 0, NONE },
	{ "SharedMemoryKey", 0, NONE }, { "AuthMaxBits", 0, NONE },
	{ "MailboxDatabase", 0, NONE }, { "UseMSP", 0, NONE },
	{ "DelayLA", 0, NONE }, { "FastSplit", 0, NONE },
	{ "SoftBounce", 0, NONE }, { "SharedMemoryKeyFile", 0, NONE },
	{ "RejectLogInterval", 0, NONE }, { "RequiresDirfsync", 0, NONE },
	{ "ConnectionRateWindowSize", 0, NONE }, { "CRLFile", 0, NONE },
	{ "FallbackSmartHost", 0, NONE }, { "AuthRealm", 0, NONE },
	{ "CRLPath", 0, NONE }, { "HeloName", 0, NONE },
	{ "MaxNOOPCommands", 0, NONE }, { "BadRcptShutdown", 0, NONE },
	{ "BadRcptShutdownGood", 0, NONE }, { "ServerSSLOptions", 0, NONE },
	{ "ClientSSLOptions", 0, NONE }, { "MaxQueueAge", 0, NONE },
	{ "RejectNUL", 0, NONE }, { "SSLEngine", 0, NONE },
	{ "SSLEnginePath", 0, NONE }, { "TLSFallbacktoClear", 0, NONE },
	{ "SetCertAltnames", 0, NONE }, { "StrictTransportSecurity", 0, NONE },
	{ "CipherSuites", 0, NONE }, { "UseCompressedIPv6Addresses", 0, NONE },
};

#define NOPTIONS (sizeof options / sizeof options[0])

/* the value each option was last given (what smcf policy reads) */
static char *values[NOPTIONS];

const char *option_value(const char *name)
{
	for (size_t i = 0; i < NOPTIONS; i++)
		if (options[i].name != NULL && strcasecmp(options[i].name, name) == 0)
			return values[i];
	return NULL;
}

const char *option_long_name(int letter)
{
	for (size_t i = 0; letter != 0 && i < NOPTIONS; i++)
		if (options[i].letter == letter)
			return options[i].name;
	return NULL;
}

/* The option VAL names exactly or abbreviates (NULL: none); *OTHER is
 * set to a second option it abbreviates (then the name is ambiguous). */
static const struct option *match_name(const char *val, const struct option **other)
{
	const struct option *sel = NULL;
	size_t len = strlen(val);

	*other = NULL;
	for (size_t i = 0; len > 0 && i < NOPTIONS; i++) {
		const struct option *o = &options[i];

		if (o->name == NULL || strncasecmp(o->name, val, len) != 0)
			continue;
		if (strlen(o->name) == len)
			return o;
		if (sel != NULL) {
			/* as sendmail: the second abbreviation ends the search */
			*other = o;
			return sel;
		}
		sel = o;
	}
	return sel;
}

const char *option_canonical_name(const char *name)
{
	const struct option *other, *o = match_name(name, &other);

	return o != NULL && other == NULL ? o->name : NULL;
}

void option_values_free(void)
{
	for (size_t i = 0; i < NOPTIONS; i++) {
		free(values[i]);
		values[i] = NULL;
	}
}

/* Find the option named VAL (exact, or an unambiguous prefix). */
static const struct option *find_by_name(const char *val)
{
	const struct option *other, *sel = match_name(val, &other);

	if (other != NULL) {
		msg_syserr("readcf: ambiguous option name %s (matches %s and %s)",
			   val, sel->name, other->name);
		return NULL;
	}
	if (sel == NULL) {
		msg_syserr("readcf: unknown option name %s", val);
		return NULL;
	}
	if (strlen(sel->name) != strlen(val))
		msg_message("Option %s used as abbreviation for %s", val, sel->name);
	return sel;
}

static const struct option *find_by_letter(int letter)
{
	for (size_t i = 0; letter != 0 && i < NOPTIONS; i++)
		if (options[i].letter == letter)
			return &options[i];
	msg_syserr("readcf: unknown option name 0x%x", letter & 0xff);
	return NULL;
}

static int is_true(const char *v)
{
	return *v == '\0' || strchr("tTyY", *v) != NULL;
}

/* options given on the command line */
static const struct option *sticky[NOPTIONS];
static size_t nsticky;
static int setting_sticky;

static int is_sticky(const struct option *o)
{
	for (size_t i = 0; i < nsticky; i++)
		if (sticky[i] == o)
			return 1;
	return 0;
}

void option_set_sticky(char *value)
{
	setting_sticky = 1;
	option_set(' ', value);
	setting_sticky = 0;
}

/* Map classes an alias database may be kept in (the installed
 * sendmail's answer, class by class). */
static const char *const alias_classes[] = {
	"hash", "btree", "nis", "nisplus", "ldap", "text", "stab", "implicit",
	"program", "sequence", "switch", "null", "socket",
};
/* The other classes sendmail knows, which refuse aliases. */
static const char *const non_alias_classes[] = {
	"dns", "bestmx", "host", "user", "dequote", "regex", "userdb", "syslog",
	"macro", "arith", "arpa",
};

static int in_list(const char *word, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], word) == 0)
			return 1;
	return 0;
}

/*
 * AliasFile: a comma-separated list of alias databases, each "class:spec"
 * or a plain file (the implicit class).  As in sendmail each one becomes
 * a map named AliasN (N counts those declared so far, across AliasFile
 * options; the installed sendmail sets no limit we could reach), declared
 * as the cf is read, so that a class that
 * does not exist or cannot hold aliases, and what the class says of its
 * spec, are reported at the option's line.
 */
static void set_alias_files(char *val)
{
	char *p = val;

	while (p != NULL) {
		char *spec, *end, *class = "implicit", name[32], *full;
		int quoted = 0;

		while (isspace((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		/* the number counts the databases declared so far: one that
		 * fails leaves its number to the next */
		snprintf(name, sizeof name, "Alias%d", config.nalias_files);
		spec = p;
		end = strpbrk(p, " ,/:");
		if (end != NULL && *end == ':') {
			*end++ = '\0';
			class = spec;
			spec = end;
		}
		/* the spec runs to the next comma outside quotes */
		for (p = end; p != NULL && *p != '\0'; p++) {
			if (*p == '"')
				quoted = !quoted;
			else if (*p == ',' && !quoted)
				break;
		}
		if (p != NULL && *p == '\0')
			p = NULL;
		if (p != NULL)
			*p++ = '\0';
		if (in_list(class, alias_classes, sizeof alias_classes / sizeof alias_classes[0])) {
			if (config.maps != NULL) {
				full = xasprintf("%s %s", class, spec);
				if (maps_declare_role(config.maps, name, full, NULL, 0,
						      MAP_ROLE_ALIAS) == 0 &&
				    maps_valid(config.maps, name))
					config.nalias_files++;
				free(full);
			}
		} else if (in_list(class, non_alias_classes,
				   sizeof non_alias_classes / sizeof non_alias_classes[0]))
			msg_syserr("setalias: map class %s can't handle aliases", class);
		else
			msg_syserr("setalias: unknown alias class %s", class);
	}
}

/* What messages call option O: its letter when it has one. */
static const char *option_label(const struct option *o, char *buf)
{
	if (o->letter == 0)
		return o->name;
	buf[0] = o->letter;
	buf[1] = '\0';
	return buf;
}

/* A user name or number; NULL when the name is unknown.  *UID is set. */
static const char *user_known(const char *name, long *uid)
{
	struct passwd *pw;

	if (isdigit((unsigned char)*name)) {
		*uid = atol(name);
		return name;
	}
	if (*name == '\0' || (pw = getpwnam(name)) == NULL)
		return NULL;
	*uid = (long)pw->pw_uid;
	return name;
}

/*
 * "user", "user:group" or "user.group" (DefaultUser, RunAsUser): both
 * must exist, as sendmail checks when it reads the cf.  Nothing is looked
 * up when only the text is checked (cf_set_syntax_only).  DefaultUser is
 * who the cf's programs run as (engine/progrun.h), as sendmail takes it:
 * a name brings its group, a bare number keeps the group there was, and
 * an unknown user or group is -1 (a program then cannot be run).
 */
static void check_user_and_group(const struct option *o, const char *val)
{
	char label[2], *user = xstrdup(val), *group = user + strcspn(user, ":.");
	long uid = -1, gid = -1;
	int keep_gid = 0;

	if (*group != '\0')
		*group++ = '\0';
	if (!cf_is_syntax_only()) {
		struct passwd *pw = NULL;
		struct group *gr;

		if (isdigit((unsigned char)*user)) {
			uid = atol(user);
			keep_gid = 1;
		} else if (*user == '\0' || (pw = getpwnam(user)) == NULL)
			msg_syserr("readcf: option %s: unknown user %s", option_label(o, label), user);
		else
			uid = (long)pw->pw_uid, gid = (long)pw->pw_gid;
		if (*group != '\0') {
			keep_gid = 0;
			if (isdigit((unsigned char)*group))
				gid = atol(group);
			else if ((gr = getgrnam(group)) != NULL)
				gid = (long)gr->gr_gid;
			else {
				gid = -1;
				if (uid != -1)
					msg_syserr("readcf: option %s: unknown group %s",
						   option_label(o, label), group);
			}
		}
		if (o->letter == 'u')
			progrun_set_ids(uid, gid, keep_gid);
	}
	free(user);
}

/* TrustedUser: a user name or number; the maps trust what it owns. */
static void set_trusted_user(const struct option *o, const char *val)
{
	char label[2];
	long uid = -1;

	if (cf_is_syntax_only())
		return;
	if (user_known(val, &uid) == NULL) {
		msg_syserr("readcf: option %s: unknown user %s", option_label(o, label), val);
		uid = -1;
	}
	if (config.maps != NULL)
		maps_set_trusted_uid(config.maps, uid);
}

void option_set(int letter, char *val)
{
	const struct option *o;

	if (letter == ' ') {
		char *p = strchr(val, '='), *dot;

		if (p == NULL)
			p = val + strlen(val);
		while (p > val && p[-1] == ' ')
			p--;
		if (p == val) {
			msg_syserr("readcf: null option name");
			return;
		}
		{
			char *end = p;

			while (*p == ' ')
				p++;
			if (*p == '=')
				p++;
			*end = '\0';
		}
		while (*p == ' ')
			p++;
		dot = strchr(val, '.');
		if (dot != NULL)
			*dot = '\0';
		o = find_by_name(val);
		val = p;
	} else
		o = find_by_letter(letter);
	if (o == NULL)
		return;
	if (setting_sticky) {
		if (!is_sticky(o) && nsticky < NOPTIONS)
			sticky[nsticky++] = o;
	} else if (is_sticky(o))
		return;
	free(values[o - options]);
	values[o - options] = xstrdup(val);
	/* the map layer follows the options that concern it */
	if (o->name != NULL && config.maps != NULL)
		maps_set_option(config.maps, o->name, val);
	switch (o->effect) {
	case HELPFILE:
		free(config.helpfile);
		config.helpfile = xstrdup(*val ? val : "helpfile");
		break;
	case BLANKSUB:
		tok_set_blanksub(val[0]);
		break;
	case OPCHARS:
		/* already given, or already in use since a rule was read */
		if ((config.operators_set || tok_operators_fixed()) && cf_is_syntax_only())
			msg_message("Warning: OperatorChars is being redefined; "
				    "it should only be set before ruleset definitions");
		else if (config.operators_set || tok_operators_fixed())
			msg_plain("Warning: OperatorChars is being redefined.\n"
			       "         It should only be set before ruleset definitions.\n");
		config.operators_set = 1;
		{
			char buf[SM_MAXLINE];

			macro_expand(cf_munch(val, NULL, '\0'), buf, 50 - 9);
			tok_set_operators(buf);
		}
		break;
	case DONTPROBE:
		config.dont_probe_interfaces = is_true(val);
		break;
	case MACRO_M:
		if (val[0] != '\0')
			macro_set(val[0], val + 1);
		break;
	case DELIVERY: {
		char mode[2] = { val[0] ? val[0] : 'i', '\0' };

		macro_set(macro_id("{deliveryMode}"), mode);
		break;
	}
	case MUSTQUOTE:
		if (strlen(val) < 50 - 10) {
			free(config.must_quote);
			config.must_quote = xasprintf("@,;:\\()[]%s", val);
		} else
			msg_plain("Warning: MustQuoteChars too long, ignored.\n");
		break;
	case COLONOK:
		config.colon_ok = is_true(val);
		break;
	case DONTBLAME:
		free(config.dont_blame);
		config.dont_blame = xstrdup(val);
		break;
	case QUEUEDIR:
		config.queue_dir_set = *val != '\0';
		break;
	case ALIASFILE:
		set_alias_files(val);
		break;
	case USER_AND_GROUP:
		check_user_and_group(o, val);
		break;
	case TRUSTEDUSER:
		set_trusted_user(o, val);
		break;
	case TIMEZONE:
		progrun_set_tz(val);
		break;
	case NONE:
		break;
	}
}
