divert(-1)dnl
# prelude.m4 - read by GNU m4 before the site's .mc file (smcf build).
#
# GNU m4 does every bit of macro processing of the .mc (user defines,
# ifdef, ifelse, include of site fragments, dnl, divert).  The
# configuration macros defined here do not produce sendmail.cf text: each
# prints one record for the compiler to parse.  A record is
#
#     SOH type US file US line [US field]... STX
#
# (bytes 1, 31 and 2, which never occur in a .mc).  Everything between
# records is raw cf text for the current section.  A field that m4 reads
# once more (the text of an argument or a value, as the reference reads
# _ARG_ or a confNAME where it uses it) is followed by a newline, which
# the front end removes: a `dnl' in such text then ends at the end of its
# own field, as the reference's `dnl' in _ARG_ ends within the feature
# file, instead of eating the rest of the record (a field that lost its
# newline tells the front end a `dnl' cut it).  Record types:
#
#     D name value   a define of a known configuration name, the value
#                    as m4 expands it (read once more, see above)
#     d name value   as D, made by smcf_default (an OS type's or domain's
#                    value, set only while the name is undefined)
#     M name body    a define of any other name (a user macro): its body
#     U name         an undefine
#     V name value   the value of a known name at the end of input (read
#                    once more)
#     C macro args   a configuration macro call (FEATURE, MAILER, ...),
#                    each argument read once more
#     S section      raw text that follows belongs to SECTION
#     E message n    an error found while m4 read the .mc
#     W message n    a warning (errprint); N numbers E and W records so
#                    that a copy m4 makes of one is reported once
#     R name         m4 is asked to read file NAME (include, OSTYPE, ...):
#                    the output depends on it (compiler/m4memo.h)
#     X code         m4exit(code): m4 stops here
#
# E and W records go to m4's standard error as well, R records only
# there: m4 writes them at once, even inside the arguments of a call
# that drops them, as the reference's errprint does (smcf_message).
#
# The front end runs m4 with these definitions on the command line:
#     smcf_datadir        where ostypes/ and domain/ live
#     smcf_known_NAME     one per known configuration name (options,
#                         relays, mailer parameters): their values are
#                         reported, expanded, when defined and at the end
#     smcf_default_NAME   the body of each default, to set it again
#     smcf_defaults_file  the pseudo file name of such records
# plus the defaults the reference defines before the .mc (-D NAME=body).
#
# This file only defines macros and prints nothing, so the state it
# leaves can be frozen once (m4 -F) and reloaded for every build (m4 -R,
# compiler/m4cache.c).  What must happen on every run is in m4/start.m4,
# read between this file and the .mc.
#
# What the .mc cannot reach.  The builtins the prelude keeps for itself
# (define, include, divert ...) live under names that start with byte 4,
# which no .mc can spell: the front end refuses a .mc or an included
# file that holds it (or bytes 1, 2, 3, 31), translit may not make it,
# defn does not show the prelude's own bodies and changecom cannot turn
# them into text, so those names are called only from this file's
# bodies, through indir (written indir(`smcf_raw_NAME', ...) here: see
# smcf_keyed).  define, undefine, pushdef and popdef refuse every smcf_
# name, every configuration macro and every builtin the prelude relies
# on; traceon, traceoff, debugmode and debugfile are refused.  The other
# smcf_ macros remain words; called by a constructed name they can do no
# more than the configuration macros do (they print records or set the
# prelude's own state the way the public macros would), and the front end
# refuses an smcf_ word in the .mc's text.

# --- record framing -----------------------------------------------------
define(`smcf_SOH', format(`%c', 1))
define(`smcf_US', format(`%c', 31))
define(`smcf_STX', format(`%c', 2))
define(`smcf_ETX', format(`%c', 3))

# Keep the builtins the prelude needs under names of its own before the
# public names are wrapped or refused: byte 4 and the builtin's name.
# smcf_keyed(`name', `body') defines NAME with BODY where each
# `smcf_raw_' stands for byte 4, so that BODY calls the builtin X as
# indir(`smcf_raw_X', ...) (and a NAME that starts so is out of the
# .mc's reach too).  Both are gone once the prelude is read, as are the
# other macros that only build it (smcf_forget, at the end of this file;
# smcf_m4_define is the plain define until then).
define(`smcf_m4_define', defn(`define'))
define(`smcf_key', format(`%c', 4))
define(`smcf_keyed',
	`smcf_m4_define(patsubst(``$1'', `smcf_raw_', smcf_key), patsubst(``$2'', `smcf_raw_', smcf_key))')
define(`smcf_keep_builtin', `define(smcf_key`$1', defn(`$1'))')
smcf_keep_builtin(`define')
smcf_keep_builtin(`undefine')
smcf_keep_builtin(`pushdef')
smcf_keep_builtin(`popdef')
smcf_keep_builtin(`defn')
smcf_keep_builtin(`divert')
smcf_keep_builtin(`divnum')
smcf_keep_builtin(`undivert')
smcf_keep_builtin(`include')
smcf_keep_builtin(`sinclude')
smcf_keep_builtin(`m4exit')
smcf_keep_builtin(`errprint')
smcf_keep_builtin(`changecom')
smcf_keep_builtin(`translit')

# Records always go to the output stream itself, whatever diversion the
# .mc is in (text in divert(-1) is dropped, records are not).
smcf_keyed(`smcf_out_begin', `indir(`smcf_raw_pushdef', `smcf_saved_div', indir(`smcf_raw_divnum'))indir(`smcf_raw_divert', 0)')
smcf_keyed(`smcf_out_end', `indir(`smcf_raw_divert', smcf_saved_div)indir(`smcf_raw_popdef', `smcf_saved_div')')
define(`smcf_head', `smcf_SOH`'$1`'smcf_US`'__file__`'smcf_US`'__line__')
# The head of a record that sets one of the reference's defaults.
smcf_keyed(`smcf_head_defaults', `smcf_SOH`'$1`'smcf_US`'indir(`smcf_raw_defn', `smcf_defaults_file')`'smcf_US`'0')

# smcf_fields(a, b, ...): each argument as a field, not expanded again.
define(`smcf_fields',
	`ifelse(`$#', `0', `',
		`$#', `1', `smcf_US`'`$1'',
		`smcf_US`'`$1'`'smcf_fields(shift($@))')')

# smcf_record(type, field...)
define(`smcf_record', `smcf_out_begin`'smcf_record_text($@)`'smcf_out_end`'')
define(`smcf_record_text', `smcf_head(`$1')`'smcf_fields(shift($@))`'smcf_STX')

# smcf_seq(`code', `code', ...): each piece expanded in turn (a macro
# body of several steps, one per line, with no newline of its own).
define(`smcf_seq', `ifelse(`$#', `1', `$1', `$1`'smcf_seq(shift($@))')')

# smcf_foreach(`macro', a, b, ...): macro(`a')macro(`b')...
define(`smcf_foreach',
	`ifelse(`$#', `1', `', `$2', `', `',
		`$1(`$2')`'smcf_foreach(`$1', shift(shift($@)))')')

# smcf_fields_expanded(a, b, ...): the same, but each argument is read
# once more by m4 (macros in it expand, commas stay text), as the
# reference does when it uses a macro's saved arguments: a FEATURE's
# `hash MAPDIR/map' names the map under the -D MAPDIR folder.  Each
# expansion is followed by a newline and byte 3 (smcf_ETX): a `dnl' in
# the argument (Debian's FEATURE(`no_default_msa', `dnl')) eats up to
# that newline only, and the front end, seeing byte 3 without the
# newline before it, knows the argument was cut there.
define(`smcf_fields_expanded',
	`ifelse(`$#', `0', `',
		`$#', `1', `smcf_US`'$1
',
		`smcf_US`'$1
`'smcf_fields_expanded(shift($@))')')

# A configuration macro call: smcf_call(`FEATURE', args...)
define(`smcf_call',
	`smcf_out_begin`'smcf_head(`C')`'smcf_US`'`$1'`'smcf_fields_expanded(shift($@))`'smcf_STX`'smcf_out_end`'')

# smcf_wrap(`name', `body'): replace the builtin NAME by BODY, the way
# GNU m4 treats its builtins: recognized only with arguments (a bare
# word stays text).  The call is passed on as smcf_do_NAME($@), outside
# any quotes, so an argument with a lone quote (confMUST_QUOTE_CHARS is
# `.'') reaches BODY intact.
# NAME is then one of the names the .mc may not redefine (smcf_reserve).
define(`smcf_reserve', `ifelse(`$1', `', `', `smcf_m4_define(`smcf_reserved_$1')smcf_reserve(shift($@))')')
define(`smcf_wrap',
	`smcf_keyed(`smcf_do_$1', `$2')smcf_m4_define(`smcf_word_$1', ``$1'')smcf_m4_define(`$1',
		`smcf_pick($'`#, `$1')($'`@)')smcf_reserve(`$1')')
define(`smcf_pick', `ifelse(`$1', `0', `smcf_word_$2', `smcf_do_$2')')

# --- defines made visible to the compiler -------------------------------
# Known configuration names carry the value as m4 expands it now; other
# names (user macros) carry their body.
smcf_keyed(`smcf_note_define',
	`ifdef(`smcf_known_$1',
		`smcf_remember(`$1')smcf_value_record(`$1', `D', `smcf_head')',
		`smcf_record(`M', `$1', indir(`smcf_raw_defn', `$1'))')')

# smcf_value_record(name, type, head): a record TYPE (made by the macro
# HEAD) with the value of NAME read once more.
define(`smcf_value_record',
	`smcf_out_begin`'$3(`$2')`'smcf_US`'`$1'`'smcf_US`'$1
`'smcf_STX`'smcf_out_end`'')

# Known names defined so far, each once, on a pushdef stack.
smcf_keyed(`smcf_remember',
	`ifdef(`smcf_seen_$1', `',
		`indir(`smcf_raw_define', `smcf_seen_$1')indir(`smcf_raw_pushdef', `smcf_seen_stack', `$1')')')
define(`smcf_note_undefine', `smcf_record(`U', `$1')')
define(`smcf_note_current',
	`ifdef(`$1', `smcf_note_define(`$1')', `smcf_note_undefine(`$1')')')

# At the end of input: the final value of every known name still defined
# (m4wrap text set by smcf_start: the .mc cannot call it earlier).
define(`smcf_final_one', `ifdef(`$1', `smcf_value_record(`$1', `V', `smcf_head')')')
smcf_keyed(`smcf_raw_final_all',
	`ifdef(`smcf_seen_stack',
		`smcf_final_one(indir(`smcf_raw_defn', `smcf_seen_stack'))indir(`smcf_raw_popdef', `smcf_seen_stack')indir(`smcf_raw_final_all')')')
smcf_keyed(`smcf_raw_finish', `indir(`smcf_raw_divert', 0)indir(`smcf_raw_final_all')')

# --- sections of raw cf text --------------------------------------------
# m4 itself only ever diverts to 0 (text for the current section) or -1
# (text dropped).  smcf_div is the diversion the reference would be in,
# which the .mc sees as `divnum' (PUSHDIVERT/POPDIVERT save and restore
# it).
define(`smcf_div', `0')

# smcf_section(name, n): the text that follows goes to section NAME, the
# reference's diversion N.
smcf_keyed(`smcf_section', `indir(`smcf_raw_define', `smcf_div', `$2')smcf_record(`S', `$1')indir(`smcf_raw_divert', 0)')

# The reference's diversion numbers and the section each one feeds.
# (The names come back quoted: most are macros too.)
define(`smcf_divsection',
	`ifelse(`$1', `1', ``LOCAL_NET_CONFIG'', `$1', `2', ``LOCAL_RULE_3'',
		`$1', `3', ``LOCAL_RULE_0'', `$1', `4', ``LOCAL_UUCP'',
		`$1', `5', ``CLASSES'', `$1', `6', ``LOCAL_CONFIG'',
		`$1', `7', ``MAILER_DEFINITIONS'', `$1', `8', ``LOCAL_DNSBL'',
		``LOCAL_RULESETS'')')

# --- files read ---------------------------------------------------------
# The R record goes to standard error, which m4 writes at once (having
# flushed its output): smcf sees it before m4 opens the file, and even
# when m4 never comes back from it or the call is in a dropped argument.
smcf_keyed(`smcf_note_read', `indir(`smcf_raw_errprint', smcf_record_text(`R', `$1'))')

# --- files of this toolchain (ostypes/, domain/) ------------------------
# smcf_include_data(folder, name, arg): read folder/name.m4 with its
# output discarded and _ARG_ set, as the reference does.
smcf_keyed(`smcf_include_data',
	`smcf_note_read(smcf_datadir`/$1/$2.m4')indir(`smcf_raw_pushdef', `smcf_saved_div', indir(`smcf_raw_divnum'))indir(`smcf_raw_divert', -1)indir(`smcf_raw_define', `_ARG_', `$3')indir(`smcf_raw_sinclude', smcf_datadir`/$1/$2.m4')indir(`smcf_raw_divert', smcf_saved_div)indir(`smcf_raw_popdef', `smcf_saved_div')')

# --- the configuration macros -------------------------------------------
# smcf_public(`NAME', `body'): NAME is one of the reference's macros.  A
# .mc that includes cf.m4 itself does not have them before that include
# (smcf_cf_m4_read, m4/start.m4): there a call stays text, as a word
# that is no macro does in the reference.
# NAME passes its arguments on to its body (smcf_body_NAME) the way
# smcf_wrap does, outside any quotes; a bare NAME stays a bare call.
# The .mc may not redefine NAME (smcf_reserve).
define(`smcf_public',
	`smcf_keyed(`smcf_body_$1', `$2')smcf_m4_define(`$1', `smcf_public_call(`$1', $'`#, $'`@)')smcf_reserve(`$1')')
define(`smcf_public_call',
	`ifdef(`smcf_cf_m4_read',
		`ifelse(`$2', `0', `smcf_body_$1', `smcf_body_$1(shift(shift($@)))')',
		`ifelse(`$2', `0', ``$1'', ``$1'(shift(shift($@)))')')')

smcf_public(`OSTYPE', `smcf_call(`OSTYPE', $@)indir(`smcf_raw_define', `__OSTYPE__', `$1')smcf_include_data(`ostypes', `$1', `$2')')
smcf_public(`DOMAIN', `smcf_call(`DOMAIN', $@)smcf_include_data(`domain', `$1', `$2')')

# Plain records: the compiler applies them.
define(`smcf_record_macro', `smcf_public(`$1', `smcf_call(`$1', $'`@)')')
smcf_record_macro(`SITECONFIG')
smcf_record_macro(`SITE')
# SITECONFIG(file, host, class): the UUCP name of this host for CLASS
# (macro CLASS, and with class U this host's UUCP names in class w) is cf
# text where the call is; then SITE(host) adds HOST to CLASS (to class Y
# when SITE(host, `S') under class U).  The call is recorded too: the
# rulesets depend on the class.  The site list files of the reference are
# not part of this toolchain.
smcf_keyed(`SITECONFIG',
	`smcf_call(`SITECONFIG', $@)`D'$3$2
ifelse(`$3', `U', `C{w}$2 $2.UUCP
')indir(`smcf_raw_define', `smcf_site_class', `$3')indir(`smcf_raw_define', `SITE', indir(`smcf_raw_defn', `smcf_site'))')
define(`smcf_site',
	`ifelse(smcf_site_class`$2', `US', `CY$1', `C'smcf_site_class`$1')')
smcf_record_macro(`MASQUERADE_DOMAIN')
smcf_record_macro(`MASQUERADE_DOMAIN_FILE')
smcf_record_macro(`MASQUERADE_EXCEPTION')
smcf_record_macro(`MASQUERADE_EXCEPTION_FILE')
smcf_record_macro(`EXPOSED_USER')
smcf_record_macro(`EXPOSED_USER_FILE')
smcf_record_macro(`LOCAL_USER')
smcf_record_macro(`LOCAL_USER_FILE')
smcf_record_macro(`LOCAL_DOMAIN')
smcf_record_macro(`RELAY_DOMAIN')
smcf_record_macro(`RELAY_DOMAIN_FILE')
smcf_record_macro(`CANONIFY_DOMAIN')
smcf_record_macro(`CANONIFY_DOMAIN_FILE')
smcf_record_macro(`GENERICS_DOMAIN')
smcf_record_macro(`GENERICS_DOMAIN_FILE')
smcf_record_macro(`LDAPROUTE_DOMAIN')
smcf_record_macro(`LDAPROUTE_DOMAIN_FILE')
smcf_record_macro(`LDAPROUTE_EQUIVALENT')
smcf_record_macro(`LDAPROUTE_EQUIVALENT_FILE')
smcf_record_macro(`MODIFY_MAILER_FLAGS')
smcf_record_macro(`CLIENT_OPTIONS')
smcf_record_macro(`MAIL_FILTER')
smcf_record_macro(`QUEUE_GROUP')

# These also change a define, as the reference does, so that later m4
# code (ifdef in the .mc) sees the same state.
smcf_public(`MASQUERADE_AS', `smcf_call(`MASQUERADE_AS', $@)define(`MASQUERADE_NAME', `$1')')

# --- names the reference defines for its own use -------------------------
# A .mc may test them (ifdef(`_MAILER_smtp_', ...)), so they are defined
# here as the reference's macros and files define them, and recorded like
# any define: the compiler can then follow the reference's own ifdef on
# them (ifdef(`_USE_AUTH_') in its rulesets), whether a macro or the .mc
# defined them.
#
# smcf_mark(name, value): define NAME (nothing when NAME is empty).
define(`smcf_mark', `ifelse(`$1', `', `', `define(`$1', `$2')')')
# ... unless it is defined already.
define(`smcf_mark_new', `ifdef(`$1', `', `smcf_mark(`$1', `$2')')')

# MAILER(name[, marker]): the mailer is known as _MAILER_marker_.
smcf_public(`MAILER',
	`smcf_call(`MAILER', $@)smcf_mark(`_MAILER_DEFINED_', `1')smcf_mark(`_MAILER_'ifelse(`$2', `', `$1', `$2')`_')')

# FEATURE and HACK: the names each feature file defines whatever its
# arguments (smcf_marks_FEATURE_name, smcf_marks_HACK_name, given the
# arguments after the name).
smcf_public(`FEATURE', `smcf_call(`FEATURE', $@)smcf_marks(`FEATURE', $@)')
smcf_public(`HACK', `smcf_call(`HACK', $@)smcf_marks(`HACK', $@)')
define(`smcf_marks', `ifdef(`smcf_marks_$1_$2', `smcf_marks_$1_$2(shift(shift($@)))')')
define(`smcf_feature_marks', `smcf_m4_define(`smcf_marks_FEATURE_$1', `$2')')
smcf_feature_marks(`accept_unqualified_senders', `smcf_mark(`_ACCEPT_UNQUALIFIED_SENDERS_', `1')')
smcf_feature_marks(`accept_unresolvable_domains', `smcf_mark(`_ACCEPT_UNRESOLVABLE_DOMAINS_', `1')')
smcf_feature_marks(`access_db', `smcf_mark(`_ACCESS_TABLE_')')
smcf_feature_marks(`allmasquerade', `smcf_mark(`_ALL_MASQUERADE_', `1')')
smcf_feature_marks(`always_add_domain', `smcf_mark(`_ALWAYS_ADD_DOMAIN_', `$1')')
smcf_feature_marks(`authinfo', `smcf_mark(`_AUTHINFO_TABLE_')')
smcf_feature_marks(`badmx', `smcf_mark(`_BADMX_CHK_', `1')')
smcf_feature_marks(`bcc', `smcf_mark(`_ADD_BCC_', `1')')
smcf_feature_marks(`bestmx_is_local', `smcf_mark(`_BESTMX_IS_LOCAL_', `$1')')
smcf_feature_marks(`bitdomain', `smcf_mark(`_BITDOMAIN_TABLE_')')
smcf_feature_marks(`block_bad_helo', `smcf_mark(`_BLOCK_BAD_HELO_')')
smcf_feature_marks(`delay_checks', `smcf_mark(`_DELAY_CHECKS_', `1')')
smcf_feature_marks(`domaintable', `smcf_mark(`_DOMAIN_TABLE_')')
smcf_feature_marks(`drac', `smcf_mark(`_DRAC_')')
smcf_feature_marks(`generics_entire_domain', `smcf_mark(`_GENERICS_ENTIRE_DOMAIN_', `1')')
smcf_feature_marks(`genericstable', `smcf_mark(`_GENERICS_TABLE_')')
smcf_feature_marks(`greet_pause', `smcf_mark(`_GREET_PAUSE_')')
smcf_feature_marks(`limited_masquerade', `smcf_mark(`_LIMITED_MASQUERADE_', `1')')
smcf_feature_marks(`local_lmtp', `smcf_mark(`_LOCAL_LMTP_', `1')')
smcf_feature_marks(`local_no_masquerade', `smcf_mark(`_LOCAL_NO_MASQUERADE_', `1')')
smcf_feature_marks(`local_procmail', `undefine(`_LOCAL_LMTP_')')
smcf_feature_marks(`loose_relay_check', `smcf_mark(`_LOOSE_RELAY_CHECK_', `1')')
smcf_feature_marks(`mailertable', `smcf_mark(`_MAILER_TABLE_')')
smcf_feature_marks(`masquerade_entire_domain', `smcf_mark(`_MASQUERADE_ENTIRE_DOMAIN_', `1')')
smcf_feature_marks(`masquerade_envelope', `smcf_mark(`_MASQUERADE_ENVELOPE_', `1')')
smcf_feature_marks(`no_default_msa', `smcf_mark(`_NO_MSA_', `1')')
smcf_feature_marks(`nocanonify', `smcf_mark(`_NO_CANONIFY_', `1')')
smcf_feature_marks(`prefixmod', `smcf_mark(`_NEED_MACRO_MAP_', `1')')
smcf_feature_marks(`preserve_local_plus_detail', `smcf_mark(`_PRESERVE_LOCAL_PLUS_DETAIL_', `1')')
smcf_feature_marks(`preserve_luser_host', `smcf_mark(`_PRESERVE_LUSER_HOST_', `1')smcf_mark(`_NEED_MACRO_MAP_', `1')')
smcf_feature_marks(`promiscuous_relay', `smcf_mark(`_PROMISCUOUS_RELAY_', `1')')
smcf_feature_marks(`relay_based_on_MX', `smcf_mark(`_RELAY_MX_SERVED_', `1')')
smcf_feature_marks(`relay_entire_domain', `smcf_mark(`_RELAY_ENTIRE_DOMAIN_', `1')')
smcf_feature_marks(`relay_hosts_only', `smcf_mark(`_RELAY_HOSTS_ONLY_', `1')')
smcf_feature_marks(`relay_local_from', `smcf_mark(`_RELAY_LOCAL_FROM_', `1')')
smcf_feature_marks(`require_rdns', `smcf_mark(`_REQUIRE_RDNS_')')
smcf_feature_marks(`stickyhost', `smcf_mark(`_STICKY_LOCAL_DOMAIN_', `1')')
smcf_feature_marks(`tls_session_features', `smcf_mark(`_TLS_SESSION_FEATURES_', `1')')
smcf_feature_marks(`use_client_ptr', `smcf_mark(`_USE_CLIENT_PTR_', `1')')
smcf_feature_marks(`use_ct_file', `smcf_mark(`_USE_CT_FILE_')')
smcf_feature_marks(`uucpdomain', `smcf_mark(`_UUDOMAIN_TABLE_')')
smcf_feature_marks(`virtuser_entire_domain', `smcf_mark(`_VIRTUSER_ENTIRE_DOMAIN_', `1')')
smcf_feature_marks(`virtusertable', `smcf_mark(`_VIRTUSER_TABLE_')')

# DAEMON_OPTIONS keeps the daemons given so far in _DPO_, as the
# reference does: Debian's msp_nullclient adds its own only when there
# is none yet.
smcf_public(`DAEMON_OPTIONS',
	`smcf_call(`DAEMON_OPTIONS', $@)indir(`smcf_raw_define', `_DPO_', indir(`smcf_raw_defn', `_DPO_')`O DaemonPortOptions='`$1'
)')

# HACKs whose whole effect is defines and macro calls the .mc could have
# written itself are made of them here, in the reference's order, so that
# the rest of the .mc sees them and the compiler reads the records they
# leave as it reads the .mc's own (their features/hack_*.c files only
# say so).
define(`smcf_hack_marks', `define(`smcf_marks_HACK_$1', `$2')')

# HACK(`msp_nullclient', hub): Debian's null client for the submission
# program.  DOMAIN(`debian-msp') unless the .mc read it; a daemon on the
# loopback address only; everything, local mail included, to HUB, which
# the sender is masqueraded as; the client queue, pid and status files;
# run as mail; both mailers.  The status file becomes sm-client.st where
# it was sendmail.st; the trusted user and the queue directory follow
# confRUN_AS_USER and MSP_QUEUE_DIR to their final values.
smcf_hack_marks(`msp_nullclient', `smcf_msp_nullclient(`$1')')
define(`smcf_msp_nullclient', `smcf_seq(
	`ifelse(`$1', `', `', `define(`_NULL_CLIENT_', `$1')')',
	`ifdef(`DEBIAN_MSP', `', `DOMAIN(`debian-msp')')',
	`smcf_loopback_daemon()',
	`undefine(`ALIAS_FILE')define(`MAIL_HUB', `$1')define(`SMART_HOST', `$1')',
	`define(`confFORWARD_PATH', `')ifdef(`confFROM_HEADER', `', `define(`confFROM_HEADER', `<$g>')')',
	`ifdef(`STATUS_FILE', `smcf_client_status_file(STATUS_FILE)',
		`define(`STATUS_FILE', `/var/run/sm-client.st')')',
	`define(`confUSE_MSP', `True')define(`confFORWARD_PATH', `')',
	`define(`confPRIVACY_FLAGS', `goaway,noetrn')',
	`define(`confRUN_AS_USER', `smmsp')define(`confTRUSTED_USER', `confRUN_AS_USER')',
	`ifdef(`MSP_QUEUE_DIR', `define(`QUEUE_DIR', `MSP_QUEUE_DIR')',
		`define(`QUEUE_DIR', `/var/spool/clientmqueue')')',
	`ifdef(`confPID_FILE', `', `define(`confPID_FILE', QUEUE_DIR`/sm-client.pid')')',
	`define(`confQUEUE_FILE_MODE', `0660')FEATURE(`no_default_msa')smcf_loopback_daemon()',
	`define(`confRUN_AS_USER', `mail')define(`confTRUSTED_USER', `confRUN_AS_USER')',
	`define(`_DEF_LOCAL_MAILER_FLAGS', `lsDFM5q')',
	`MASQUERADE_AS(`$1')FEATURE(`allmasquerade')FEATURE(`masquerade_envelope')',
	`MAILER(`local')MAILER(`smtp')')')
define(`smcf_loopback_daemon',
	`ifelse(defn(`_DPO_'), `', `DAEMON_OPTIONS(`Name=NoMTA, Addr=127.0.0.1, M=E')')')
define(`smcf_client_status_file',
	`ifelse(index(`$1', `sendmail.st'), `-1', `define(`STATUS_FILE', `$1')',
		`define(`STATUS_FILE', substr(`$1', 0, index(`$1', `sendmail.st'))`sm-client.st')')')

# HACK(`virthost_by_ip'): the greeting and the Received: header name the
# interface the mail came in on (${if_name}) rather than $j; the header
# is rebuilt from its _REC_ pieces (read when the cf is written), with
# the full authentication details.  A piece the .mc undefined comes back
# with its partner.
smcf_hack_marks(`virthost_by_ip', `smcf_virthost_by_ip()')
define(`smcf_virthost_by_ip', `smcf_seq(
	`define(`confSMTP_LOGIN_MSG', `$?{if_name}${if_name}$|$j$. Sendmail $v/$Z; $b; (No UCE/UBE) $?{client_addr}logging access from: ${client_name}(${client_resolve})-$_$.')',
	`smcf_rec_pair(`_REC_HDR_', `_REC_END_')',
	`smcf_rec_pair(`_REC_AUTH_', `_REC_FULL_AUTH_')',
	`smcf_rec_pair(`_REC_BY_', `_REC_TLS_')',
	`define(`_REC_BY_', `$.by $?{if_name}${if_name}$|$j$. ($v/$Z)$?r with $r$. id $i$?{tls_version}')',
	`define(`confRECEIVED_HEADER', `_REC_HDR_
	_REC_FULL_AUTH_$?{auth_ssf} bits=${auth_ssf}$.)
	_REC_BY_
	_REC_TLS_
	_REC_END_')',
	`ifelse(defn(`_CPO_'), `dnl', `CLIENT_OPTIONS(`Modifier=h')')')')
# smcf_rec_pair(a, b): both back to the reference's values unless A is
# defined.
smcf_keyed(`smcf_rec_pair',
	`ifdef(`$1', `', `define(`$1', indir(`smcf_raw_defn', `smcf_default_$1'))define(`$2', indir(`smcf_raw_defn', `smcf_default_$2'))')')

# Class macros with a mark of their own.
smcf_public(`TRUST_AUTH_MECH', `smcf_call(`TRUST_AUTH_MECH', $@)smcf_mark_new(`_USE_AUTH_', `1')')
smcf_public(`VIRTUSER_DOMAIN', `smcf_call(`VIRTUSER_DOMAIN', $@)smcf_mark(`_VIRTHOSTS_')')
smcf_public(`VIRTUSER_DOMAIN_FILE', `smcf_call(`VIRTUSER_DOMAIN_FILE', $@)smcf_mark(`_VIRTHOSTS_')')
smcf_public(`INPUT_MAIL_FILTER',
	`smcf_call(`INPUT_MAIL_FILTER', $@)ifelse(defn(`confINPUT_MAIL_FILTERS'), `',
		`define(`confINPUT_MAIL_FILTERS', `$1')',
		`define(`confINPUT_MAIL_FILTERS', defn(`confINPUT_MAIL_FILTERS')`, $1')')')

# Sections: the raw text that follows goes to the named place of the cf.
# smcf_section_macro(`NAME', n[, `mark', `value']): NAME is the
# reference's diversion N, and the reference defines MARK as it starts.
define(`smcf_section_macro', `smcf_public(`$1', `smcf_mark(`$3', `$4')smcf_section(`$1', `$2')')')
smcf_section_macro(`LOCAL_CONFIG', `6')
smcf_section_macro(`LOCAL_RULESETS', `9')
smcf_section_macro(`LOCAL_RULE_0', `3')
smcf_section_macro(`LOCAL_RULE_1', `9')
smcf_section_macro(`LOCAL_RULE_2', `9')
smcf_section_macro(`LOCAL_RULE_3', `2')
smcf_section_macro(`LOCAL_NET_CONFIG', `1', `_LOCAL_RULES_', `1')
smcf_section_macro(`LOCAL_UUCP', `4')
smcf_section_macro(`LOCAL_DNSBL', `8')
smcf_section_macro(`MAILER_DEFINITIONS', `7')
smcf_section_macro(`LOCAL_SRV_FEATURES', `9', `_LOCAL_SRV_FEATURES_')
smcf_section_macro(`LOCAL_CLT_FEATURES', `9', `_LOCAL_CLT_FEATURES_')
smcf_section_macro(`LOCAL_TRY_TLS', `9', `_LOCAL_TRY_TLS_')
smcf_section_macro(`LOCAL_TLS_RCPT', `9', `_LOCAL_TLS_RCPT_')
smcf_section_macro(`LOCAL_TLS_CLIENT', `9', `_LOCAL_TLS_CLIENT_')
smcf_section_macro(`LOCAL_TLS_SERVER', `9', `_LOCAL_TLS_SERVER_')

# Helpers the reference offers to .mc files.
smcf_public(`VERSIONID', ``#####  $1  #####'')
define(`CF_LEVEL', `10')
smcf_public(`CONCAT', `$1$2$3$4$5$6$7')
smcf_public(`DOL', ``$'$1')
smcf_public(`UUCPSMTP', `R DOL(*) < @ $1 .UUCP > DOL(*)	DOL(1) < @ $2 > DOL(2)')

# For ostypes/ and domain/ files: define NAME unless already defined.
# The record says so: a feature's define, which m4 never sees, must
# still keep it from happening (compiler/ir.h, ir_define_touched).
# (The names smcf keeps for itself are left alone.)
smcf_keyed(`smcf_default',
	`ifdef(`$1', `', `ifelse(smcf_reserved(`$1'), `1', `',
		`indir(`smcf_raw_define', `$1', `$2')ifdef(`smcf_known_$1',
		`smcf_remember(`$1')smcf_value_record(`$1', `d', `smcf_head')',
		`smcf_record(`M', `$1', indir(`smcf_raw_defn', `$1'))')')')')

# --- messages -------------------------------------------------------------
# smcf_message(type, text): an E (error) or W (warning) record.  Each
# carries a serial number, so that a record m4 copies into a value it
# reads again (an errprint inside the arguments of a define) is
# reported once.  A copy goes to standard error too, as the reference's
# errprint does: a message made inside an argument that is then dropped
# (ifelse(errprint(...))) never reaches the output, but still counts.
define(`smcf_serial', `0')
smcf_keyed(`smcf_message',
	`indir(`smcf_raw_define', `smcf_serial', incr(smcf_serial))smcf_record(`$1', `$2', smcf_serial)indir(`smcf_raw_errprint', smcf_record_text(`$1', `$2', smcf_serial))')

# --- what a .mc may not do ----------------------------------------------
# smcf_refuse(name, why): the builtin NAME is refused.
define(`smcf_refuse', `smcf_message(`E', `$1 is not available in a .mc: $2')')
define(`smcf_no_commands',
	`smcf does not run commands while reading a .mc; write the value in the .mc itself, or give it on the command line (smcf build -D NAME=VALUE) and write NAME where the command output was')
define(`smcf_no_files', `smcf does not create files while reading a .mc')
define(`smcf_no_debug',
	`m4 debugging output would mix with the configuration; run m4 itself to debug macros')
smcf_wrap(`syscmd', `smcf_refuse(`syscmd', indir(`smcf_raw_defn', `smcf_no_commands'))')
smcf_wrap(`esyscmd', `smcf_refuse(`esyscmd', indir(`smcf_raw_defn', `smcf_no_commands'))')
smcf_wrap(`builtin', `smcf_refuse(`builtin', `smcf does not let a .mc reach the builtins it replaces or refuses')')
smcf_wrap(`maketemp', `smcf_refuse(`maketemp', indir(`smcf_raw_defn', `smcf_no_files'))')
smcf_wrap(`mkstemp', `smcf_refuse(`mkstemp', indir(`smcf_raw_defn', `smcf_no_files'))')
# These act without arguments too, so the bare word is refused as well.
define(`smcf_refuse_always',
	`smcf_keyed(`$1', `smcf_refuse(`$1', indir(`smcf_raw_defn', `smcf_no_$2'))')smcf_reserve(`$1')')
smcf_refuse_always(`debugfile', `files')
smcf_refuse_always(`traceon', `debug')
smcf_refuse_always(`traceoff', `debug')
smcf_refuse_always(`debugmode', `debug')

# The configuration macros are written with ` and ' quotes; other quote
# characters would break every one of them (as they break the
# reference's), so the .mc may not change them.
define(`changequote',
	`ifelse(`$#', `0', `',
		`smcf_refuse(`changequote', `the configuration macros need the standard quotes')')')
smcf_reserve(`changequote')

# Comments: off, or `#' as m4 has them by default.  Other delimiters
# could make m4 copy the prelude's own text.
smcf_keyed(`changecom',
	`ifelse(`$#$1', `0', `indir(`smcf_raw_changecom')',
		`$1', `', `indir(`smcf_raw_changecom')',
		`$1$2', `#', `indir(`smcf_raw_changecom', `#')',
		`$1$2', `#
', `indir(`smcf_raw_changecom', `#')',
		`smcf_refuse(`changecom', `smcf supports only `#' comments (or none)')')')
smcf_reserve(`changecom')

# translit: a range in the characters to write must run between
# printable characters (a range from a tab or a newline would make the
# control bytes the records and the prelude reserve).
smcf_wrap(`translit',
	`indir(ifelse(regexp(`$3', `[^ -~]-\|-[^ -~]'), `-1', ``smcf_raw_translit'', ``smcf_refuse_translit''), $@)')
define(`smcf_refuse_translit',
	`smcf_refuse(`translit', `a range in the third argument must run between printable characters')')

# defn shows any macro's body but the prelude's own.
smcf_wrap(`defn', `indir(ifelse(regexp(`,$*', `,smcf_'), `-1', ``smcf_raw_defn'', ``smcf_refuse_defn''), $@)')
define(`smcf_refuse_defn', `smcf_message(`E', `defn of smcf_ names is refused: they are internal to smcf')')

# m4exit(code) ends m4 at once, as in the reference (its m4wrap text and
# diversions are dropped): an X record says where and with what code.
smcf_keyed(`m4exit',
	`smcf_record(`X', ifelse(`$1', `', `0', `$1'))indir(`smcf_raw_m4exit', $1)')
smcf_reserve(`m4exit')

# errprint becomes a warning record with the position of the call.
smcf_wrap(`errprint', `smcf_message(`W', `$1')')

# `include(.../cf.m4)', as distribution .mc files start, means "this
# toolchain": it reads no file, but does what reading the reference's
# cf.m4 does.  The first time (when the .mc is not run after cf.m4, see
# m4/start.m4), m4 comments go off and the reference's defaults are set
# again, replacing a value the .mc defined before (MAIL_SETTINGS_DIR
# excepted: smcf_reset_list, from the command line, leaves it out, as it
# leaves out the names given with -D).  Every time, the text that follows
# goes to the top of the cf (diversion 0).
define(`smcf_is_cf_m4', `ifelse(regexp(`$1', `\(^\|/\)cf\.m4$'), `-1', `0', `1')')
smcf_keyed(`smcf_read_cf_m4',
	`ifdef(`smcf_cf_m4_read', `',
		`indir(`smcf_raw_define', `smcf_cf_m4_read')indir(`smcf_raw_changecom')smcf_foreach(`smcf_reset_default', smcf_reset_list)')smcf_section(`top', `0')')
smcf_keyed(`smcf_reset_default',
	`ifdef(`smcf_default_$1', `indir(`smcf_raw_define', `$1', indir(`smcf_raw_defn', `smcf_default_$1'))smcf_remember(`$1')smcf_value_record(`$1', `D', `smcf_head_defaults')')')

# A file m4 reads is noted first (smcf_note_read); the front end checks
# what the file is (compiler/frontend.c).
# Devices, and the kernel's /proc and /sys, are no configuration text:
# they are refused here by name, before m4 opens them.
#
# A name (or value) from the .mc may hold a lone quote: in these macros
# an argument is quoted only once, never inside a quoted branch of an
# ifelse, and the macro to call is chosen first (smcf_by_reserved ...).
define(`smcf_is_device', `ifelse(regexp(`$1', `^/\(dev\|proc\|sys\)/'), `-1', `0', `1')')
smcf_keyed(`smcf_read',
	`indir(ifelse(smcf_is_device(`$2'), `1', ``smcf_refuse_read'', ``smcf_raw_read_$1''), `$1', `$2')')
define(`smcf_refuse_read',
	`smcf_message(`E', `$1 of $2 is refused: devices, /proc and /sys are not configuration files')')
smcf_keyed(`smcf_raw_read_include', `smcf_note_read(`$2')indir(`smcf_raw_include', `$2')')
smcf_keyed(`smcf_raw_read_sinclude', `smcf_note_read(`$2')indir(`smcf_raw_sinclude', `$2')')
smcf_keyed(`smcf_raw_read_undivert', `smcf_note_read(`$2')indir(`smcf_raw_undivert', `$2')')
smcf_wrap(`include', `indir(ifelse(smcf_is_cf_m4(`$1'), `1', ``smcf_read_cf_m4'', ``smcf_read''), `include', `$1')')
smcf_wrap(`sinclude', `indir(ifelse(smcf_is_cf_m4(`$1'), `1', ``smcf_read_cf_m4'', ``smcf_read''), `sinclude', `$1')')

# undivert(`file') reads a file too: each argument is undiverted in
# turn, a diversion number as it is, a file name as a file read.
smcf_keyed(`undivert',
	`ifelse(`$#', `0', `indir(`smcf_raw_undivert')', `smcf_foreach(`smcf_undivert_one', $@)')')
smcf_keyed(`smcf_undivert_one',
	`indir(ifelse(regexp(`$1', `^[ 	]*-?[0-9]+[ 	]*$'), `0', ``smcf_raw_undivert_number'', ``smcf_read''), `undivert', `$1')')
smcf_keyed(`smcf_raw_undivert_number', `indir(`smcf_raw_undivert', `$2')')
smcf_reserve(`undivert')

# divert(n): -1 drops text as usual; 0 and the reference's numbered
# diversions become sections, so raw text keeps its order.  divnum is
# the diversion the reference would be in; PUSHDIVERT and POPDIVERT are
# the reference's helpers over them.
smcf_keyed(`divert',
	`ifelse(`$1', `-1', `indir(`smcf_raw_define', `smcf_div', `-1')indir(`smcf_raw_divert', -1)',
		`$1', `', `smcf_section(`top', `0')',
		`$1', `0', `smcf_section(`top', `0')',
		`smcf_section(smcf_divsection(`$1'), `$1')')')
define(`divnum', `smcf_div')
smcf_reserve(`divert', `divnum')
smcf_public(`PUSHDIVERT', `indir(`smcf_raw_pushdef', `__D__', divnum)divert($1)')
smcf_public(`POPDIVERT', `divert(__D__)indir(`smcf_raw_popdef', `__D__')')

undefine(`format')

# smcf_if_name(`text', `macro'): MACRO when TEXT is a name a .mc can
# call (letters, digits, underscores), else a macro that does nothing
# (the name comes back quoted).  A define of anything else (define('X',
# ...) with the wrong quotes defines a strange name, in the reference
# too) is not recorded: its quotes would break the record.
define(`smcf_if_name',
	`ifelse(regexp(`$1', `^[A-Za-z_][A-Za-z0-9_]*$'), `0', ``$2'', ``smcf_ignore'')')
define(`smcf_ignore', `')

# Names the .mc may not define, undefine, push or pop: the prelude's own
# (smcf_...), the configuration macros and the builtins it wraps
# (smcf_public, smcf_wrap), and the builtins its macros and data files
# call.  smcf_reserved(name) is 1 for such a name.
smcf_reserve(`ifelse', `ifdef', `shift', `indir', `regexp', `patsubst', `incr', `dnl',
	`errprint', `m4wrap', `__file__', `__line__')
define(`smcf_reserved',
	`ifelse(regexp(`$1', `^smcf_'), `0', `1', ifdef(`smcf_reserved_$1', `1', `0'))')
define(`smcf_refuse_name',
	`smcf_message(`E', `$1 of `$2' is refused: 'ifelse(regexp(`$2', `^smcf_'), `0',
		``the smcf_ names are internal to smcf'', ``smcf relies on it as it is''))')
define(`smcf_refuse_define', `smcf_refuse_name(`define', `$1')')
define(`smcf_refuse_pushdef', `smcf_refuse_name(`pushdef', `$1')')
define(`smcf_refuse_undefine', `smcf_refuse_name(`undefine', `$1')')
define(`smcf_refuse_popdef', `smcf_refuse_name(`popdef', `$1')')

# smcf_by_reserved(`name', `if_reserved', `if_not'): the name of the
# macro to call about NAME.
define(`smcf_by_reserved', `ifelse(smcf_reserved(`$1'), `1', ``$2'', ``$3'')')

# Last: every define, pushdef, undefine and popdef from here on is
# recorded.
smcf_wrap(`define', `indir(smcf_by_reserved(`$1', `smcf_ignore', `smcf_raw_define'), $@)indir(smcf_by_reserved(`$1',
	`smcf_refuse_define', smcf_if_name(`$1', `smcf_note_define')), `$1')')
smcf_wrap(`pushdef', `indir(smcf_by_reserved(`$1', `smcf_ignore', `smcf_raw_pushdef'), $@)indir(smcf_by_reserved(`$1',
	`smcf_refuse_pushdef', smcf_if_name(`$1', `smcf_note_define')), `$1')')
smcf_wrap(`undefine', `indir(smcf_by_reserved(`$1', `smcf_ignore', `smcf_raw_undefine'), $@)indir(smcf_by_reserved(`$1',
	`smcf_refuse_undefine', smcf_if_name(`$1', `smcf_note_undefine')), `$1')')
smcf_wrap(`popdef', `indir(smcf_by_reserved(`$1', `smcf_ignore', `smcf_raw_popdef'), $@)indir(smcf_by_reserved(`$1',
	`smcf_refuse_popdef', smcf_if_name(`$1', `smcf_note_current')), `$1')')

# m4/start.m4 calls smcf_start, once, before the .mc: the end of input
# reports the final values (smcf_raw_finish); the defaults and -D values
# the .mc starts with become define records; a .mc run after cf.m4 (see
# there) starts with m4 comments off; the text that follows goes to the
# output.
smcf_m4_define(`smcf_initial_one',
	`ifdef(`$1', `smcf_note_define(`$1')')')
smcf_keyed(`smcf_start',
	`m4wrap(`indir(`smcf_raw_finish')')smcf_foreach(`smcf_initial_one', smcf_initial_list)ifdef(`smcf_mc_includes_cf', `',
		`indir(`smcf_raw_define', `smcf_cf_m4_read')indir(`smcf_raw_changecom')')indir(`smcf_raw_undefine', `smcf_start')indir(`smcf_raw_divert', 0)')

# The macros that only build the prelude go (and with them byte 4).
smcf_keyed(`smcf_forget', `indir(`smcf_raw_undefine', `$1')')
smcf_foreach(`smcf_forget', `smcf_keyed', `smcf_keep_builtin', `smcf_wrap', `smcf_public',
	`smcf_record_macro', `smcf_section_macro', `smcf_feature_marks', `smcf_refuse_always',
	`smcf_reserve', `smcf_m4_define', `smcf_key')
smcf_forget(`smcf_forget')
