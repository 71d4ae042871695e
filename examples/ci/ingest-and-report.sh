#!/usr/bin/env bash
# An example CI job for users of DPI Atlas: ingest a folder of ITU-T documents, check the classifier
# against a gold file, and publish the reports. Copy it into your own CI (see github-workflow.yml).
#
#   examples/ci/ingest-and-report.sh INPUT_DIR OUT_DIR
#
# Environment:
#   DPIATLAS   the dpiatlas executable (default: dpiatlas on PATH, else .build/release/dpiatlas)
#   DB         the database to ingest into (default: OUT_DIR/atlas.sqlite; keep it between runs, for
#              example as a CI cache, and each run ingests only what is new or re-classifies what a
#              changed taxonomy affects)
#   STRICT=1   fail the job (exit 2) when any document could not be read
#   GOLD       a gold file (JSON Lines) to evaluate the classifier against; the job fails (exit 2)
#              when a figure is below GATE (default pipeline/quality.yaml)
#
# It writes to OUT_DIR: summary.json and junit.xml (one test case per document, for the CI's test
# report), eval.json when GOLD is set, and report-{gap,repository,coverage}.{html,md,csv,json}.
# Exit code: 0 when all went well; otherwise that of the first step that failed (see the README's
# exit codes).
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 INPUT_DIR OUT_DIR" >&2
    exit 64
fi
input=$1
out=$2
atlas=${DPIATLAS:-$(command -v dpiatlas || echo .build/release/dpiatlas)}
db=${DB:-$out/atlas.sqlite}
mkdir -p "$out"

echo "== ingest $input into $db"
strict=()
[ "${STRICT:-0}" = 1 ] && strict=(--strict)
status=0
"$atlas" ingest "$input" --db "$db" "${strict[@]}" \
    --summary-json "$out/summary.json" --junit "$out/junit.xml" || status=$?
# 2 is "finished, but documents failed" under STRICT: the reports are still worth publishing.
[ "$status" = 0 ] || [ "$status" = 2 ] || exit "$status"

if [ -n "${GOLD:-}" ]; then
    echo "== evaluate the classifier against $GOLD"
    "$atlas" eval --gold "$GOLD" --gate "${GATE:-pipeline/quality.yaml}" --format json >"$out/eval.json" \
        || { code=$?; echo "the classifier is below the quality gate (see $out/eval.json)" >&2; exit "$code"; }
fi

echo "== reports into $out"
"$atlas" report all --db "$db" --out-dir "$out"
exit "$status"
