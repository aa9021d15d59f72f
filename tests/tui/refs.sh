#!/bin/sh
# tests/tui/refs.sh: jumping between letters in the real reader, driven in
# a private tmux server: references followed and come back from, the
# sidebar's backlinks, the chooser, links made by hand, people, dates and
# library search. The library is tests/tui/letters (letters that cite each
# other in the archives' forms), imported with the command line. Waits
# poll the screen with a timeout. Prints TAP lines.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

SOCK=refs
. "$here/tmux.inc"

# The panes without the message line (which says what just happened).
panes() { screen | sed '$d'; }

# ---- the library: letters that cite each other ----

DB=$tmp/letters.db
if "$BIN" --db "$DB" import "$here/letters" >"$tmp/import" 2>&1 && grep -q "references:" "$tmp/import"; then
	ok "letters imported, references resolved"
else
	not_ok "letters imported, references resolved"
	sed 's/^/#   /' "$tmp/import"
fi
# id_of DATE: the document of that date (the letters have one a day but
# for 30 September).
id_of() { "$BIN" --db "$DB" list | awk -v d="$1" '$2 == d { print $1; exit }'; }
A=$(id_of 1950-10-01)
D=$(id_of 1950-10-08)
E=$(id_of 1950-10-12)
F=$(id_of 1950-10-15)
G=$(id_of 1950-10-20)
if [ -n "$A" ] && [ -n "$D" ] && [ -n "$E" ] && [ -n "$F" ] && [ -n "$G" ]; then
	ok "the letters are listed by date"
else
	not_ok "the letters are listed by date"
fi

# ---- references: Tab, Enter, Backspace, forward (120x40: the sidebar) ----

start 120 40 "$BIN" --db "$DB" open "$E"
expect "a letter opens with its references counted" "2 refs · cited by 1"
expect "the sidebar lists the references out" "“your letter of 8 October”"
expect "the sidebar says who cites it" "Cited by 1"
expect "with the citing letter's date" "1950-10-20 Letter from"
keys Tab
expect "Tab moves to the first reference and says where it goes" "1/2 “your letter of 8 October” → 1950-10-08"
if screen -e | grep -q "$(printf '\033')\[1m$(printf '\033')\[30m$(printf '\033')\[46myour letter of 8 October"; then
	ok "the reference under the cursor is drawn in its own style"
else
	not_ok "the reference under the cursor is drawn in its own style"
fi
if screen -e | grep -q "$(printf '\033')\[4m$(printf '\033')\[36mCiphered Telegram No. 75352"; then
	ok "a resolved reference is marked (underlined, in colour)"
else
	not_ok "a resolved reference is marked (underlined, in colour)"
fi
keys Enter
expect "Enter follows it to the letter it names" "Comrade Kim Il Sung!"
expect "and says how to come back" "Backspace returns"
keys BSpace
expect "Backspace comes back" "back to Letter from Kim Il Sung to Stalin"
keys C-n
expect "C-n goes forward again" "forward to Letter from Feng Xi (Stalin) to Kim Il Sung"
keys C-o
expect "C-o goes back too" "back to Letter from Kim Il Sung to Stalin"
keys q
check_exit "references"

# In the long letter: the reference is in the middle; back comes to the
# same screen, the cursor on the same reference.
start 80 24 "$BIN" --db "$DB" open "$G"
expect "the long letter opens" "To Comrade Kim Il Sung."
keys j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j
settle
keys Tab
expect "Tab scrolls to show the reference" "“your letter of 12 October” → 1950-10-12"
settle
panes >"$tmp/before"
keys Enter
expect "Enter opens the letter cited" "I received your letter of 8 October"
keys BSpace
expect "Backspace returns to the long letter" "back to Letter from Filippov"
settle
panes >"$tmp/after"
if cmp -s "$tmp/before" "$tmp/after"; then
	ok "Backspace comes back to the same place, the same reference under the cursor"
else
	not_ok "Backspace comes back to the same place"
	diff -u "$tmp/before" "$tmp/after" | sed 's/^/#   /'
fi
if screen -e | grep -q "$(printf '\033')\[46myour letter of 12 October"; then
	ok "the cursor is on the same reference"
else
	not_ok "the cursor is on the same reference"
fi

# A passage linked by hand: its words found as you type, then the target.
keys a
expect "a asks for the words to link" "link the words:"
type_text "share your vi"
expect "the words are found as you type" "1 of 1"
keys Enter
expect "then where it goes" "link “share your view” to:"
type_text "$F"
keys Enter
expect "the link is made" "linked “share your view” → Letter from Kim Il Sung to Stalin"
keys q
check_exit "links"
if "$BIN" --db "$DB" refs "$G" | grep -q "share your view  → $F .*by hand"; then
	ok "the link by hand is in the library"
else
	not_ok "the link by hand is in the library"
	"$BIN" --db "$DB" refs "$G" | sed 's/^/#   /'
fi

# ---- the chooser, changing and dismissing ----

start 80 24 "$BIN" --db "$DB" open "$F"
expect "a letter with an ambiguous reference" "As to the letter of 5 October"
keys Tab Tab
expect "Tab to it" "“The telegram of 30 September”: unresolved, 2 candidates"
keys Enter
expect "Enter shows a chooser" "Which “The telegram of 30 September”?"
expect "its candidates with dates and titles" "1950-09-30 Telegram No. 1022, Mao Zedong to Zhou Enlai"
keys Escape
expect_not "Escape closes it" "Which “The telegram"
keys BTab
expect "BackTab goes to the reference before" "“the letter of 5 October”: unresolved"
keys c
expect "c on a reference without candidates asks where it goes" "link “the letter of 5 October” to:"
type_text "1950-10-08"
keys Enter
expect "a date offers that day's letters" "Link “the letter of 5 October” to"
keys Enter
expect "Enter links it" "linked “the letter of 5 October” → Letter from Feng Xi (Stalin)"
keys x
expect "x dismisses it" "“the letter of 5 October” dismissed"
keys q
check_exit "chooser"
if "$BIN" --db "$DB" refs "$F" | grep -q "the letter of 5 October  (dismissed)"; then
	ok "the dismissal is in the library"
else
	not_ok "the dismissal is in the library"
fi

# ---- the sidebar: a backlink opens the citing letter at the phrase ----

start 120 40 "$BIN" --db "$DB" open "$A"
expect "the telegram is cited twice" "Cited by 2"
keys l
expect "l focuses the sidebar" "Details"
keys j j j
expect "j selects a citing letter" "cited by 1950-10-12"
keys Enter
expect "Enter opens it where it cites the telegram" "where it cites this"
expect "the citing phrase is on screen" "Ciphered Telegram No. 75352 was read to me"
keys BSpace
expect "and Backspace comes back" "back to Ciphered Telegram No. 75352"
keys q
check_exit "sidebar"

# ---- people, dates, the correspondence, library search (80x24) ----

start 80 24 "$BIN" --db "$DB" open "$E"
expect "reopened" "Letter from Kim Il Sung to Stalin"
keys p
expect "p shows the people" "People 6"
expect "with their other names and counts" "Stalin = Feng Xi"
keys g j
keys Enter
expect "Enter filters the list to their documents" "4 documents of Kim Il Sung"
expect "the filter is shown" "filter: person:\"Kim Il Sung\""
keys p g m
expect "m asks whom to merge into" "merge Filippov into:"
type_text "stalin"
keys Enter
expect "people merge" "Filippov merged into Stalin"
keys Escape h Escape
expect "back to every document" "Documents 7"
keys t
expect "t asks for a date" "go to date:"
type_text "1950-10-09"
keys Enter
expect "a date jump opens the first letter on or after it" "1950-10-12: the first on or after 1950-10-09"
keys '}'
expect "} goes to the next letter between the same two" "next letter between Kim Il Sung and Stalin: 1950-10-15"
keys '{' '{'
expect "{ goes back in the correspondence" "previous letter between Kim Il Sung and Stalin: 1950-10-08"
keys S
expect "S asks for a library search" "search the library:"
type_text "volunteers"
keys Enter
expect "the results replace the list" "Search 2: volunteers"
if screen -e | grep -q "$(printf '\033')\[30m$(printf '\033')\[43mvolunteers"; then
	ok "the snippets' hits are highlighted"
else
	not_ok "the snippets' hits are highlighted"
fi
if screen -e | grep -q "$(printf '\001')\|$(printf '\002')"; then
	not_ok "no snippet marker reaches the terminal"
else
	ok "no snippet marker reaches the terminal"
fi
# The letter of 20 October has the words in its text, the other only in
# its summary; its row is the ranking's, which the command line shares.
rank=$("$BIN" --db "$DB" search volunteers | awk '$1 ~ /^[0-9]+$/ { n++ } $2 == "1950-10-20" { print n; exit }')
i=1
while [ "$i" -lt "${rank:-1}" ]; do
	keys j
	i=$((i + 1))
done
keys Enter
expect "Enter opens a result at its first hit" "at the first hit"
expect "the hit is on screen" "view of the volunteers."
keys S C-u
type_text '"unbalanced'
keys Enter
expect "a malformed query is a message" "malformed query"
keys Escape
keys h Escape
expect "Escape returns to the document list" "Documents 7"
keys q
check_exit "people, time, search"

# ---- a library that cannot be written ----

# Root writes anything: the reader then runs as nobody, if it can.
as=
if [ "$(id -u)" = 0 ]; then
	chmod 711 "$tmp"
	if command -v runuser >/dev/null 2>&1 && runuser -u nobody -- test -x "$BIN" 2>/dev/null; then
		as="runuser -u nobody --"
	else
		as=skip
	fi
fi
if [ "$as" != skip ]; then
	mkdir "$tmp/ro"
	cp "$DB" "$tmp/ro/lib.db"
	"$BIN" --db "$tmp/ro/lib.db" list >/dev/null 2>&1
	chmod a-w "$tmp/ro/lib.db"
	# The folder stays writable: SQLite's shared-memory file goes there.
	chmod 777 "$tmp/ro"
	start 80 24 $as "$BIN" --db "$tmp/ro/lib.db" open "$E"
	expect "a read-only library opens" "read-only"
	keys Tab x
	expect "dismissing says it cannot" "read-only library: links cannot be saved"
	keys a
	expect "nor can words be linked" "read-only library: links cannot be saved"
	keys p m
	expect "nor people merged" "read-only library: people cannot be merged"
	keys Escape l Enter
	expect "following still works" "Comrade Kim Il Sung!"
	keys q
	check_exit "read-only"
else
	ok "# SKIP read-only library: running as root, and cannot run as nobody"
fi

echo "# $n checks"
