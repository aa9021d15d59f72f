#!/bin/sh
# tests/tui/cite.sh: copying and opening in the real reader, driven in a
# private tmux server with `set-clipboard on`: y c, y y, y u and y r put
# the citation, a quoted passage, the URL and a reference on the
# terminal's clipboard (OSC 52), which tmux keeps as its buffer; o opens
# the URL with $BROWSER; a CMIF calendar entry shows that its text is
# elsewhere; the sidebar's URL stays readable with hyperlinks on and off.
# Prints TAP lines.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

SOCK=cite
. "$here/tmux.inc"

DB=$tmp/cite.db
if "$BIN" --db "$DB" import "$root/assets/sample" "$root/assets/editions" "$root/tests/cmif/example01_basic.xml" \
	>"$tmp/import" 2>&1; then
	ok "sample, edition and a CMIF calendar imported"
else
	not_ok "sample, edition and a CMIF calendar imported"
	sed 's/^/#   /' "$tmp/import"
fi
# id_of TEXT: the first document whose line in the list holds TEXT.
id_of() { "$BIN" --db "$DB" list | grep -F -- "$1" | awk '{ print $1; exit }'; }
STALIN=$(id_of "1950-10-01")
LETTER=$(id_of "Gänsbacher")
URL=https://digitalarchive.umd.edu/document/117312

# The tmux buffer: what the terminal's clipboard received.
buffer() { $T show-buffer 2>/dev/null; }
# copied DESC WANT: the buffer is WANT (a file), within a few seconds.
copied() {
	c_i=0
	while [ $c_i -lt 50 ]; do
		buffer >"$tmp/buffer"
		cmp -s "$tmp/buffer" "$2" && { ok "$1"; return; }
		sleep 0.1
		c_i=$((c_i + 1))
	done
	not_ok "$1"
	echo "#   buffer:" && sed 's/^/#     /' "$tmp/buffer"
	echo "#   want:" && sed 's/^/#     /' "$2"
}

cat >"$tmp/browser" <<EOF
#!/bin/sh
printf '%s\n' "\$1" >$tmp/opened
EOF
chmod +x "$tmp/browser"
export BROWSER="$tmp/browser"

# raw: what the reader wrote to its terminal (tmux's pipe-pane sees the
# bytes before it reads them; the reader waits a second so none is missed)
raw() { cat "$tmp/raw" 2>/dev/null; }
start_raw() {
	rm -f "$tmp/raw"
	start 150 40 sh -c "'sleep 1; exec \"\$0\" \"\$@\"'" "$@"
	$T pipe-pane -O "cat >$tmp/raw"
}
ESC=$(printf '\033')

start_raw "$BIN" --db "$DB" open "$STALIN"
$T set-option -s set-clipboard on
expect "the telegram is open" "CIPHERED TELEGRAM"
expect "the sidebar shows its URL" "URL     https://digitalarchive.umd."
if raw | grep -qF "$ESC]8;;$URL$ESC\\https://digitalarchive.umd."; then
	ok "the sidebar's URL is written as an OSC 8 link, each line of it"
else
	not_ok "the sidebar's URL is written as an OSC 8 link, each line of it"
	raw | grep -ao "$ESC]8;;[^$ESC]*" | cat -v | sed 's/^/#   /'
fi

keys y
expect "y asks which: c, y, u, r" "copy: c citation"
keys c
expect "y c says it copied the citation" "copied the citation: Stalin to Shtykov"
"$BIN" --db "$DB" cite "$STALIN" | tr -d '\n' >"$tmp/want"
copied "y c: the citation is on the clipboard (tmux's buffer), as dossier cite prints it" "$tmp/want"
b64=$(base64 -w0 <"$tmp/want")
if raw | grep -qF "$ESC]52;c;$b64"; then
	ok "y c: written as one OSC 52 sequence"
else
	not_ok "y c: written as one OSC 52 sequence"
fi

keys y u
expect "y u says it copied the URL" "copied the URL"
printf '%s' "$URL" >"$tmp/want"
copied "y u: the URL is on the clipboard" "$tmp/want"

keys v w w
keys y y
expect "y y says it copied the passage" "copied the passage and its citation"
buffer >"$tmp/buffer"
if head -1 "$tmp/buffer" | grep -q '^“.*”$' && sed -n 2p "$tmp/buffer" | grep -qF "Stalin to Shtykov and Zakharov, telegram no. 75352"; then
	ok "y y: the passage in quotation marks, its citation on the next line"
else
	not_ok "y y: the passage in quotation marks, its citation on the next line"
	sed 's/^/#   /' "$tmp/buffer"
fi
keys Escape

keys Tab
settle
keys y r
expect "y r says it copied the reference" "copied the reference"
buffer >"$tmp/buffer"
if grep -q '^“your cable of 30 September' "$tmp/buffer"; then
	ok "y r: the reference's phrase on the clipboard"
else
	not_ok "y r: the reference's phrase on the clipboard"
	sed 's/^/#   /' "$tmp/buffer"
fi

cp "$tmp/buffer" "$tmp/before"
keys y x
expect "y and another letter: said, nothing copied" "y then c (citation), y (passage), u (URL) or r (reference), not x"
copied "... and the clipboard is as it was" "$tmp/before"

keys o
expect "o says it opens the URL" "opening $URL"
o_i=0
while [ ! -s "$tmp/opened" ] && [ $o_i -lt 50 ]; do
	sleep 0.1
	o_i=$((o_i + 1))
done
printf '%s\n' "$URL" >"$tmp/want"
if cmp -s "$tmp/opened" "$tmp/want"; then ok "o: \$BROWSER was given the URL"; else not_ok "o: \$BROWSER was given the URL"; fi

keys '?'
expect "the help lists y" "copy (c citation, y passage, u URL, r reference)"
keys G
expect "... and its letters" "Copy to the clipboard (after y)"
keys q
settle

# a calendar entry: its metadata, its text elsewhere
start 150 40 "$BIN" --db "$DB" open "$LETTER"
expect "a CMIF letter is titled by its kind and parties" "Letter: Gänsbacher, Johann → Weber, Carl Maria von"
expect "... says its text is not here, and where it is" "No text in this library · the letter is at http://www.weber-"
keys o
expect "o opens a calendar entry's URL too" "opening http://www.weber-gesamtausgabe.de/A044980"
keys q

# hyperlinks off: the same screen, no link written
mkdir -p "$tmp/config/dossier"
echo "hyperlinks = off" >"$tmp/config/dossier/config"
start_raw "$BIN" --db "$DB" open "$STALIN"
expect "with hyperlinks off, the URL is still shown" "URL     https://digitalarchive.umd."
expect_not "no config error" "config"
if raw | grep -qF "$ESC]8;"; then not_ok "with hyperlinks off, no OSC 8 is written"; else ok "with hyperlinks off, no OSC 8 is written"; fi
keys q
echo "cite-style = frus" >"$tmp/config/dossier/config"
doc2=$(id_of "No. 2. Mr. Gresham to Mr. Baker")
start 150 40 "$BIN" --db "$DB" open "$doc2"
$T set-option -s set-clipboard on
expect "a FRUS document is open" "Mr. Gresham to Mr. Baker"
keys y c
"$BIN" --db "$DB" cite "$doc2" --style frus | tr -d '\n' >"$tmp/want"
copied "cite-style = frus: y c copies the FRUS citation" "$tmp/want"
keys q

echo "1..$n"
