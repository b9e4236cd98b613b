/*
 * cmd_makemap.c - "smcf makemap" / "makemap": build a Berkeley DB map
 * from lines on stdin, or dump one (-u), with sendmail 8.17 makemap's
 * flags, messages and exit statuses.
 *
 * Flow: options -> (as root, or for the cf/CF types) read the cf ->
 * pick the type -> check the target -> build the new map in an unnamed
 * file beside it -> rename it into place.  Per-line errors are reported
 * and processing goes on; the exit status is the last error class seen,
 * as in the reference.  A failure to read the input or to store a record
 * keeps the old map (the reference would have left a partial one).
 *
 * Three additions, which change nothing sendmail's makemap would do:
 * --help (the reference calls it an invalid option), -q KEY to look a key
 * up as sendmail would (mm_query.c), and on a terminal a progress line
 * on stderr while a large map is loaded.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "makemap/mm_cf.h"
#include "makemap/mm_db.h"
#include "makemap/mm_input.h"
#include "makemap/mm_order.h"
#include "makemap/mm_query.h"
#include "makemap/mm_target.h"
#include "makemap/mm_types.h"
#include "src/commands.h"
#include "progress.h"
#include "version.h"
#include "xalloc.h"
#include "xvasprintf.h"

#define OPTSTRING "C:D:Nc:defi:Llorq:st:uvx"

/*
 * The Berkeley DB cache when -c is not given.  Records are stored sorted
 * (mm_order.h), so Berkeley DB works on one page after another and a
 * small cache is enough: 1 MiB, as sendmail's makemap; a bigger one is
 * only slower (each of its pages is allocated and faulted in once).  With
 * -v records are stored in line order, all over the file: a bigger cache
 * then saves most of the reads and writes, and is a fixed ceiling, so
 * memory does not grow with the input.
 */
#define SORTED_CACHE_BYTES (1024UL * 1024)
#define LINE_ORDER_CACHE_BYTES (64UL * 1024 * 1024)

/*
 * The reference hands -c to libdb as a 32-bit number, and libdb quietly
 * copes with absurd values there.  A private pool of that size would not
 * open, so sizes above this are cut to it.
 */
#define MAX_CACHE_BYTES (1024UL * 1024 * 1024)

static size_t cache_size_arg(const char *arg)
{
	uint32_t bytes = (uint32_t)atol(arg);	/* as the reference converts it */

	return bytes > MAX_CACHE_BYTES ? MAX_CACHE_BYTES : bytes;
}

struct makemap {
	const char *progname;
	const char *cf;
	const char *type_name;
	const char *fallback;	/* -i */
	const char *mapname;
	const char *query;	/* -q KEY */
	size_t cache_bytes;	/* -c, or 0 for the default */
	bool cache_given;
	bool duplicates;	/* -d */
	bool add;		/* -o */
	bool replace;		/* -r */
	bool unsafe_ok;		/* -s */
	bool dump;		/* -u */
	bool verbose;		/* -v */
	struct mm_syntax syntax;
	struct mm_cf_info cfinfo;
	struct mm_errlog *errlog;	/* messages kept for the end, or NULL */
	int sort_error;			/* errno of a failed temporary file */
};

/* --help: every option on one line. */
static const char help_text[] =
	"usage: makemap [OPTION]... TYPE MAPNAME < SOURCE\n"
	"       smcf makemap [OPTION]... TYPE MAPNAME < SOURCE\n"
	"       makemap -q KEY [-N] [-f] TYPE MAPNAME\n"
	"\n"
	"Build the Berkeley DB map MAPNAME.db that sendmail reads from \"KEY VALUE\"\n"
	"lines on standard input, exactly as sendmail " SMCF_SENDMAIL_VERSION "'s makemap does, but\n"
	"replacing the old map in one rename: readers never see half a map.\n"
	"TYPE is hash, btree or implicit (= hash), or cf/CF: the type of the\n"
	"K line of the cf whose file is MAPNAME.\n"
	"\n"
	"options:\n"
	"  -C CFFILE     the cf for TrustedUser and K lines (/etc/mail/sendmail.cf)\n"
	"  -N            store keys and values with their terminating NUL byte\n"
	"  -c CACHESIZE  Berkeley DB cache in bytes (default 1 MiB; 64 MiB with -v)\n"
	"  -D CHAR       lines starting with CHAR are comments (default #)\n"
	"  -d            allow duplicate keys (all are kept)\n"
	"  -e            allow empty values\n"
	"  -f            do not fold keys to lower case\n"
	"  -i TYPE       the type for cf/CF when the cf has no K line for MAPNAME\n"
	"  -l            list the map types and exit\n"
	"  -L            list the map types, with cf and CF, and exit\n"
	"  -o            add to the existing map instead of replacing it\n"
	"  -q KEY        print KEY's value as sendmail would look it up (with -N\n"
	"                and -f as the map was built); exit 0 found, 1 not found;\n"
	"                -q - reads keys from standard input, prints KEY<TAB>VALUE\n"
	"  -r            a key seen again replaces the value (default: an error)\n"
	"  -s            skip the safety checks (symbolic links, hard links)\n"
	"  -t CHAR       keys and values are separated by CHAR, not white space\n"
	"  -u            print the map's records instead of building it\n"
	"  -v            print each record as it is stored\n"
	"  -x            list the map types with their file extensions and exit\n"
	"  --help        show this help (with -q, what sendmail's makemap lacks)\n"
	"\n"
	"exit status: 0 done (-q: found); 1 -q: not found; 64 usage error; 65 bad\n"
	"input lines (reported, the others stored) or a cf/CF map not in the cf;\n"
	"66 the cf cannot be read; 70 the map cannot be listed; 73 the map cannot\n"
	"be opened or created; 74 a write or read error (the old map is kept).\n"
	"\n"
	"examples:\n"
	"  makemap hash /etc/mail/access < /etc/mail/access\n"
	"  smcf makemap -u hash /etc/mail/access\n"
	"  smcf makemap -q example.org hash /etc/mail/access\n"
	"\n"
	"See makemap(8).\n";

/*
 * Whether --help is among the arguments where getopt would read an
 * option: not the value of an option that takes one, not after "--".
 * The options that take a value are those followed by ':' in OPTSTRING.
 */
static bool asks_for_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--") == 0)
			return false;
		if (strcmp(a, "--help") == 0)
			return true;
		if (a[0] != '-' || a[1] == '\0')
			continue;
		for (const char *c = a + 1; *c != '\0'; c++) {
			const char *o = strchr(OPTSTRING, *c);

			if (o != NULL && o[1] == ':') {
				if (c[1] == '\0')
					i++;	/* the value is the next argument */
				break;
			}
		}
	}
	return false;
}

static int usage(const char *progname)
{
	int w = (int)strlen(progname);

	fprintf(stderr, "Usage: %s [-C cffile] [-N] [-c cachesize] [-D commentchar]\n", progname);
	fprintf(stderr, "       %*s [-d] [-e] [-f] [-i type] [-l] [-o] [-r] [-s] [-t delimiter]\n", w, "");
	fprintf(stderr, "       %*s [-u] [-v] type mapname\n", w, "");
	return EX_USAGE;
}

/* Parse the options; -1 to go on, otherwise the exit status. */
static int parse_options(struct makemap *mm, int argc, char **argv)
{
	int opt;

	while ((opt = getopt(argc, argv, OPTSTRING)) != -1) {
		switch (opt) {
		case 'C': mm->cf = optarg; break;
		case 'N': mm->syntax.include_nul = true; break;
		case 'c':
			mm->cache_bytes = cache_size_arg(optarg);
			mm->cache_given = true;
			break;
		case 'd': mm->duplicates = true; break;
		case 'e': mm->syntax.allow_empty = true; break;
		case 'f': mm->syntax.fold_keys = false; break;
		case 'i': mm->fallback = optarg; break;
		case 'D': mm->syntax.comment = (unsigned char)*optarg; break;
		case 'o': mm->add = true; break;
		case 'q': mm->query = optarg; break;
		case 'r': mm->replace = true; break;
		case 's': mm->unsafe_ok = true; break;
		case 'u': mm->dump = true; break;
		case 'v': mm->verbose = true; break;
		case 't':
			if (*optarg == '\0')
				fprintf(stderr, "Invalid separator\n");
			else
				mm->syntax.delimiter = (unsigned char)*optarg;
			break;
		case 'l':
			mm_types_list(stdout, 0);
			return EX_OK;
		case 'L':
			/* The reference's pseudo types come out first through a pipe. */
			printf("cf\nCF\n");
			mm_types_list(stdout, 0);
			return EX_OK;
		case 'x':
			mm_types_list(stdout, 1);
			return EX_OK;
		default:
			return usage(mm->progname);
		}
	}
	if (argc - optind != 2)
		return usage(mm->progname);
	mm->type_name = argv[optind];
	mm->mapname = argv[optind + 1];
	return -1;
}

static bool type_from_cf(const char *type)
{
	return strcmp(type, "cf") == 0 || strcmp(type, "CF") == 0;
}

/*
 * Read the cf when the reference does (as root for TrustedUser; always
 * for cf/CF) and settle the map type.  -1 to go on, else the exit status.
 */
static int settle_type(struct makemap *mm, bool cf_given)
{
	bool want_class = type_from_cf(mm->type_name);
	bool full_path = strcmp(mm->type_name, "cf") == 0;

	if (geteuid() != 0 && !want_class)
		return -1;
	if (mm_cf_read(mm->cf, want_class ? mm->mapname : NULL, full_path, &mm->cfinfo) != 0) {
		/* Deviation: a missing default cf does not stop a root run. */
		if (!cf_given && !want_class && errno == ENOENT)
			return -1;
		fprintf(stderr, "makemap: %s: %s\n", mm->cf, strerror(errno));
		return EX_NOINPUT;
	}
	if (!want_class)
		return -1;
	if (mm->cfinfo.map_class != NULL) {
		mm->type_name = mm->cfinfo.map_class;
		return -1;
	}
	if (mm->fallback != NULL && *mm->fallback != '\0') {
		mm->type_name = mm->fallback;
		if (mm->verbose)
			fprintf(stderr, "%s: mapfile %s: not found in %s, using fallback %s\n",
				mm->progname, mm->mapname, mm->cf, mm->fallback);
		return -1;
	}
	fprintf(stderr, "%s: mapfile %s: not found in %s\n", mm->progname, mm->mapname, mm->cf);
	return EX_DATAERR;
}

static int open_error(const struct makemap *mm, const char *why)
{
	fprintf(stderr, "%s: error opening type %s map %s: %s\n",
		mm->progname, mm->type_name, mm->mapname, why);
	return EX_CANTCREAT;
}

/* "<name>.<ext>" unless NAME already ends in ".<ext>". */
static char *file_name(const char *name, const char *ext)
{
	size_t n = strlen(name), e = strlen(ext);

	if (n > e && name[n - e - 1] == '.' && strcmp(name + n - e, ext) == 0)
		return xstrdup(name);
	return xasprintf("%s.%s", name, ext);
}

static int dump_map(struct makemap *mm, struct mm_db *db)
{
	static char outbuf[1 << 16];
	int sep = mm->syntax.delimiter ? mm->syntax.delimiter : '\t';

	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	if (mm_db_dump(db, stdout, sep) != 0) {
		fprintf(stderr, "%s: cannot make cursor for type %s map %s\n",
			mm->progname, mm->type_name, mm->mapname);
		return EX_SOFTWARE;
	}
	return EX_OK;
}

/* Print the message about line LINENO. */
static void print_line_error(void *arg, unsigned int lineno, const char *message)
{
	const struct makemap *mm = arg;

	progress_clear();
	fprintf(stderr, "%s: %s: line %u: %s\n", mm->progname, mm->mapname, lineno, message);
}

/*
 * Report a bad input line, at once or (while records are sorted) kept
 * for the end; returns STATUS, the exit status it implies.
 */
static int __attribute__((format(printf, 4, 5)))
line_error(struct makemap *mm, unsigned int lineno, int status, const char *fmt, ...)
{
	va_list ap;
	char *message;
	int err;

	va_start(ap, fmt);
	message = xvasprintf(fmt, ap);
	va_end(ap);
	if (mm->errlog == NULL)
		print_line_error(mm, lineno, message);
	else if ((err = mm_errlog_add(mm->errlog, lineno, status, message)) != 0 && mm->sort_error == 0)
		mm->sort_error = err;
	free(message);
	return status;
}

static int duplicate_error(struct makemap *mm, unsigned int lineno, const char *key)
{
	return line_error(mm, lineno, EX_DATAERR, "key %s: duplicate key", key);
}

static char *progress_label;

/* The progress line of a large load (only on a terminal, see progress.h);
 * a percentage when stdin is a file. */
static void start_progress(const struct makemap *mm)
{
	struct stat st;
	off_t size = fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : 0;

	progress_label = xasprintf("%s: %s", mm->progname, mm->mapname);
	progress_start(progress_label, size);
}

static void end_progress(void)
{
	progress_end();
	free(progress_label);
	progress_label = NULL;
}

/*
 * Store a record of line LINENO; EX_OK, or the status of the error
 * reported.  *FATAL is set when the new map cannot be trusted to be
 * complete: it is then not installed.
 */
static int store(struct makemap *mm, struct mm_db *db, unsigned int lineno,
		 const struct mm_record *rec, bool no_overwrite, int *fatal)
{
	int err = 0;

	switch (mm_db_put(db, rec->key, rec->key_size, rec->value, rec->value_size,
			  no_overwrite, &err)) {
	case MM_PUT_OK:
		break;
	case MM_PUT_DUPLICATE:
		return duplicate_error(mm, lineno, rec->key);
	case MM_PUT_ERROR:
		*fatal = 1;
		return line_error(mm, lineno, EX_IOERR, "key %s: put error: %s",
				  rec->key, mm_db_strerror(err));
	}
	return EX_OK;
}

/* Where read_lines() hands each record: returns EX_OK or an error status,
 * or -1 to stop reading. */
typedef int (*keep_fn)(struct makemap *mm, void *arg, unsigned int lineno,
		       const struct mm_record *rec, int *fatal);

/*
 * Read every line of stdin, report the bad ones and hand the records to
 * KEEP; returns the exit status of the lines.  *READ_ERR is the errno of
 * a failed read of the input, else 0.
 */
static int read_lines(struct makemap *mm, keep_fn keep, void *arg, int *fatal, int *read_err)
{
	struct mm_reader *rd = mm_reader_new(STDIN_FILENO);
	char line[MM_LINE_BUFSIZE];
	unsigned int lineno = 0;
	enum mm_read_status rs;
	int status = EX_OK, r;

	if (!mm->verbose)
		start_progress(mm);
	while ((rs = mm_read_line(rd, line)) != MM_READ_EOF && rs != MM_READ_ERROR) {
		struct mm_record rec;

		lineno++;
		if (progress_due())
			progress_show(lineno, "lines", lseek(STDIN_FILENO, 0, SEEK_CUR));
		if (rs == MM_READ_TOO_LONG) {
			status = line_error(mm, lineno, EX_DATAERR, "line too long (%ld bytes max)",
					    (long)MM_LINE_BUFSIZE);
			continue;
		}
		switch (mm_parse_line(&mm->syntax, line, &rec)) {
		case MM_PARSE_SKIP:
			continue;
		case MM_PARSE_LEADING_SPACE:
			status = line_error(mm, lineno, EX_DATAERR, "syntax error (leading space)");
			continue;
		case MM_PARSE_NO_VALUE:
			status = line_error(mm, lineno, EX_DATAERR, "no RHS for LHS %s", rec.key);
			continue;
		case MM_PARSE_RECORD:
			break;
		}
		if (mm->verbose)
			printf("key=`%s', val=`%s'\n", rec.key, rec.value);
		r = keep(mm, arg, lineno, &rec, fatal);
		if (r < 0)
			break;
		if (r != EX_OK)
			status = r;
	}
	end_progress();
	*read_err = rs == MM_READ_ERROR ? mm_reader_error(rd) : 0;
	mm_reader_free(rd);
	return status;
}

static void report_read_error(const struct makemap *mm, int err, int *fatal)
{
	if (err == 0)
		return;
	fprintf(stderr, "%s: %s: cannot read input: %s\n", mm->progname, mm->mapname, strerror(err));
	*fatal = 1;
}

/* Something the sorting needs (a temporary file) failed: nothing is
 * installed. */
static void report_sort_error(const struct makemap *mm, int err, int *fatal)
{
	fprintf(stderr, "%s: %s: cannot sort the input: %s\n", mm->progname, mm->mapname,
		strerror(err));
	*fatal = 1;
}

static int keep_storing(struct makemap *mm, void *db, unsigned int lineno,
			const struct mm_record *rec, int *fatal)
{
	return store(mm, db, lineno, rec, !mm->duplicates && !mm->replace, fatal);
}

/* With -v: store each line as it is read, printing it, as the reference. */
static int load_in_line_order(struct makemap *mm, struct mm_db *db, int *fatal)
{
	int read_err, status = read_lines(mm, keep_storing, db, fatal, &read_err);

	report_read_error(mm, read_err, fatal);
	return status;
}

static int keep_for_sorting(struct makemap *mm, void *order, unsigned int lineno,
			    const struct mm_record *rec, int *fatal)
{
	int err = mm_order_add(order, lineno, rec);

	if (err == 0)
		return EX_OK;
	if (mm->sort_error == 0)
		mm->sort_error = err;
	*fatal = 1;
	return -1;
}

/* The key stored last, in the sorted order. */
struct prev_key {
	size_t size;
	bool set;
	char bytes[MM_LINE_BUFSIZE];
};

/*
 * Store a record in the sorted order.  Records of one key come together,
 * in line order, so when the map started empty (no -o) a key equal to
 * the one before is a duplicate without asking Berkeley DB, whose check
 * costs a second search per record.  With -o the map's old records are
 * there too: Berkeley DB checks, as for the reference.
 */
static void store_sorted(struct makemap *mm, struct mm_db *db, unsigned int lineno,
			 const struct mm_record *rec, struct prev_key *prev, int *fatal)
{
	bool no_overwrite = !mm->duplicates && !mm->replace;

	if (!mm->add) {
		if (no_overwrite && prev->set && prev->size == rec->key_size &&
		    memcmp(prev->bytes, rec->key, rec->key_size) == 0) {
			(void)duplicate_error(mm, lineno, rec->key);
			return;
		}
		memcpy(prev->bytes, rec->key, rec->key_size);
		prev->size = rec->key_size;
		prev->set = true;
		no_overwrite = false;
	}
	(void)store(mm, db, lineno, rec, no_overwrite, fatal);
}

/*
 * Read all of stdin, then open the map (sized from what was read) and
 * store the records in the order that suits the map (mm_order.h), then
 * report the bad lines in line order.  Returns the exit status of the
 * lines, or -1 when the map cannot be opened (*OPEN_ERR; nothing is
 * reported then, as the reference stops before reading).
 */
static int load_sorted(struct makemap *mm, struct mm_db_params *params, const char *path,
		       struct mm_db **dbp, int *fatal, int *open_err)
{
	struct mm_order *order = mm_order_new(params->kind, mm->syntax.include_nul);
	struct prev_key prev = { 0, false, { 0 } };
	struct mm_record rec;
	unsigned int lineno;
	unsigned long stored = 0;
	int read_err, err, rc, status;

	mm->errlog = mm_errlog_new();
	(void)read_lines(mm, keep_for_sorting, order, fatal, &read_err);
	if (mm->sort_error == 0 && (err = mm_order_finish(order)) != 0)
		mm->sort_error = err;
	if (mm->sort_error == 0) {
		params->records = mm->add ? 0 : mm_order_count(order);
		params->record_bytes = mm_order_bytes(order);
		*open_err = mm_db_open(path, params, dbp);
		if (*open_err != 0) {
			mm_order_free(order);
			mm_errlog_free(mm->errlog);
			mm->errlog = NULL;
			return -1;
		}
		progress_start(progress_label = xasprintf("%s: %s: storing", mm->progname, mm->mapname), 0);
		while ((rc = mm_order_next(order, &lineno, &rec)) > 0) {
			if (progress_due())
				progress_show(++stored, "records", 0);
			store_sorted(mm, *dbp, lineno, &rec, &prev, fatal);
		}
		end_progress();
		if (rc < 0 && mm->sort_error == 0)
			mm->sort_error = errno;
	}
	mm_order_free(order);
	status = mm_errlog_replay(mm->errlog, print_line_error, mm);
	if (status < 0) {
		if (mm->sort_error == 0)
			mm->sort_error = errno;
		status = EX_IOERR;
	}
	mm_errlog_free(mm->errlog);
	mm->errlog = NULL;
	report_read_error(mm, read_err, fatal);
	if (mm->sort_error != 0)
		report_sort_error(mm, mm->sort_error, fatal);
	return status;
}

static int run(struct makemap *mm, bool cf_given)
{
	const struct mm_type *type;
	struct mm_db_params params;
	struct mm_check chk;
	struct mm_target target;
	struct mm_db *db = NULL;	/* not opened when sorting failed */
	const char *why;
	char *file;
	int status, err = 0, fatal = 0;
	static char errbuf[1 << 14];

	status = settle_type(mm, cf_given);
	if (status >= 0)
		return status;
	type = mm_type_find(mm->type_name);
	if (type == NULL)
		return open_error(mm, "Unknown database type");
	if (!type->available) {
		fprintf(stderr, "%s: Need to recompile with -D%s for %s support\n",
			mm->progname, type->needs, mm->type_name);
		return EX_CANTCREAT;
	}

	if (mm->query != NULL) {
		struct mm_query q = {
			mm->progname, type->kind == MM_DB_BTREE ? "btree" : "hash", mm->mapname,
			mm->syntax.include_nul, mm->syntax.fold_keys, mm->unsafe_ok,
		};

		return mm_query_run(&q, mm->query);
	}
	memset(&chk, 0, sizeof chk);
	chk.unsafe_ok = mm->unsafe_ok;
	chk.read_only = mm->dump;
	chk.must_exist = mm->add;
	chk.trusted_uid = mm->cfinfo.trusted_uid;
	file = file_name(mm->mapname, type->extension);
	why = mm_target_check(file, &chk, &target);
	free(file);
	if (why != NULL) {
		mm_target_free(&target);
		return open_error(mm, why);
	}

	memset(&params, 0, sizeof params);
	params.kind = type->kind;
	params.cache_bytes = mm->cache_given ? mm->cache_bytes
			    : mm->verbose ? LINE_ORDER_CACHE_BYTES : SORTED_CACHE_BYTES;
	params.duplicates = mm->duplicates;
	params.read_only = mm->dump;
	if (mm->dump) {
		err = mm_db_open(target.path, &params, &db);
		mm_target_free(&target);
		if (err != 0)
			return open_error(mm, mm_db_strerror(err));
		status = dump_map(mm, db);
		if (mm_db_close(db) != 0 && status == EX_OK)
			status = EX_IOERR;
		return status;
	}

	err = mm_target_begin(&target, mm->add, mm->cfinfo.trusted_uid);
	if (err == 0 && mm->verbose && (err = mm_db_open(target.db_path, &params, &db)) != 0)
		mm_target_abort(&target);
	if (err != 0) {
		mm_target_free(&target);
		return open_error(mm, mm_db_strerror(err));
	}
	/*
	 * A large source with many bad lines would otherwise cost one write
	 * per message.  Without -v nothing else is printed meanwhile, so
	 * buffering cannot change the order of what the user sees.
	 */
	if (!mm->verbose)
		setvbuf(stderr, errbuf, _IOFBF, sizeof errbuf);
	if (mm->verbose)
		status = load_in_line_order(mm, db, &fatal);
	else
		status = load_sorted(mm, &params, target.db_path, &db, &fatal, &err);
	fflush(stderr);
	setvbuf(stderr, NULL, _IONBF, 0);
	if (status < 0) {
		mm_target_abort(&target);
		mm_target_free(&target);
		return open_error(mm, mm_db_strerror(err));
	}
	fflush(stdout);
	if ((db != NULL && (err = mm_db_close(db)) != 0) ||
	    (!fatal && (err = mm_target_commit(&target)) != 0)) {
		fprintf(stderr, "%s: close(%s): %s\n", mm->progname, mm->mapname, mm_db_strerror(err));
		status = EX_IOERR;
	} else if (fatal) {
		status = EX_IOERR;	/* the old map stays in place */
	}
	mm_target_free(&target);
	return status;
}

int cmd_makemap(int argc, char **argv)
{
	struct makemap mm;
	const char *slash = strrchr(argv[0], '/');
	bool cf_given;
	int status;

	memset(&mm, 0, sizeof mm);
	mm.progname = slash ? slash + 1 : argv[0];
	if (asks_for_help(argc, argv)) {
		fputs(help_text, stdout);
		return EX_OK;
	}
	mm.cf = MM_DEFAULT_CF;
	mm.syntax.comment = '#';
	mm.syntax.fold_keys = true;
	status = parse_options(&mm, argc, argv);
	if (status >= 0)
		return status;
	cf_given = strcmp(mm.cf, MM_DEFAULT_CF) != 0;
	status = run(&mm, cf_given);
	mm_cf_info_free(&mm.cfinfo);
	return status;
}
