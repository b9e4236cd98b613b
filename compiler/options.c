/*
 * options.c - the table of option defines and their value checks (see
 * options.h).  The rows were derived from reference/conf_options.tsv;
 * the order of the O lines is the order the reference writes them.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compiler/options.h"
#include "version.h"

/* m4 name, kind, cf name, type, allowed values, active by default,
 * default value, unit of a bare number, binary accepts it, cf rank */
const struct smcf_option smcf_options[] = {
	{ "confDONT_BLAME_SENDMAIL", OPT_KIND_OPTION, "DontBlameSendmail", OPT_FLAG_WORDS, "safe,assumesafechown,groupwritabledirpathsafe,groupwritableforwardfilesafe,groupwritableincludefilesafe,groupwritablealiasfile,worldwritablealiasfile,forwardfileinunsafedirpath,includefileinunsafedirpath,mapinunsafedirpath,linkedaliasfileinwritabledir,linkedclassfileinwritabledir,linkedforwardfileinwritabledir,linkedincludefileinwritabledir,linkedmapinwritabledir,linkedserviceswitchfileinwritabledir,filedeliverytohardlink,filedeliverytosymlink,writemaptohardlink,writemaptosymlink,writestatstohardlink,writestatstosymlink,forwardfileingroupwritabledirpath,includefileingroupwritabledirpath,classfileinunsafedirpath,errorheaderinunsafedirpath,helpfileinunsafedirpath,forwardfileinunsafedirpathsafe,includefileinunsafedirpathsafe,runprograminunsafedirpath,runwritableprogram,nonrootsafeaddr,truststickybit,dontwarnforwardfileinunsafedirpath,insufficiententropy,groupreadablesasldbfile,groupwritablesasldbfile,groupwritableforwardfile,groupwritableincludefile,worldwritableforwardfile,worldwritableincludefile,groupreadablekeyfile,groupreadabledefaultauthinfofile", 0, "safe", NULL, 1, 1 },
	{ "confLDAP_DEFAULT_SPEC", OPT_KIND_OPTION, "LDAPDefaultSpec", OPT_STRING, NULL, 0, "-h localhost", NULL, 1, 2 },
	{ "confSEVEN_BIT_INPUT", OPT_KIND_OPTION, "SevenBitInput", OPT_BOOLEAN, NULL, 1, "False", NULL, 1, 3 },
	{ "confEIGHT_BIT_HANDLING", OPT_KIND_OPTION, "EightBitMode", OPT_ENUM_LETTER, "pass8,mime8,strict", 0, "pass8", NULL, 1, 4 },
	{ "confALIAS_WAIT", OPT_KIND_OPTION, "AliasWait", OPT_DURATION, NULL, 1, "10", "m", 1, 5 },
	{ "ALIAS_FILE", OPT_KIND_OPTION, "AliasFile", OPT_STRING, NULL, 1, "/etc/mail/aliases", NULL, 1, 6 },
	{ "confMIN_FREE_BLOCKS", OPT_KIND_OPTION, "MinFreeBlocks", OPT_INTEGER_PAIR, NULL, 1, "100", NULL, 1, 7 },
	{ "confMAX_MESSAGE_SIZE", OPT_KIND_OPTION, "MaxMessageSize", OPT_SIZE, NULL, 0, "0", NULL, 1, 8 },
	{ "confBLANK_SUB", OPT_KIND_OPTION, "BlankSub", OPT_CHAR, NULL, 1, ".", NULL, 1, 9 },
	{ "confCON_EXPENSIVE", OPT_KIND_OPTION, "HoldExpensive", OPT_BOOLEAN, NULL, 1, "False", NULL, 1, 10 },
	{ "confCHECKPOINT_INTERVAL", OPT_KIND_OPTION, "CheckpointInterval", OPT_INTEGER, NULL, 0, "10", NULL, 1, 11 },
	{ "confDELIVERY_MODE", OPT_KIND_OPTION, "DeliveryMode", OPT_ENUM_LETTER, "interactive,background,queueonly,deferred", 1, "background", NULL, 1, 12 },
	{ "confERROR_MESSAGE", OPT_KIND_OPTION, "ErrorHeader", OPT_STRING, NULL, 0, "/etc/mail/error-header", NULL, 1, 13 },
	{ "confERROR_MODE", OPT_KIND_OPTION, "ErrorMode", OPT_ENUM_LETTER, "print,quiet,mail,write,berknet-exit-zero", 0, "print", NULL, 1, 14 },
	{ "confSAVE_FROM_LINES", OPT_KIND_OPTION, "SaveFromLine", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 15 },
	{ "confQUEUE_FILE_MODE", OPT_KIND_OPTION, "QueueFileMode", OPT_OCTAL, NULL, 0, "0600", NULL, 1, 16 },
	{ "confTEMP_FILE_MODE", OPT_KIND_OPTION, "TempFileMode", OPT_OCTAL, NULL, 1, "0600", NULL, 1, 17 },
	{ "confMATCH_GECOS", OPT_KIND_OPTION, "MatchGECOS", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 18 },
	{ "confMAX_HOP", OPT_KIND_OPTION, "MaxHopCount", OPT_INTEGER, NULL, 0, "25", NULL, 1, 19 },
	{ "HELP_FILE", OPT_KIND_OPTION, "HelpFile", OPT_STRING, NULL, 1, "/etc/mail/helpfile", NULL, 1, 20 },
	{ "confIGNORE_DOTS", OPT_KIND_OPTION, "IgnoreDots", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 21 },
	{ "confBIND_OPTS", OPT_KIND_OPTION, "ResolverOptions", OPT_FLAG_WORDS, "debug,aaonly,usevc,primary,igntc,recurse,defnames,stayopen,dnsrch,use_inet6,use_edns0,use_dnssec,trustad,HasWildcardMX,WorkAroundBrokenAAAA", 0, "+AAONLY", NULL, 1, 22 },
	{ "confMIME_FORMAT_ERRORS", OPT_KIND_OPTION, "SendMimeErrors", OPT_BOOLEAN, NULL, 1, "True", NULL, 1, 23 },
	{ "confFORWARD_PATH", OPT_KIND_OPTION, "ForwardPath", OPT_STRING, NULL, 1, "$z/.forward.$w:$z/.forward", NULL, 1, 24 },
	{ "confMCI_CACHE_SIZE", OPT_KIND_OPTION, "ConnectionCacheSize", OPT_INTEGER, NULL, 1, "2", NULL, 1, 25 },
	{ "confMCI_CACHE_TIMEOUT", OPT_KIND_OPTION, "ConnectionCacheTimeout", OPT_DURATION, NULL, 1, "5m", "m", 1, 26 },
	{ "confHOST_STATUS_DIRECTORY", OPT_KIND_OPTION, "HostStatusDirectory", OPT_STRING, NULL, 0, ".hoststat", NULL, 1, 27 },
	{ "confSINGLE_THREAD_DELIVERY", OPT_KIND_OPTION, "SingleThreadDelivery", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 28 },
	{ "confUSE_ERRORS_TO", OPT_KIND_OPTION, "UseErrorsTo", OPT_BOOLEAN, NULL, 1, "False", NULL, 1, 29 },
	{ "confUSE_COMPRESSED_IPV6_ADDRESSES", OPT_KIND_OPTION, "UseCompressedIPv6Addresses", OPT_BOOLEAN, NULL, 0, NULL, NULL, 1, 30 },
	{ "confLOG_LEVEL", OPT_KIND_OPTION, "LogLevel", OPT_INTEGER, NULL, 1, "9", NULL, 1, 31 },
	{ "confME_TOO", OPT_KIND_OPTION, "MeToo", OPT_BOOLEAN, NULL, 0, "True", NULL, 1, 32 },
	{ "confCHECK_ALIASES", OPT_KIND_OPTION, "CheckAliases", OPT_BOOLEAN, NULL, 1, "False", NULL, 1, 33 },
	{ "confOLD_STYLE_HEADERS", OPT_KIND_OPTION, "OldStyleHeaders", OPT_BOOLEAN, NULL, 1, "True", NULL, 1, 34 },
	{ "confDIRECT_SUBMISSION_MODIFIERS", OPT_KIND_OPTION, "DirectSubmissionModifiers", OPT_STRING, NULL, 0, NULL, NULL, 1, 35 },
	{ "confUSE_MSP", OPT_KIND_OPTION, "UseMSP", OPT_BOOLEAN, NULL, 0, NULL, NULL, 1, 36 },
	{ "confPRIVACY_FLAGS", OPT_KIND_OPTION, "PrivacyOptions", OPT_FLAG_WORDS, "public,needmailhelo,needexpnhelo,needvrfyhelo,noexpn,novrfy,restrictexpand,restrictmailq,restrictqrun,noetrn,noverb,authwarnings,noreceipts,nobodyreturn,goaway,noactualrecipient", 1, "authwarnings", NULL, 1, 37 },
	{ "confCOPY_ERRORS_TO", OPT_KIND_OPTION, "PostmasterCopy", OPT_STRING, NULL, 0, "Postmaster", NULL, 1, 38 },
	{ "confQUEUE_FACTOR", OPT_KIND_OPTION, "QueueFactor", OPT_INTEGER, NULL, 0, "600000", NULL, 1, 39 },
	{ "confMAX_QUEUE_CHILDREN", OPT_KIND_OPTION, "MaxQueueChildren", OPT_INTEGER, NULL, 0, NULL, NULL, 1, 40 },
	{ "confMAX_RUNNERS_PER_QUEUE", OPT_KIND_OPTION, "MaxRunnersPerQueue", OPT_INTEGER, NULL, 0, "1", NULL, 1, 41 },
	{ "confNICE_QUEUE_RUN", OPT_KIND_OPTION, "NiceQueueRun", OPT_INTEGER, NULL, 0, NULL, NULL, 1, 42 },
	{ "confQUEUE_SORT_ORDER", OPT_KIND_OPTION, "QueueSortOrder", OPT_ENUM_LETTER, "priority,host,filename,time,random,modification,none,shuffle", 0, "priority", NULL, 1, 43 },
	{ "confMIN_QUEUE_AGE", OPT_KIND_OPTION, "MinQueueAge", OPT_DURATION, NULL, 0, "30m", "m", 1, 44 },
	{ "confMAX_QUEUE_AGE", OPT_KIND_OPTION, "MaxQueueAge", OPT_DURATION, NULL, 0, NULL, "m", 1, 45 },
	{ "confMAX_QUEUE_RUN_SIZE", OPT_KIND_OPTION, "MaxQueueRunSize", OPT_INTEGER, NULL, 0, "0", NULL, 1, 46 },
	{ "confFAST_SPLIT", OPT_KIND_OPTION, "FastSplit", OPT_INTEGER, NULL, 0, "1", NULL, 1, 47 },
	{ "QUEUE_DIR", OPT_KIND_OPTION, "QueueDirectory", OPT_STRING, NULL, 1, "/var/spool/mqueue", NULL, 1, 48 },
	{ "confSHARED_MEMORY_KEY", OPT_KIND_OPTION, "SharedMemoryKey", OPT_INTEGER, NULL, 0, "0", NULL, 1, 49 },
	{ "confSHARED_MEMORY_KEY_FILE", OPT_KIND_OPTION, "SharedMemoryKeyFile", OPT_STRING, NULL, 0, NULL, NULL, 1, 50 },
	{ "confTO_INITIAL", OPT_KIND_OPTION, "Timeout.initial", OPT_DURATION, NULL, 0, "5m", "m", 1, 51 },
	{ "confTO_CONNECT", OPT_KIND_OPTION, "Timeout.connect", OPT_DURATION, NULL, 0, "5m", "m", 1, 52 },
	{ "confTO_ACONNECT", OPT_KIND_OPTION, "Timeout.aconnect", OPT_DURATION, NULL, 0, "0s", "m", 1, 53 },
	{ "confTO_ICONNECT", OPT_KIND_OPTION, "Timeout.iconnect", OPT_DURATION, NULL, 0, "5m", "m", 1, 54 },
	{ "confTO_HELO", OPT_KIND_OPTION, "Timeout.helo", OPT_DURATION, NULL, 0, "5m", "m", 1, 55 },
	{ "confTO_MAIL", OPT_KIND_OPTION, "Timeout.mail", OPT_DURATION, NULL, 0, "10m", "m", 1, 56 },
	{ "confTO_RCPT", OPT_KIND_OPTION, "Timeout.rcpt", OPT_DURATION, NULL, 0, "1h", "m", 1, 57 },
	{ "confTO_DATAINIT", OPT_KIND_OPTION, "Timeout.datainit", OPT_DURATION, NULL, 0, "5m", "m", 1, 58 },
	{ "confTO_DATABLOCK", OPT_KIND_OPTION, "Timeout.datablock", OPT_DURATION, NULL, 0, "1h", "m", 1, 59 },
	{ "confTO_DATAFINAL", OPT_KIND_OPTION, "Timeout.datafinal", OPT_DURATION, NULL, 0, "1h", "m", 1, 60 },
	{ "confTO_RSET", OPT_KIND_OPTION, "Timeout.rset", OPT_DURATION, NULL, 0, "5m", "m", 1, 61 },
	{ "confTO_QUIT", OPT_KIND_OPTION, "Timeout.quit", OPT_DURATION, NULL, 0, "2m", "m", 1, 62 },
	{ "confTO_MISC", OPT_KIND_OPTION, "Timeout.misc", OPT_DURATION, NULL, 0, "2m", "m", 1, 63 },
	{ "confTO_COMMAND", OPT_KIND_OPTION, "Timeout.command", OPT_DURATION, NULL, 0, "1h", "m", 1, 64 },
	{ "confTO_IDENT", OPT_KIND_OPTION, "Timeout.ident", OPT_DURATION, NULL, 0, "5s", "m", 1, 65 },
	{ "confTO_FILEOPEN", OPT_KIND_OPTION, "Timeout.fileopen", OPT_DURATION, NULL, 0, "60s", "m", 1, 66 },
	{ "confTO_CONTROL", OPT_KIND_OPTION, "Timeout.control", OPT_DURATION, NULL, 0, "2m", "m", 1, 67 },
	{ "confTO_QUEUERETURN", OPT_KIND_OPTION, "Timeout.queuereturn", OPT_DURATION, NULL, 1, "5d", "d", 1, 68 },
	{ "confTO_QUEUERETURN_NORMAL", OPT_KIND_OPTION, "Timeout.queuereturn.normal", OPT_DURATION, NULL, 0, "5d", "d", 1, 69 },
	{ "confTO_QUEUERETURN_URGENT", OPT_KIND_OPTION, "Timeout.queuereturn.urgent", OPT_DURATION, NULL, 0, "2d", "d", 1, 70 },
	{ "confTO_QUEUERETURN_NONURGENT", OPT_KIND_OPTION, "Timeout.queuereturn.non-urgent", OPT_DURATION, NULL, 0, "7d", "d", 1, 71 },
	{ "confTO_QUEUERETURN_DSN", OPT_KIND_OPTION, "Timeout.queuereturn.dsn", OPT_DURATION, NULL, 0, "5d", "d", 1, 72 },
	{ "confTO_QUEUEWARN", OPT_KIND_OPTION, "Timeout.queuewarn", OPT_DURATION, NULL, 1, "4h", "h", 1, 73 },
	{ "confTO_QUEUEWARN_NORMAL", OPT_KIND_OPTION, "Timeout.queuewarn.normal", OPT_DURATION, NULL, 0, "4h", "h", 1, 74 },
	{ "confTO_QUEUEWARN_URGENT", OPT_KIND_OPTION, "Timeout.queuewarn.urgent", OPT_DURATION, NULL, 0, "1h", "h", 1, 75 },
	{ "confTO_QUEUEWARN_NONURGENT", OPT_KIND_OPTION, "Timeout.queuewarn.non-urgent", OPT_DURATION, NULL, 0, "12h", "h", 1, 76 },
	{ "confTO_QUEUEWARN_DSN", OPT_KIND_OPTION, "Timeout.queuewarn.dsn", OPT_DURATION, NULL, 0, "4h", "h", 1, 77 },
	{ "confTO_HOSTSTATUS", OPT_KIND_OPTION, "Timeout.hoststatus", OPT_DURATION, NULL, 0, "30m", "m", 1, 78 },
	{ "confTO_RESOLVER_RETRANS", OPT_KIND_OPTION, "Timeout.resolver.retrans", OPT_DURATION, NULL, 0, "5s", "s", 1, 79 },
	{ "confTO_RESOLVER_RETRANS_FIRST", OPT_KIND_OPTION, "Timeout.resolver.retrans.first", OPT_DURATION, NULL, 0, "5s", "s", 1, 80 },
	{ "confTO_RESOLVER_RETRANS_NORMAL", OPT_KIND_OPTION, "Timeout.resolver.retrans.normal", OPT_DURATION, NULL, 0, "5s", "s", 1, 81 },
	{ "confTO_RESOLVER_RETRY", OPT_KIND_OPTION, "Timeout.resolver.retry", OPT_INTEGER, NULL, 0, "4", NULL, 1, 82 },
	{ "confTO_RESOLVER_RETRY_FIRST", OPT_KIND_OPTION, "Timeout.resolver.retry.first", OPT_INTEGER, NULL, 0, "4", NULL, 1, 83 },
	{ "confTO_RESOLVER_RETRY_NORMAL", OPT_KIND_OPTION, "Timeout.resolver.retry.normal", OPT_INTEGER, NULL, 0, "4", NULL, 1, 84 },
	{ "confTO_LHLO", OPT_KIND_OPTION, "Timeout.lhlo", OPT_DURATION, NULL, 0, "2m", "m", 1, 85 },
	{ "confTO_AUTH", OPT_KIND_OPTION, "Timeout.auth", OPT_DURATION, NULL, 0, "10m", "m", 1, 86 },
	{ "confTO_STARTTLS", OPT_KIND_OPTION, "Timeout.starttls", OPT_DURATION, NULL, 0, "1h", "m", 1, 87 },
	{ "confDELIVER_BY_MIN", OPT_KIND_OPTION, "DeliverByMin", OPT_DURATION, NULL, 0, "0", "s", 1, 88 },
	{ "confDONT_PRUNE_ROUTES", OPT_KIND_OPTION, "DontPruneRoutes", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 89 },
	{ "confSAFE_QUEUE", OPT_KIND_OPTION, "SuperSafe", OPT_ENUM_LETTER, "interactive,postmilter,true,false,yes,no", 1, "True", NULL, 1, 90 },
	{ "STATUS_FILE", OPT_KIND_OPTION, "StatusFile", OPT_STRING, NULL, 0, NULL, NULL, 1, 91 },
	{ "confTIME_ZONE", OPT_KIND_OPTION, "TimeZoneSpec", OPT_STRING, NULL, 0, "", NULL, 1, 92 },
	{ "confDEF_USER_ID", OPT_KIND_OPTION, "DefaultUser", OPT_STRING, NULL, 0, "mailnull", NULL, 1, 93 },
	{ "confUSERDB_SPEC", OPT_KIND_OPTION, "UserDatabaseSpec", OPT_STRING, NULL, 0, "/etc/mail/userdb", NULL, 1, 94 },
	{ "confFALLBACK_MX", OPT_KIND_OPTION, "FallbackMXhost", OPT_STRING, NULL, 0, "fall.back.host.net", NULL, 1, 95 },
	{ "confFALLBACK_SMARTHOST", OPT_KIND_OPTION, "FallbackSmartHost", OPT_STRING, NULL, 0, "fall.back.host.net", NULL, 1, 96 },
	{ "confTRY_NULL_MX_LIST", OPT_KIND_OPTION, "TryNullMXList", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 97 },
	{ "confQUEUE_LA", OPT_KIND_OPTION, "QueueLA", OPT_INTEGER, NULL, 0, "8", NULL, 1, 98 },
	{ "confREFUSE_LA", OPT_KIND_OPTION, "RefuseLA", OPT_INTEGER, NULL, 0, "12", NULL, 1, 99 },
	{ "confREJECT_LOG_INTERVAL", OPT_KIND_OPTION, "RejectLogInterval", OPT_DURATION, NULL, 0, "3h", "h", 1, 100 },
	{ "confDELAY_LA", OPT_KIND_OPTION, "DelayLA", OPT_INTEGER, NULL, 0, "0", NULL, 1, 101 },
	{ "confMAX_DAEMON_CHILDREN", OPT_KIND_OPTION, "MaxDaemonChildren", OPT_INTEGER, NULL, 0, "0", NULL, 1, 102 },
	{ "confCONNECTION_RATE_THROTTLE", OPT_KIND_OPTION, "ConnectionRateThrottle", OPT_INTEGER, NULL, 0, "0", NULL, 1, 103 },
	{ "confCONNECTION_RATE_WINDOW_SIZE", OPT_KIND_OPTION, "ConnectionRateWindowSize", OPT_DURATION, NULL, 0, "60s", "s", 1, 104 },
	{ "confWORK_RECIPIENT_FACTOR", OPT_KIND_OPTION, "RecipientFactor", OPT_INTEGER, NULL, 0, "30000", NULL, 1, 105 },
	{ "confSEPARATE_PROC", OPT_KIND_OPTION, "ForkEachJob", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 106 },
	{ "confWORK_CLASS_FACTOR", OPT_KIND_OPTION, "ClassFactor", OPT_INTEGER, NULL, 0, "1800", NULL, 1, 107 },
	{ "confWORK_TIME_FACTOR", OPT_KIND_OPTION, "RetryFactor", OPT_INTEGER, NULL, 0, "90000", NULL, 1, 108 },
	{ "confDEF_CHAR_SET", OPT_KIND_OPTION, "DefaultCharSet", OPT_STRING, NULL, 0, "unknown-8bit", NULL, 1, 109 },
	{ "confSERVICE_SWITCH_FILE", OPT_KIND_OPTION, "ServiceSwitchFile", OPT_STRING, NULL, 0, "/etc/mail/service.switch", NULL, 1, 110 },
	{ "confHOSTS_FILE", OPT_KIND_OPTION, "HostsFile", OPT_STRING, NULL, 0, "/etc/hosts", NULL, 1, 111 },
	{ "confDIAL_DELAY", OPT_KIND_OPTION, "DialDelay", OPT_DURATION, NULL, 0, "0s", "s", 1, 112 },
	{ "confNO_RCPT_ACTION", OPT_KIND_OPTION, "NoRecipientAction", OPT_ENUM, "none,add-to,add-apparently-to,add-bcc,add-to-undisclosed", 0, "none", NULL, 1, 113 },
	{ "confSAFE_FILE_ENV", OPT_KIND_OPTION, "SafeFileEnvironment", OPT_STRING, NULL, 0, NULL, NULL, 1, 114 },
	{ "confCOLON_OK_IN_ADDR", OPT_KIND_OPTION, "ColonOkInAddr", OPT_BOOLEAN, NULL, 0, "True", NULL, 1, 115 },
	{ "confDONT_EXPAND_CNAMES", OPT_KIND_OPTION, "DontExpandCnames", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 116 },
	{ "confSMTP_LOGIN_MSG", OPT_KIND_OPTION, "SmtpGreetingMessage", OPT_STRING, NULL, 1, "$j Sendmail $v/$Z; $b", NULL, 1, 117 },
	{ "confFROM_LINE", OPT_KIND_OPTION, "UnixFromLine", OPT_STRING, NULL, 1, "From $g $d", NULL, 1, 118 },
	{ "confSINGLE_LINE_FROM_HEADER", OPT_KIND_OPTION, "SingleLineFromHeader", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 119 },
	{ "confALLOW_BOGUS_HELO", OPT_KIND_OPTION, "AllowBogusHELO", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 120 },
	{ "confMUST_QUOTE_CHARS", OPT_KIND_OPTION, "MustQuoteChars", OPT_STRING, NULL, 0, ".", NULL, 1, 121 },
	{ "confOPERATORS", OPT_KIND_OPTION, "OperatorChars", OPT_STRING, NULL, 1, ".:%@!^/[]+", NULL, 1, 122 },
	{ "confDONT_INIT_GROUPS", OPT_KIND_OPTION, "DontInitGroups", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 123 },
	{ "confUNSAFE_GROUP_WRITES", OPT_KIND_OPTION, "UnsafeGroupWrites", OPT_BOOLEAN, NULL, 0, "True", NULL, 1, 124 },
	{ "confDOUBLE_BOUNCE_ADDRESS", OPT_KIND_OPTION, "DoubleBounceAddress", OPT_STRING, NULL, 0, "postmaster", NULL, 1, 125 },
	{ "confSOFT_BOUNCE", OPT_KIND_OPTION, "SoftBounce", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 126 },
	{ "confDEAD_LETTER_DROP", OPT_KIND_OPTION, "DeadLetterDrop", OPT_STRING, NULL, 0, "/var/tmp/dead.letter", NULL, 1, 127 },
	{ "confRUN_AS_USER", OPT_KIND_OPTION, "RunAsUser", OPT_STRING, NULL, 0, "sendmail", NULL, 1, 128 },
	{ "confMAX_RCPTS_PER_MESSAGE", OPT_KIND_OPTION, "MaxRecipientsPerMessage", OPT_INTEGER, NULL, 0, "0", NULL, 1, 129 },
	{ "confBAD_RCPT_THROTTLE", OPT_KIND_OPTION, "BadRcptThrottle", OPT_INTEGER, NULL, 0, "0", NULL, 1, 130 },
	{ "confDONT_PROBE_INTERFACES", OPT_KIND_OPTION, "DontProbeInterfaces", OPT_ENUM_OR_BOOL, "True,False,loopback", 0, "False", NULL, 1, 131 },
	{ "confRRT_IMPLIES_DSN", OPT_KIND_OPTION, "RrtImpliesDsn", OPT_BOOLEAN, NULL, 0, "False", NULL, 1, 132 },
	{ "confCONNECT_ONLY_TO", OPT_KIND_OPTION, "ConnectOnlyTo", OPT_STRING, NULL, 0, "0.0.0.0", NULL, 1, 133 },
	{ "confTRUSTED_USER", OPT_KIND_OPTION, "TrustedUser", OPT_STRING, NULL, 0, "root", NULL, 1, 134 },
	{ "confCONTROL_SOCKET_NAME", OPT_KIND_OPTION, "ControlSocketName", OPT_STRING, NULL, 0, "/var/spool/mqueue/.control", NULL, 1, 135 },
	{ "confMAX_MIME_HEADER_LENGTH", OPT_KIND_OPTION, "MaxMimeHeaderLength", OPT_INTEGER_PAIR, NULL, 0, "0/0", NULL, 1, 136 },
	{ "confMAX_HEADERS_LENGTH", OPT_KIND_OPTION, "MaxHeadersLength", OPT_SIZE, NULL, 0, "32768", NULL, 1, 137 },
	{ "confMAX_ALIAS_RECURSION", OPT_KIND_OPTION, "MaxAliasRecursion", OPT_INTEGER, NULL, 0, "10", NULL, 1, 138 },
	{ "confPID_FILE", OPT_KIND_OPTION, "PidFile", OPT_STRING, NULL, 0, "/var/run/sendmail.pid", NULL, 1, 139 },
	{ "confPROCESS_TITLE_PREFIX", OPT_KIND_OPTION, "ProcessTitlePrefix", OPT_STRING, NULL, 0, "prefix", NULL, 1, 140 },
	{ "confDF_BUFFER_SIZE", OPT_KIND_OPTION, "DataFileBufferSize", OPT_SIZE, NULL, 0, "4096", NULL, 1, 141 },
	{ "confXF_BUFFER_SIZE", OPT_KIND_OPTION, "XscriptFileBufferSize", OPT_SIZE, NULL, 0, "4096", NULL, 1, 142 },
	{ "confMAILBOX_DATABASE", OPT_KIND_OPTION, "MailboxDatabase", OPT_ENUM, "pw,ldap", 0, "pw", NULL, 1, 143 },
	{ "confREQUIRES_DIR_FSYNC", OPT_KIND_OPTION, "RequiresDirfsync", OPT_BOOLEAN, NULL, 0, "true", NULL, 1, 144 },
	{ "confAUTH_MECHANISMS", OPT_KIND_OPTION, "AuthMechanisms", OPT_STRING, NULL, 0, "EXTERNAL GSSAPI KERBEROS_V4 DIGEST-MD5 CRAM-MD5", NULL, 1, 145 },
	{ "confAUTH_REALM", OPT_KIND_OPTION, "AuthRealm", OPT_STRING, NULL, 0, NULL, NULL, 1, 146 },
	{ "confDEF_AUTH_INFO", OPT_KIND_OPTION, "DefaultAuthInfo", OPT_STRING, NULL, 0, "/etc/mail/default-auth-info", NULL, 1, 147 },
	{ "confAUTH_OPTIONS", OPT_KIND_OPTION, "AuthOptions", OPT_FLAG_CHARS, "A,a,c,d,f,m,p,y", 0, NULL, NULL, 1, 148 },
	{ "confAUTH_MAX_BITS", OPT_KIND_OPTION, "AuthMaxBits", OPT_INTEGER, NULL, 0, NULL, NULL, 1, 149 },
	{ "confTLS_SRV_OPTIONS", OPT_KIND_OPTION, "TLSSrvOptions", OPT_FLAG_CHARS, "V,C", 0, NULL, NULL, 1, 150 },
	{ "confCIPHER_LIST", OPT_KIND_OPTION, "CipherList", OPT_STRING, NULL, 0, NULL, NULL, 1, 151 },
	{ "confSERVER_SSL_OPTIONS", OPT_KIND_OPTION, "ServerSSLOptions", OPT_STRING, NULL, 0, NULL, NULL, 1, 152 },
	{ "confCLIENT_SSL_OPTIONS", OPT_KIND_OPTION, "ClientSSLOptions", OPT_STRING, NULL, 0, NULL, NULL, 1, 153 },
	{ "confSSL_ENGINE", OPT_KIND_OPTION, "SSLEngine", OPT_STRING, NULL, 0, NULL, NULL, 1, 154 },
	{ "confSSL_ENGINE_PATH", OPT_KIND_OPTION, "SSLEnginePath", OPT_STRING, NULL, 0, NULL, NULL, 1, 155 },
	{ "confTLS_FALLBACK_TO_CLEAR", OPT_KIND_OPTION, "TLSFallbacktoClear", OPT_BOOLEAN, NULL, 0, NULL, NULL, 1, 156 },
	{ "confINPUT_MAIL_FILTERS", OPT_KIND_OPTION, "InputMailFilters", OPT_STRING, NULL, 1, "f1", NULL, 1, 157 },
	{ "confMILTER_LOG_LEVEL", OPT_KIND_OPTION, "Milter.LogLevel", OPT_INTEGER, NULL, 0, NULL, NULL, 1, 158 },
	{ "confMILTER_MACROS_CONNECT", OPT_KIND_OPTION, "Milter.macros.connect", OPT_STRING, NULL, 1, "j, _, {daemon_name}, {if_name}, {if_addr}", NULL, 1, 159 },
	{ "confMILTER_MACROS_HELO", OPT_KIND_OPTION, "Milter.macros.helo", OPT_STRING, NULL, 1, "{tls_version}, {cipher}, {cipher_bits}, {cert_subject}, {cert_issuer}", NULL, 1, 160 },
	{ "confMILTER_MACROS_ENVFROM", OPT_KIND_OPTION, "Milter.macros.envfrom", OPT_STRING, NULL, 1, "i, {auth_type}, {auth_authen}, {auth_ssf}, {auth_author}, {mail_mailer}, {mail_host}, {mail_addr}", NULL, 1, 161 },
	{ "confMILTER_MACROS_ENVRCPT", OPT_KIND_OPTION, "Milter.macros.envrcpt", OPT_STRING, NULL, 1, "{rcpt_mailer}, {rcpt_host}, {rcpt_addr}", NULL, 1, 162 },
	{ "confMILTER_MACROS_EOM", OPT_KIND_OPTION, "Milter.macros.eom", OPT_STRING, NULL, 1, "{msg_id}", NULL, 1, 163 },
	{ "confMILTER_MACROS_EOH", OPT_KIND_OPTION, "Milter.macros.eoh", OPT_STRING, NULL, 0, NULL, NULL, 1, 164 },
	{ "confMILTER_MACROS_DATA", OPT_KIND_OPTION, "Milter.macros.data", OPT_STRING, NULL, 0, NULL, NULL, 1, 165 },
	{ "confCACERT_PATH", OPT_KIND_OPTION, "CACertPath", OPT_STRING, NULL, 0, NULL, NULL, 1, 166 },
	{ "confCACERT", OPT_KIND_OPTION, "CACertFile", OPT_STRING, NULL, 0, NULL, NULL, 1, 167 },
	{ "confSERVER_CERT", OPT_KIND_OPTION, "ServerCertFile", OPT_STRING, NULL, 0, NULL, NULL, 1, 168 },
	{ "confSERVER_KEY", OPT_KIND_OPTION, "ServerKeyFile", OPT_STRING, NULL, 0, NULL, NULL, 1, 169 },
	{ "confCLIENT_CERT", OPT_KIND_OPTION, "ClientCertFile", OPT_STRING, NULL, 0, NULL, NULL, 1, 170 },
	{ "confCLIENT_KEY", OPT_KIND_OPTION, "ClientKeyFile", OPT_STRING, NULL, 0, NULL, NULL, 1, 171 },
	{ "confCRL", OPT_KIND_OPTION, "CRLFile", OPT_STRING, NULL, 0, NULL, NULL, 1, 172 },
	{ "confCRL_PATH", OPT_KIND_OPTION, "CRLPath", OPT_STRING, NULL, 0, NULL, NULL, 1, 173 },
	{ "confDH_PARAMETERS", OPT_KIND_OPTION, "DHParameters", OPT_STRING, NULL, 0, NULL, NULL, 1, 174 },
	{ "confRAND_FILE", OPT_KIND_OPTION, "RandFile", OPT_STRING, NULL, 0, NULL, NULL, 1, 175 },
	{ "confCERT_FINGERPRINT_ALGORITHM", OPT_KIND_OPTION, "CertFingerprintAlgorithm", OPT_STRING, NULL, 0, NULL, NULL, 1, 176 },
	{ "confDANE", OPT_KIND_OPTION, "DANE", OPT_ENUM_OR_BOOL, "false,true,loose", 0, "false", NULL, 0, 177 },
	{ "confMAX_NOOP_COMMANDS", OPT_KIND_OPTION, "MaxNOOPCommands", OPT_INTEGER, NULL, 0, "20", NULL, 1, 178 },
	{ "confHELO_NAME", OPT_KIND_OPTION, "HeloName", OPT_STRING, NULL, 0, NULL, NULL, 1, 179 },
	{ "confREJECT_NUL", OPT_KIND_OPTION, "RejectNUL", OPT_BOOLEAN, NULL, 0, "false", NULL, 1, 180 },
	{ "confAUTO_REBUILD", OPT_KIND_OBSOLETE, NULL, OPT_BOOLEAN, NULL, 0, NULL, NULL, 0, 0 },
	{ "confCF_VERSION", OPT_KIND_MACRO, NULL, OPT_STRING, NULL, 0, "DZ" SMCF_SENDMAIL_VERSION, NULL, 1, 0 },
	{ "confCLIENT_OPTIONS", OPT_KIND_OBSOLETE, "ClientPortOptions", OPT_STRING, NULL, 0, NULL, NULL, 0, 0 },
	{ "confCR_FILE", OPT_KIND_CLASS, NULL, OPT_STRING, NULL, 0, "FR-o /etc/mail/relay-domains", NULL, 1, 0 },
	{ "confCT_FILE", OPT_KIND_CLASS, NULL, OPT_STRING, NULL, 0, "#Ft/etc/mail/trusted-users (uncommented by FEATURE(use_ct_file))", NULL, 1, 0 },
	{ "confCW_FILE", OPT_KIND_CLASS, NULL, OPT_STRING, NULL, 0, "Fw/etc/mail/local-host-names (only with FEATURE(use_cw_file))", NULL, 1, 0 },
	{ "confDAEMON_OPTIONS", OPT_KIND_OBSOLETE, "DaemonPortOptions", OPT_STRING, NULL, 0, NULL, NULL, 0, 0 },
	{ "confDEF_GROUP_ID", OPT_KIND_OBSOLETE, NULL, OPT_STRING, NULL, 0, NULL, NULL, 0, 0 },
	{ "confDEQUOTE_OPTS", OPT_KIND_MAP, NULL, OPT_STRING, NULL, 0, "Kdequote dequote", NULL, 1, 0 },
	{ "confDOMAIN_NAME", OPT_KIND_MACRO, NULL, OPT_STRING, NULL, 0, "#Dj$w.Foo.COM", NULL, 1, 0 },
	{ "confEBINDIR", OPT_KIND_M4_ONLY, NULL, OPT_STRING, NULL, 0, "/usr/libexec (if unset when the feature runs)", NULL, 1, 0 },
	{ "confFROM_HEADER", OPT_KIND_HEADER, NULL, OPT_STRING, NULL, 0, "H?F?From: $?x$x <$g>$|$g$.", NULL, 1, 0 },
	{ "confLDAP_CLUSTER", OPT_KIND_MACRO, NULL, OPT_STRING, NULL, 0, "#D{sendmailMTACluster}$m", NULL, 1, 0 },
	{ "confLOCAL_MAILER", OPT_KIND_RULE_TEXT, NULL, OPT_STRING, NULL, 0, "local", NULL, 1, 0 },
	{ "confMAILER_NAME", OPT_KIND_MACRO, NULL, OPT_STRING, NULL, 0, "DnMAILER-DAEMON", NULL, 1, 0 },
	{ "confMESSAGEID_HEADER", OPT_KIND_HEADER, NULL, OPT_STRING, NULL, 0, "H?M?Message-Id: <$t.$i@$j>", NULL, 1, 0 },
	{ "confMESSAGE_TIMEOUT", OPT_KIND_OBSOLETE, "Timeout.queuereturn", OPT_DURATION_PAIR, NULL, 0, NULL, NULL, 0, 0 },
	{ "confRCPTREJ_MSG", OPT_KIND_RULE_TEXT, NULL, OPT_STRING, NULL, 0, "550 Mailbox disabled for this recipient", NULL, 1, 0 },
	{ "confREAD_TIMEOUT", OPT_KIND_OBSOLETE, NULL, OPT_DURATION, NULL, 0, NULL, NULL, 0, 0 },
	{ "confRECEIVED_HEADER", OPT_KIND_HEADER, NULL, OPT_STRING, NULL, 0, "HReceived: $?sfrom $s $.$?_($?s$|from $.$_)\\n\\t$.$?{auth_type}(authenticated$?{auth_ssf} bits=${auth_ssf}$.)\\n\\t$.by $j ($v/$Z)$?r with $r$. id $i$?{tls_version}\\n\\t(version=${tls_version} cipher=${cipher} bits=${cipher_bits} verify=${verify})$.$?u\\n\\tfor $u; $|;\\n\\t$.$b", NULL, 1, 0 },
	{ "confREJECT_MSG", OPT_KIND_RULE_TEXT, NULL, OPT_STRING, NULL, 0, "$@ 5.7.1 $: \"550 Access denied\"", NULL, 1, 0 },
	{ "confRELAY_MAILER", OPT_KIND_RULE_TEXT, NULL, OPT_STRING, NULL, 0, "relay if MAILER(smtp) else uucp-new if MAILER(uucp) else unknown", NULL, 1, 0 },
	{ "confRELAY_MSG", OPT_KIND_RULE_TEXT, NULL, OPT_STRING, NULL, 0, "550 Relaying denied (\"550 Relaying denied. Proper authentication required.\" when TRUST_AUTH_MECH used)", NULL, 1, 0 },
	{ "confSMTP_MAILER", OPT_KIND_RULE_TEXT, NULL, OPT_ENUM, "smtp,esmtp,smtp8,dsmtp", 0, "esmtp", NULL, 1, 0 },
	{ "confTRUSTED_USERS", OPT_KIND_CLASS, NULL, OPT_STRING, NULL, 0, "(none; Troot, Tdaemon, Tuucp always emitted; Tuucp dropped by nouucp)", NULL, 1, 0 },
	{ "confUUCP_MAILER", OPT_KIND_RULE_TEXT, NULL, OPT_STRING, NULL, 0, "uucp-old", NULL, 1, 0 },
};
const size_t smcf_noptions = sizeof(smcf_options) / sizeof(smcf_options[0]);

const struct option_predefine option_predefines[] = {
	{ "MAIL_SETTINGS_DIR", "/etc/mail/", 1 },
	{ "DATABASE_MAP_TYPE", "hash", 0 },
	{ "ALIAS_FILE", "MAIL_SETTINGS_DIR`'aliases", 0 },
	{ "confMAILER_NAME", "`MAILER-DAEMON'", 0 },
	{ "confFROM_LINE", "From $g $d", 0 },
	{ "confOPERATORS", ".:%@!^/[]+", 0 },
	{ "confSMTP_LOGIN_MSG", "$j Sendmail $v/$Z; $b", 0 },
	/* the pieces of the Received: header, which a .mc (or
	 * HACK(virthost_by_ip)) may reuse or replace one by one */
	{ "_REC_AUTH_", "$.$?{auth_type}(authenticated", 0 },
	{ "_REC_FULL_AUTH_", "$.$?{auth_type}(user=${auth_authen} $?{auth_author}author=${auth_author} $.mech=${auth_type}", 0 },
	{ "_REC_HDR_", "$?sfrom $s $.$?_($?s$|from $.$_)", 0 },
	{ "_REC_END_", "for $u; $|;\n\t$.$b", 0 },
	{ "_REC_TLS_", "(version=${tls_version} cipher=${cipher} bits=${cipher_bits} verify=${verify})$.$?u", 0 },
	{ "_REC_BY_", "$.by $j ($v/$Z)$?r with $r$. id $i$?{tls_version}", 0 },
	{ "confRECEIVED_HEADER",
	  "_REC_HDR_\n"
	  "\t_REC_AUTH_$?{auth_ssf} bits=${auth_ssf}$.)\n"
	  "\t_REC_BY_\n"
	  "\t_REC_TLS_\n"
	  "\t_REC_END_", 0 },
	{ "confSEVEN_BIT_INPUT", "False", 0 },
	{ "confALIAS_WAIT", "10", 0 },
	{ "confMIN_FREE_BLOCKS", "100", 0 },
	{ "confBLANK_SUB", ".", 0 },
	{ "confCON_EXPENSIVE", "False", 0 },
	{ "confDELIVERY_MODE", "background", 0 },
	{ "confTEMP_FILE_MODE", "0600", 0 },
	{ "confMCI_CACHE_SIZE", "2", 0 },
	{ "confMCI_CACHE_TIMEOUT", "5m", 0 },
	{ "confUSE_ERRORS_TO", "False", 0 },
	{ "confLOG_LEVEL", "9", 0 },
	{ "confCHECK_ALIASES", "False", 0 },
	{ "confOLD_STYLE_HEADERS", "True", 0 },
	{ "confPRIVACY_FLAGS", "authwarnings", 0 },
	{ "confSAFE_QUEUE", "True", 0 },
	{ "confTO_QUEUERETURN", "5d", 0 },
	{ "confTO_QUEUEWARN", "4h", 0 },
	{ "confTIME_ZONE", "USE_SYSTEM", 0 },
	{ "confCW_FILE", "MAIL_SETTINGS_DIR`'local-host-names", 0 },
	{ "confMIME_FORMAT_ERRORS", "True", 0 },
	{ "confFORWARD_PATH", "$z/.forward.$w:$z/.forward", 0 },
	{ "confCR_FILE", "-o MAIL_SETTINGS_DIR`'relay-domains", 0 },
	{ "confMILTER_MACROS_CONNECT", "`j, _, {daemon_name}, {if_name}, {if_addr}'", 0 },
	{ "confMILTER_MACROS_HELO", "`{tls_version}, {cipher}, {cipher_bits}, {cert_subject}, {cert_issuer}'", 0 },
	{ "confMILTER_MACROS_ENVFROM", "`i, {auth_type}, {auth_authen}, {auth_ssf}, {auth_author}, {mail_mailer}, {mail_host}, {mail_addr}'", 0 },
	{ "confMILTER_MACROS_ENVRCPT", "`{rcpt_mailer}, {rcpt_host}, {rcpt_addr}'", 0 },
	{ "confMILTER_MACROS_EOM", "{msg_id}", 0 },
};
const size_t option_npredefines = sizeof(option_predefines) / sizeof(option_predefines[0]);

const char *const mc_define_names[] = {
	"SMART_HOST", "MAIL_HUB", "LOCAL_RELAY", "LUSER_RELAY", "UUCP_RELAY",
	"BITNET_RELAY", "DECNET_RELAY", "FAX_RELAY", "MSP_QUEUE_DIR",
	"MAIL_SETTINGS_DIR", "DATABASE_MAP_TYPE", "VENDOR_NAME", "NO_VENDOR",
	"CF_LEVEL", "DNSBL_MAP", "DNSBL_MAP_OPT", "EDNSBL_TO", "MTAMARK_TO",
	"TLS_PERM_ERR", "_CERT_REGEX_ISSUER_", "_CERT_REGEX_SUBJECT_",
	"_USE_DEPRECATED_ROUTE_ADDR_", "_STRICT_RFC821_", "_NETINET6_",
	"NO_NETINET6", "_USE_DECNET_SYNTAX_", "_REQUIRE_QUAL_RCPT_",
	"_USETMPFTOKEN_", "_NO_MAKEINFO_", "_VIRTUSER_STOP_ONE_LEVEL_RECURSION_",
	"_NO_VIRTUSER_RECURSION_", "_FFR_NOCANONIFY_HEADERS", "_FFR_MAIL_MACRO",
	"_FFR_5_", "_FFR_LOOKUPTAG_", "_FFR_REJECT_IP_IN_CHECK_RCPT_",
	"_FFR_SRCHLIST_A", "_FFR_TLS_ALTNAMES", "_RBL_", "USE_CW_FILE",
	"MASQUERADE_NAME", "UUCP_MAX_SIZE", "PROCMAIL_PATH", "SSH_PATH",
	"DOMAINMAP_NO_REGEX", "TEMPFILE", "DEBIAN_DEBUG", "DEBIAN_MSP",
	"_DEF_LOCAL_MAILER_FLAGS", "_DEF_LOCAL_SHELL_FLAGS",
	"_DEF_SMTP_MAILER_FLAGS", "_DEF_CYRUSV2_MAILER_FLAGS",
	"_DEF_SSH_MAILER_FLAGS", "CYRUSV2_MAILER_ARGS", "CYRUSV2_MAILER_CHARSET",
	"CYRUSV2_MAILER_FLAGS", "CYRUSV2_MAILER_MAXMSGS", "CYRUSV2_MAILER_MAXRCPTS",
	"CYRUSV2_MAILER_QGRP", "CYRUS_BB_MAILER_ARGS", "CYRUS_BB_MAILER_FLAGS",
	"CYRUS_MAILER_ARGS", "CYRUS_MAILER_FLAGS", "CYRUS_MAILER_MAX",
	"CYRUS_MAILER_PATH", "CYRUS_MAILER_QGRP", "CYRUS_MAILER_USER",
	"DSMTP_MAILER_ARGS", "DSMTP_MAILER_QGRP", "ESMTP_MAILER_ARGS",
	"ESMTP_MAILER_QGRP", "FAX_MAILER_ARGS", "FAX_MAILER_MAX", "FAX_MAILER_PATH",
	"FAX_MAILER_QGRP", "LOCAL_MAILER_ARGS", "LOCAL_MAILER_CHARSET",
	"LOCAL_MAILER_DSN_DIAGNOSTIC_CODE", "LOCAL_MAILER_EOL",
	"LOCAL_MAILER_FLAGS", "LOCAL_MAILER_MAX", "LOCAL_MAILER_MAXMSGS",
	"LOCAL_MAILER_MAXRCPTS", "LOCAL_MAILER_PATH", "LOCAL_MAILER_QGRP",
	"LOCAL_PROG_QGRP", "LOCAL_SHELL_ARGS", "LOCAL_SHELL_DIR",
	"LOCAL_SHELL_FLAGS", "LOCAL_SHELL_PATH", "MAIL11_MAILER_ARGS",
	"MAIL11_MAILER_FLAGS", "MAIL11_MAILER_PATH", "MAIL11_MAILER_QGRP",
	"PH_MAILER_ARGS", "PH_MAILER_FLAGS", "PH_MAILER_PATH", "PH_MAILER_QGRP",
	"POP_MAILER_ARGS", "POP_MAILER_FLAGS", "POP_MAILER_PATH", "POP_MAILER_QGRP",
	"PROCMAIL_MAILER_ARGS", "PROCMAIL_MAILER_FLAGS", "PROCMAIL_MAILER_MAX",
	"PROCMAIL_MAILER_PATH", "PROCMAIL_MAILER_QGRP", "QPAGE_MAILER_ARGS",
	"QPAGE_MAILER_FLAGS", "QPAGE_MAILER_MAX", "QPAGE_MAILER_PATH",
	"QPAGE_MAILER_QGRP", "RELAY_MAILER_ARGS", "RELAY_MAILER_CHARSET",
	"RELAY_MAILER_FLAGS", "RELAY_MAILER_LL", "RELAY_MAILER_MAXMSGS",
	"RELAY_MAILER_QGRP", "SMTP8_MAILER_ARGS", "SMTP8_MAILER_QGRP",
	"SMTP_MAILER_ARGS", "SMTP_MAILER_CHARSET", "SMTP_MAILER_FLAGS",
	"SMTP_MAILER_LL", "SMTP_MAILER_MAX", "SMTP_MAILER_MAXMSGS",
	"SMTP_MAILER_MAXRCPTS", "SMTP_MAILER_QGRP", "SSH_MAILER_ARGS",
	"SSH_MAILER_CHARSET", "SSH_MAILER_DIR", "SSH_MAILER_FLAGS",
	"SSH_MAILER_HOST", "SSH_MAILER_MAX", "SSH_MAILER_MAXMSGS",
	"SSH_MAILER_MAXRCPTS", "SSH_MAILER_PATH", "SSH_MAILER_QGRP",
	"SSH_MAILER_USER", "SSH_REMOTE_COMMAND", "USENET_MAILER_ARGS",
	"USENET_MAILER_FLAGS", "USENET_MAILER_MAX", "USENET_MAILER_PATH",
	"USENET_MAILER_QGRP", "UUCP_MAILER_ARGS", "UUCP_MAILER_CHARSET",
	"UUCP_MAILER_FLAGS", "UUCP_MAILER_MAX", "UUCP_MAILER_PATH",
	"UUCP_MAILER_QGRP", "XAGENT_MAILER_ARGS", "XAGENT_MAILER_FLAGS",
	"XAGENT_MAILER_MAX", "XAGENT_MAILER_PATH",
};
const size_t mc_ndefine_names = sizeof(mc_define_names) / sizeof(mc_define_names[0]);

/* Defines the reference warns about, in its order: name, whether an
 * empty value is quiet (it tests the value, not only the define),
 * a text the value must contain for the notice (NULL: any), one it
 * must start with (NULL: any), message. */
static const struct {
	const char *name;
	int empty_quiet;
	const char *needs, *starts;
	const char *message;
} notices[] = {
	{ "confDEF_GROUP_ID", 0, NULL, NULL,
	  "confDEF_GROUP_ID is obsolete: give the group in confDEF_USER_ID, as user:group" },
	{ "confREAD_TIMEOUT", 0, NULL, NULL,
	  "confREAD_TIMEOUT is obsolete: set the confTO_* timeouts one by one" },
	{ "confMIN_FREE_BLOCKS", 0, "/", NULL,
	  "a second part in confMIN_FREE_BLOCKS is obsolete: the message size limit is confMAX_MESSAGE_SIZE" },
	{ "confAUTO_REBUILD", 0, NULL, NULL,
	  "confAUTO_REBUILD is no longer valid (it made a denial of service possible) and is ignored" },
	{ "confDAEMON_OPTIONS", 1, NULL, NULL,
	  "confDAEMON_OPTIONS is no longer valid: it is taken as one more DAEMON_OPTIONS()" },
	{ "confCLIENT_OPTIONS", 1, NULL, NULL,
	  "confCLIENT_OPTIONS is no longer valid: it is taken as one more CLIENT_OPTIONS()" },
	{ "confUNSAFE_GROUP_WRITES", 0, NULL, NULL,
	  "confUNSAFE_GROUP_WRITES is deprecated: use confDONT_BLAME_SENDMAIL" },
	{ "confDELIVERY_MODE", 1, NULL, "d",
	  "in deferred delivery mode the anti-spam rules do not work (no DNS lookups)" },
};

int option_empty_rejected(const struct smcf_option *opt)
{
	return opt->type == OPT_ENUM;
}

const char *option_notice(const char *name, const char *value)
{
	size_t i;

	for (i = 0; i < sizeof(notices) / sizeof(notices[0]); i++) {
		if (strcmp(notices[i].name, name) != 0)
			continue;
		if ((notices[i].empty_quiet && *value == '\0') ||
		    (notices[i].needs && strstr(value, notices[i].needs) == NULL) ||
		    (notices[i].starts && strncmp(value, notices[i].starts, strlen(notices[i].starts)) != 0))
			return NULL;
		return notices[i].message;
	}
	return NULL;
}

const struct smcf_option *option_by_m4_name(const char *m4_name)
{
	size_t i;

	for (i = 0; i < smcf_noptions; i++)
		if (strcmp(smcf_options[i].m4_name, m4_name) == 0)
			return &smcf_options[i];
	return NULL;
}

const struct smcf_option *option_by_cf_name(const char *cf_name)
{
	size_t i;

	for (i = 0; i < smcf_noptions; i++)
		if (smcf_options[i].kind == OPT_KIND_OPTION &&
		    smcf_options[i].cf_name != NULL &&
		    strcmp(smcf_options[i].cf_name, cf_name) == 0)
			return &smcf_options[i];
	return NULL;
}

int mc_define_known(const char *name)
{
	size_t i;

	if (option_by_m4_name(name) != NULL)
		return 1;
	for (i = 0; i < mc_ndefine_names; i++)
		if (strcmp(mc_define_names[i], name) == 0)
			return 1;
	return 0;
}

/* --- value checks, one small function per type --- */

/* Is WORD (LEN bytes) one of the comma separated ALLOWED words?  With
 * LETTER_ONLY only the first letters are compared. */
static int in_allowed(const char *allowed, const char *word, size_t len, int letter_only)
{
	const char *p = allowed;

	while (p && *p) {
		const char *end = strchr(p, ',');
		size_t n = end ? (size_t)(end - p) : strlen(p);

		if (letter_only) {
			if (len > 0 && n > 0 && tolower((unsigned char)*p) == tolower((unsigned char)*word))
				return 1;
		} else if (n == len && strncasecmp(p, word, len) == 0) {
			return 1;
		}
		p = end ? end + 1 : NULL;
	}
	return 0;
}

static int is_boolean(const char *v)
{
	static const char *const words[] = { "true", "false", "yes", "no", "t", "f", "y", "n" };
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcasecmp(v, words[i]) == 0)
			return 1;
	return *v == '\0';
}

static int is_integer(const char *v)
{
	if (*v == '-' || *v == '+')
		v++;
	if (!isdigit((unsigned char)*v))
		return 0;
	while (isdigit((unsigned char)*v))
		v++;
	return *v == '\0';
}

static int is_digits(const char *v, const char *digits)
{
	if (*v == '\0')
		return 0;
	return v[strspn(v, digits)] == '\0';
}

/* sendmail's time syntax: one or more NUMBER[UNIT], units w d h m s. */
static int is_duration(const char *v)
{
	if (strcasecmp(v, "now") == 0)
		return 1;
	if (*v == '\0')
		return 0;
	while (*v) {
		if (!isdigit((unsigned char)*v))
			return 0;
		while (isdigit((unsigned char)*v))
			v++;
		if (*v && strchr("wdhms", *v))
			v++;
	}
	return 1;
}

/* "A/B" where both halves pass CHECK; B is optional. */
static int is_pair(const char *v, int (*check)(const char *))
{
	const char *slash = strchr(v, '/');
	char left[128];
	size_t n;

	if (slash == NULL)
		return check(v);
	n = (size_t)(slash - v);
	if (n >= sizeof(left))
		return 0;
	memcpy(left, v, n);
	left[n] = '\0';
	return check(left) && check(slash + 1);
}

static int is_size(const char *v)
{
	return is_digits(v, "0123456789");
}

/* Find the first word of V (separated by SEPS, optional sign prefix)
 * that is not in ALLOWED; its text goes to BAD. */
static int words_allowed(const char *allowed, const char *v, const char *seps, int signs, char *bad, size_t badlen)
{
	while (*v) {
		size_t n;

		v += strspn(v, seps);
		if (*v == '\0')
			break;
		if (signs && (*v == '+' || *v == '-'))
			v++;
		n = strcspn(v, seps);
		if (!in_allowed(allowed, v, n, 0)) {
			snprintf(bad, badlen, "%.*s", (int)n, v);
			return 0;
		}
		v += n;
	}
	return 1;
}

static int chars_allowed(const char *allowed, const char *v, char *bad, size_t badlen)
{
	for (; *v; v++) {
		if (*v == ',' || *v == ' ' || *v == '\t')
			continue;
		if (!in_allowed(allowed, v, 1, 0)) {
			snprintf(bad, badlen, "%c", *v);
			return 0;
		}
	}
	return 1;
}

int option_check_value(const struct smcf_option *opt, const char *value, char *why, size_t whylen)
{
	char bad[64];
	const char *what = NULL;

	/* The reference writes an empty define as `O Name' and sendmail
	 * reads that as zero, the default or an empty list; a word from a
	 * fixed list it rejects then (the checker warns, see
	 * option_empty_rejected). */
	if (*value == '\0')
		return 0;
	switch (opt->type) {
	case OPT_STRING:
		return 0;
	case OPT_BOOLEAN:
		if (!is_boolean(value))
			what = "a boolean (True or False)";
		break;
	case OPT_INTEGER:
		if (!is_integer(value))
			what = "an integer";
		break;
	case OPT_INTEGER_PAIR:
		if (!is_pair(value, is_integer))
			what = "an integer or INTEGER/INTEGER";
		break;
	case OPT_SIZE:
		if (!is_size(value))
			what = "a size in bytes";
		break;
	case OPT_DURATION:
		if (!is_duration(value))
			what = "a duration (such as 30m, 1h30m, 5d)";
		break;
	case OPT_DURATION_PAIR:
		if (!is_pair(value, is_duration))
			what = "a duration or DURATION/DURATION";
		break;
	case OPT_OCTAL:
		if (!is_digits(value, "01234567"))
			what = "an octal file mode";
		break;
	case OPT_CHAR:
		if (strlen(value) != 1)
			what = "a single character";
		break;
	case OPT_ENUM:
		if (!in_allowed(opt->allowed, value, strlen(value), 0))
			what = "one of";
		break;
	case OPT_ENUM_LETTER:
		if (*value && !in_allowed(opt->allowed, value, strlen(value), 1))
			what = "one of";
		break;
	case OPT_ENUM_OR_BOOL:
		if (!is_boolean(value) && !in_allowed(opt->allowed, value, strlen(value), 0))
			what = "True, False or one of";
		break;
	case OPT_FLAG_CHARS:
		if (!chars_allowed(opt->allowed, value, bad, sizeof(bad))) {
			snprintf(why, whylen, "unknown flag `%s' (allowed: %s)", bad, opt->allowed);
			return -1;
		}
		return 0;
	case OPT_FLAG_WORDS:
		if (!words_allowed(opt->allowed, value, ", \t", 1, bad, sizeof(bad))) {
			snprintf(why, whylen, "unknown flag `%s'", bad);
			return -1;
		}
		return 0;
	}
	if (what == NULL)
		return 0;
	if (opt->allowed && (opt->type == OPT_ENUM || opt->type == OPT_ENUM_LETTER ||
			     opt->type == OPT_ENUM_OR_BOOL))
		snprintf(why, whylen, "`%s' is not %s %s", value, what, opt->allowed);
	else
		snprintf(why, whylen, "`%s' is not %s", value, what);
	return -1;
}
