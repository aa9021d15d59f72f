#!/bin/sh
# tests/tui/notes.sh: annotations in the real reader, driven in private
# tmux servers: a passage selected and annotated, the note in the sidebar
# and in the library (read back with the command line), next/previous,
# edit, tags, delete and undo, the view of all annotations, marks across
# documents, $VISUAL, the question before an unsaved note is lost, a note
# kept as a draft on SIGTERM, SIGKILL right after "saved" (the note is
# there and the library passes PRAGMA integrity_check), and two readers on
# one library each seeing the other's notes. Prints TAP lines.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

SOCK=notes
. "$here/tmux.inc"
need sqlite3

DB=$tmp/notes.db
imported "sample imported" "$DB" "$root/assets/sample"
# The letter of 14 June 1951 (Gao Gang and Kim Il Sung to Stalin).
LETTER=$("$BIN" --db "$DB" list | awk '$2 == "1951-06-14" { print $1; exit }')
OTHER=$("$BIN" --db "$DB" list | awk '$2 == "1950-10-01" { print $1; exit }')

# notes_json: what the library holds, through the command line.
notes_json() { "$BIN" --db "$DB" notes --json 2>&1; }
# has_note WORDS: a note whose text has WORDS is in the library.
has_note() { notes_json | grep -qF -- "$1"; }
count_notes() { notes_json | grep -o '"quote"' | wc -l | tr -d ' '; }

# what a failed check shows
check_shows() { notes_json; }

# A fake $VISUAL: writes its note into the file it is given.
cat >"$tmp/visual.sh" <<EOF
#!/bin/sh
if [ -e "$tmp/hostile" ]; then
	printf '\033[31mred\033[0m text and \377 a bad byte\n' >"\$1"
else
	printf 'written in the editor\n' >"\$1"
fi
EOF
chmod +x "$tmp/visual.sh"

start 120 36 env VISUAL="$tmp/visual.sh" "$BIN" --db "$DB" open "$LETTER"
expect "the letter opens" "To Comrade Stalin, I.V."

# ---- select, annotate, save ----
keys v
expect "v selects the first word" "SELECT"
keys w w
expect "w extends the selection" "To Comrade Stalin"
keys a
expect "a opens the note editor on the passage" "Note on"
type_text "Gao Gang writes first"
keys Enter
type_text "second line of the note"
expect "the note is typed into the editor" "second line of the note"
check "nothing is in the library before C-s" '[ "$(count_notes)" = 0 ]'
keys C-s
expect "C-s saves and says so" "annotation saved"
check "the note is in the library, on the quoted words" 'has_note "Gao Gang writes first\\nsecond line" && has_note "\"quote\":\"To Comrade Stalin\""'
expect "the sidebar shows the note beside the text" "✎ Gao Gang writes first"
expect "the status line counts it" "1 yours"

# ---- the paragraph key, next/previous, edit, tags ----
keys j j j
keys A
expect "A annotates a paragraph" "Note on"
type_text "the reply telegram"
keys C-s
expect "the second note is saved" "annotation saved"
check "two notes in the library" '[ "$(count_notes)" = 2 ]'
keys g
keys ")"
expect ") goes to the first annotation" "Stalin”: Gao Gang writes first"
keys ")"
expect ") goes on to the next" "I.V.”: the reply telegram"
keys E
expect "E edits the note" "Edit the note"
# (C-e, not End: tmux sends End in its own terminal's spelling)
keys C-e
type_text " (edited)"
keys C-s
check "the edit is saved in place" 'has_note "the reply telegram (edited)" && [ "$(count_notes)" = 2 ]'
keys T
expect "T asks for tags" "tags:"
type_text "korea armistice"
keys Enter
expect "the tags are set" "tagged: korea armistice"
check "the tags are in the library" 'notes_json | grep -qF "\"tags\":[\"korea\",\"armistice\"]"'

# ---- delete and undo ----
keys D
expect "D deletes" "annotation deleted"
check "deleted from the library" '[ "$(count_notes)" = 1 ]'
keys u
expect "u brings it back" "annotation restored"
check "back in the library with its tags" '[ "$(count_notes)" = 2 ] && notes_json | grep -qF "armistice"'

# ---- the view of every annotation ----
keys @
expect "@ lists the annotations" "Annotations 2"
keys /
type_text "tag:korea"
keys Enter
expect "filtered by tag" "Annotations 1: tag:korea"
keys Enter
expect "Enter opens the document at the passage" "the reply telegram (edited)"
keys Escape

# ---- marks across documents ----
keys m k
expect "m k sets a mark" "mark k set"
keys "]"
keys "'" k
expect "' k returns to the mark" "mark k:"
keys M
expect "M lists the marks" "Marks 1"
keys Escape

# ---- the mouse drags a selection (SGR mouse reports, as xterm sends) ----
keys l "'" k
wait_for "mark k:" 5 >/dev/null
keys g
settle
pos=$(screen | awk '{ i = index($0, "from Comrade Mao"); if (i) { print NR, i; exit } }')
row=${pos% *}
col=${pos#* }
if [ -n "$pos" ]; then
	# Columns count characters: the line starts with box-drawing ones.
	col=$(screen | sed -n "${row}p" | awk -v w="from Comrade Mao" '{ i = index($0, w); print length(substr($0, 1, i - 1)) + 1 }')
	type_text "$(printf '\033[<0;%d;%dM' "$col" "$row")"
	type_text "$(printf '\033[<32;%d;%dM' $((col + 13)) "$row")"
	type_text "$(printf '\033[<0;%d;%dm' $((col + 13)) "$row")"
	expect "a drag with the mouse selects the words under it" "“from Comrade Mao”"
	keys Escape
else
	not_ok "the words to drag over are on screen"
fi

# ---- $VISUAL ----
keys v
keys E
expect "the note written in \$VISUAL is saved" "annotation saved"
check "the editor's text is in the library" 'has_note "written in the editor"'
touch "$tmp/hostile"
keys v E
expect "escapes and bad bytes from the editor are cleaned and said" "control characters removed"
check "the note has the text, no escape, U+FFFD for the bad byte" 'has_note "red text and \xef\xbf\xbd" || { has_note "red text and" && ! notes_json | grep -q "u001b"; }'
rm -f "$tmp/hostile"
keys C-x
expect "C-x edits the annotation's note in \$VISUAL" "annotation saved"
check "the note is now what the editor wrote" '! has_note "red text and" && [ "$(notes_json | grep -o "written in the editor" | wc -l)" = 2 ]'

# ---- an unsaved note is not lost by accident ----
keys v a
type_text "not yet saved"
keys Escape
expect "Escape asks before a note is lost" "this note is not saved"
keys Escape
expect "Escape again goes on writing" "not yet saved"
keys C-c
expect "Ctrl-C asks too, and does not quit" "this note is not saved"
keys d
expect "d discards it" "note discarded"
check "nothing was saved" '! has_note "not yet saved"'

# ---- SIGTERM with a note being written: kept as a draft ----
keys v a
type_text "cut off by a signal"
sleep 0.3
pid=$(pgrep -f -n "$BIN --db $DB open" || true)
if [ -n "$pid" ]; then kill -TERM "$pid"; fi
i=0
while [ ! -s "$tmp/status" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
check "SIGTERM keeps the note being written, tagged draft" 'has_note "cut off by a signal" && notes_json | grep -qF "draft"'

# ---- SIGKILL right after "saved": the note is there, the library sound ----
start 120 36 "$BIN" --db "$DB" open "$OTHER"
expect "the reader opens again" "Ciphered Telegram"
before=$(count_notes)
killed=0
for round in 1 2 3; do
	keys v w a
	type_text "round $round before the kill"
	keys C-s
	if wait_for "annotation saved" 5; then
		pid=$(pgrep -f -n "$BIN --db $DB open" || true)
		[ -n "$pid" ] && kill -KILL "$pid" && killed=$((killed + 1))
	fi
	start 120 36 "$BIN" --db "$DB" open "$OTHER"
	wait_for "Ciphered Telegram" 5 >/dev/null
done
check "every note said to be saved survived SIGKILL ($killed kills)" '[ "$killed" = 3 ] && [ "$(count_notes)" = $((before + 3)) ] && has_note "round 3 before the kill"'
integrity=$(sqlite3 "$DB" "PRAGMA integrity_check" 2>&1)
check "the library passes integrity_check after the kills" '[ "$integrity" = ok ]'

# ---- two readers on one library ----
T2="tmux -L dossier-notes2-$$ -f /dev/null"
$T2 new-session -d -x 120 -y 36 "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $BIN --db $DB open $OTHER"
i=0
while ! $T2 capture-pane -p | grep -qF "Ciphered Telegram" && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
n1=$(count_notes)
$T2 send-keys v w w a
$T2 send-keys -l "from the second window"
$T2 send-keys C-s
i=0
while ! $T2 capture-pane -p | grep -qF "annotation saved" && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
keys v a
type_text "from the first window"
keys C-s
expect "the first reader saves while the second has written" "annotation saved"
check "neither loses the other's note" 'has_note "from the second window" && has_note "from the first window" && [ "$(count_notes)" = $((n1 + 2)) ]'
expect "the first reader shows the second's note without being asked" "from the second window"
i=0
while ! $T2 capture-pane -p | grep -qF "from the first window" && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if $T2 capture-pane -p | grep -qF "from the first window"; then ok "the second reader shows the first's note"; else
	not_ok "the second reader shows the first's note"
	$T2 capture-pane -p | sed 's/^/#   /'
fi
$T2 kill-server >/dev/null 2>&1
keys q
echo "1..$n"
