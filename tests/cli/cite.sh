#!/bin/sh
# Citing and handing on: a CMIF calendar imported (the real Thun-Hohenstein
# file, and bad ones that import nothing), its letters listed, searched,
# shown without text and cited to; `cite` in its three styles; `export`
# read back by the real tools (pandoc --citeproc, ris2xml, xmllint
# --relaxng against the CMIF schema); nothing from a document reaches the
# terminal as a control character.
. "$(dirname "$0")/tap.inc"

THUN=tests/cmif/thun-hohenstein-cmif.xml
CSL=/usr/share/citation-style-language/styles/chicago-fullnote-bibliography.csl
count() { "$BIN" --db "$T/lib.db" list | wc -l; }

run import assets/sample assets/editions "$THUN"
check "the sample, a FRUS volume and a CMIF calendar import" [ "$rc" -eq 0 ]
check "the calendar's 413 letters, though the file does not validate strictly" has "$T/out" "413 documents"
check "listed with the others" [ "$(count)" -eq 556 ]

# a calendar entry: its metadata, no text, its URL
url=https://thun-korrespondenz.acdh.oeaw.ac.at/thun-an-exner-1849-04-11-ca813.html
id=$("$BIN" --db "$T/lib.db" list --json | python3 -c "
import json, sys
print([d['id'] for d in json.load(sys.stdin) if d['url'] == '$url'][0])")
run show "$id"
check "shown with 'no text in this library' and the URL" has "$T/out" "No text in this library: the letter is at $url."
check "with its parties and date" sh -c "grep -q '^From *Leo (Leopold) Thun-Hohenstein' '$T/out' && grep -q '^Date *11. April 1849' '$T/out'"
run show "$id" --json
check "JSON says it has no text" has "$T/out" '"has_text":false'
run search Exner
check "searchable by its persons" has "$T/out" "Leo (Leopold) Thun-Hohenstein → Franz Serafin Exner"
run search Racibórz
check "and by its places" has "$T/out" "Melchior Diepenbrock → Leo (Leopold) Thun-Hohenstein"
run search "from:\"Leo (Leopold) Thun-Hohenstein\" date:1849-04"
check "and by its filters" has "$T/out" "$id  1849-04-11"
run people --json
check "a person keeps the GND id the calendar gives" sh -c "python3 -c \"
import json, sys
p = [p for p in json.load(open('$T/out')) if p['name'] == 'Leo (Leopold) Thun-Hohenstein'][0]
sys.exit(0 if p['authority'] == ['https://d-nb.info/gnd/118757393'] else 1)\""

# a letter's reference resolves to a calendar entry
cat >"$T/exner.txt" <<'DOC'
To Count Leo Thun-Hohenstein

Prague, 20 April 1849

Your Excellency,

I received your letter of 11 April 1849 and thank you for the trust it shows.

Franz Serafin Exner
DOC
run import "$T/exner.txt"
run refs --json
check "a reference resolves to a calendar entry" sh -c "python3 -c \"
import json, sys
r = [r for r in json.load(open('$T/out')) if r['phrase'] == 'your letter of 11 April 1849'][0]
sys.exit(0 if r['target'] == $id else 1)\""

# cite
doc2=$("$BIN" --db "$T/lib.db" list | grep 'No. 2. Mr. Gresham to Mr. Baker' | awk '{print $1}')
run cite "$doc2"
check "cite: a Chicago note, the volume's imprint from its TEI header" has "$T/out" \
	"Gresham to Baker, letter, Department of State, Washington, February 1, 1894, in Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory) (Washington: United States Government Printing Office, 1895), doc. 2."
run cite "$doc2" --style frus
check "cite --style frus: the document's number, not a page" has "$T/out" \
	"“Mr. Gresham to Mr. Baker,” Department of State, Washington, February 1, 1894, Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory) (Washington: United States Government Printing Office, 1895), Document 2."
run cite "$doc2" --style=chicago-bib
check "cite --style chicago-bib: the sender inverted, sentences" has "$T/out" \
	"Gresham. Letter to Baker, Department of State, Washington, February 1, 1894. In Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory), doc. 2. Washington: United States Government Printing Office, 1895."
run cite "$id"
check "cite: a calendar letter with its place, date, edition and URL" has "$T/out" \
	"Leo (Leopold) Thun-Hohenstein to Franz Serafin Exner, letter, Prag, April 11, 1849, in Die Korrespondenz von Leo von Thun-Hohenstein https://thun-korrespondenz.acdh.oeaw.ac.at, $url."
stalin=$("$BIN" --db "$T/lib.db" list | grep '1950-10-01' | awk '{print $1}')
run cite "$stalin" "$doc2"
check "cite: one line a document, in the order asked" sh -c "[ \$(wc -l <'$T/out') -eq 2 ] && head -1 '$T/out' | grep -q '^Stalin to Shtykov and Zakharov, telegram no. 75352, October 1, 1950'"
check "nothing is invented: no place, no editor the library lacks" sh -c "! grep -q 'ed\\. \\|Moscow' '$T/out'"
run cite "$doc2" --json
check "cite --json: the citation, and in Markdown and HTML" sh -c "python3 -c \"
import json, sys
c = json.load(open('$T/out'))[0]
sys.exit(0 if c['id'] == $doc2 and c['style'] == 'chicago-note' and '*Foreign Relations' in c['markdown'] and '<i>Foreign Relations' in c['html'] else 1)\""
run cite "$doc2" --style apa
check "cite: an unknown style is a usage error naming the styles" sh -c "[ $rc -eq 2 ] && grep -q 'chicago-note, chicago-bib or frus' '$T/err'"
run cite 99999
check "cite: no such document, said" sh -c "[ $rc -eq 1 ] && grep -q 'no document 99999' '$T/err'"
run cite
check "cite without an id: the usage" sh -c "[ $rc -eq 2 ] && grep -q 'usage: dossier cite ID' '$T/err'"

# export, read back by the real tools
need_tools=1
for t in pandoc ris2xml xmllint; do command -v $t >/dev/null 2>&1 || need_tools=0; done
[ -f "$CSL" ] || need_tools=0
if [ $need_tools -eq 1 ]; then
	run export --format csl-json "$doc2" "$id" -o "$T/refs.json"
	check "export -o FILE says how many" sh -c "[ $rc -eq 0 ] && grep -q 'exported 2 documents to' '$T/err'"
	printf 'A.[@{https://thun-korrespondenz.acdh.oeaw.ac.at/thun-an-exner-1849-04-11-ca813.html}]\n' >"$T/doc.md"
	pandoc --citeproc --bibliography="$T/refs.json" --csl="$CSL" -t plain --wrap=none "$T/doc.md" >"$T/pandoc" 2>&1
	check "csl-json: pandoc --citeproc cites the letter with its date" has "$T/pandoc" "April 11, 1849"
	check "csl-json: ... its correspondents" sh -c "grep -q 'Thun-Hohenstein' '$T/pandoc' && grep -q 'Exner' '$T/pandoc'"
	run export --format bibtex "$doc2"
	cp "$T/out" "$T/refs.bib"
	key=$(sed -n 's/^@letter{\(.*\),$/\1/p' "$T/refs.bib")
	printf 'A.[@%s]\n' "$key" >"$T/doc.md"
	pandoc --citeproc --bibliography="$T/refs.bib" --csl="$CSL" -t plain --wrap=none "$T/doc.md" >"$T/pandoc" 2>&1
	check "bibtex: pandoc reads the BibLaTeX entry (Gresham, 1894)" sh -c "grep -q 'Gresham' '$T/pandoc' && grep -q '1894' '$T/pandoc'"
	run export --format ris --query 'from:"Leo (Leopold) Thun-Hohenstein" date:1849'
	ris2xml "$T/out" >"$T/ris.xml" 2>/dev/null
	n_ris=$(grep -c '^TY  - ' "$T/out")
	check "ris: a record a document the query finds" [ "$n_ris" -ge 2 ]
	check "ris: ris2xml reads every record" [ "$(grep -c '<mods ' "$T/ris.xml")" -eq "$n_ris" ]
	run export --format cmif -o "$T/all.xml"
	check "cmif: every document without id or query" [ "$(grep -c '<correspDesc' "$T/all.xml")" -eq "$(count)" ]
	check "cmif: valid against the CMIF schema" sh -c "xmllint --noout --relaxng tests/cmif/cmi-customization.rng '$T/all.xml' 2>/dev/null"
	check "cmif: persons keep their GND ids" has "$T/all.xml" 'ref="https://d-nb.info/gnd/118757393"'
	run export --format cmif --query 'Exner'
	check "cmif --query: only what the search finds" sh -c "[ \$(grep -c '<correspDesc' '$T/out') -ge 2 ] && [ \$(grep -c '<correspDesc' '$T/out') -lt 20 ]"
	# the calendar exported and imported again into a new library: the same letters
	"$BIN" --db "$T/again.db" import "$T/all.xml" >/dev/null 2>&1
	check "an exported CMIF file imports again, letter for letter" \
		[ "$("$BIN" --db "$T/again.db" list | wc -l)" -eq "$(count)" ]
else
	for i in 1 2 3 4 5 6 7 8 9 10 11; do ok "export read back # SKIP pandoc, ris2xml, xmllint or the CSL styles not installed"; done
fi
run export --query Exner
check "export without --format: a usage error" sh -c "[ $rc -eq 2 ] && grep -q 'format is needed' '$T/err'"
run export --format endnote
check "export: an unknown format names the formats" sh -c "[ $rc -eq 2 ] && grep -q 'csl-json, ris, bibtex or cmif' '$T/err'"
run export --format ris --query 'nosuchwordanywhere'
check "export: a query that finds nothing, said" sh -c "[ $rc -eq 1 ] && grep -q 'no documents match' '$T/err'"
run export --format ris 99999
check "export: no such document, said" sh -c "[ $rc -eq 1 ] && grep -q 'no document 99999' '$T/err'"
run export --format ris -o "$T/no/such/dir/x.ris" "$doc2"
check "export -o into no folder: said, nothing written" sh -c "[ $rc -eq 1 ] && grep -q 'cannot write' '$T/err' && [ ! -e '$T/no' ]"
run export --format ris --query 'date:'
check "export: a malformed query is a message" sh -c "[ $rc -ne 0 ] && [ -s '$T/err' ]"

# the same file again changes nothing
run import "$THUN"
check "re-import: unchanged" has "$T/out" "0 imported, 0 updated, 1 unchanged"

# bad CMIF files: a clear message, nothing half-imported
before=$(count)
head='<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
<publicationStmt><publisher>P</publisher></publicationStmt><sourceDesc><bibl type="print" xml:id="b1">An edition</bibl></sourceDesc></fileDesc><profileDesc>'
tail='</profileDesc></teiHeader><text><body><p/></body></text></TEI>'
letter='<correspDesc source="#b1"><correspAction type="sent"><persName>Anna</persName><date when="1900-01-02"/></correspAction></correspDesc>'
printf '%s\n%s\n' "$head" "$tail" >"$T/empty.xml"
run import "$T/empty.xml"
check "no letters: said" sh -c "[ $rc -eq 1 ] && grep -q 'empty.xml: no letters' '$T/err'"
printf '%s\n%s\n%s\n<correspDesc source="#b1"><correspAction type="sent">\n%s\n' "$head" "$letter" "$letter" "$tail" >"$T/broken.xml"
run import "$T/broken.xml"
check "malformed: line and column said" sh -c "[ $rc -eq 1 ] && grep -q 'broken.xml: line [0-9]*, column [0-9]*' '$T/err'"
printf '<?xml version="1.0"?>\n<!DOCTYPE TEI [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n%s\n%s\n%s\n' \
	"$(printf '%s' "$head" | sed 1d)" "$letter$letter" "$tail" >"$T/xxe.xml"
run import "$T/xxe.xml"
check "hostile (an external entity): refused, said" sh -c "[ $rc -eq 1 ] && grep -q 'declares entities' '$T/err'"
printf '<?xml version="1.0"?>\n<!DOCTYPE TEI [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"> ]>\n%s\n%s\n%s\n' \
	"$(printf '%s' "$head" | sed 1d)" "$letter$letter" "$tail" >"$T/laughs.xml"
run import "$T/laughs.xml"
check "hostile (entities that grow): refused" sh -c "[ $rc -eq 1 ] && grep -q 'declares entities' '$T/err'"
check "nothing of a bad file is left behind" [ "$(count)" -eq "$before" ]
printf '%s\n<correspDesc source="#b1"><correspAction type="sent"><persName>Anna</persName><shelfmark>X</shelfmark><date when="1900-01-02"/></correspAction></correspDesc>\n%s\n%s\n' \
	"$head" "$letter" "$tail" >"$T/odd.xml"
run import "$T/odd.xml"
check "unknown elements: the letters import" sh -c "[ $rc -eq 0 ] && grep -q '2 documents' '$T/out'"
check "... and the skipped element is named, with its line" grep -q 'odd.xml: line [0-9]*: <shelfmark> in correspAction is not CMIF: skipped' "$T/err"

# nothing from a document reaches a terminal raw
sqlite3 "$T/lib.db" "UPDATE document SET title = 'Evil' || char(27) || '[31m title' || char(7), place = 'Ro' || char(27) || ']52;c;AAAA' || char(7) || 'me' WHERE id = $doc2"
run cite "$doc2"
check "cite: no control character from a document" sh -c "! grep -q \"\$(printf '[\\033\\007]')\" '$T/out' && grep -q 'Rome\\|Ro' '$T/out'"
for f in csl-json ris bibtex cmif; do
	run export --format $f "$doc2"
	check "export $f: no control character from a document" sh -c "! grep -q \"\$(printf '[\\033\\007]')\" '$T/out'"
done
finish
