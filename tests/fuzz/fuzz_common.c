/*
 * fuzz_common.c - the set-up the fuzzing harnesses share (see
 * fuzz_common.h).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "tests/fuzz/fuzz_common.h"

#define MAX_FILES 8

static char tmpdir[256];
static char *files[MAX_FILES];
static size_t nfiles;

static void discard_diag(void *arg, enum diag_code code, enum diag_level level, const char *file,
			 int line, int col, const char *message)
{
	(void)arg; (void)code; (void)level; (void)file; (void)line; (void)col; (void)message;
}

static void cleanup(void)
{
	char path[512];
	size_t i;

	for (i = 0; i < nfiles; i++) {
		snprintf(path, sizeof path, "%s/%s", tmpdir, files[i]);
		unlink(path);
		free(files[i]);
	}
	nfiles = 0;
	if (tmpdir[0] != '\0' && chdir("/") == 0)
		rmdir(tmpdir);
}

void fuzz_setup(void)
{
	const char *t = getenv("TMPDIR");
	int fd;

	if (tmpdir[0] != '\0')
		return;
	snprintf(tmpdir, sizeof tmpdir, "%s/smcf-fuzz.XXXXXX", t && *t ? t : "/tmp");
	if (mkdtemp(tmpdir) == NULL || chdir(tmpdir) != 0) {
		perror("fuzz: temporary folder");
		exit(1);
	}
	atexit(cleanup);
	fd = open("/dev/null", O_WRONLY);
	if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0) {
		perror("fuzz: /dev/null");
		exit(1);
	}
	close(fd);
	diag_set_sink(discard_diag, NULL);
}

const char *fuzz_file(const char *name)
{
	static char path[512];
	size_t i;

	for (i = 0; i < nfiles && strcmp(files[i], name) != 0; i++)
		continue;
	if (i == nfiles) {
		if (nfiles == MAX_FILES) {
			fprintf(stderr, "fuzz: too many files\n");
			exit(1);
		}
		files[nfiles++] = strdup(name);
	}
	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	return path;
}

void fuzz_write_file(const char *name, const void *data, size_t len)
{
	const char *path = fuzz_file(name);
	FILE *fp = fopen(path, "w");

	if (fp == NULL || (len > 0 && fwrite(data, 1, len, fp) != len) || fclose(fp) != 0) {
		perror(path);
		exit(1);
	}
}

int fuzz_names_special_file(const uint8_t *data, size_t size)
{
	static const char *const places[] = { "/dev", "/proc", "/sys" };
	size_t i;

	for (i = 0; i < sizeof places / sizeof places[0]; i++)
		if (memmem(data, size, places[i], strlen(places[i])) != NULL)
			return 1;
	return 0;
}

char *fuzz_strndup(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}
