# dossier: a terminal reader for archival correspondence.
#
#   make            build ./dossier
#   make run        build and open the reader on the bundled sample library
#   make test       build and run every test (unit tests under ASan+UBSan,
#                   the command line, the reader in tmux); ends "N passed, N failed,
#                   N skipped". make test T=test_store (or T=cli/import) runs one
#   make check-asan the unit tests under AddressSanitizer and UBSan only
#   make valgrind   the unit tests under valgrind
#   make bench      benchmarks with figures against baselines measured in the same run
#   make fuzz       run the fuzz targets (libFuzzer, clang) for FUZZ_SECONDS each
#   make install    PREFIX=/usr/local DESTDIR= (binary, man page, sample, and the
#                   bash and zsh completions written from the command table)

PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man/man1
DATADIR = $(PREFIX)/share/dossier
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR = $(PREFIX)/share/zsh/site-functions
VERSION = 0.1.0

CC ?= cc
BUILD ?= build
CFLAGS ?= -O2 -g
SAN ?=
FUZZ_SECONDS ?= 60

# Flags come from pkg-config, evaluated when a recipe runs (after the
# dependency check has had its chance to install what is missing).
PKGS = sqlite3 ncursesw libxml-2.0 jansson
DEFS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DDOSSIER_VERSION='"$(VERSION)"' -DDOSSIER_DATADIR='"$(DATADIR)"'
WARN = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
ALL_CFLAGS = $(DEFS) $(WARN) $(CFLAGS) $(SAN) -pthread -Iinclude $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -MMD -MP
# libxml2 is not linked: src/core/xml.c opens it when XML is first read
# (dlopen; libdl is part of the C library since glibc 2.34).
CORE_LIBS = $(shell pkg-config --libs sqlite3 jansson 2>/dev/null) -lunistring -lm -pthread -Wl,--as-needed -ldl -Wl,--no-as-needed
TUI_LIBS = $(shell pkg-config --libs ncursesw 2>/dev/null)
# The reader's binary links these libraries statically where their
# archives are installed (Debian's -dev packages ship them): on the way to
# the first frame the loader then maps and relocates two libraries, not
# seven (about 1.5 ms of a 12 ms start; the sanitizer builds stay dynamic).
STATIC_LINK ?= $(if $(SAN),,yes)
STATIC_ARCHIVES = ncursesw tinfo sqlite3 jansson unistring
static_missing = $(filter 0,$(foreach l,$(STATIC_ARCHIVES),$(if $(filter /%,$(shell $(CC) -print-file-name=lib$(l).a)),,0)))
STATIC_LIBS = -Wl,-Bstatic $(STATIC_ARCHIVES:%=-l%) -Wl,-Bdynamic -lm -pthread -ldl
DYNAMIC_LIBS = $(TUI_LIBS) $(CORE_LIBS)
APP_LIBS = $(if $(and $(filter yes,$(STATIC_LINK)),$(if $(static_missing),,yes)),$(STATIC_LIBS),$(DYNAMIC_LIBS))

CORE_SRC = $(wildcard src/core/*.c)
READER_SRC = $(wildcard src/reader/*.c)
APP_SRC = $(wildcard src/*.c) $(wildcard src/tui/*.c)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
CORE_OBJ = $(CORE_SRC:%.c=$(BUILD)/%.o)
READER_OBJ = $(READER_SRC:%.c=$(BUILD)/%.o)
APP_OBJ = $(APP_SRC:%.c=$(BUILD)/%.o)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
CLI_TESTS = $(wildcard tests/cli/*.sh)
TUI_TESTS = $(wildcard tests/tui/*.sh)

ASAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

.PHONY: all run test check-asan valgrind bench fuzz install clean deps units

all: dossier

deps: $(BUILD)/.deps-ok

$(BUILD)/.deps-ok: tools/deps.sh
	@sh tools/deps.sh build
	@mkdir -p $(BUILD) && touch $@

dossier: $(BUILD)/dossier
	rm -f $@ && cp $(BUILD)/dossier $@

$(BUILD)/libdossier.a: $(CORE_OBJ)
	@rm -f $@
	@ar rcs $@ $(CORE_OBJ)

# The reader (src/reader: its state, modes, keys and drawing, no curses)
# is a library of its own over the core, so its tests need no terminal.
$(BUILD)/libreader.a: $(READER_OBJ)
	@rm -f $@
	@ar rcs $@ $(READER_OBJ)

$(BUILD)/dossier: $(APP_OBJ) $(BUILD)/libreader.a $(BUILD)/libdossier.a
	@echo "LD $@"
	@$(CC) $(CFLAGS) $(SAN) -o $@ $(APP_OBJ) $(BUILD)/libreader.a $(BUILD)/libdossier.a $(APP_LIBS)

$(BUILD)/%.o: %.c | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	@echo "CC $<"
	@$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Tests may read private headers: the store's (src/core), the reader's
# state (src/reader/state.h). They read what dossier writes with libxml2
# of their own (linked: the library opens its own when it needs it).
$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libreader.a $(BUILD)/libdossier.a | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	@echo "CC $<"
	@$(CC) $(ALL_CFLAGS) -Itests/unit -Isrc/core -Isrc/reader -o $@ $< $(BUILD)/libreader.a $(BUILD)/libdossier.a $(CORE_LIBS) $(shell pkg-config --libs libxml-2.0 2>/dev/null)

units: $(UNIT_BIN) $(BUILD)/dossier

# The sample library that `make run` opens, rebuilt when the sample
# changes: five letters and telegrams of a Cold War archive, and a FRUS
# volume in TEI with its footnotes and cross-references.
SAMPLE_DB = $(BUILD)/sample.db
$(SAMPLE_DB): $(BUILD)/dossier $(wildcard assets/sample/* assets/editions/*)
	rm -f $@ $@-wal $@-shm
	$(BUILD)/dossier --db $@ import assets/sample assets/editions

run: dossier $(SAMPLE_DB)
	./dossier --db $(SAMPLE_DB)

# Every test, or (make test T=NAME) the one named: a unit test (test_store),
# or a script by its folder and name (cli/import, tui/reader).
ALL_TESTS = $(UNIT_SRC:tests/unit/%.c=build-asan/tests/%) $(CLI_TESTS) $(TUI_TESTS)
TESTS = $(if $(T),$(filter build-asan/tests/$(T) tests/$(T).sh,$(ALL_TESTS)),$(ALL_TESTS))
UNITS = $(if $(T),$(filter build-asan/tests/%,$(TESTS)) build-asan/dossier,units)

test: all
	@sh tools/deps.sh test
	@if [ -z "$(TESTS)" ]; then echo "make test: no test '$(T)' (a unit test such as test_store, or cli/NAME, tui/NAME)" >&2; exit 2; fi
	@$(MAKE) --no-print-directory BUILD=build-asan SAN="$(ASAN)" CFLAGS="-O1 -g" $(UNITS)
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	  DOSSIER=$(CURDIR)/build-asan/dossier DOSSIER_PLAIN=$(CURDIR)/dossier \
	  sh tests/run $(TESTS)

check-asan:
	@$(MAKE) --no-print-directory BUILD=build-asan SAN="$(ASAN)" CFLAGS="-O1 -g" units
	@sh tests/run $(UNIT_SRC:tests/unit/%.c=build-asan/tests/%)

valgrind: units
	@for t in $(UNIT_BIN); do \
	  valgrind -q --error-exitcode=99 --leak-check=full $$t >/dev/null || { echo "valgrind: $$t"; exit 1; }; \
	done; echo "valgrind: clean"

bench: all
	@sh tests/bench/run.sh

fuzz:
	@sh tools/deps.sh fuzz
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS)

install: dossier
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(DATADIR)/sample/editions
	install -m 755 dossier $(DESTDIR)$(BINDIR)/dossier
	install -m 644 man/dossier.1 $(DESTDIR)$(MANDIR)/dossier.1
	install -m 644 assets/sample/* $(DESTDIR)$(DATADIR)/sample/
	install -m 644 assets/editions/* $(DESTDIR)$(DATADIR)/sample/editions/
	install -d $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	./dossier --completion bash >$(DESTDIR)$(BASHCOMPDIR)/dossier
	./dossier --completion zsh >$(DESTDIR)$(ZSHCOMPDIR)/_dossier
	chmod 644 $(DESTDIR)$(BASHCOMPDIR)/dossier $(DESTDIR)$(ZSHCOMPDIR)/_dossier

clean:
	rm -rf build build-asan build-fuzz dossier

# the unit tests' too: a test that includes a fuzz target is rebuilt when the target changes
-include $(CORE_OBJ:.o=.d) $(READER_OBJ:.o=.d) $(APP_OBJ:.o=.d) $(UNIT_BIN:=.d)
