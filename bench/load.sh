#!/usr/bin/env bash
# Times the whole command line on a bigger corpus: the sample articles
# copied COPIES times (default 20) under new ids, then
#   extract  (no store; extraction only, all cores),
#   load     into a new Bolt store (extraction in parallel + loading),
#   load     again (every article unchanged),
#   stats and a 4-hop path query (store open + query).
# Prints MB/s and articles/s for each; the lead copies them into
# docs/BENCHMARKS.md. Environment: COPIES, WORKERS (default: all cores).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"

copies=${COPIES:-20}
workers=${WORKERS:-$(nproc)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/actorgraph" ./cmd/actorgraph
ag="$tmp/actorgraph"
mkdir "$tmp/in"
for i in $(seq 1 "$copies"); do
	for f in testdata/articles/*.txt; do
		cp "$f" "$tmp/in/$(basename "$f" .txt)-$i.txt"
	done
done
n=$(ls "$tmp/in" | wc -l)
bytes=$(cat "$tmp/in"/*.txt | wc -c)
echo "# corpus: $n articles, $bytes bytes ($copies copies of testdata/articles); workers $workers; $(nproc) cores"

# timeit LABEL CMD...: runs CMD, prints seconds, MB/s and articles/s.
timeit() {
	local label=$1
	shift
	local start end
	start=$(date +%s.%N)
	"$@" >"$tmp/out" 2>"$tmp/err" || { echo "$label failed:"; cat "$tmp/err"; exit 1; }
	end=$(date +%s.%N)
	awk -v l="$label" -v s="$start" -v e="$end" -v b="$bytes" -v n="$n" \
		'BEGIN { t = e - s; printf "%-22s %8.2f s %8.2f MB/s %9.1f articles/s\n", l, t, b / t / 1e6, n / t }'
}

timeit "extract" "$ag" extract --workers "$workers" "$tmp/in"
echo "#   $(wc -l <"$tmp/out") triples"
timeit "load (new bolt)" "$ag" load --workers "$workers" --store "bolt:$tmp/b.db" "$tmp/in"
echo "#   $(cat "$tmp/out")"
timeit "load again (unchanged)" "$ag" load --workers "$workers" --store "bolt:$tmp/b.db" "$tmp/in"
timeit "load (memory)" "$ag" load --workers "$workers" --store memory: "$tmp/in"
start=$(date +%s.%N)
"$ag" stats --store "bolt:$tmp/b.db" >/dev/null
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "%-22s %8.3f s (open the store + count)\n", "stats", e - s }'
start=$(date +%s.%N)
"$ag" query --store "bolt:$tmp/b.db" '{ path(from: "Andriy Yermak", to: "Dmitry Medvedev", maxHops: 4) { length } }' >/dev/null || true
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "%-22s %8.3f s (open the store + 4-hop path)\n", "query path", e - s }'
