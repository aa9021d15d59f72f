#!/bin/sh
# The header reader on tests/pages, real archive pages it was developed
# against (TRUTH.md): each field's share right never falls under the floor
# reached so far (tests/pages/floors.json; raise a floor with the share).
. "$(dirname "$0")/tap.inc"

root=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP no python3"
	exit 0
fi
python3 "$root/tests/pages/eval.py" --summary --floors "$root/tests/pages/floors.json" "$BIN" >"$T/out" 2>"$T/err"
rc=$?
check "the pages import and are measured" [ -s "$T/out" ]
for f in date title from to kind number; do
	line=$(grep "^pages $f " "$T/out")
	floor=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['$f'])" "$root/tests/pages/floors.json")
	share=$(echo "$line" | awk '{print $5}')
	check "$f: $share of $(echo "$line" | awk '{print $4}') pages right, floor $floor" \
		awk -v a="${share:-0}" -v b="$floor" 'BEGIN { exit !(a + 0 >= b - 1e-9) }'
done
# the evaluator itself: a party named by its title alone is that office,
# and a title is still no part of a person's name
check "the evaluator matches 'President' with 'the President', not with 'President Truman'" \
	python3 -c "import sys; sys.path.insert(0, sys.argv[1]); import eval as e; sys.exit(not (e.name_match('President', 'the President') and not e.name_match('President', 'President Truman') and e.name_match('President Truman', 'Truman')))" "$root/tests/pages"
false_dates=$(grep '^pages date ' "$T/out" | awk '{print $6}')
check "dates given where a page has none: ${false_dates:-?} (at most 2)" [ "${false_dates:-99}" -le 2 ]
finish
