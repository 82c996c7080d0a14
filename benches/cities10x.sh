#!/bin/sh
# Builds the 10× city folder of the README's Performance table: every report of
# cities/ (laid out <province>/<city>/<year>.txt) ten times, copy k under <province>k/,
# each with its new path and a sentence of its own appended (全年财政收入增长1.k%), so
# that no copy is read as a copy of another and every one is paired and claimed.
#
#   sh benches/cities10x.sh [CITIES [OUT]]    # defaults ../shared/corpus/cities, /tmp/cities10x
#   /usr/bin/time -v target/release/examples/panel /tmp/cities10x --jobs 2 \
#       --layout '{province}/{place}/{year}.txt' --out /tmp/cities10x.csv
set -eu
src=${1:-../shared/corpus/cities}
dst=${2:-/tmp/cities10x}
for k in 0 1 2 3 4 5 6 7 8 9; do
    (cd "$src" && find . -name '*.txt') | while read -r f; do
        path=${f#./}
        copy="${path%%/*}$k/${path#*/}"
        mkdir -p "$dst/$(dirname "$copy")"
        { cat "$src/$path"; printf '\n%s\n全年财政收入增长1.%s%%。\n' "$copy" "$k"; } >"$dst/$copy"
    done
done
