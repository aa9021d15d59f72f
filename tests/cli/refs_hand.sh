#!/bin/sh
# Reference resolution on tests/refs, the corpus written by hand in the
# archives' own forms: its precision never falls under the goal, and its
# recall never below what it has reached (raise REFS_HAND_RECALL with it).
. "$(dirname "$0")/tap.inc"

REFS_HAND_RECALL=0.92
root=$(cd "$(dirname "$0")/../.." && pwd)
need python3
run import "$root/tests/refs/corpus"
check "the corpus imports (status $rc)" [ "$rc" -eq 0 ]
set -- $(python3 "$root/tests/refs/eval.py" --summary "$BIN" "$T/lib.db" 2>"$T/eval.err" | grep '^refs_eval_hand')
check "the evaluation prints its figures" [ "$#" -eq 5 ]
above() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
check "precision ${2:-?} >= 0.97" above "${2:-0}" 0.97
check "recall ${3:-?} >= $REFS_HAND_RECALL" above "${3:-0}" "$REFS_HAND_RECALL"
check "all 100 references of the manifest are counted (${4:-?})" [ "${4:-0}" -eq 100 ]
finish
