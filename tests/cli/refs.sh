#!/bin/sh
# References and library search from the command line, on letters that
# cite each other in the archives' own forms.
. "$(dirname "$0")/tap.inc"

mkdir -p "$T/letters"
cat >"$T/letters/a.md" <<'DOC'
**October 1, 1950**

**Ciphered Telegram No. 75352, Feng Xi [Stalin] to Shtraus [Shtykov]**

**Contents:**

Translation - English

We have received your cable of 30 September. Immediately visit KIM IL SUNG.

FENG XI
DOC
cat >"$T/letters/b.md" <<'DOC'
**September 30, 1950**

**Telegram No. 1021, Shtraus [Shtykov] to Feng Xi [Stalin]**

**Contents:**

Translation - English

The situation on the front remains difficult.

SHTYKOV
DOC
cat >"$T/letters/c.txt" <<'DOC'
To Comrade Stalin, I.V.

Your Ciphered Telegram No. 75352 was read to me. As to the letter of 5 October, nothing is known.

Kim Il Sung

12 October 1950
DOC
cat >"$T/letters/d.txt" <<'DOC'
To Comrades Gao Gang and Kim Il Sung:

Decide this with Comrade Filippov [Stalin].

Mao Zedong

13 June 1951
DOC
run import "$T/letters"
check "letters import" [ "$rc" -eq 0 ]
check "the import reports resolution" has "$T/out" "references:"
a=$("$BIN" --db "$T/lib.db" list --json | sed 's/},{/}\n{/g' | grep 'a.md' | sed 's/.*"id":\([0-9]*\).*/\1/')
b=$("$BIN" --db "$T/lib.db" list --json | sed 's/},{/}\n{/g' | grep 'b.md' | sed 's/.*"id":\([0-9]*\).*/\1/')
run refs "$a" --json
check "refs --json has out and in" sh -c "grep -q '\"out\":\[' '$T/out' && grep -q '\"in\":\[' '$T/out'"
check "your cable of 30 September points to Shtykov's telegram" \
	grep -q "\"phrase\":\"your cable of 30 September\",\"kind\":\"cable\",\"date\":\"1950-09-30\",\"number\":null,\"party\":\"yours\",\"person\":null,\"to\":null,\"target\":$b" "$T/out"
check "the telegram is cited by Kim's letter (a backlink)" grep -q '"phrase":"Your Ciphered Telegram No. 75352"' "$T/out"
run refs --json
check "refs without an id lists every reference, with candidates and origin" \
	sh -c "grep -q '\"candidates\":\[' '$T/out' && grep -q '\"origin\":\"auto\"' '$T/out'"
check "an unresolved reference has a null target" grep -q '"phrase":"the letter of 5 October".*"target":null' "$T/out"
run refs "$a"
check "refs in text says what it cites and who cites it" sh -c "grep -q 'References out:' '$T/out' && grep -q 'Cited by:' '$T/out'"
run search from:Stalin
check "from: finds Stalin's telegram (printed as Feng Xi)" has "$T/out" "Ciphered Telegram No. 75352"
run search 'person:Shtraus date:1950-09'
check "person: takes any alias; date: a month" sh -c "grep -q 'Telegram No. 1021' '$T/out' && ! grep -q '75352' '$T/out'"
run search 'date:1950-09..1950-10 kind:telegram'
check "a date range and a kind" sh -c "[ \$(grep -c '^ ' '$T/out') -ge 2 ]"
run search Filippov
check "a person's other name finds them (Filippov is Stalin, printed Feng Xi)" has "$T/out" "Ciphered Telegram No. 75352"
# An edition's web page: notes listed at its end, their numbers glued to
# the words (made footnotes); a reference in a note is the editor's, once.
cat >"$T/fn.txt" <<'DOC'
Memorandum

We read it.2 Then the Deptel 5103 came.

  1. Source: Files.
  2. Telegram 77 from Paris.
  3. Document 134.
DOC
run import "$T/fn.txt"
fid=$(sed -n 's/.*(id \([0-9]*\).*/\1/p' "$T/out")
run refs "$fid"
check "a glued note number is no part of a telegram's (Deptel 510, not 5103)" sh -c "grep -q 'Deptel 510 ' '$T/out' && ! grep -q '5103' '$T/out'"
check "a reference in a footnote is the editor's, listed once" sh -c "[ \$(grep -c 'Telegram 77' '$T/out') -eq 1 ] && grep -q 'Telegram 77.*\[editor\]' '$T/out'"
check "a note that is only 'Document 134.' points to it" grep -q 'Document 134.*\[editor\]' "$T/out"
run search 'date:1950-13'
check "a malformed date filter is a message" sh -c "[ $rc -eq 1 ] && grep -q 'malformed query: date:1950-13' '$T/err'"
finish
