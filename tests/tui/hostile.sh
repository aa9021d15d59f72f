#!/bin/sh
# tests/tui/hostile.sh: the reader against hostile input and faults (issue
# 13): every signal that ends it gives the terminal back and keeps the
# note being written as a draft; a paste is text, inserted at once; a
# note's size is bounded and a huge one drawn as fast as a small one; a
# library deleted or replaced under the reader is noticed; marks in a
# read-only library say so; a huge document's first screen comes at once.
# Prints TAP lines.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

SOCK=hostile
. "$here/tmux.inc"
need sqlite3 python3

DB=$tmp/hostile.db
imported "sample imported" "$DB" "$root/assets/sample"
LETTER=$("$BIN" --db "$DB" list | awk '$2 == "1951-06-14" { print $1; exit }')

notes_json() { "$BIN" --db "$DB" notes --json 2>&1; }
has_note() { notes_json | grep -qF -- "$1"; }
check_shows() { notes_json; }
reader_pid() { pgrep -f -n "$BIN --db $DB open" || true; }

# ---- every signal that ends the reader: terminal back, note kept ----
# (SIGQUIT once killed it with the terminal left without echo and the
# note lost; SIGUSR1, SIGPIPE and SIGALRM left the terminal raw.)
for pair in QUIT:3 USR1:10 PIPE:13 ALRM:14 HUP:1; do
	sig=${pair%:*} num=${pair#*:}
	start 100 30 "$BIN" --db "$DB" open "$LETTER"
	wait_for "To Comrade Stalin, I.V." >/dev/null || not_ok "SIG$sig: the letter opens"
	keys v a
	type_text "cut off by SIG$sig"
	wait_for "cut off by SIG$sig" 5 >/dev/null
	pid=$(reader_pid)
	[ -n "$pid" ] && kill -"$sig" "$pid"
	check_exit "SIG$sig" $((128 + num))
	check "SIG$sig keeps the note being written, tagged draft" \
		'notes_json | grep -F "cut off by SIG$sig" | grep -qF "draft"'
done

# Ctrl-\ typed: the terminal turns it into SIGQUIT, for the wrapper too
# (which then records nothing): the reader ends and the note is kept.
start 100 30 "$BIN" --db "$DB" open "$LETTER"
wait_for "To Comrade Stalin, I.V." >/dev/null
keys v a
type_text "cut off by Ctrl-backslash"
wait_for "cut off by Ctrl-backslash" 5 >/dev/null
keys 'C-\'
check "Ctrl-\\ ends the reader" '[ -z "$(reader_pid)" ]'
check "Ctrl-\\ keeps the note being written, tagged draft" \
	'notes_json | grep -F "cut off by Ctrl-backslash" | grep -qF "draft"'

echo "1..$n"
