# tests/cli/complete.zsh FPATH LINE: what zsh offers for LINE followed by
# Tab, with the completion function found in FPATH: an interactive zsh in
# a pseudo-terminal (zpty) completes it, and the matches are printed after
# a line "<<N" (N: their number). Used by tests/cli/complete.sh.
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PROMPT=''; fpath=($1 \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' list-separator ''; zstyle ':completion:*:descriptions' format ''; LISTMAX=1000"
zpty -w z "compprefuncs=( _cap ); _cap() { comppostfuncs=( _show ) }; _show() { print -l '' \"<<\$compstate[nmatches]\" }"
zpty -n -w z "$2"$'\t'
# Reads until the list has come and gone quiet for a second (a loaded
# machine draws it in pieces), for 20 s at most.
local line all=''
integer i=0 quiet=0
while (( i++ < 200 && quiet < 10 )); do
	if zpty -r -t z line; then
		all+=$line
		quiet=0
	else
		[[ $all == *'<<'* ]] && (( quiet++ ))
		sleep 0.1
	fi
done
zpty -d z
print -r -- "$all" | tr -d '\r' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | sed -n '/^<</,$p'
