#!/bin/sh
# tests/cli/crash.sh: SIGKILL at random moments while dossier writes the
# library, many times over: a bulk annotation import (one transaction),
# a run of annotations added one by one, a document import. After every
# kill the library passes PRAGMA integrity_check, every annotation that
# dossier said was added is there, and the bulk import is all or nothing.
# At the end the interrupted imports complete and add nothing twice.
. "$(dirname "$0")/tap.inc"
need sqlite3 pkill
ROUNDS=${CRASH_ROUNDS:-12}

run import assets/sample
check "sample imported" [ "$rc" -eq 0 ]
DOC=$(sqlite3 "$T/lib.db" "SELECT id FROM document WHERE date = '1951-06-14'")

# A bulk export of 3000 annotations, made in a scratch library.
cp "$T/lib.db" "$T/scratch.db"
sqlite3 "$T/scratch.db" "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 3000)
  INSERT INTO annotation(doc_id, span_start, span_end, quote, body, uuid)
  SELECT $DOC, 3, 17, 'Comrade Stalin', 'bulk note ' || i, lower(hex(randomblob(16))) FROM k;"
"$BIN" --db "$T/scratch.db" notes export --format json -o "$T/bulk.json" 2>"$T/err"
check "a bulk export of 3000 notes" grep -q 'bulk note 3000' "$T/bulk.json"

# Letters for the document import.
mkdir -p "$T/letters"
i=1
while [ $i -le 150 ]; do
	printf 'Letter %d\n\nTo Comrade Shtykov.\n\nWe have received your telegram of %d October 1950 about question %d.\n\nFeng Xi\n' \
		"$i" $((i % 28 + 1)) "$i" >"$T/letters/letter-$i.txt"
	i=$((i + 1))
done

rand_ms() { od -An -N2 -tu2 /dev/urandom | awk -v m="$1" '{ printf "%.3f", ($1 % m) / 1000 }'; }
notes_count() { sqlite3 "$T/lib.db" "SELECT count(*) FROM annotation"; }
# sound WHAT: integrity_check of the library (waiting out a lock a dying
# process may still hold); a failure is counted and shown.
sound() {
	out=$(sqlite3 -cmd ".timeout 10000" "$T/lib.db" "PRAGMA integrity_check" 2>&1)
	if [ "$out" != ok ]; then
		bad_integrity=$((bad_integrity + 1))
		echo "# after $1 (round $r): $out"
	fi
}
bulk_count() { sqlite3 "$T/lib.db" "SELECT count(*) FROM annotation WHERE body LIKE 'bulk note %'"; }

bad_integrity=0
bad_bulk=0
lost=0
kills=0
: >"$T/added"
r=1
while [ "$r" -le "$ROUNDS" ]; do
	# 1. The bulk import, killed part way.
	"$BIN" --db "$T/lib.db" notes import "$T/bulk.json" >/dev/null 2>&1 &
	pid=$!
	sleep "$(rand_ms 600)"
	kill -KILL "$pid" 2>/dev/null && kills=$((kills + 1))
	wait "$pid" 2>/dev/null
	b=$(bulk_count)
	[ "$b" = 0 ] || [ "$b" = 3000 ] || { bad_bulk=$((bad_bulk + 1)); echo "# round $r: $b bulk notes"; }
	sound "the bulk import"
	# Undo a completed bulk import, so the next round has work to do.
	[ "$b" = 3000 ] && sqlite3 "$T/lib.db" "DELETE FROM annotation WHERE body LIKE 'bulk note %'"

	# 2. Notes added one by one; the loop, then its dossier, killed.
	sh -c '
		j=1
		while :; do
			"$1" --db "$2" notes add "$3" --quote "reply telegram" --text "round $4 note $j" >/dev/null 2>&1 &&
				echo "round $4 note $j" >>"$5"
			j=$((j + 1))
		done' sh "$BIN" "$T/lib.db" "$DOC" "$r" "$T/added" &
	pid=$!
	sleep "$(rand_ms 900)"
	kill -KILL "$pid" 2>/dev/null
	pkill -KILL -f -- "--db $T/lib.db notes add" && kills=$((kills + 1))
	wait "$pid" 2>/dev/null
	# The killed dossier is not our child: wait until it is gone.
	i=0
	while pgrep -f -- "--db $T/lib.db notes add" >/dev/null && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	sound "adding notes"

	# 3. A document import, killed part way.
	"$BIN" --db "$T/lib.db" import "$T/letters" >/dev/null 2>&1 &
	pid=$!
	sleep "$(rand_ms 800)"
	kill -KILL "$pid" 2>/dev/null && kills=$((kills + 1))
	wait "$pid" 2>/dev/null
	sound "importing documents"
	r=$((r + 1))
done

# Every note dossier said it added is in the library.
while IFS= read -r line; do
	[ "$(sqlite3 "$T/lib.db" "SELECT count(*) FROM annotation WHERE body = '$line'")" = 1 ] || lost=$((lost + 1))
done <"$T/added"
confirmed=$(wc -l <"$T/added" | tr -d ' ')
check "$kills SIGKILLs in $ROUNDS rounds of writes" [ "$kills" -ge "$ROUNDS" ]
check "integrity_check ok after every kill" [ "$bad_integrity" -eq 0 ]
check "the bulk import is all or nothing" [ "$bad_bulk" -eq 0 ]
check "every one of the $confirmed notes said to be added is there" [ "$lost" -eq 0 -a "$confirmed" -gt 0 ]
check "no note is there twice" [ "$(sqlite3 "$T/lib.db" 'SELECT count(*) - count(DISTINCT uuid) FROM annotation')" = 0 ]

# The interrupted imports complete, and adding again adds nothing.
run notes import "$T/bulk.json"
check "the bulk import completes" has "$T/out" "3000 notes added"
run notes import "$T/bulk.json"
check "and adds nothing a second time" has "$T/out" "0 notes added, 3000 already here"
run import "$T/letters"
check "the document import completes" [ "$rc" -eq 0 ]
check "all 155 documents are there once" [ "$(sqlite3 "$T/lib.db" 'SELECT count(*) FROM document')" = 155 ]
check "integrity_check ok at the end" [ "$(sqlite3 "$T/lib.db" 'PRAGMA integrity_check')" = ok ]
finish
