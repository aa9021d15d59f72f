#!/bin/sh
# The command line on the sample and on bad input.
. "$(dirname "$0")/tap.inc"

run import assets/sample
check "import of the sample exits 0" [ "$rc" -eq 0 ]
check "five files imported" has "$T/out" "5 imported, 0 updated, 0 unchanged, 0 failed"
run import assets/sample
check "re-import changes nothing" has "$T/out" "0 imported, 0 updated, 5 unchanged, 0 failed"
cp assets/sample/003_d64e5ba7c195adc0.txt "$T/same.txt"
run import "$T/same.txt"
check "the same text from another path is the same document" has "$T/out" "0 imported, 0 updated, 1 unchanged"

run list
check "list shows five documents" [ "$(wc -l <"$T/out")" -eq 5 ]
run list --json
check "list --json is an array of objects with ids" has "$T/out" '[{"id":'
check "list --json has the fields" has "$T/out" '"date_text":'
run show 1 --json
check "show --json has body and notes" sh -c "grep -qF '\"body\":' '$T/out' && grep -qF '\"notes\":[' '$T/out'"
run show 99
check "show of a missing id fails with a message" sh -c "[ $rc -eq 1 ] && grep -q 'no document 99' '$T/err'"
run show abc
check "show of a bad id is a usage error" sh -c "[ $rc -eq 2 ] && grep -q 'not a document id' '$T/err'"
run search Ongjin peninsula
check "search finds the luncheon report" sh -c "[ $rc -eq 0 ] && grep -q 'Ongjin' '$T/out'"
run search zhou
check "search is not crashed by diacritics" [ "$rc" -eq 0 ]
run search '"unclosed'
check "a malformed query is a message" sh -c "[ $rc -eq 1 ] && grep -q 'malformed query' '$T/err'"
run search --json Stalin
check "search --json has snippets and ranks" sh -c "grep -q '\"snippet\":' '$T/out' && grep -q '\"rank\":' '$T/out'"
run people --json
check "people --json lists persons" has "$T/out" '"aliases":['

# Bad input: each problem is one line naming the file; the rest imports.
mkdir -p "$T/bad/sub"
: >"$T/bad/empty.txt"
printf 'abc\000def' >"$T/bad/binary.txt"
printf 'Caf\351 au lait\n\nsecond paragraph\n' >"$T/bad/latin1.txt"
printf '\357\273\277Line one\r\nLine two\033[2J\033]0;pwned\007 end\r\n' >"$T/bad/escapes.txt"
printf 'A good letter.\n' >"$T/bad/sub/good.txt"
ln -s .. "$T/bad/sub/loop"
run import "$T/bad" "$T/nonexistent.txt"
check "a failed file makes the exit status 1" [ "$rc" -eq 1 ]
check "the empty file is named" has "$T/err" "empty.txt: empty file"
check "the binary file is named" has "$T/err" "binary.txt: binary file"
check "the missing file is named" has "$T/err" "nonexistent.txt: No such file"
check "invalid UTF-8 is a warning with its byte offset" has "$T/err" "latin1.txt: invalid UTF-8 at byte 3"
check "escape sequences are reported" has "$T/err" "escapes.txt: removed 2 terminal escape sequences"
check "good files still import (symlink loop survived)" has "$T/out" "3 imported, 0 updated, 0 unchanged, 3 failed"
id=$(grep -F escapes.txt "$T/out" | sed 's/.*(id \([0-9]*\).*/\1/')
run show "$id" --json
check "no escape byte is stored" sh -c "! grep -q \"\$(printf '\\033')\" '$T/out' && grep -q 'Line one\\\\nLine two end' '$T/out'"
run import "$T/bad/latin1.txt"
id=$(sed -n 's/.*(id \([0-9]*\).*/\1/p' "$T/out")
"$BIN" --db "$T/lib.db" show "$id" --json >"$T/all"
check "invalid UTF-8 is stored with U+FFFD" grep -qF 'Caf� au lait' "$T/all"

# A folder's files and folders in name order, each file by its own
# folder's path (a folder's files after one of its folders too), and a
# problem named with the file it is of.
mkdir -p "$T/tree/b/d" "$T/tree/e"
for f in a.txt b/c.txt b/d/x.md c.txt e/z.txt zz.txt; do
	printf 'Letter, A to B\n\nMay 5, 1950\n\nThe text of %s.\n' "$f" >"$T/tree/$f"
done
ln -s "$T/nonexistent" "$T/tree/e/broken.txt"
run import "$T/tree"
sed -n 's/^\(imported\|failed\) *\([^ :]*\).*/\2/p' "$T/out" "$T/err" | sed "s|^$T/tree/||" >"$T/order"
printf '%s\n' a.txt b/c.txt b/d/x.md c.txt e/z.txt zz.txt e/broken.txt >"$T/order.want"
check "a tree: every file by its folder's path, in name order" cmp -s "$T/order" "$T/order.want"
check "a tree: the dangling link named" has "$T/err" "tree/e/broken.txt: No such file"

# Over a megabyte of names (the walk keeps them in chunks of one, and
# lets those of the files stored go): each file still named whole, in
# order.
long=$(printf '%0200d' 0 | tr 0 y)
mkdir -p "$T/long"
seq -w 1 5500 | sed "s|.*|$T/long/${long}_&.txt|" | xargs touch
run import "$T/long"
sed -n "s|^failed *$T/long/${long}_\([0-9]*\)\.txt: empty file.*|\1|p" "$T/err" >"$T/long.got"
seq -w 1 5500 >"$T/long.want"
check "a megabyte of names: every file named whole, in order" cmp -s "$T/long.got" "$T/long.want"

# Bad libraries.
printf 'not a database at all, not at all, not at all, not at all, not at all.' >"$T/junk.db"
"$BIN" --db "$T/junk.db" list >"$T/out" 2>"$T/err"
check "a corrupt library is a clear message" sh -c "[ \$? -ne 0 ] || true; grep -q 'not a dossier library' '$T/err'"
# A mistyped library: said, and nothing made (no empty library, no folder).
for cmd in list "show 1" "search comrade" people refs "cite 1"; do
	"$BIN" --db "$T/typo/lib.db" $cmd >"$T/out" 2>"$T/err"
	rc=$?
	check "$cmd on a library that is not there says so" sh -c "[ $rc -ne 0 ] && grep -q 'no library here (import documents first)' '$T/err'"
done
check "... and makes nothing" [ ! -e "$T/typo" ]
mkdir "$T/rodir"
cp "$T/lib.db" "$T/rodir/lib.db"
chmod 444 "$T/rodir/lib.db"
chmod 555 "$T/rodir"
if [ "$(id -u)" -ne 0 ]; then
	"$BIN" --db "$T/rodir/lib.db" list >"$T/out" 2>"$T/err"
	check "a read-only library can be read" [ "$(wc -l <"$T/out")" -ge 5 ]
	"$BIN" --db "$T/rodir/lib.db" import assets/sample >"$T/out" 2>"$T/err"
	check "importing into a read-only library is refused clearly" has "$T/err" "read-only"
elif id nobody >/dev/null 2>&1 && command -v su >/dev/null 2>&1 && chmod 755 "$T" &&
	su nobody -s /bin/sh -c "test -x '$BIN' && test -r assets/sample/001_cb9d3477502a48b6.txt" 2>/dev/null; then
	# As root, permissions do not bind: read it as nobody.
	su nobody -s /bin/sh -c "'$BIN' --db '$T/rodir/lib.db' list" >"$T/out" 2>"$T/err"
	check "a read-only library in a read-only folder can be read" [ "$(wc -l <"$T/out")" -ge 5 ]
	su nobody -s /bin/sh -c "'$BIN' --db '$T/rodir/lib.db' import assets/sample" >"$T/out" 2>"$T/err"
	check "importing into it is refused clearly" has "$T/err" "read-only"
else
	ok "a read-only folder as another user # SKIP nobody cannot run $BIN here"
fi
DOSSIER_DB="$T/env.db" "$BIN" import assets/sample/001_cb9d3477502a48b6.txt >/dev/null 2>&1
check "DOSSIER_DB chooses the library" [ -s "$T/env.db" ]
XDG_DATA_HOME="$T/xdg" "$BIN" import assets/sample/001_cb9d3477502a48b6.txt >/dev/null 2>&1
check "XDG_DATA_HOME holds the default library (directories created)" [ -s "$T/xdg/dossier/library.db" ]
"$BIN" --help >"$T/out"
check "--help lists the commands" sh -c "grep -q 'import' '$T/out' && grep -q 'search' '$T/out' && grep -q 'people' '$T/out'"
"$BIN" --version >"$T/out"
check "--version prints the version" grep -q '^dossier [0-9]' "$T/out"
"$BIN" --db "$T/lib.db" frobnicate >"$T/out" 2>"$T/err"
rc=$?
check "an unknown command is a usage error" sh -c "[ $rc -eq 2 ] && grep -q 'unknown command' '$T/err'"
# On a terminal the steps across the library after the files say what
# runs (at a million letters they take minutes); a log gets none of it.
if command -v script >/dev/null 2>&1; then
	script -qec "'$BIN' --db '$T/tty.db' import assets/sample" /dev/null >"$T/tty" 2>&1
	check "on a terminal, the steps after the files are named" sh -c "grep -q 'resolving references across the library' '$T/tty' && grep -q '5 imported' '$T/tty'"
	"$BIN" --db "$T/log.db" import assets/sample >"$T/log" 2>&1
	check "in a log, they are not" hasnt "$T/log" "resolving references"
else
	ok "# SKIP no script(1) for a terminal"
	ok "# SKIP no script(1) for a terminal"
fi

finish
