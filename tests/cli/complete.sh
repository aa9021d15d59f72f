#!/bin/sh
# tests/cli/complete.sh: the bash and zsh completions written from the
# command table (dossier --completion SHELL) complete commands, options and
# their values, and `make install` installs both where the shells look.
. "$(dirname "$0")/tap.inc"
need bash zsh
root=$(cd "$(dirname "$0")/../.." && pwd)

"$BIN" --completion bash >"$T/dossier.bash"
check "bash: the script is written" [ -s "$T/dossier.bash" ]
check "bash: it parses" bash -n "$T/dossier.bash"
# bcomp WORDS...: what the function offers for the words, the last one
# being completed.
bcomp() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _dossier; echo "${COMPREPLY[*]}"' \
		sh "$T/dossier.bash" "$@"
}
check "bash: a command" [ "$(bcomp dossier li)" = "list" ]
check "bash: a command after --db PATH" [ "$(bcomp dossier --db x.db se)" = "search" ]
check "bash: a command's option" [ "$(bcomp dossier list --so)" = "--sort" ]
check "bash: an option's values" [ "$(bcomp dossier list --sort '')" = "date title import" ]
check "bash: notes export --format" [ "$(bcomp dossier notes export --format '')" = "md json csv" ]
check "bash: notes' subcommands" [ "$(bcomp dossier notes '')" = "list add attach export import" ]
check "bash: a subcommand after an option and its value" [ "$(bcomp dossier notes --doc 3 ex)" = "export" ]
check "bash: nothing after a subcommand" [ -z "$(bcomp dossier notes add '')" ]
check "bash: import takes files" [ "$(bcomp dossier import "$root/assets/samp")" = "$root/assets/sample" ]
check "bash: --completion's shells" [ "$(bcomp dossier --completion '')" = "bash zsh" ]

mkdir -p "$T/fn"
"$BIN" --completion zsh >"$T/fn/_dossier"
check "zsh: it parses" zsh -n "$T/fn/_dossier"
# zcomp LINE: what zsh offers (one line of matches after a line "<<N").
zcomp() { zsh "$root/tests/cli/complete.zsh" "$T/fn" "$1" >"$T/z" 2>&1; }
zcomp 'dossier notes export --format '
check "zsh: notes export --format" sh -c "grep -q '^<<3' '$T/z' && grep -q 'csv *json *md' '$T/z'"
zcomp 'dossier notes '
check "zsh: notes' subcommands" sh -c "grep -q '^<<5' '$T/z' && grep -q 'add *attach *export *import *list' '$T/z'"
zcomp 'dossier list --'
check "zsh: a command's options, with their help" sh -c "grep -q '^<<4' '$T/z' && grep -q -- '--sort *the order' '$T/z'"
zcomp 'dossier li'
check "zsh: a command" sh -c "grep -q '^<<1' '$T/z' && grep -q '^st' '$T/z'"

# make install puts the binary, the man page and both completions in place.
make -s -C "$root" install DESTDIR="$T/inst" PREFIX=/usr >"$T/install" 2>&1
check "make install runs" [ $? -eq 0 ]
check "make install: the binary" [ -x "$T/inst/usr/bin/dossier" ]
check "make install: the man page" [ -f "$T/inst/usr/share/man/man1/dossier.1" ]
check "make install: the bash completion" cmp -s "$T/inst/usr/share/bash-completion/completions/dossier" "$T/dossier.bash"
check "make install: the zsh completion" cmp -s "$T/inst/usr/share/zsh/site-functions/_dossier" "$T/fn/_dossier"
finish
