#!/bin/sh
# tools/deps.sh [build|test|fuzz]: makes sure the libraries and tools that
# dossier needs are on this machine. On Debian, as root with apt-get, it
# installs what is missing; otherwise it prints the exact command and fails.
set -u
need=""
want() { need="$need $1"; }

have_header() {
	printf '#include <%s>\nint main(void){return 0;}\n' "$1" |
		${CC:-cc} -x c -o /dev/null - >/dev/null 2>&1
}

command -v ${CC:-cc} >/dev/null 2>&1 || want gcc
command -v make >/dev/null 2>&1 || want make
command -v pkg-config >/dev/null 2>&1 || want pkg-config
pkg-config --exists sqlite3 2>/dev/null || want libsqlite3-dev
pkg-config --exists ncursesw 2>/dev/null || want libncurses-dev
have_header unistr.h || want libunistring-dev
pkg-config --exists libxml-2.0 2>/dev/null || want libxml2-dev
pkg-config --exists jansson 2>/dev/null || want libjansson-dev

case "${1:-build}" in
test)
	command -v tmux >/dev/null 2>&1 || want tmux
	command -v sqlite3 >/dev/null 2>&1 || want sqlite3
	command -v pkill >/dev/null 2>&1 || want procps
	command -v python3 >/dev/null 2>&1 || want python3
	command -v zsh >/dev/null 2>&1 || want zsh
	# tests/tui/reader.sh counts the writes of a frame
	command -v strace >/dev/null 2>&1 || want strace
	# exports are read back with the real tools: pandoc --citeproc with
	# the Chicago style, bibutils' ris2xml, xmllint --relaxng for CMIF
	command -v pandoc >/dev/null 2>&1 || want pandoc
	[ -f /usr/share/citation-style-language/styles/chicago-fullnote-bibliography.csl ] ||
		want citation-style-language-styles
	command -v ris2xml >/dev/null 2>&1 || want bibutils
	command -v xmllint >/dev/null 2>&1 || want libxml2-utils
	;;
fuzz)
	command -v clang >/dev/null 2>&1 || want clang
	;;
esac

[ -z "$need" ] && exit 0

cmd="apt-get install -y$need"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing$need" >&2
	if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need >/dev/null 2>&1; then
		apt-get update -q >/dev/null 2>&1
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need >&2 || {
			echo "deps: '$cmd' failed" >&2
			exit 1
		}
	fi
	exit 0
fi
echo "deps: missing$need" >&2
echo "deps: run as root:  $cmd" >&2
exit 1
