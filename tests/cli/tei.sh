#!/bin/sh
# A FRUS volume in TEI: documents, footnotes, cross-references, pages,
# re-import, malformed and hostile XML.
. "$(dirname "$0")/tap.inc"

VOL=assets/editions/frus1894Nicaragua.xml
run import "$VOL"
check "the volume imports" [ "$rc" -eq 0 ]
check "138 documents from one file" has "$T/out" "138 documents"
check "footnotes and gaps become notes" has "$T/out" "138 documents, 30 notes"
run list
check "list shows the 138" [ "$(wc -l <"$T/out")" -eq 138 ]
check "a document's date and parties" grep -q '1894-02-01  Gresham → Baker: No. 2. Mr. Gresham to Mr. Baker.' "$T/out"
run show 2
check "a document is shown as the edition cites it" has "$T/out" "Edition     FRUS 1894, Nicaragua (Mosquito Territory), doc 2"
run list --json
check "JSON carries the volume and the document's number" sh -c "grep -q '\"volume\":\"frus1894Nicaragua\"' '$T/out' && grep -q '\"doc_n\":\"2\"' '$T/out'"
run search volume:Nicaragua date:1894-03
check "volume: filters by volume (id or title words)" sh -c "[ $rc -eq 0 ] && [ \$(grep -c '^ ' '$T/out') -ge 10 ]"
run refs --json
check "cross-references resolve within the volume" grep -q '"origin":"auto"' "$T/out"
resolved=$(grep -o '"target":[0-9]' "$T/out" | wc -l)
check "at least 18 references have targets" [ "$resolved" -ge 18 ]
run notes add 2 --quote "Department of State" --text "who?"
check "a note on an edition's document" [ "$rc" -eq 0 ]
run import "$VOL"
check "re-import changes nothing" has "$T/out" "0 imported, 0 updated, 1 unchanged"
run notes
check "annotations survive re-import" has "$T/out" "who?"

printf '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>\n<div type="document" xml:id="d1" n="1"><head>A</head><p>unclosed\n</div></body></text></TEI>\n' >"$T/bad.xml"
run import "$T/bad.xml"
check "a malformed file names line and column" sh -c "[ $rc -eq 1 ] && grep -q 'bad.xml: line [0-9]*, column [0-9]*' '$T/err'"
cat >"$T/xxe.xml" <<'DOC'
<?xml version="1.0"?>
<!DOCTYPE TEI [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
<div type="document" xml:id="d1" n="1"><head>Leak</head><p>&x;</p></div>
</body></text></TEI>
DOC
"$BIN" --db "$T/x.db" import "$T/xxe.xml" >/dev/null 2>&1
"$BIN" --db "$T/x.db" show 1 --json >"$T/out" 2>/dev/null
check "external entities are never read" sh -c "! grep -q 'root:' '$T/out'"
finish
