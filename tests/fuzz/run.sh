#!/bin/sh
# tests/fuzz/run.sh SECONDS: builds the libFuzzer targets with clang and
# runs each for SECONDS: the text importer (with input normalisation), the
# TEI importer, reference detection and the CMIF importer. New crashers
# land in tests/fuzz/regress, regress-tei, regress-refs and regress-cmif,
# which the unit tests test_fuzz_regress, test_fuzz_tei, test_fuzz_refs and
# test_fuzz_cmif replay on every `make test`.
set -e
secs=${1:-60}
out=build-fuzz
mkdir -p "$out/corpus" "$out/corpus-tei" "$out/corpus-refs" "$out/corpus-cmif"
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -Iinclude -DFUZZ_LIBFUZZER"
SAN="-fsanitize=fuzzer,address,undefined"
XML_CFLAGS=$(pkg-config --cflags libxml-2.0)
XML_LIBS=$(pkg-config --libs libxml-2.0)
clang $CFLAGS $SAN -o "$out/fuzz_import" tests/fuzz/fuzz_import.c \
	src/core/import_text.c src/core/header*.c src/core/lexicon.c src/core/lines.c src/core/names.c \
	src/core/brackets.c src/core/body.c src/core/date.c src/core/doc.c src/core/util.c src/core/text.c -lunistring
clang $CFLAGS $XML_CFLAGS $SAN -o "$out/fuzz_tei" tests/fuzz/fuzz_tei.c \
	src/core/import_tei*.c src/core/doc.c src/core/util.c src/core/text.c $XML_LIBS -lunistring
clang $CFLAGS $SAN -o "$out/fuzz_refs" tests/fuzz/fuzz_refs.c \
	src/core/refs.c src/core/date.c src/core/util.c src/core/text.c -lunistring
clang $CFLAGS $XML_CFLAGS $SAN -o "$out/fuzz_cmif" tests/fuzz/fuzz_cmif.c \
	src/core/import_cmif.c src/core/cite.c src/core/export*.c src/core/doc.c src/core/util.c \
	src/core/text.c $XML_LIBS -ljansson -lunistring
cp -n assets/sample/*.txt tests/fuzz/seeds/* "$out/corpus/" 2>/dev/null || true
cp -n assets/sample/*.txt tests/fuzz/seeds-refs/* "$out/corpus-refs/" 2>/dev/null || true
cp -n tests/fuzz/seeds-tei/* "$out/corpus-tei/" 2>/dev/null || true
cp -n tests/fuzz/seeds-cmif/* "$out/corpus-cmif/" 2>/dev/null || true
status=0
"$out/fuzz_import" -max_total_time="$secs" -max_len=65536 -timeout=10 \
	-artifact_prefix=tests/fuzz/regress/ "$out/corpus" || status=1
"$out/fuzz_tei" -max_total_time="$secs" -max_len=262144 -timeout=10 \
	-artifact_prefix=tests/fuzz/regress-tei/ "$out/corpus-tei" || status=1
"$out/fuzz_refs" -max_total_time="$secs" -max_len=16384 -timeout=10 \
	-artifact_prefix=tests/fuzz/regress-refs/ "$out/corpus-refs" || status=1
"$out/fuzz_cmif" -max_total_time="$secs" -max_len=65536 -timeout=10 \
	-artifact_prefix=tests/fuzz/regress-cmif/ "$out/corpus-cmif" || status=1
if [ "$status" -ne 0 ]; then
	echo "fuzz: a crasher was saved in tests/fuzz/regress*; make test replays it"
	exit 1
fi
echo "fuzz: no crash in $secs s per target"
