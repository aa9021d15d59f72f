#!/bin/sh
# Reference resolution on a generated corpus with its truth
# (../shared/tools/gen-corpus, 1,000 letters, seed 4242; make bench
# measures 3,000): precision and recall never under their goals.
. "$(dirname "$0")/tap.inc"

root=$(cd "$(dirname "$0")/../.." && pwd)
gc=${GEN_CORPUS:-$root/../shared/tools/gen-corpus}
if ! command -v python3 >/dev/null 2>&1 || [ ! -x "$gc" ]; then
	echo "1..0 # SKIP no python3 or no gen-corpus at $gc"
	exit 0
fi
"$gc" "$T/gen" --docs 1000 --seed 4242 >/dev/null 2>&1
run import "$T/gen"
check "the corpus imports (status $rc)" [ "$rc" -eq 0 ]
set -- $(python3 "$root/tests/bench/refs_eval.py" "$BIN" "$T/lib.db" "$T/gen" 2>"$T/eval.err" | grep '^refs_eval')
check "the evaluation prints its figures" [ "$#" -eq 6 ]
above() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
check "precision ${2:-?} >= 0.97 (${4:-?} references)" above "${2:-0}" 0.97
check "recall ${3:-?} >= 0.95" above "${3:-0}" 0.95
finish
