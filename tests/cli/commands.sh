#!/bin/sh
# tests/cli/commands.sh: the command line as every Unix tool has it, from
# the one command table: each command's --help, getopt_long's `--`,
# `--opt=value` and `-o FILE`, a word that starts with '-', usage errors
# (status 2, the usage on stderr) and unknown commands.
. "$(dirname "$0")/tap.inc"

run import assets/sample
check "the sample imports" [ "$rc" -eq 0 ]

# Every command's --help: its usage, every option of its table, status 0.
for c in import list show search people refs notes open read; do
	run "$c" --help
	check "$c --help: status 0 and its usage" sh -c "[ $rc -eq 0 ] && grep -q '^usage: dossier $c' '$T/out'"
done
run list --help
check "list --help lists its options" sh -c "grep -q -- '--sort KEY' '$T/out' && grep -q -- '--limit N' '$T/out' && grep -q -- '--json' '$T/out'"
run notes --help
check "notes --help shows every form" sh -c "[ \$(grep -c 'dossier notes' '$T/out') -eq 5 ] && grep -q -- '-o, --output FILE' '$T/out'"
run search -h
check "-h is --help" sh -c "[ $rc -eq 0 ] && grep -q '^usage: dossier search' '$T/out'"

# --opt=value and --opt value are the same.
run list --limit=2 --sort=title
cp "$T/out" "$T/eq"
run list --limit 2 --sort title
check "--opt=value is --opt value" sh -c "[ $rc -eq 0 ] && [ \$(wc -l <'$T/out') -eq 2 ] && cmp -s '$T/out' '$T/eq'"
run list --li 1
check "a long option may be shortened while unambiguous" sh -c "[ $rc -eq 0 ] && [ \$(wc -l <'$T/out') -eq 1 ]"
run show 1 --json
check "options after the arguments" sh -c "[ $rc -eq 0 ] && grep -q '\"id\":1' '$T/out'"

# A word that starts with '-' and names no option: to a search, a word of
# the query; to a command of ids, a clear message that names the whole word
# and --, after which it is an argument.
run search -Stalin
check "search -Stalin searches" sh -c "[ $rc -eq 0 ] || [ $rc -eq 1 ] && ! grep -q 'unknown option' '$T/err'"
run cite -5
check "cite -5: a usage error" [ "$rc" -eq 2 ]
check "... naming the whole word and --" has "$T/err" "unknown option '-5'"
check "... and how to give it" has "$T/err" "dossier cite -- -5"
run search -- -Stalin
check "search -- -Stalin searches" sh -c "[ $rc -eq 0 ] || [ $rc -eq 1 ] && ! grep -q 'unknown option' '$T/err'"
run notes export --format json -o "$T/x.json"
check "-o FILE" sh -c "[ $rc -eq 0 ] && [ -f '$T/x.json' ]"
run notes add 1 --quote -x --text y
check "an option's value may start with '-'" sh -c "! grep -q 'unknown option' '$T/err'"

# Usage errors: status 2 and the usage from the table.
run list extra
check "list with an argument: status 2" [ "$rc" -eq 2 ]
check "... and its usage" has "$T/err" "usage: dossier list [--json]"
run show
check "show without an id: status 2 and usage" sh -c "[ $rc -eq 2 ] && grep -q 'usage: dossier show ID' '$T/err'"
run list --limit
check "an option without its value" sh -c "[ $rc -eq 2 ] && grep -q -- '--limit needs a value' '$T/err'"
run list --json=yes
check "a value given to a flag" [ "$rc" -eq 2 ]
run list --frobnicate
check "an unknown option names the command's --help" sh -c "[ $rc -eq 2 ] && grep -q 'see dossier list --help' '$T/err'"
run frobnicate
check "an unknown command: status 2" sh -c "[ $rc -eq 2 ] && grep -q 'unknown command' '$T/err'"
"$BIN" --bogus >"$T/out" 2>"$T/err"
rc=$?
check "an unknown global option: status 2" sh -c "[ $rc -eq 2 ] && grep -q 'unknown option' '$T/err'"
"$BIN" --completion fish >"$T/out" 2>"$T/err"
rc=$?
check "--completion of another shell: status 2" sh -c "[ $rc -eq 2 ] && grep -q 'bash or zsh' '$T/err'"
finish
