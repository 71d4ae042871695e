#!/usr/bin/env bash
# Rebuilds the extraction fixtures with real tools: LibreOffice (headless), qpdf and zip.
# Needs: libreoffice-writer-nogui qpdf zip. The built files are committed; tests never run this.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice() { command soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null; }

cat >"$work/two-pages.html" <<'HTML'
<html><head><meta charset="utf-8"><title>Framework for trusted digital identity exchange</title></head><body>
<h1>1 Scope</h1>
<p>This Recommendation specifies a framework for exchanging verified identity attributes between
national identity providers and relying parties in public services.</p>
<h1>2 References</h1>
<p>[ITU-T X.1252] Recommendation ITU-T X.1252 (2021), Baseline identity management terms and definitions.</p>
<p style="page-break-before: always">Second page: the relying party is required to verify the assertion signature.</p>
</body></html>
HTML
soffice --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/two-pages.html"
soffice --convert-to pdf --outdir "$work" "$work/two-pages.docx"
cp "$work/two-pages.pdf" pdf-two-pages.pdf
cp "$work/two-pages.docx" docx-simple.docx

# Broken variants of the good files.
size=$(stat -c %s pdf-two-pages.pdf)
head -c $((size / 2)) pdf-two-pages.pdf >pdf-truncated.pdf
python3 - <<'PY'
import random
data = bytearray(open("pdf-two-pages.pdf", "rb").read())
rng = random.Random(7)
# Keep the header and the %%EOF trailer, scramble everything between.
for i in range(16, len(data) - 64):
    data[i] = rng.randrange(256)
open("pdf-corrupt.pdf", "wb").write(bytes(data))
PY
qpdf --encrypt secret-user secret-owner 256 -- pdf-two-pages.pdf pdf-encrypted-user-password.pdf
: >empty.pdf
(cd "$work" && printf 'not a word document\n' >readme.txt && zip -q -X notdocx.zip readme.txt)
cp "$work/notdocx.zip" zip-not-docx.docx
size=$(stat -c %s docx-simple.docx)
head -c $((size - 200)) docx-simple.docx >docx-truncated.docx
cat >"$work/named-as.html" <<'HTML'
<html><head><meta charset="utf-8"><title>Proposal on consent records for data exchange</title></head><body>
<p>Question(s): 10/17</p>
<p>Title: Proposal on consent records for data exchange between public registries</p>
</body></html>
HTML
soffice --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/named-as.html"
soffice --convert-to pdf --outdir "$work" "$work/named-as.docx"
# A PDF whose name says DOCX: the kind comes from the content.
cp "$work/named-as.pdf" pdf-named-as.docx
cat >"$work/front-table.html" <<'HTML'
<html><head><meta charset="utf-8"><title>Front page</title></head><body>
<table border="1">
<tr><td>Question(s):</td><td>10/17</td><td>Meeting, date:</td><td>Geneva, 8-17 April 2026</td></tr>
<tr><td>Study Group:</td><td>17</td><td>Working Party:</td><td>3</td></tr>
<tr><td>Source:</td><td colspan="3"><p>Republic of Examplia</p><p>Ministry of Digital Affairs</p></td></tr>
</table>
<p>Abstract: this contribution proposes requirements.</p>
</body></html>
HTML
soffice --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/front-table.html"
cp "$work/front-table.docx" docx-front-page-table.docx
echo "fixtures rebuilt in $(pwd)"
