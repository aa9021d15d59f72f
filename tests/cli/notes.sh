#!/bin/sh
# Annotations from the command line: add, list, export and import (round
# trip, no duplicates), re-attachment when a document's text changes.
. "$(dirname "$0")/tap.inc"

mkdir -p "$T/docs"
cat >"$T/docs/letter.txt" <<'DOC'
To Comrade Stalin, I.V.

We have received your cable of 30 September. The guerilla warfare in the south must begin at once.

Kim Il Sung

12 October 1950
DOC
run import "$T/docs"
id=$(sed -n 's/.*(id \([0-9]*\).*/\1/p' "$T/out")
run notes add "$id" --quote "guerilla warfare" --text "Why guerilla here?" --tag tactics --tag question
check "a note is added by its quote" sh -c "[ $rc -eq 0 ] && grep -q 'note 1 added' '$T/out'"
run notes add "$id" --quote "not in the letter" --text x
check "a quote that is not there is a clear error" sh -c "[ $rc -eq 1 ] && grep -q 'the quote is not in document' '$T/err'"
run notes add 999 --quote x --text y
check "a missing document is a clear error" has "$T/err" "no document 999"
run notes --json
check "notes --json has the fields" sh -c "grep -q '\"quote\":\"guerilla warfare\"' '$T/out' && grep -q '\"tags\":\[\"tactics\",\"question\"\]' '$T/out' && grep -q '\"orphaned\":false' '$T/out' && grep -q '\"created\":' '$T/out'"
start=$(sed 's/.*"start":\([0-9]*\).*/\1/' "$T/out")
check "start and end are byte offsets of the quote in the body" [ "$start" -eq "$(awk 'BEGIN{}{}END{}' /dev/null; "$BIN" --db "$T/lib.db" show "$id" --json | sed 's/.*"body":"//' | sed 's/guerilla warfare.*//' | sed 's/\\n/N/g' | wc -c | awk '{print $1 - 1}')" ]
run notes export --format md
check "Markdown groups by document with the quote" sh -c "grep -q '^## 1950-10-12' '$T/out' && grep -q '^> guerilla warfare' '$T/out'"
run notes export --format csv
check "CSV has a header and one row" sh -c "[ \$(wc -l <'$T/out') -eq 2 ] && head -1 '$T/out' | grep -q '^id,doc,date,title,start,end,quote,note,tags'"
run notes export --format json -o "$T/notes.json"
check "JSON follows the W3C model" sh -c "grep -q 'TextQuoteSelector' '$T/notes.json' && grep -q 'TextPositionSelector' '$T/notes.json' && grep -q 'AnnotationCollection' '$T/notes.json'"
run notes export --format xml
check "an unknown format is a usage error" [ "$rc" -eq 2 ]
run search why guerilla
check "annotations are searched" has "$T/out" "note: Why guerilla here?"
# Three notes that match, in a library of their own: the first ones by
# their order, as many as the limit, then the document.
"$BIN" --db "$T/srch.db" import "$T/docs" >/dev/null 2>&1
for q in "guerilla warfare:Why guerilla here?" "warfare in the south:Guerilla in the south, again" "must begin:Guerilla: when?"; do
	"$BIN" --db "$T/srch.db" notes add 1 --quote "${q%%:*}" --text "${q#*:}" >/dev/null 2>&1
done
"$BIN" --db "$T/srch.db" search guerilla --limit 2 >"$T/out" 2>&1
check "a search's matching notes come first, in their order, as many as the limit" sh -c "[ \$(grep -c 'note: ' '$T/out') -eq 2 ] && grep -q 'note: Why guerilla here?' '$T/out' && grep -q 'note: Guerilla in the south, again' '$T/out' && ! grep -q 'when?' '$T/out'"
"$BIN" --db "$T/srch.db" search guerilla --limit 5 >"$T/out" 2>&1
check "... and the document itself after them" sh -c "[ \$(grep -c 'note: ' '$T/out') -eq 3 ] && grep -q 'when?' '$T/out' && [ \$(grep -c 'Kim Il Sung' '$T/out') -ge 4 ]"

# Into another library: the same notes, once.
"$BIN" --db "$T/other.db" import "$T/docs" >/dev/null 2>&1
"$BIN" --db "$T/other.db" notes import "$T/notes.json" >"$T/out" 2>&1
check "import into another library" has "$T/out" "1 notes added, 0 already here"
"$BIN" --db "$T/other.db" notes import "$T/notes.json" >"$T/out" 2>&1
check "importing twice adds nothing" has "$T/out" "0 notes added, 1 already here"
printf '{ not json' >"$T/bad.json"
"$BIN" --db "$T/other.db" notes import "$T/bad.json" >"$T/out" 2>"$T/err"
check "malformed JSON names line and column" grep -q 'bad.json: line 1, column' "$T/err"

# The text changes: the note follows its passage.
sed -i 's/We have received/Today, after long delays, we have received/' "$T/docs/letter.txt"
run import "$T/docs"
check "a changed file is updated in place" has "$T/out" "1 updated"
check "the outcome for the annotations is reported" has "$T/out" "annotations of changed documents: 0 kept, 1 moved"
run notes --json
check "the note moved with its passage" grep -q "\"start\":$((start + 26))," "$T/out"
sed -i 's/The guerilla warfare in the south must begin at once.//' "$T/docs/letter.txt"
run import "$T/docs"
check "a passage that is gone leaves an orphan" has "$T/out" "1 orphaned"
run notes
check "the orphan is kept, with its quote" sh -c "grep -q '(orphaned)' '$T/out' && grep -q 'guerilla warfare' '$T/out'"
# Re-attached by hand: to words that are there, not to words that are not.
id=$(sed -n 's/^ *\([0-9][0-9]*\) .*(orphaned).*/\1/p' "$T/out" | head -1)
run notes attach "$id" --quote "nowhere in this letter"
check "attaching to a quote that is not there is an error" sh -c "[ $rc -ne 0 ] && grep -q 'not in document' '$T/err'"
run notes attach "$id" --quote "received"
check "an orphan is re-attached by hand" has "$T/out" "attached"
run notes --json
check "it is no longer an orphan, on its new quote" sh -c "grep -q '\"quote\":\"received\"' '$T/out' && grep -q '\"orphaned\":false' '$T/out'"
run notes attach 999 --quote "received"
check "an unknown note is an error" sh -c "[ $rc -ne 0 ] && grep -q 'no note 999' '$T/err'"
finish
