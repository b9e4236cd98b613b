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
# (bytes 1, 31 and 2, which never occur in a .mc; byte 3 ends each
# argument of a C record, see smcf_fields_expanded).  Everything between
# records is raw cf text for the current section.  Record types:
#
#     D name value   a define (value expanded for known configuration
#                    names, the m4 body otherwise)
#     d name value   the same, made by smcf_default (only if undefined)
#     U name         an undefine
#     V name value   the value of a known name at the end of input
#     C macro args   a configuration macro call (FEATURE, MAILER, ...)
#     S section      raw text that follows belongs to SECTION
#     E message      an error found while m4 read the .mc
#     W message      a warning (errprint)
#     R name         m4 is asked to read file NAME (include, OSTYPE, ...):
#                    the output depends on it (compiler/m4memo.h)
#
# The front end runs m4 with these definitions on the command line:
#     smcf_datadir        where ostypes/ and domain/ live
#     smcf_known_NAME     one per known configuration name (options,
#                         relays, mailer parameters): their values are
#                         reported, expanded, when defined and at the end
# plus the defaults the reference defines before the .mc (-D NAME=body).
#
# This file only defines macros and prints nothing, so the state it
# leaves can be frozen once (m4 -F) and reloaded for every build (m4 -R,
# compiler/m4cache.c).  What must happen on every run is in m4/start.m4,
# read between this file and the .mc.

# --- record framing -----------------------------------------------------
define(`smcf_SOH', format(`%c', 1))
define(`smcf_US', format(`%c', 31))
define(`smcf_STX', format(`%c', 2))
define(`smcf_ETX', format(`%c', 3))

# Keep the builtins the prelude needs under names of its own before the
# public names are wrapped or refused.
define(`smcf_m4_define', defn(`define'))
define(`smcf_m4_undefine', defn(`undefine'))
define(`smcf_m4_pushdef', defn(`pushdef'))
define(`smcf_m4_popdef', defn(`popdef'))
define(`smcf_m4_divert', defn(`divert'))
define(`smcf_m4_include', defn(`include'))
define(`smcf_m4_sinclude', defn(`sinclude'))

# Records always go to the output stream itself, whatever diversion the
# .mc is in (text in divert(-1) is dropped, records are not).
define(`smcf_out_begin', `smcf_m4_pushdef(`smcf_saved_div', divnum)smcf_m4_divert(0)')
define(`smcf_out_end', `smcf_m4_divert(smcf_saved_div)smcf_m4_popdef(`smcf_saved_div')')
define(`smcf_head', `smcf_SOH`'$1`'smcf_US`'__file__`'smcf_US`'__line__')

# smcf_fields(a, b, ...): each argument as a field, not expanded again.
define(`smcf_fields',
	`ifelse(`$#', `0', `',
		`$#', `1', `smcf_US`'`$1'',
		`smcf_US`'`$1'`'smcf_fields(shift($@))')')

# smcf_record(type, field...)
define(`smcf_record',
	`smcf_out_begin`'smcf_head(`$1')`'smcf_fields(shift($@))`'smcf_STX`'smcf_out_end`'')

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
`'smcf_ETX',
		`smcf_US`'$1
`'smcf_ETX`'smcf_fields_expanded(shift($@))')')

# A configuration macro call: smcf_call(`FEATURE', args...)
define(`smcf_call',
	`smcf_out_begin`'smcf_head(`C')`'smcf_US`'`$1'`'smcf_fields_expanded(shift($@))`'smcf_STX`'smcf_out_end`'')

# smcf_wrap(`name', `body'): replace the builtin NAME by BODY, the way
# GNU m4 treats its builtins: recognized only with arguments (a bare
# word stays text).  The call is passed on as smcf_do_NAME($@), outside
# any quotes, so an argument with a lone quote (confMUST_QUOTE_CHARS is
# `.'') reaches BODY intact.
define(`smcf_wrap',
	`smcf_m4_define(`smcf_do_$1', `$2')smcf_m4_define(`smcf_word_$1', ``$1'')smcf_m4_define(`$1',
		`smcf_pick($'`#, `$1')($'`@)')')
define(`smcf_pick', `ifelse(`$1', `0', `smcf_word_$2', `smcf_do_$2')')

# --- defines made visible to the compiler -------------------------------
# Known configuration names carry the value as m4 expands it now; other
# names (user macros) carry their body.
define(`smcf_note_define', `smcf_note_as(`D', `$1')')
# smcf_note_as(type, name): the same with record type TYPE (d: a default
# an OS type or domain file makes only if the name is still undefined).
define(`smcf_note_as',
	`ifdef(`smcf_known_$2',
		`smcf_remember(`$2')smcf_out_begin`'smcf_head(`$1')`'smcf_US`'`$2'`'smcf_US`'$2`'smcf_STX`'smcf_out_end`'',
		`smcf_record(`$1', `$2', defn(`$2'))')')

# Known names defined so far, each once, on a pushdef stack.
define(`smcf_remember',
	`ifdef(`smcf_seen_$1', `',
		`smcf_m4_define(`smcf_seen_$1')smcf_m4_pushdef(`smcf_seen_stack', `$1')')')
define(`smcf_note_undefine', `smcf_record(`U', `$1')')
define(`smcf_note_current',
	`ifdef(`$1', `smcf_note_define(`$1')', `smcf_note_undefine(`$1')')')

# At the end of input: the final value of every known name still defined.
define(`smcf_final_one',
	`ifdef(`$1',
		`smcf_out_begin`'smcf_head(`V')`'smcf_US`'`$1'`'smcf_US`'$1`'smcf_STX`'smcf_out_end`'')')
define(`smcf_final_all',
	`ifdef(`smcf_seen_stack',
		`smcf_final_one(defn(`smcf_seen_stack'))smcf_m4_popdef(`smcf_seen_stack')smcf_final_all')')
define(`smcf_finish', `smcf_m4_divert(0)smcf_final_all')

# --- sections of raw cf text --------------------------------------------
define(`smcf_section', `smcf_record(`S', `$1')smcf_m4_divert(0)')

# The reference's diversion numbers and the section each one feeds.
define(`smcf_divsection',
	`ifelse(`$1', `1', `LOCAL_NET_CONFIG', `$1', `2', `LOCAL_RULE_3',
		`$1', `3', `LOCAL_RULE_0', `$1', `4', `LOCAL_UUCP',
		`$1', `5', `CLASSES', `$1', `6', `LOCAL_CONFIG',
		`$1', `7', `MAILER_DEFINITIONS', `$1', `8', `LOCAL_DNSBL',
		`LOCAL_RULESETS')')

# --- files read ---------------------------------------------------------
define(`smcf_note_read', `smcf_record(`R', `$1')')

# --- files of this toolchain (ostypes/, domain/) ------------------------
# smcf_include_data(folder, name, arg): read folder/name.m4 with its
# output discarded and _ARG_ set, as the reference does.
define(`smcf_include_data',
	`smcf_note_read(smcf_datadir`/$1/$2.m4')smcf_m4_pushdef(`smcf_saved_div', divnum)smcf_m4_divert(-1)smcf_m4_define(`_ARG_', `$3')smcf_m4_sinclude(smcf_datadir`/$1/$2.m4')smcf_m4_divert(smcf_saved_div)smcf_m4_popdef(`smcf_saved_div')')

# --- the configuration macros -------------------------------------------
define(`OSTYPE', `smcf_call(`OSTYPE', $@)smcf_m4_define(`__OSTYPE__', `$1')smcf_include_data(`ostypes', `$1', `$2')')
define(`DOMAIN', `smcf_call(`DOMAIN', $@)smcf_include_data(`domain', `$1', `$2')')

# Plain records: the compiler applies them.
define(`smcf_record_macro', `define(`$1', `smcf_call(`$1', $'`@)')')
smcf_record_macro(`MAILER')
smcf_record_macro(`FEATURE')
smcf_record_macro(`HACK')
smcf_record_macro(`SITECONFIG')
smcf_record_macro(`SITE')
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
smcf_record_macro(`VIRTUSER_DOMAIN')
smcf_record_macro(`VIRTUSER_DOMAIN_FILE')
smcf_record_macro(`GENERICS_DOMAIN')
smcf_record_macro(`GENERICS_DOMAIN_FILE')
smcf_record_macro(`LDAPROUTE_DOMAIN')
smcf_record_macro(`LDAPROUTE_DOMAIN_FILE')
smcf_record_macro(`LDAPROUTE_EQUIVALENT')
smcf_record_macro(`LDAPROUTE_EQUIVALENT_FILE')
smcf_record_macro(`TRUST_AUTH_MECH')
smcf_record_macro(`MODIFY_MAILER_FLAGS')
smcf_record_macro(`DAEMON_OPTIONS')
smcf_record_macro(`CLIENT_OPTIONS')
smcf_record_macro(`MAIL_FILTER')
smcf_record_macro(`QUEUE_GROUP')

# These also change a define, as the reference does, so that later m4
# code (ifdef in the .mc) sees the same state.
define(`MASQUERADE_AS', `smcf_call(`MASQUERADE_AS', $@)define(`MASQUERADE_NAME', `$1')')
define(`INPUT_MAIL_FILTER',
	`smcf_call(`INPUT_MAIL_FILTER', $@)ifelse(defn(`confINPUT_MAIL_FILTERS'), `',
		`define(`confINPUT_MAIL_FILTERS', `$1')',
		`define(`confINPUT_MAIL_FILTERS', defn(`confINPUT_MAIL_FILTERS')`, $1')')')

# Sections: the raw text that follows goes to the named place of the cf.
define(`smcf_section_macro', `define(`$1', `smcf_section(`$1')')')
smcf_section_macro(`LOCAL_CONFIG')
smcf_section_macro(`LOCAL_RULESETS')
smcf_section_macro(`LOCAL_RULE_0')
smcf_section_macro(`LOCAL_RULE_1')
smcf_section_macro(`LOCAL_RULE_2')
smcf_section_macro(`LOCAL_RULE_3')
smcf_section_macro(`LOCAL_NET_CONFIG')
smcf_section_macro(`LOCAL_UUCP')
smcf_section_macro(`LOCAL_DNSBL')
smcf_section_macro(`MAILER_DEFINITIONS')
smcf_section_macro(`LOCAL_SRV_FEATURES')
smcf_section_macro(`LOCAL_CLT_FEATURES')
smcf_section_macro(`LOCAL_TRY_TLS')
smcf_section_macro(`LOCAL_TLS_RCPT')
smcf_section_macro(`LOCAL_TLS_CLIENT')
smcf_section_macro(`LOCAL_TLS_SERVER')

# Helpers the reference offers to .mc files.
define(`VERSIONID', ``#####  $1  #####'')
define(`CF_LEVEL', `10')
define(`CONCAT', `$1$2$3$4$5$6$7')
define(`DOL', ``$'$1')
define(`UUCPSMTP', `R DOL(*) < @ $1 .UUCP > DOL(*)	DOL(1) < @ $2 > DOL(2)')

# For ostypes/ and domain/ files: define NAME unless already defined.
# The record says so: a feature's define, which m4 never sees, must
# still keep it from happening (compiler/ir.h, ir_define_touched).
define(`smcf_default', `ifdef(`$1', `', `smcf_m4_define(`$1', `$2')smcf_note_as(`d', `$1')')')

# --- what a .mc may not do ----------------------------------------------
define(`smcf_refuse',
	`smcf_record(`E', `$1 is not available in a .mc: smcf never runs commands or writes files while reading one')')
smcf_wrap(`syscmd', `smcf_refuse(`syscmd')')
smcf_wrap(`esyscmd', `smcf_refuse(`esyscmd')')
smcf_wrap(`builtin', `smcf_refuse(`builtin')')
smcf_wrap(`maketemp', `smcf_refuse(`maketemp')')
smcf_wrap(`mkstemp', `smcf_refuse(`mkstemp')')
define(`debugfile', `smcf_refuse(`debugfile')')

# The configuration macros are written with ` and ' quotes; other quote
# characters would break every one of them (as they break the
# reference's), so the .mc may not change them.
define(`changequote',
	`ifelse(`$#', `0', `',
		`smcf_record(`E', `changequote is not available in a .mc: the configuration macros need the standard quotes')')')

# errprint becomes a warning record with the position of the call.
smcf_wrap(`errprint', `smcf_record(`W', `$1')')

# `include(.../cf.m4)', as distribution .mc files start, means "this
# toolchain": it reads nothing, and turns `#' comments off as cf.m4 does.
define(`smcf_m4_changecom', defn(`changecom'))
define(`smcf_is_cf_m4', `ifelse(regexp(`$1', `\(^\|/\)cf\.m4$'), `-1', `0', `1')')
smcf_wrap(`include',
	`ifelse(smcf_is_cf_m4(`$1'), `1', `smcf_m4_changecom()', `smcf_note_read(`$1')smcf_m4_include(`$1')')')
smcf_wrap(`sinclude',
	`ifelse(smcf_is_cf_m4(`$1'), `1', `smcf_m4_changecom()', `smcf_note_read(`$1')smcf_m4_sinclude(`$1')')')

# undivert(`file') reads a file too (diversion numbers are noted the
# same way: harmless).
define(`smcf_m4_undivert', defn(`undivert'))
define(`undivert',
	`ifelse(`$#', `0', `smcf_m4_undivert',
		`smcf_foreach(`smcf_note_read', $@)smcf_m4_undivert($@)')')

# divert(n): -1 drops text as usual; 0 and the reference's numbered
# diversions become sections, so raw text keeps its order.
define(`divert',
	`ifelse(`$1', `-1', `smcf_m4_divert(-1)',
		`$1', `', `smcf_section(`top')',
		`$1', `0', `smcf_section(`top')',
		`smcf_section(smcf_divsection(`$1'))')')

smcf_m4_undefine(`format')

# Last: every define, pushdef, undefine and popdef from here on is
# recorded.
smcf_wrap(`define', `smcf_m4_define($@)smcf_note_define(`$1')')
smcf_wrap(`pushdef', `smcf_m4_pushdef($@)smcf_note_define(`$1')')
smcf_wrap(`undefine', `smcf_m4_undefine($@)smcf_note_undefine(`$1')')
smcf_wrap(`popdef', `smcf_m4_popdef($@)smcf_note_current(`$1')')


# m4/start.m4 reports the defaults and -D values the .mc starts with.
smcf_m4_define(`smcf_initial_one',
	`ifdef(`$1', `smcf_note_define(`$1')')')
