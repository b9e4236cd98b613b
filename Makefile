# smcf — GNU make build.
#
#   make            build build/smcf and the build/makemap link
#   make check      install what is missing, build, run every test; ends
#                   with "N passed, N failed, N skipped"
#   make sanitize   the same tests on an ASan+UBSan build (build-san/)
#   make demo       install what is missing, build, show smcf at work
#   make fuzz       TIME=60: build the libFuzzer targets (clang, ASan+UBSan)
#                   and run each for TIME seconds (tests/fuzz/run)
#   make install    PREFIX=/usr/local DESTDIR= (see the install target)
#
# Sources are found by directory: every *.c under the pipeline folders goes
# into build/libsmcf.a, src/main.c is the only program entry.  A folder that
# needs extra rules (Flex, Bison) keeps them in its own module.mk.

BUILD    ?= build
CC       ?= gcc
CFLAGS   ?= -O2 -g
WARN      = -Wall -Wextra -Werror
CPPFLAGS += -std=c11 -D_GNU_SOURCE -I. -Ilib -I$(BUILD)/gen
LDLIBS   += -ldb
PREFIX   ?= /usr/local

# Folders whose C files make up the library, in pipeline order.
MODULES   = lib cf engine bt policy compiler features mailers makemap lint show site

# The first target is the default one, whatever module.mk files add.
all:

SRCS      = $(foreach d,$(MODULES),$(wildcard $(d)/*.c $(d)/*/*.c))
GEN_SRCS  =
-include $(wildcard $(addsuffix /module.mk,$(MODULES)))

OBJS      = $(patsubst %.c,$(BUILD)/obj/%.o,$(SRCS) $(GEN_SRCS))
DEPS      = $(OBJS:.o=.d) $(BUILD)/obj/src/main.d

UNIT_SRCS = $(wildcard tests/*/test_*.c)
UNIT_BINS = $(patsubst tests/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))

.PHONY: all check sanitize demo install clean unit

all: $(BUILD)/smcf $(BUILD)/makemap unit

$(BUILD)/smcf: $(BUILD)/obj/src/main.o $(BUILD)/libsmcf.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/makemap: $(BUILD)/smcf
	ln -sf smcf $@

$(BUILD)/libsmcf.a: $(OBJS)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -MMD -MP -c -o $@ $<

# Generated sources (Flex/Bison output) live under $(BUILD)/gen and are
# compiled without -Werror's unused-function noise from the skeletons.
$(BUILD)/obj/$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -Wno-unused-function -Wno-sign-compare -MMD -MP -c -o $@ $<

# The installed data and document folders are compiled into lib/paths.c;
# a stamp file holding PREFIX makes a changed PREFIX rebuild it.
DATADIR   = $(PREFIX)/share/smcf
DOCDIR    = $(PREFIX)/share/doc/smcf
MANDIR    = $(PREFIX)/share/man
COMPDIR   = $(PREFIX)/share/bash-completion/completions
$(BUILD)/obj/lib/paths.o: CPPFLAGS += -DSMCF_INSTALLED_DATADIR='"$(DATADIR)"' \
	-DSMCF_INSTALLED_DOCDIR='"$(DOCDIR)"'
$(BUILD)/obj/lib/paths.o: $(BUILD)/prefix.stamp
$(BUILD)/prefix.stamp: FORCE
	@mkdir -p $(dir $@)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' > $@

.PHONY: FORCE
FORCE:

unit: $(UNIT_BINS)

$(BUILD)/tests/%: tests/%.c $(BUILD)/libsmcf.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(BUILD)/libsmcf.a $(LDLIBS)

# tests/setup installs what the build and the tests need (as root on
# Debian; otherwise it names what is missing), so that on a fresh machine
# `make check' is the only command to type.
check:
	@tests/setup
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory fuzz-build-quiet
	@SMCF_BUILD=$(BUILD) tests/run

SANBUILD ?= build-san
sanitize:
	$(MAKE) BUILD=$(SANBUILD) CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
		LDFLAGS="-fsanitize=address,undefined" check

demo:
	@examples/demo

# The binary, the makemap link, the data the binary reads (m4 ostypes
# domain, under DATADIR), the manual pages, the lint codes document the
# lint output points to (DOCDIR) and the bash completion.  DESTDIR stages
# the whole tree elsewhere; tests/install/check checks the result.
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR) \
		$(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(COMPDIR)
	install -m 0755 $(BUILD)/smcf $(DESTDIR)$(PREFIX)/bin/smcf
	ln -sf smcf $(DESTDIR)$(PREFIX)/bin/makemap
	rm -rf $(DESTDIR)$(DATADIR)/m4 $(DESTDIR)$(DATADIR)/ostypes $(DESTDIR)$(DATADIR)/domain
	cp -R m4 ostypes domain $(DESTDIR)$(DATADIR)/
	install -m 0644 man/*.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 0644 man/*.8 $(DESTDIR)$(MANDIR)/man8/
	install -m 0644 docs/lint-codes.md $(DESTDIR)$(DOCDIR)/lint-codes.md
	install -m 0644 completions/smcf.bash $(DESTDIR)$(COMPDIR)/smcf

clean:
	rm -rf build build-san

-include $(DEPS)

# Random configurations against the reference, as many as asked; each
# disagreement is kept under build/soak/ with its .mc reduced to the
# smallest one that still disagrees (tests/differential/run).
SEED  ?= 1
COUNT ?= 500
.PHONY: soak
soak: all
	@SMCF_BUILD=$(BUILD) tests/differential/run --seed $(SEED) --count $(COUNT) --reduce --keep $(BUILD)/soak

# Fuzzing (libFuzzer; tests/fuzz/README): the library again, built by
# clang with ASan+UBSan and coverage under $(FUZZ_BUILD)/obj, and one
# program per tests/fuzz/fuzz_TARGET.c.  `make fuzz TIME=s' runs each
# target for TIME seconds, two at a time, crashes kept under $(FUZZ_BUILD).
FUZZ_BUILD   ?= $(BUILD)/fuzz
FUZZ_CC      ?= clang
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS   = -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link
FUZZ_TARGETS  = $(patsubst tests/fuzz/fuzz_%.c,%,$(filter-out tests/fuzz/fuzz_common.c,$(wildcard tests/fuzz/fuzz_*.c)))
FUZZ_BINS     = $(addprefix $(FUZZ_BUILD)/fuzz_,$(FUZZ_TARGETS))
TIME         ?= 60
.PHONY: fuzz fuzz-build fuzz-build-quiet

fuzz-build:
	@tests/fuzz/have-libfuzzer $(FUZZ_CC)
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD)/obj CC=$(FUZZ_CC) CFLAGS="$(FUZZ_CFLAGS)" \
		$(FUZZ_BUILD)/obj/libsmcf.a
	@$(MAKE) --no-print-directory $(FUZZ_BINS)

# make check builds the targets too when clang's libFuzzer is there
# (tests/fuzz/check skips otherwise); its output only on failure.
fuzz-build-quiet:
	@if tests/fuzz/have-libfuzzer $(FUZZ_CC); then \
		$(MAKE) --no-print-directory fuzz-build > $(BUILD)/fuzz-build.log 2>&1 || \
			{ cat $(BUILD)/fuzz-build.log; exit 1; }; fi

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.c tests/fuzz/fuzz_common.h \
		$(FUZZ_BUILD)/obj/libsmcf.a
	$(FUZZ_CC) $(CPPFLAGS) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer $(WARN) -o $@ $< \
		tests/fuzz/fuzz_common.c $(FUZZ_BUILD)/obj/libsmcf.a $(LDLIBS)

fuzz: fuzz-build
	@tests/fuzz/run --time $(TIME) --build $(FUZZ_BUILD) $(FUZZ_TARGETS)
