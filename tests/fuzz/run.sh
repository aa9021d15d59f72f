#!/bin/sh
# tests/fuzz/run.sh SECONDS [TARGET...]: builds the libFuzzer targets
# with clang and runs each (or those named: import tei refs cmif omeka
# query notes) for SECONDS: the text importer (with input normalisation),
# the TEI importer, reference detection, the CMIF and Omeka importers,
# the search's query parser (on a library of its own) and `notes import`
# (someone else's JSON). New crashers land in tests/fuzz/regress,
# regress-tei, regress-refs, regress-cmif, regress-omeka, regress-query
# and regress-notes, which the unit tests test_fuzz_regress,
# test_fuzz_tei, test_fuzz_refs, test_fuzz_cmif, test_fuzz_omeka,
# test_fuzz_query and test_fuzz_notes replay on every `make test`.
set -e
secs=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-import tei refs cmif omeka query notes}
out=build-fuzz
mkdir -p "$out/corpus" "$out/corpus-tei" "$out/corpus-refs" "$out/corpus-cmif" "$out/corpus-omeka" "$out/corpus-query" "$out/corpus-notes"
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -Iinclude -DFUZZ_LIBFUZZER"
SAN="-fsanitize=fuzzer,address,undefined"
XML_CFLAGS=$(pkg-config --cflags libxml-2.0)
XML_LIBS=$(pkg-config --libs libxml-2.0)
clang $CFLAGS $SAN -o "$out/fuzz_import" tests/fuzz/fuzz_import.c \
	src/core/import_text.c src/core/header*.c src/core/lexicon.c src/core/lines.c src/core/names.c \
	src/core/brackets.c src/core/body.c src/core/footmarks.c src/core/date.c src/core/doc.c \
	src/core/util.c src/core/text.c -lunistring
clang $CFLAGS $XML_CFLAGS $SAN -o "$out/fuzz_tei" tests/fuzz/fuzz_tei.c \
	src/core/import_tei*.c src/core/edition.c src/core/xml.c src/core/cite.c src/core/doc.c src/core/util.c src/core/text.c $XML_LIBS -lunistring
clang $CFLAGS $SAN -o "$out/fuzz_refs" tests/fuzz/fuzz_refs.c \
	src/core/refs*.c src/core/date.c src/core/util.c src/core/text.c -Isrc/core -lunistring
clang $CFLAGS $XML_CFLAGS $SAN -o "$out/fuzz_cmif" tests/fuzz/fuzz_cmif.c \
	src/core/import_cmif.c src/core/xml.c src/core/xmlsniff.c src/core/cite.c src/core/export*.c src/core/doc.c src/core/util.c \
	src/core/text.c $XML_LIBS -ljansson -lunistring
clang $CFLAGS $XML_CFLAGS $SAN -o "$out/fuzz_omeka" tests/fuzz/fuzz_omeka.c \
	src/core/import_omeka.c src/core/xml.c src/core/xmlsniff.c src/core/cite.c src/core/import_text.c src/core/header*.c \
	src/core/lexicon.c \
	src/core/lines.c src/core/names.c src/core/brackets.c src/core/body.c src/core/footmarks.c \
	src/core/date.c src/core/doc.c src/core/util.c src/core/text.c $XML_LIBS -lunistring
# the query parser and the annotation import run on a library: the whole core
CORE_CFLAGS=$(pkg-config --cflags sqlite3 libxml-2.0 jansson)
CORE_LIBS="$(pkg-config --libs sqlite3 libxml-2.0 jansson) -lunistring -lm -pthread"
clang $CFLAGS $CORE_CFLAGS -Isrc/core $SAN -o "$out/fuzz_query" tests/fuzz/fuzz_query.c src/core/*.c $CORE_LIBS
clang $CFLAGS $CORE_CFLAGS -Isrc/core $SAN -o "$out/fuzz_notes" tests/fuzz/fuzz_notes.c src/core/*.c $CORE_LIBS
cp -n assets/sample/*.txt tests/fuzz/seeds/* "$out/corpus/" 2>/dev/null || true
cp -n assets/sample/*.txt tests/fuzz/seeds-refs/* "$out/corpus-refs/" 2>/dev/null || true
cp -n tests/fuzz/seeds-tei/* "$out/corpus-tei/" 2>/dev/null || true
cp -n tests/fuzz/seeds-cmif/* "$out/corpus-cmif/" 2>/dev/null || true
cp -n tests/fuzz/seeds-omeka/* "$out/corpus-omeka/" 2>/dev/null || true
cp -n tests/fuzz/seeds-query/* "$out/corpus-query/" 2>/dev/null || true
cp -n tests/fuzz/seeds-notes/* "$out/corpus-notes/" 2>/dev/null || true
status=0
# fuzz NAME MAXLEN CORPUS REGRESS [OPTIONS]: one target for $secs seconds
fuzz() {
	case " $targets " in *" $1 "*) ;; *) return 0 ;; esac
	name=$1 len=$2 corpus=$3 regress=$4
	shift 4
	"$out/fuzz_$name" -max_total_time="$secs" -max_len="$len" -timeout=10 "$@" \
		-artifact_prefix="tests/fuzz/$regress/" "$out/$corpus" || status=1
}
fuzz import 65536 corpus regress
fuzz tei 262144 corpus-tei regress-tei
fuzz refs 16384 corpus-refs regress-refs
fuzz cmif 65536 corpus-cmif regress-cmif
fuzz omeka 65536 corpus-omeka regress-omeka
fuzz query 2048 corpus-query regress-query -dict=tests/fuzz/query.dict
# its messages for refused annotations go to stderr: not shown
fuzz notes 65536 corpus-notes regress-notes -close_fd_mask=2
if [ "$status" -ne 0 ]; then
	echo "fuzz: a crasher was saved in tests/fuzz/regress*; make test replays it"
	exit 1
fi
echo "fuzz: no crash in $secs s per target"
