/*
 * config.h - the in-memory model of a sendmail.cf and the reader.
 *
 * Macros, classes and rules live in the engine (engine/macro.h,
 * engine/symtab.h, engine/rewrite.h), maps in the map registry; this
 * module keeps what is left: the version level, mailers, options that
 * change -bt behaviour, precedences and the help file name.
 */
#ifndef SMCF_CONFIG_H
#define SMCF_CONFIG_H

#include <stdio.h>
#include <sys/types.h>

#include "diag_codes.h"
#include "engine/meta.h"

struct map_registry;

struct mailer {
	int number;
	char *name;
	char *path;		/* P= */
	unsigned char flags[16];	/* F= bit per character */
	int se_rwset, sh_rwset;	/* S= envelope/header */
	int re_rwset, rh_rwset;	/* R= envelope/header */
	long maxsize;		/* M= */
	int maxdeliveries;	/* m= */
	int maxrcpt;		/* r= */
	int linelimit;		/* L= */
	int nice;		/* N= */
	uid_t uid;		/* U= */
	gid_t gid;
	char *eol;		/* E= */
	char *charset;		/* C= */
	char *types_buf;		/* T= text; the three below point into it */
	const char *mtatype, *addrtype, *diagtype;
	char *execdir, *rootdir;	/* D= and / = */
	char **argv;		/* A= */
};

struct precedence {
	char *name;
	int value;
};

struct config {
	int level;			/* V line */
	struct mailer *mailers[SM_MAXMAILERS];
	struct precedence prec[25];
	int nprec;
	char *helpfile;
	int dont_probe_interfaces;
	int operators_set;		/* OperatorChars seen */
	char *must_quote;		/* MustQuoteChars list, NULL: default */
	char *dont_blame;		/* DontBlameSendmail flags */
	int queue_dir_set;		/* QueueDirectory given */
	int colon_ok;			/* ColonOkInAddr */
	int nalias_files;		/* AliasN maps the AliasFile options made */
	struct map_registry *maps;
};

extern struct config config;

/* Read the cf at PATH (messages go to stdout as sendmail prints them). */
int cf_read(const char *path);
/* The same from TEXT (LEN bytes); NAME is what messages call it. */
int cf_read_text(const char *name, const char *text, size_t len);
/*
 * While ON, reading checks the text only: class files, programs and maps
 * named by F lines are not read, and U= users and groups are not looked
 * up, so the result does not depend on the host (cf/check.h).
 */
void cf_set_syntax_only(int on);
int cf_is_syntax_only(void);
/*
 * While reading for a check (cf/check.c): note the names the cf defines
 * and uses in MODEL (NULL: stop), and say what kind of problem the
 * message being given is about and where its line starts.
 */
struct cf_model;
void cf_set_model(struct cf_model *model);
enum diag_code cf_message_code(void);
int cf_message_first_line(void);

/*
 * An observer of the lines read (cf/meaning.c builds the meaning of a cf
 * from it): called after each line has been handled, with the logical
 * line as written (continuation lines joined by their newline) and in
 * internal form, and for R lines the rule it added.  NULL stops.
 */
struct rule;
struct cf_line_info {
	int line;		/* first physical line, 1.. */
	const char *raw;	/* as written */
	const char *text;	/* "$x" translated, comments cut */
	int ruleset;		/* the current ruleset after the line, or -1 */
	const struct rule *rule;	/* R lines: the rule, or NULL if refused */
};
typedef void (*cf_line_fn)(void *arg, const struct cf_line_info *info);
void cf_set_line_observer(cf_line_fn fn, void *arg);
/* Set the defaults sendmail has before reading a cf (built-in mailers). */
void cf_defaults(void);
void cf_free(void);

/* Mailers */
void mailer_define(char *line);	/* body of an M line (modified) */
struct mailer *mailer_find(const char *name);
int mailer_has_flag(const struct mailer *m, int flag);
/* Set (ON) or clear each flag letter of FLAGS; M may be NULL. */
void mailer_set_flags(struct mailer *m, const char *flags, int on);
void mailer_print(FILE *out, const struct mailer *m);
void mailers_free(void);

/* Headers: H lines, and the flags "/header" reports for a user header. */
void header_define(char *line);
unsigned long header_user(char *line);
void headers_free(void);

/* Why class file PATH may not be read (sendmail's text), or NULL. */
const char *class_file_problem(const char *path);

/* Queue groups (Q lines). */
void queue_define(char *line);
int queue_exists(const char *name);
void queues_free(void);

/* Mail filters (X lines): checked, then remembered by name. */
void filter_define(char *line);
void filters_free(void);

/* Options: LETTER is ' ' for the long form "O Name=value". */
void option_set(int letter, char *value);
/* A command line option (-O Name=value): later O lines for it are ignored. */
void option_set_sticky(char *value);
/* The value option NAME (its long name) was last given, or NULL. */
const char *option_value(const char *name);
/* The long name of option LETTER, or the usual spelling of the option
 * NAME names or abbreviates unambiguously; NULL when there is none.
 * Nothing is printed. */
const char *option_long_name(int letter);
const char *option_canonical_name(const char *name);
void option_values_free(void);

/*
 * The next "X=value" field of an M or X line at *PP: *CODE is X, *VALUE
 * the unquoted value (static); *PP moves past it.  -1 when there is no
 * '=' (sendmail's "`=' expected").
 */
int cf_next_field(char **pp, int *code, char **value);

/* sendmail's munchstring(): unquote up to DELIM; static result. */
char *cf_munch(const char *p, const char **delimptr, int delim);

#endif
