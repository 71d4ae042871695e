#!/usr/bin/env bash
# make bench-extract: our extraction against pdftotext (poppler-utils) on the same PDFs, in one run,
# and against docx2txt (PyPI; python-docx when docx2txt is missing) on the same DOCX.
# Not a timed test: it prints figures. Wall time and CPU time (user+sys, workers included) are both
# shown; "cost" is our time over the reference's time on one core.
#
#   bench/bench-extract.sh [FOLDER...]     (default: corpus/ and the extraction test fixtures)
#   BENCH_PAGES=2000 sets how many PDF pages each measurement covers (the set is repeated to reach it).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/dpiatlas}
TARGET_PAGES=${BENCH_PAGES:-2000}
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(corpus Tests/AtlasExtractTests/Fixtures)
command -v pdftotext >/dev/null || { echo "bench-extract: pdftotext (poppler-utils) is missing" >&2; exit 1; }
[ -x "$BIN" ] || { echo "bench-extract: build $BIN first (make build)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The PDFs poppler opens without a password, and the DOCX that are real packages.
: >"$work/pdfs"
: >"$work/docx"
pages=0
while IFS= read -r -d '' file; do
    case "$(head -c 5 "$file" | od -An -c | tr -d ' ')" in
    %PDF-*)
        if n=$(pdfinfo "$file" 2>/dev/null | awk '/^Pages:/ {print $2}') && [ -n "$n" ]; then
            printf '%s\n' "$file" >>"$work/pdfs"
            pages=$((pages + n))
        fi ;;
    PK*)
        # Real documents only: a DOCX that inflates to less than 20 MiB (no ZIP bombs) and that the
        # reference reads too.
        if python3 - "$file" 2>/dev/null <<'PY'
import sys, zipfile
archive = zipfile.ZipFile(sys.argv[1])
names = archive.namelist()
assert "word/document.xml" in names and sum(i.file_size for i in archive.infolist()) < 20 << 20
try:
    import docx2txt
    docx2txt.process(sys.argv[1])
except ImportError:
    pass
PY
        then
            printf '%s\n' "$file" >>"$work/docx"
        fi ;;
    esac
done < <(find "${folders[@]}" -type f \( -name '*.pdf' -o -name '*.docx' \) -print0 | sort -z)
[ "$pages" -gt 0 ] || { echo "bench-extract: no readable PDFs under ${folders[*]}" >&2; exit 1; }
repeat=$(((TARGET_PAGES + pages - 1) / pages))
files=$(wc -l <"$work/pdfs")

measure() { # command...: prints "wall cpu" (cpu: user + system, children included)
    /usr/bin/time -o "$work/time" -f '%e %U %S' "$@" >"$work/out" 2>/dev/null || true
    awk '{printf "%.3f %.3f\n", $1, $2 + $3}' "$work/time"
}

pdftotext_all() {
    for ((round = 0; round < repeat; round++)); do
        while IFS= read -r file; do pdftotext -q "$file" /dev/null || true; done <"$work/pdfs"
    done
}

mapfile -t pdf_list <"$work/pdfs"
echo "PDF: $files files, $pages pages, repeated $repeat times ($((pages * repeat)) pages per measurement)"
read -r ref_wall ref_cpu < <(measure bash -c "$(declare -f pdftotext_all); repeat=$repeat; work=$work; pdftotext_all")
read -r one_wall one_cpu < <(measure "$BIN" bench-extract --jobs 1 --repeat "$repeat" "${pdf_list[@]}")
one_pages=$(python3 -c "import json;print(json.load(open('$work/out'))['pages'])")
read -r two_wall two_cpu < <(measure "$BIN" bench-extract --jobs 2 --repeat "$repeat" "${pdf_list[@]}")
read -r ref2_wall ref2_cpu < <(measure bash -c "for ((r = 0; r < $repeat; r++)); do cat '$work/pdfs'; done | xargs -d '\n' -P 2 -I{} pdftotext -q {} /dev/null; true")

total=$((pages * repeat))
python3 - "$total" "$one_pages" "$ref_wall" "$ref_cpu" "$one_wall" "$one_cpu" "$two_wall" "$two_cpu" "$ref2_wall" "$ref2_cpu" <<'PY'
import sys
total, ours_pages = int(sys.argv[1]), int(sys.argv[2])
ref_wall, ref_cpu, one_wall, one_cpu, two_wall, two_cpu, ref2_wall, ref2_cpu = map(float, sys.argv[3:])
def row(name, wall, cpu):
    print(f"  {name:<28} {wall:7.2f} s wall {cpu:7.2f} s cpu  {total / wall:7.0f} pages/s")
print(f"  (our extraction read {ours_pages} of {total} pages)")
row("pdftotext, 1 process", ref_wall, ref_cpu)
row("dpiatlas --jobs 1", one_wall, one_cpu)
row("pdftotext, 2 processes", ref2_wall, ref2_cpu)
row("dpiatlas --jobs 2", two_wall, two_cpu)
print(f"  cost on one core (wall, ours / pdftotext): {one_wall / ref_wall:.2f}x  (target <= 1.10x)")
print(f"  cost in CPU time (ours / pdftotext):       {one_cpu / ref_cpu:.2f}x")
print(f"  --jobs 2 over --jobs 1:                     {one_wall / two_wall:.2f}x  (target >= 1.80x)")
print(f"  pdftotext 2 processes over 1:               {ref_wall / ref2_wall:.2f}x")
PY

# DOCX against docx2txt (or python-docx), each in one long-lived process over the same files.
docx_files=$(wc -l <"$work/docx")
if [ "$docx_files" -gt 0 ]; then
    mapfile -t docx_list <"$work/docx"
    drepeat=$(((400 + docx_files - 1) / docx_files))
    cat >"$work/reference.py" <<'PY'
import sys
files = open(sys.argv[1]).read().splitlines() * int(sys.argv[2])
try:
    import docx2txt
    extract, name = docx2txt.process, "docx2txt"
except ImportError:
    import docx
    extract, name = (lambda f: "\n".join(p.text for p in docx.Document(f).paragraphs)), "python-docx"
chars = sum(len(extract(f)) for f in files)
open(sys.argv[3], "w").write(f"{name} {chars}\n")
PY
    read -r dref_wall dref_cpu < <(measure python3 "$work/reference.py" "$work/docx" "$drepeat" "$work/ref-name")
    read -r dref_name _ <"$work/ref-name"
    read -r d1_wall d1_cpu < <(measure "$BIN" bench-extract --jobs 1 --repeat "$drepeat" "${docx_list[@]}")
    read -r d2_wall d2_cpu < <(measure "$BIN" bench-extract --jobs 2 --repeat "$drepeat" "${docx_list[@]}")
    n=$((docx_files * drepeat))
    echo "DOCX: $docx_files files, repeated $drepeat times ($n documents per measurement)"
    python3 - "$n" "$dref_name" "$dref_wall" "$dref_cpu" "$d1_wall" "$d1_cpu" "$d2_wall" "$d2_cpu" <<'PY'
import sys
n, name = int(sys.argv[1]), sys.argv[2]
ref_wall, ref_cpu, one_wall, one_cpu, two_wall, two_cpu = map(float, sys.argv[3:])
def row(label, wall, cpu):
    print(f"  {label:<28} {wall:7.2f} s wall {cpu:7.2f} s cpu  {n / wall:7.0f} documents/s")
row(f"{name}, 1 process", ref_wall, ref_cpu)
row("dpiatlas --jobs 1", one_wall, one_cpu)
row("dpiatlas --jobs 2", two_wall, two_cpu)
print(f"  cost on one core (wall, ours / {name}): {one_wall / ref_wall:.2f}x")
print(f"  --jobs 2 over --jobs 1: {one_wall / two_wall:.2f}x")
PY
fi
