#!/bin/sh
# tests/fuzz/run.sh SECONDS: builds the libFuzzer targets with clang and
# runs each for SECONDS. New crashers land in tests/fuzz/regress, where
# the unit test test_fuzz_regress replays them on every `make test`.
set -e
secs=${1:-60}
out=build-fuzz
mkdir -p "$out" "$out/corpus"
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -Iinclude -DFUZZ_LIBFUZZER"
SAN="-fsanitize=fuzzer,address,undefined"
clang $CFLAGS $SAN -o "$out/fuzz_import" tests/fuzz/fuzz_import.c \
	src/core/import_text.c src/core/doc.c src/core/util.c src/core/text.c -lunistring
cp -n assets/sample/* tests/fuzz/seeds/* "$out/corpus/" 2>/dev/null || true
"$out/fuzz_import" -max_total_time="$secs" -max_len=65536 -timeout=10 \
	-artifact_prefix=tests/fuzz/regress/ "$out/corpus" || {
	echo "fuzz: a crasher was saved in tests/fuzz/regress; make test replays it"
	exit 1
}
