#!/bin/sh
# The same library gives the same links whatever order its files were
# imported in: a corpus in two halves, imported as one, one half after
# the other, and the other way round; every reference's target compared
# (by the files of the citing and the cited document). tests/refs, and a
# generated corpus when ../shared/tools/gen-corpus is there.
. "$(dirname "$0")/tap.inc"

root=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP no python3"
	exit 0
fi

# links DB: one line per reference: citing file, offset, cited file.
links() {
	python3 - "$BIN" "$1" <<'PY'
import json, os, subprocess, sys
binary, db = sys.argv[1], sys.argv[2]
def run(*a):
    return json.loads(subprocess.check_output([binary, "--db", db, *a]))
name = {d["id"]: os.path.basename(d["path"]) for d in run("list", "--json")}
for r in sorted((name[r["doc"]], r["start"], name.get(r["target"], "-")) for r in run("refs", "--json")):
    print(*r)
PY
}

# orders NAME DIR: splits DIR's letters into two halves and compares.
orders() {
	rm -rf "$T/a" "$T/b"
	mkdir -p "$T/a" "$T/b"
	i=0
	for f in "$2"/*.txt "$2"/*.md; do
		[ -f "$f" ] || continue
		if [ $((i % 2)) -eq 0 ]; then cp "$f" "$T/a/"; else cp "$f" "$T/b/"; fi
		i=$((i + 1))
	done
	for o in one ab ba; do
		rm -f "$T/$o.db" "$T/$o.db-wal" "$T/$o.db-shm"
		case $o in
		one) "$BIN" --db "$T/$o.db" import "$T/a" "$T/b" >/dev/null 2>&1 ;;
		ab) "$BIN" --db "$T/$o.db" import "$T/a" >/dev/null 2>&1 && "$BIN" --db "$T/$o.db" import "$T/b" >/dev/null 2>&1 ;;
		ba) "$BIN" --db "$T/$o.db" import "$T/b" >/dev/null 2>&1 && "$BIN" --db "$T/$o.db" import "$T/a" >/dev/null 2>&1 ;;
		esac
		links "$T/$o.db" >"$T/$o.links"
	done
	resolved=$(grep -vc ' -$' "$T/one.links")
	check "$1: references resolved at all ($resolved)" [ "$resolved" -gt 0 ]
	check "$1: one half, then the other: the same links" cmp -s "$T/one.links" "$T/ab.links"
	check "$1: the other half first: the same links" cmp -s "$T/one.links" "$T/ba.links"
	diff "$T/one.links" "$T/ba.links" | head -5 | sed 's/^/# /'
}

orders "tests/refs" "$root/tests/refs/corpus"

# A letter of another century, citing nothing, added to the library: no
# reference of the library can mean anything else now, and none is
# scored again (each unresolved one was, at every import).
mkdir -p "$T/far"
printf 'Mr. Ames to Mr. Boyle.\n\nLondon, June 3, 1722.\n\nThe roads are bad and the mails slow.\n\nAmes.\n' >"$T/far/ames.txt"
unresolved=$(grep -c ' -$' "$T/one.links")
"$BIN" --db "$T/one.db" import "$T/far" >"$T/far.out" 2>&1
looked=$(sed -n 's/^references: \([0-9]*\) looked at.*/\1/p' "$T/far.out")
looked=${looked:-0} # no line: none looked at
check "a letter that touches nothing: no reference scored again ($looked of $unresolved unresolved)" \
	test "$looked" = 0 -a "$unresolved" -gt 0
links "$T/one.db" | grep -v '^ames.txt ' >"$T/far.links"
check "a letter that touches nothing: the same links" cmp -s "$T/one.links" "$T/far.links"
gc=${GEN_CORPUS:-$root/../shared/tools/gen-corpus}
if [ -x "$gc" ] && "$gc" "$T/gen" --docs 600 --seed 4242 >/dev/null 2>&1; then
	orders "gen-corpus (600 letters)" "$T/gen"
else
	ok "# SKIP no gen-corpus at $gc"
fi
finish
