#!/usr/bin/env bash
# Runs the Go benchmarks of the loader (extraction speed, MB/s and
# allocations), the graph store and the GraphQL schema, and prints the
# results in benchstat's input format, so two runs can be compared:
#
#	bash bench/run.sh > old.txt; ...; bash bench/run.sh > new.txt
#	go run golang.org/x/perf/cmd/benchstat@latest old.txt new.txt
#
# Environment: BENCH (regexp, default .), BENCHTIME (default 1s), COUNT
# (default 1), PKGS (default the three packages and their subpackages),
# CPU (GOMAXPROCS list for -cpu, default 1: per-core figures).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"

bench=${BENCH:-.}
benchtime=${BENCHTIME:-1s}
count=${COUNT:-1}
cpu=${CPU:-1}
pkgs=${PKGS:-./loader/... ./graph/... ./schema/...}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(git rev-parse --short HEAD 2>/dev/null || echo nogit) $(go version | cut -d' ' -f3-)"
echo "# $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //') ($(nproc) cores)"
# shellcheck disable=SC2086
go test -run '^$' -bench "$bench" -benchmem -benchtime "$benchtime" -count "$count" -cpu "$cpu" $pkgs
