#!/bin/sh
# Hostile input, as a careful attacker and a clumsy user would bring it
# (issue 13): nothing from a library, a file's name or someone else's
# annotations reaches the terminal or a spreadsheet raw, JSON is always
# valid, an import keeps what follows a broken escape, a first use of a
# library by two imports at once works, and searches are bounded.
. "$(dirname "$0")/tap.inc"
need sqlite3 python3

ESC=$(printf '\033')
C1=$(printf '\302\233')       # U+009B, CSI to some terminals
BEL=$(printf '\007')
# clean FILE: the file is UTF-8 without ESC, BEL or a C1 control (as
# UTF-8 or a lone byte): anything else reaching a terminal is a fault.
clean() {
	python3 -c 'import sys,re
t = open(sys.argv[1], "rb").read().decode("utf-8")
sys.exit(1 if re.search("[\x1b\x07\x80-\x9f]", t) else 0)' "$1" 2>/dev/null
}
# ran_clean: the last run succeeded and printed nothing raw.
ran_clean() { [ "$rc" -eq 0 ] && clean "$T/out"; }
# json FILE: the file is valid JSON (strict UTF-8).
json() { python3 -c 'import json,sys; json.loads(open(sys.argv[1],"rb").read().decode("utf-8"))' "$1" 2>/dev/null; }

# words_file FILE BYTES WORDS: a letter of BYTES of common words ("army"
# one in 22), in lines of WORDS words, or paragraphs (WORDS 0).
words_file() {
	python3 - "$@" <<'PY'
import random, sys
path, size, per_line = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(1)
words = "the of and to in army that was for on with as by at from his it an were are which this be".split()
with open(path, "w") as f:
    f.write("To Comrade Stalin, I.V.\n\n")
    n = 0
    while n < size:
        k = per_line or random.randint(40, 120)
        p = " ".join(random.choice(words) for _ in range(k)) + ("\n" if per_line else ".\n\n")
        f.write(p)
        n += len(p)
    f.write("\nKim Il Sung\n\n14 June 1951\n")
PY
}

mkdir -p "$T/docs"
cat >"$T/docs/letter.txt" <<'DOC'
To Comrade Stalin, I.V.

We have received your cable of 30 September. The army is ready.

Kim Il Sung

12 October 1950
DOC
run import "$T/docs"
id=$(sed -n 's/.*(id \([0-9]*\).*/\1/p' "$T/out")

# ---- the terminal and what is printed ----

# An annotation that writes the clipboard (OSC 52) and a C1 CSI.
run notes add "$id" --quote "army" --text "see ${ESC}]52;c;aGVsbG8=${BEL} and ${C1}2J here" --tag "${ESC}[31mred"
check "notes add: a note with escapes is added" [ "$rc" -eq 0 ]
run notes export --format md
check "notes export md: no escape or C1 control written" ran_clean
run notes export --format csv
check "notes export csv: no escape or C1 control written" ran_clean
run notes
check "notes: no escape or C1 control printed" ran_clean

# The same from someone else's JSON: controls are not stored.
cat >"$T/evil.json" <<JSON
{"type":"AnnotationCollection","first":{"items":[{"type":"Annotation",
 "body":[{"type":"TextualBody","value":"look \u001b]52;c;ZXZpbA==\u0007\u009b2J\u001b[2J here","purpose":"commenting"},
         {"type":"TextualBody","value":"\u001b[31mtag","purpose":"tagging"}],
 "target":{"source":"urn:dossier:text:none","selector":[{"type":"TextQuoteSelector","exact":"cable of 30 September"}]}}]}}
JSON
# its document is found by path when the hash is unknown: give it ours
hash=$("$BIN" --db "$T/lib.db" notes export --format json | sed -n 's/.*urn:dossier:text:\([0-9a-f]*\).*/\1/p' | head -1)
sed -i "s/urn:dossier:text:none/urn:dossier:text:$hash/" "$T/evil.json"
run notes import "$T/evil.json"
check "notes import: the annotation is imported" has "$T/out" "1 notes added"
sqlite3 "$T/lib.db" "SELECT body || tags FROM annotation" >"$T/stored"
check "notes import: no escape or C1 control is stored" clean "$T/stored"
check "notes import: the text around them is kept" has "$T/stored" "look"

# A library written by someone else may hold anything: C1 in a title.
sqlite3 "$T/lib.db" "UPDATE document SET title = 'Evil ' || char(155) || '2J ' || char(27) || ']52;c;eA==' || char(7) || ' title'"
for cmd in list "show $id" "search army" notes; do
	# shellcheck disable=SC2086
	run $cmd
	check "$cmd: no escape or C1 control printed" ran_clean
done
run show "$id"
check "show: a C1 control is shown as <U+009B>" has "$T/out" "Evil <U+009B>2J ^[]52"
run list --json
check "list --json: C1 controls are escaped" ran_clean
check "list --json: as \\u009b" has "$T/out" 'Evil \u009b2J \u001b]52'


# A file whose name is not UTF-8 still makes valid JSON.
mkdir -p "$T/names"
cp "$T/docs/letter.txt" "$T/names/bad$(printf '\377\376')name.txt"
sed -i 's/army is ready/navy is ready/' "$T/names/bad$(printf '\377\376')name.txt"
run import "$T/names"
check "a file whose name is not UTF-8 is imported" [ "$rc" -eq 0 ]
run list --json
check "list --json: valid JSON with a name that is not UTF-8" json "$T/out"
run search navy --json
check "search --json: valid JSON with a name that is not UTF-8" json "$T/out"
run list
check "list: the name's stray bytes are not printed raw" ran_clean

# CSV cells a spreadsheet would run as formulas (OWASP: prefix with ').
for f in '=HYPERLINK("http://x","y")' '+1+1' '-2+3' '@SUM(A1)'; do
	"$BIN" --db "$T/lib.db" notes add "$id" --quote "army" --text "$f" >/dev/null 2>&1
done
run notes export --format csv
check "csv: a cell starting with = is quoted behind '" has "$T/out" "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
check "csv: + is quoted behind '" has "$T/out" "\"'+1+1\""
check "csv: - is quoted behind '" has "$T/out" "\"'-2+3\""
check "csv: @ is quoted behind '" has "$T/out" "\"'@SUM(A1)\""
# no_formula FILE: no cell of the CSV starts with a formula character
no_formula() {
	python3 -c 'import csv,sys
for row in csv.reader(open(sys.argv[1], encoding="utf-8")):
    for c in row:
        if c and c[0] in "=+-@\t\r": sys.exit(1)' "$1"
}
check "csv: no cell starts with a formula character" no_formula "$T/out"

# ---- import ----

# A stray ESC P (or ] _ ^ X) with no terminator once swallowed the rest
# of a 960 KB file: the escape ends at its line's end, the text is kept.
mkdir -p "$T/esc"
python3 - "$T/esc/stray.txt" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("To Comrade Stalin\n\nA stray \x1bP escape here.\n")
    for i in range(16000):
        f.write("line %d of the report on the harvest and the weather\n" % i)
    f.write("The last word is zanzibar.\n\n14 June 1951\n")
PY
run import "$T/esc/stray.txt"
check "a file with an unterminated escape imports" [ "$rc" -eq 0 ]
sid=$(sed -n 's/.*(id \([0-9]*\).*/\1/p' "$T/out")
run search zanzibar
check "the text after an unterminated escape is kept" has "$T/out" "zanzibar"
run show "$sid" --json
check "all of its 16,000 lines are stored" has "$T/out" "line 15999 of the report"

# Two first uses of a new library at once: the migrations run under the
# write lock, both imports succeed (each of 8 tries failed one before).
bad=0
for i in 1 2 3 4 5 6 7 8; do
	"$BIN" --db "$T/twice$i.db" import "$T/docs" >"$T/a.out" 2>&1 &
	"$BIN" --db "$T/twice$i.db" import "$T/docs" >"$T/b.out" 2>&1
	rb=$?
	wait $!
	ra=$?
	if [ "$ra" -ne 0 ] || [ "$rb" -ne 0 ] || grep -q "dossier:" "$T/a.out" "$T/b.out"; then
		bad=$((bad + 1))
		sed 's/^/# /' "$T/a.out" "$T/b.out" | grep "dossier:" | head -2
	fi
done
check "two imports into a new library at once both succeed (8 tries)" [ "$bad" -eq 0 ]

# "imported" is said only of what is committed: an import killed as soon
# as it has said so of 100 files has stored at least as many.
mkdir -p "$T/many"
python3 - "$T/many" <<'PY'
import sys
for i in range(3000):
    with open("%s/letter-%04d.txt" % (sys.argv[1], i), "w") as f:
        f.write("To Comrade Shtykov\n\nLetter %d about question %d of the harvest.\n\nFeng Xi\n" % (i, i))
PY
rm -f "$T/kill.db"*
: >"$T/kill.out" # there before the background import opens it
"$BIN" --db "$T/kill.db" import "$T/many" >>"$T/kill.out" 2>&1 &
pid=$!
i=0
while [ "$(grep -c '^imported' "$T/kill.out")" -lt 100 ] && kill -0 "$pid" 2>/dev/null && [ $i -lt 600 ]; do
	sleep 0.05
	i=$((i + 1))
done
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
said=$(grep -c '^imported' "$T/kill.out")
stored=$(sqlite3 -cmd ".timeout 5000" "$T/kill.db" "SELECT count(*) FROM document")
echo "# killed after $said lines said imported; $stored documents stored"
said_stored() { [ "${said:-0}" -gt 0 ] && [ "$said" -le "${stored:-0}" ]; }
check "a killed import said 'imported' only of stored files" said_stored

# An entity expansion past its budget refuses the file (it once left
# 49,979 "&a;" in the text, silently); XML that is not TEI is refused.
mkdir -p "$T/xml"
python3 - "$T/xml/laughs.xml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "%s">]>\n' % ("x" * 1000))
    f.write('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div type="document" xml:id="d1"><p>')
    f.write("&a;" * 50000)
    f.write("</p></div></body></text></TEI>\n")
PY
run import "$T/xml/laughs.xml"
check "entities past the budget: the file is refused" sh -c "[ $rc -eq 1 ] && grep -q 'laughs.xml: line 3: the entity &a; would write more than 1024 KiB' '$T/err'"
printf '<?xml version="1.0"?>\n<html><body><p>Not a letter.</p></body></html>\n' >"$T/xml/page.xml"
run import "$T/xml/page.xml"
check "XML that is not TEI is refused as of an unknown kind" sh -c "[ $rc -eq 1 ] && grep -q 'page.xml: XML of an unknown kind (its root element is <html>' '$T/err'"
run list
check "neither is in the library as text" sh -c "! grep -q '<?xml\|laughs' '$T/out'"

# ---- search and the command line ----

run search 'person:%'
check "person:% matches no document (LIKE's wildcards are letters)" sh -c "[ $rc -eq 0 ] && grep -q 'no documents match' '$T/err' && [ ! -s '$T/out' ]"
run search 'person:_'
check "person:_ matches no document" sh -c "[ $rc -eq 0 ] && [ ! -s '$T/out' ]"
run search 'person:Stal'
check "person: still finds a part of a name" has "$T/out" "Stalin"
run notes --tag '%'
check "notes --tag % lists no note" sh -c "[ $rc -eq 0 ] && [ ! -s '$T/out' ]"
run search 'NEAR(army ready)'
check "NEAR(a b) is a search" sh -c "[ $rc -eq 0 ] && grep -q 'army' '$T/out'"
run search 'NEAR(army)'
check "a malformed NEAR says how it is written, not FTS5's message" sh -c "[ $rc -eq 1 ] && grep -q 'NEAR(...) takes two or more' '$T/err' && ! grep -q fts5 '$T/err'"
run search 'army (ready OR navy)'
check "a word beside a group is a search (FTS5 refused it)" sh -c "[ $rc -eq 0 ] && grep -q army '$T/out'"
run search -- -Stalin
check "search -- -Stalin is a search" [ "$rc" -eq 0 ]
cp "$T/out" "$T/stalin"
run search -Stalin
check "search -Stalin is the same search (a word that names no option is a query word)" \
	sh -c "[ $rc -eq 0 ] && [ -s '$T/out' ] && cmp -s '$T/out' '$T/stalin'"
run search -Stalin --limit 1
check "and an option after it is read" sh -c "[ $rc -eq 0 ] && [ \$(grep -c '^ *[0-9]' '$T/out') -eq 1 ] && [ \$(grep -c '^ *[0-9]' '$T/stalin') -gt 1 ]"
run search --Stalin
check "search --Stalin is an unknown option, and says how" sh -c "[ $rc -eq 2 ] && grep -q -- 'dossier search -- --Stalin' '$T/err'"
run list -Stalin
check "list -Stalin is an unknown option of a command that takes no words" sh -c "[ $rc -eq 2 ] && grep -q -- \"unknown option '-Stalin'\" '$T/err'"
run notes import "$T/nonexistent"
check "notes import of a missing file says so, without 'line -1'" sh -c "[ $rc -eq 1 ] && grep -q '/nonexistent: No such file or directory' '$T/err' && ! grep -q 'line -1' '$T/err'"
run notes import "$T"
check "notes import of a folder says so" sh -c "[ $rc -eq 1 ] && grep -q 'is a folder' '$T/err'"

# Search time is bounded: a letter of 4 MB in which a word recurs 180,000
# times (FTS5's snippet() took 100 s on it), a query too long, too many words.
words_file "$T/esc/army.txt" 4000000 12
run import "$T/esc/army.txt"
timeout 5 "$BIN" --db "$T/lib.db" search army >"$T/out" 2>"$T/err"
rc=$?
check "a word 180,000 times in one letter: answered at once, with a snippet" sh -c "[ $rc -eq 0 ] && grep -q '\[army\]' '$T/out'"
run search "$(python3 -c 'print("x" * 100000)')"
check "a query of 100 KB is refused, naming the limit" sh -c "[ $rc -eq 1 ] && grep -q 'the query is too long (100000 bytes; a search takes at most 1000)' '$T/err'"
run search "$(python3 -c 'print(" OR ".join("w%d" % i for i in range(2000)))')"
check "2,000 ORs are refused, naming a limit" sh -c "[ $rc -eq 1 ] && grep -q 'the query is too long' '$T/err'"
run search "$(python3 -c 'print(" OR ".join("w%d" % i for i in range(41)))')"
check "41 words are refused, naming the limit" sh -c "[ $rc -eq 1 ] && grep -q 'too many words (more than 40)' '$T/err'"

# Memory: an import holds a file about twice (it held it six times: 314
# MB for 50 MB), measured on the binary without sanitizers; a file over
# the documented limit is refused, naming it.
words_file "$T/esc/big.txt" 30000000 0
PLAIN=${DOSSIER_PLAIN:-$BIN}
if [ -x /usr/bin/time ]; then
	/usr/bin/time -f '%M' -o "$T/rss" "$PLAIN" --db "$T/big.db" import "$T/esc/big.txt" >"$T/out" 2>&1
	rss=$(tail -1 "$T/rss")
	echo "# a file of 30 MB imported at a peak of $((rss / 1024)) MB"
	check "a 30 MB file imports within 2 x 30 MB + 50 MB" [ "$rss" -le $(((2 * 30 + 50) * 1024)) ]
else
	ok "a 30 MB file imports within 2 x 30 MB + 50 MB # SKIP /usr/bin/time is not installed"
fi
: >"$T/esc/huge.txt"
truncate -s 300M "$T/esc/huge.txt"
run import "$T/esc/huge.txt"
check "a file over 256 MiB is refused, naming the limit" sh -c "[ $rc -eq 1 ] && grep -q 'file too large (300 MiB; dossier imports files of at most 256 MiB)' '$T/err'"

finish
