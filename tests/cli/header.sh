#!/bin/sh
# Where each field came from: show --json's "sources" and "evidence", show
# --why, and the offices of parties, on real pages (tests/pages).
. "$(dirname "$0")/tap.inc"

root=$(cd "$(dirname "$0")/../.." && pwd)
run import "$root/tests/pages/frus/038.txt" "$root/tests/pages/wilson/005.txt" "$root/tests/pages/cia/001.txt"
check "three pages import (status $rc)" [ "$rc" -eq 0 ]

run show 1 --json
check "show --json names each field's source" has "$T/out" '"sources":{'
check "... the heading for the sender" has "$T/out" '"from":"heading"'
check "... the file line for the kind" has "$T/out" '"kind":"file line"'
check "... and the office the sender is named by" has "$T/out" '"from_office":["Ambassador in the Soviet Union"]'
check "... and the line each was read from" has "$T/out" '"kind":"611.61/5–2252: Telegram"'

run show 2 --why
check "show --why says where the date came from" has "$T/out" "from the citation: “Ciphered Telegram from Anastas Mikoyan"
check "... and the language" has "$T/out" "from the label: Original Language: Russian"
check "... and exits 0" [ "$rc" -eq 0 ]

run show 3 --why
check "a catalogue's creation date is not the date" hasnt "$T/out" "2016"
check "its publication date is" has "$T/out" "1956-03-03"

run import "$root/assets/editions"
run list --json
id=$(python3 -c "import json,sys; print([d['id'] for d in json.load(open(sys.argv[1])) if d.get('volume')][0])" "$T/out" 2>/dev/null)
run show "${id:-0}" --why
check "a TEI document's fields come from its markup" has "$T/out" "from the TEI head"

# Offices and the persons who held them: "The Secretary of State
# (Acheson)" of January and June 1950, and "The Secretary of State" alone
# of March 1950 (his) and of 1954 (not his).
rm -f "$T/lib.db"*
run import "$root/tests/cli/offices"
run people
check "a person lists the office he is named by, with its years" has "$T/out" "Acheson; Secretary of State (1950)"
check "an office alone lists who held it" has "$T/out" "The Secretary of State; held by Acheson (1950)"
run search person:Acheson --json
check "person: finds the office's letters of his time" has "$T/out" '"date":"1950-03-03"'
check "... and not those of another time" hasnt "$T/out" '"date":"1954-03-03"'
check "... and his own" has "$T/out" '"date":"1950-06-01"'
finish
