#!/usr/bin/env bash
# make browser-test: starts `dpiatlas serve` on the corpus database on a free loopback port, drives
# headless Chromium through the search page and a document page (and the topic and gap pages), checks
# what they show, and saves screenshots under output/browser/.
#
#   Tests/browser/browser-test.sh          BIN=… (default .build/debug/dpiatlas)  DB=… (default output/browser/atlas.sqlite)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-.build/debug/dpiatlas}
DB=${DB:-output/browser/atlas.sqlite}
OUT=output/browser
mkdir -p "$OUT"

[ -x "$BIN" ] || { echo "browser-test: build $BIN first" >&2; exit 1; }
[ -f "$DB" ] || { echo "browser-test: no database at $DB (make browser-test builds it from corpus/)" >&2; exit 1; }
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "browser-test: chromium is missing (make browser-deps)" >&2; exit 1; }

profile=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
sha_before=$(sha256sum "$DB" | cut -d' ' -f1)

"$BIN" serve --db "$DB" --port "$port" 2>"$OUT/serve.log" &
server=$!
cleanup() {
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    rm -rf "$profile"
}
trap cleanup EXIT
for _ in $(seq 1 100); do
    curl -fsS -o /dev/null "$base/api" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$OUT/serve.log" >&2; echo "browser-test: the server stopped" >&2; exit 1; }
    sleep 0.2
done

# Chromium refuses to run as root without --no-sandbox.
flags=(--headless --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$profile" --virtual-time-budget=5000)
[ "$(id -u)" != 0 ] || flags+=(--no-sandbox)

failures=0
check() { # check NAME FILE PATTERN…: every pattern (grep -E) is in the file
    local name=$1 file=$2
    shift 2
    for pattern in "$@"; do
        if ! grep -qE -- "$pattern" "$file"; then
            echo "FAIL $name: no /$pattern/ in the page" >&2
            failures=$((failures + 1))
        fi
    done
}
visit() { # visit NAME PATH WIDTH HEIGHT: the DOM as Chromium built it, and a screenshot
    local name=$1 path=$2
    "$CHROMIUM" "${flags[@]}" --dump-dom "$base$path" >"$OUT/$name.html" 2>>"$OUT/chromium.log"
    "$CHROMIUM" "${flags[@]}" --window-size="$3,$4" --screenshot="$OUT/$name.png" "$base$path" \
        >>"$OUT/chromium.log" 2>&1
    [ -s "$OUT/$name.png" ] || { echo "FAIL $name: no screenshot" >&2; failures=$((failures + 1)); }
    echo "browser-test: $name: $base$path → $OUT/$name.png"
}

# A search, as the form sends it: words, a filter, the passage list off.
visit search "/search?q=digital+identity&kind=&lang=en" 1280 1500
check search "$OUT/search.html" '<h1>Search the corpus</h1>' '<mark>(digital|identity)</mark>' \
    'id="facet-kind"' 'Documents 1–[0-9]+ of [0-9]+' 'href="/documents/[0-9a-f]{16}"' \
    '<label for="f-q">Words</label>'

# The first result's document page.
document=$(grep -oE 'href="/documents/[0-9a-f]{16}"' "$OUT/search.html" | head -1 | cut -d'"' -f2)
[ -n "$document" ] || { echo "FAIL search: no document link" >&2; exit 1; }
visit document "$document" 1280 2000
check document "$OUT/document.html" '<h2>Identity</h2>' '<h2 id="labels">Labels \([1-9][0-9]*\)</h2>' \
    '<mark title="' 'References out' 'Cited by' 'Translations and editions' 'href="/topics/'

# A Chinese search and the pages that link topics and study groups.
visit search-zh "/search?q=%E8%BA%AB%E4%BB%BD" 1280 1200  # 身份 (identity)
check search-zh "$OUT/search-zh.html" 'lang="zh"' '<mark>'
visit gap /gap 1400 1600
check gap "$OUT/gap.html" '<h1>Gap matrix' 'href="/gap/[a-z-]+/(SG[0-9]+|TSAG)"'
visit topic /topics/identity 1280 1600
check topic "$OUT/topic.html" '<h1>' 'Technical requirements' 'Use cases'
visit not-found "/documents/..%2F..%2Fetc%2Fpasswd" 1000 500
check not-found "$OUT/not-found.html" '404 Not Found'

[ "$(sha256sum "$DB" | cut -d' ' -f1)" = "$sha_before" ] || { echo "FAIL: the database changed" >&2; failures=$((failures + 1)); }
if [ "$failures" -gt 0 ]; then
    echo "browser-test: $failures check(s) failed; pages and screenshots in $OUT/" >&2
    exit 1
fi
echo "browser-test: passed; screenshots in $OUT/"
