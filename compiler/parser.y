/*
 * parser.y - Bison grammar of the record stream (see m4/prelude.m4).
 *
 *     stream := { TEXT | record }
 *     record := REC_BEGIN { FIELD | FIELD_SEP | record } REC_END
 *
 * Fields are the text between separators: the record type, file and
 * line, then the type's own fields.  Each complete record and each piece of raw text
 * goes to the front end (fe_record, fe_text), which builds the IR.
 */
%define api.pure full
%define api.prefix {recyy}
%param {void *scanner}
%parse-param {struct fe_state *st}

%code requires {
#include <stddef.h>
struct fe_state;
struct recyy_str { const char *s; size_t len; };
}

%code {
#include <stdio.h>
#include <stdlib.h>

#include "compiler/frontend.h"

int recyylex(RECYYSTYPE *lval, void *scanner);
static void recyyerror(void *scanner, struct fe_state *st, const char *msg);
}

%union {
	struct recyy_str str;
}

%token <str> TEXT FIELD
%token REC_BEGIN FIELD_SEP REC_END

%%

stream:
	  %empty
	| stream TEXT		{ fe_text(st, $2.s, $2.len); }
	| stream record
	;

record:
	  REC_BEGIN		{ fe_record_begin(st); }
	  parts REC_END		{ fe_record_end(st); }
	;

/* A record nested in a field (a macro call inside another's arguments)
 * is handled on its own and leaves the field as it was. */
parts:
	  %empty
	| parts FIELD		{ fe_field_text(st, $2.s, $2.len); }
	| parts FIELD_SEP	{ fe_field_sep(st); }
	| parts record
	;

%%

static void recyyerror(void *scanner, struct fe_state *st, const char *msg)
{
	(void)scanner;
	fe_stream_error(st, msg);
}
