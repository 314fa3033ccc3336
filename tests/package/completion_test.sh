#!/usr/bin/env bash
# Package.CompletionOffersEveryCommandAndOption: the bash completion built for orec (packaging/
# gen_cli_docs.py) offers every command and subcommand `orec --help` lists and every option each
# command's own --help names, read here from the program, not from the generator.
#
#   completion_test.sh BUILD_DIR
set -uo pipefail

BUILD_DIR="$(cd "${1:?usage: completion_test.sh BUILD_DIR}" && pwd)"
OREC="$BUILD_DIR/src/orec"
COMPLETION="$BUILD_DIR/packaging/orec.bash-completion"
[ -f "$COMPLETION" ] || { echo "no $COMPLETION: build the target orec_packaging_files" >&2; exit 1; }
# shellcheck source=/dev/null
source "$COMPLETION"

failures=0
fail() {
  echo "[  FAILED  ] $*" >&2
  failures=$((failures + 1))
}

# complete WORD... : what bash offers for the last word of `orec WORD...`.
complete_line() {
  COMP_WORDS=(orec "$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _orec
  printf '%s\n' "${COMPREPLY[@]}"
}

offers() { # offers WORD LINE...
  local word="$1" offered
  shift
  offered="$(complete_line "$@")"
  grep -qx -- "$word" <<<"$offered"
}

help_of() { "$OREC" --lang en "$@" --help 2>/dev/null; }

commands=0
options=0
top="$(complete_line --db r.orec "")"
groups=" "
while read -r first second; do
  grep -qx -- "$first" <<<"$top" || fail "orec <TAB> does not offer $first"
  words=("$first")
  if [[ "$groups" != *" $first "* ]] && help_of "$first" | head -1 | grep -q " $first COMMAND \[ARGS\]$"; then
    groups="$groups$first "
  fi
  if [[ "$groups" == *" $first "* ]]; then
    offers "$second" --db r.orec "$first" "" || fail "orec $first <TAB> does not offer $second"
    words+=("$second")
  fi
  commands=$((commands + 1))
  offered="$(complete_line "${words[@]}" --)"
  for option in $(help_of "${words[@]}" | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
    grep -qx -- "$option" <<<"$offered" || fail "orec ${words[*]} --<TAB> does not offer $option"
    options=$((options + 1))
  done
done < <(help_of | sed -n '/^Commands:/,/^$/p' | sed 1d | awk 'NF { print $1, $2 }')
[ "$commands" -gt 40 ] || fail "only $commands commands read from orec --help"

# Values: choices from the help, the database among .orec files, the first word of import and print.
offers cell import-package x.orecpkg --prefer "" || fail "--prefer <TAB> does not offer cell"
offers clerk user add lan --role "" || fail "--role <TAB> does not offer clerk"
offers en --lang "" || fail "--lang <TAB> does not offer en"
offers postings import "" || fail "orec import <TAB> does not offer postings"
offers reports-due print "" || fail "orec print <TAB> does not offer reports-due"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
touch "$dir/dept.orec" "$dir/notes.txt"
offered="$(complete_line --db "$dir/")"
grep -qx "$dir/dept.orec" <<<"$offered" || fail "--db <TAB> does not offer dept.orec: $offered"
grep -qx "$dir/notes.txt" <<<"$offered" && fail "--db <TAB> offers notes.txt"

if [ "$failures" -ne 0 ]; then
  echo "[  FAILED  ] $failures problem(s)" >&2
  exit 1
fi
echo "[  PASSED  ] $commands commands and $options options offered"
