#!/bin/sh
# tests/tui/reader.sh: drives the real reader in a private tmux server,
# keys in, screens out (as tmux's own regression tests do). Screens are
# compared with tests/tui/expected/*.txt; DOSSIER_UPDATE_SCREENS=1 rewrites
# those files from what the reader shows (review the diff before committing).
# Waits poll the screen for what should appear, with a timeout, so a slow
# machine only makes the test slower. Prints TAP lines.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
expected=$here/expected

SOCK=test
. "$here/tmux.inc"
need sqlite3

# compare NAME: the settled screen against expected/NAME.txt.
compare() {
	settle
	screen >"$tmp/got"
	if [ "${DOSSIER_UPDATE_SCREENS:-}" = 1 ]; then
		cp "$tmp/got" "$expected/$1.txt"
		ok "screen $1 (updated)"
	elif diff -u "$expected/$1.txt" "$tmp/got" >"$tmp/diff" 2>&1; then
		ok "screen $1 as expected"
	else
		not_ok "screen $1 differs from tests/tui/expected/$1.txt"
		sed 's/^/#   /' "$tmp/diff"
	fi
}

# resize W H: tmux applies a pane's new size to its terminal after a delay
# of its own (up to a quarter of a second when resizes follow each other),
# so wait until the terminal has the size, then until the reader redrew.
resize() {
	$T resize-window -x "$1" -y "$2" >/dev/null 2>&1
	r_tty=$($T display-message -p '#{pane_tty}' 2>/dev/null)
	r_i=0
	while [ $r_i -lt 50 ] && [ "$(stty -F "$r_tty" size 2>/dev/null)" != "$2 $1" ]; do
		sleep 0.05
		r_i=$((r_i + 1))
	done
	settle
}

# ---- libraries: a fixture with known content, and the sample ----

FIX=$tmp/fixture.db
SAMPLE_DB=$tmp/sample.db
EMPTY_DB=$tmp/empty.db
# the library's schema, made by importing an empty folder (a reading
# command makes no library), then the fixture's rows
mkdir "$tmp/nothing"
"$BIN" --db "$FIX" import "$tmp/nothing" >/dev/null 2>&1
if sqlite3 "$FIX" <"$here/fixture.sql" && [ "$("$BIN" --db "$FIX" list | wc -l)" -eq 4 ]; then
	ok "fixture library built"
else
	not_ok "fixture library built (has the schema changed? see tests/tui/fixture.sql)"
fi
if (cd "$root" && "$BIN" --db "$SAMPLE_DB" import assets/sample >/dev/null 2>&1); then
	ok "sample imported with the command line"
else
	not_ok "sample imported with the command line"
fi

# ---- the fixture: screens at several sizes ----

start 80 24 "$BIN" --db "$FIX"
expect "opens at the first document by date" "doc 1/4"
compare fixture-80x24
# The fixture's body holds ESC [5m (blink). capture-pane -p prints text
# only, so the check reads the attributes (-e): an escape sent raw would
# have turned blinking on, which the reader never does. SGR parameters are
# walked so that 38;5;N (a 256-colour code) is not read as blink.
blinking() {
	settle
	screen -e | tr '\033' '\n' | awk -F';' '
		/^\[[0-9;]*m/ {
			sub(/^\[/, ""); sub(/m.*/, "")
			for (i = 1; i <= NF; i++) {
				if ($i == 38 || $i == 48) { i += ($(i + 1) == 2) ? 4 : 2; continue }
				if ($i == 5) found = 1
			}
		}
		END { exit !found }'
}
if blinking; then
	not_ok "the document's escape sequence is not sent raw (a cell blinks)"
	screen | sed 's/^/#   /'
else
	ok "the document's escape sequence is not sent raw"
fi

keys G
expect "G goes to the bottom" "100%"
expect "control characters are shown as placeholders" "^[[5mblink^[[0m and a bell^G."
keys g
expect "g goes to the top" "To be returned after 6 days"

keys f
expect "f folds brackets into numbered markers" "SHTRAUS¹, MAYVEYEV²"
compare fixture-80x24-footnotes
keys f
expect "f again shows brackets inline" "SHTRAUS [pseudonym for Soviet Amb. Shtykov]"

keys j j j
expect "j scrolls a line at a time" "CIPHERED TELEGRAM # 75352"
expect_not "j scrolls the header away" "October 1, 1950 · Telegram No. 75352"
keys Space
expect "Space pages down" "doc 1/4 · "
keys b C-d C-u
settle

keys / p a r a l l e l
expect "search highlights as you type" "1 of 3"
keys Enter
expect "search counts its hits" "3 hits"
if screen -e | grep -q "parallel"; then ok "hits are drawn"; else not_ok "hits are drawn"; fi
keys n n n
expect "n wraps around with a message" "search wrapped to the top"
keys N
expect "N wraps backwards" "search wrapped to the bottom"
keys / z z q q x Enter
expect "a search without hits says so" "not found: zzqqx"
keys Escape

# The sidebar, aligned notes: only at a width that has room for it.
keys g
resize 200 60
expect "at 200x60 the sidebar shows" "Editorial 3"
compare fixture-200x60
expect "notes stand beside their lines" "² pseudonym for M.V. Zakharov"

resize 80 24
settle
screen >"$tmp/before"
keys j j j j j
settle
screen >"$tmp/before"
for size in "200 60" "40 12" "1 1" "2 2" "13 3" "80 24"; do
	resize $size
	settle
done
screen >"$tmp/after"
if cmp -s "$tmp/before" "$tmp/after"; then
	ok "resizing down to 1x1 and back keeps the reading position"
else
	not_ok "resizing down to 1x1 and back keeps the reading position"
	diff -u "$tmp/before" "$tmp/after" | sed 's/^/#   /'
fi
resize 40 12
expect "at 40x12 only the text shows" "Ciphered Telegram No. 7…"
compare fixture-40x12
resize 1 1
settle
if [ "$(screen | tr -d '\n' | wc -m)" -le 1 ]; then ok "1x1 shows at most one cell"; else not_ok "1x1 shows at most one cell"; fi
resize 80 24
expect "back at 80x24" "? help"

keys ']'
expect "] opens the next document in date order" "doc 2/4"
compare fixture-80x24-letter
expect "wide characters are laid out" "(毛泽东) and from"
expect "combining marks stay on their letters" "$(printf 'Zho\314\204u E\314\204nla\314\200i (')"
keys '['
expect "[ goes back" "doc 1/4"

keys h j
expect "the list moves the selection and opens it" "Letter from Feng Xi to Kim Il Sung"
keys j j
expect "the list reaches the undated document" "doc 4/4"
keys l

keys '?'
expect "? shows the help" "show or hide this help"
compare help-80x24
keys G
expect "the help scrolls to its end" "focus a pane; in the list, open a document"
keys q
expect_not "q closes the help" "show or hide this help"

keys e
expect "e opens the correction form" "Correct this document"
keys C-u T h e ' ' R e u n i f i c a t i o n ' ' c a l l Enter
expect "the correction shows at once" "The Reunification call"
expect "and is saved" "saved 1 correction"

keys s
expect "s sorts by title" "sorted by title"
keys s s
expect "and back to dates" "sorted by date"

keys q
check_exit "q quits"
if "$BIN" --db "$FIX" list | grep -q "The Reunification call"; then
	ok "the correction is in the library"
else
	not_ok "the correction is in the library"
fi

# Reopening returns to the last document read.
start 80 24 "$BIN" --db "$FIX"
expect "reopens at the last document read" "The Reunification call"
keys q
check_exit "second run"

start 80 24 "$BIN" --db "$FIX" open 2
expect "dossier open ID opens that document" "Letter from Feng Xi to Kim Il Sung"
keys h / g a o Enter
expect "/ in the list filters it" "1 of 4"
keys Escape
expect "Escape clears the filter" "Documents 4"
keys q
check_exit "open ID"

# A frame goes to the terminal in a write or two, not one write a cursor
# move (each wakes the terminal up; ncurses 6.4 did so until endwin()).
if command -v strace >/dev/null 2>&1; then
	start 120 40 strace -o "$tmp/writes" -e trace=write "$BIN" --db "$FIX"
	expect "the reader runs under strace" "Documents"
	settle
	keys j
	settle
	keys ']'
	settle
	keys q
	check_exit "under strace"
	w=$(grep -c '^write(1,' "$tmp/writes")
	if [ "$w" -le 24 ]; then
		ok "three frames in $w writes (at most 24)"
	else
		not_ok "three frames in $w writes, not at most 24"
	fi
else
	ok "# SKIP the writes of a frame: no strace (tools/deps.sh test installs it)"
fi

start 80 24 "$BIN" --db "$FIX" open 99
check_exit "an unknown id" 1
expect "an unknown id is reported" "no document 99"

# ---- the sample, as imported by the command line ----

start 80 24 "$BIN" --db "$SAMPLE_DB"
expect "the sample opens" "doc 1/5"
for doc in 2 3 4 5; do
	keys ']'
	expect "document $doc of the sample opens" "doc $doc/5"
	keys G
	expect "document $doc scrolls to its end" "100%"
done
keys f
expect "footnote mode on the sample" "notes as ¹²³"
resize 200 60
expect "the sample at 200x60" "doc 5/5"
resize 40 12
settle
resize 1 1
settle
resize 80 24
expect "the sample survives resizing" "? help"
keys q
check_exit "the sample"

# ---- an empty library: the welcome screen, and the sample by a key ----

start 80 24 "$BIN" --db "$EMPTY_DB"
expect "an empty library opens to a welcome" "The library is empty"
compare welcome-80x24
keys q
check_exit "welcome"
start 80 24 env DOSSIER_SAMPLE="$root/assets/sample" "$BIN" --db "$EMPTY_DB"
expect "welcome again" "dossier import PATH..."
keys i
expect "i imports the sample" "imported 5 documents"
expect "and opens it" "doc 1/5"
keys q
check_exit "after importing"

# ---- signals and bad libraries ----

start 80 24 "$BIN" --db "$FIX"
expect "started for a signal" "doc "
pid=$(pgrep -n -f "^$BIN --db $FIX" || pgrep -n dossier)
kill -TERM "$pid" 2>/dev/null
check_exit "SIGTERM" 143

printf 'this is not a database, just some text that is long enough to look like a header\n' >"$tmp/bad.db"
start 80 24 "$BIN" --db "$tmp/bad.db"
check_exit "a damaged library" 1
expect "a damaged library is reported" "not a dossier library"

echo "# $n checks"
