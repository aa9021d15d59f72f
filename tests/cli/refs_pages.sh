#!/bin/sh
# References on the real archive pages of tests/pages, as a new user meets
# them (tests/refs/pages_eval.py): the explicit ones found with their date
# or number, and links to a page of the set. Precision never falls under
# the goal; detection and recall never under what they have reached
# (raise the floors with them).
. "$(dirname "$0")/tap.inc"

PAGES_DETECTION=0.824
PAGES_RECALL=0.95
root=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v python3 >/dev/null 2>&1 || [ ! -d "$root/tests/pages" ]; then
	echo "1..0 # SKIP no python3 or no tests/pages"
	exit 0
fi
set -- $(python3 "$root/tests/refs/pages_eval.py" --summary "$BIN" 2>"$T/eval.err" | grep '^refs_eval_pages')
check "the evaluation prints its figures" [ "$#" -eq 7 ]
above() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
check "detection ${2:-?} >= $PAGES_DETECTION (${3:-?} of ${4:-?} explicit references)" above "${2:-0}" "$PAGES_DETECTION"
check "precision ${5:-?} >= 0.97" above "${5:-0}" 0.97
check "recall ${6:-?} >= $PAGES_RECALL (${7:-?} references to a page of the set)" above "${6:-0}" "$PAGES_RECALL"
finish
