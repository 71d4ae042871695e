#!/usr/bin/env bash
# make bench-query: query latency on the bench corpus. Generates the bench corpus (output/bench-corpus,
# BENCH_N documents, default 2000) and ingests it into output/bench.sqlite when they are missing (an older
# database is brought up to the current schema by bench-query), then times ~20 searches (English, French,
# Chinese, with filters, --passages) and `similar` inside one dpiatlas process (`dpiatlas bench-query`),
# and the same FTS5 MATCH through the sqlite3 command line as the reference. It prints figures; it is
# not a test. `make bench-query` builds the release binary first.
#
#   bench/bench-query.sh            BENCH_N=5000 BENCH_REPEAT=100 BENCH_SIMILAR=5 change the defaults
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/dpiatlas}
N=${BENCH_N:-2000}
REPEAT=${BENCH_REPEAT:-50}
SIMILAR=${BENCH_SIMILAR:-5}
CORPUS=output/bench-corpus
DB=output/bench.sqlite

command -v sqlite3 >/dev/null || { echo "bench-query: the sqlite3 command line is missing" >&2; exit 1; }
[ -x "$BIN" ] || { echo "bench-query: build $BIN first (make build)" >&2; exit 1; }

if [ ! -f "$CORPUS/manifest.jsonl" ] || [ "$(wc -l <"$CORPUS/manifest.jsonl")" -ne "$N" ]; then
    rm -rf "$CORPUS" "$DB" "$DB-wal" "$DB-shm"
    python3 corpus/tools/bench_corpus.py --count "$N" --out "$CORPUS"
fi
if [ ! -f "$DB" ]; then
    echo "bench-query: ingesting $CORPUS into $DB" >&2
    "$BIN" ingest "$CORPUS" --db "$DB" --quiet >/dev/null
fi

"$BIN" bench-query --db "$DB" --repeat "$REPEAT" --similar "$SIMILAR" --json output/bench-query.json
echo "(milliseconds; figures also in output/bench-query.json)"
