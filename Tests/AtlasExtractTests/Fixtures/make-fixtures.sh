#!/usr/bin/env bash
# Rebuilds the extraction fixtures with real tools: LibreOffice (headless), qpdf and zip.
# Needs: libreoffice-writer-nogui qpdf poppler-utils zip python3. The built files are committed; tests never
# run this. Each fixture is named after the quirk it covers.
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
# ---------------------------------------------------------------------------------------------
# PDFs with the layout of real ITU documents, written as flat ODT and printed by LibreOffice.
python3 - "$work" <<'PY'
import sys, html
work = sys.argv[1]
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
STYLES = '''
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="DejaVu Serif" fo:font-family="'DejaVu Serif'" fo:font-size="10pt" fo:language="en" fo:country="US"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/></style:style>
 <style:style style:name="Plain" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Annex" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Bullet" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-top="0.1cm" fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>'''

def document(body, title, masters, automatic=''):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{html.escape(title)}</dc:title></office:meta>
{STYLES}
<office:automatic-styles>
 <style:page-layout style:name="pm-arabic"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm" style:num-format="1"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:page-layout style:name="pm-roman"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm" style:num-format="i"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:style style:name="ToFront" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Front"><style:paragraph-properties style:page-number="1"/></style:style>
 <style:style style:name="ToBody" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Body"><style:paragraph-properties style:page-number="1"/></style:style>
 <style:style style:name="NewPageAnnex" style:family="paragraph" style:parent-style-name="Annex"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Cols" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
 {automatic}
</office:automatic-styles>
<office:master-styles>{masters}</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>'''

def p(text, style='Standard'):
    return f'<text:p text:style-name="{style}">{text}</text:p>'
def h(text, level=1, style=None):
    style = style or f'Heading_20_{level}'
    return f'<text:h text:style-name="{style}" text:outline-level="{level}">{text}</text:h>'

RUNNING = 'Rec. ITU-T X.1281 (03/2024)'
masters = f'''
 <style:master-page style:name="Standard" style:page-layout-name="pm-arabic"/>
 <style:master-page style:name="Front" style:page-layout-name="pm-roman">
  <style:header><text:p text:style-name="Header">{RUNNING}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">i</text:page-number></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Body" style:page-layout-name="pm-arabic">
  <style:header><text:p text:style-name="Header">{RUNNING}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>'''

filler = ("The identity provider and the relying party exchange verified attributes through an "
          "interoperability layer that supports authentication of natural persons, accountability of "
          "operators and the characteristics of national identification infrastructures. ")
body = [
    p('INTERNATIONAL TELECOMMUNICATION UNION', 'Center'),
    p('ITU-T', 'Center'), p('X.1281', 'Center'),
    p('TELECOMMUNICATION STANDARDIZATION SECTOR OF ITU', 'Center'), p('(03/2024)', 'Center'),
    p('SERIES X: DATA NETWORKS, OPEN SYSTEM COMMUNICATIONS AND SECURITY', 'Center'),
    p('Framework for trusted digital identity exchange', 'Center'),
    p('Recommendation ITU-T X.1281', 'Center'),
    h('Summary', style='ToFront'),
    p('Recommendation ITU-T X.1281 specifies a framework for the exchange of verified identity '
      'attributes between identity providers and relying parties. ' + filler * 3),
    h('Keywords'),
    p('Digital identity, e-KYC, federation, interoperability.', 'Plain'),
    h('Introduction'),
    p(filler * 8),
    h('1 Scope', style='ToBody'),
    p('This Recommendation covers ﬁnancial onboarding and the workﬂow of attribute exchange, the '
      'inter\u00adoperability of identity systems, and services that rely on verified identity. ' + filler * 4),
    p('10 Gbit/s interfaces are required for the exchange backbone between national registries.', 'Plain'),
    h('2 References'),
    p('[ITU-T X.1252] Recommendation ITU-T X.1252 (2021), Baseline identity management terms and definitions.', 'Plain'),
    h('3 Definitions'),
    h('3.1 Terms defined elsewhere', 2),
    p('This Recommendation uses the terms identification, real time and end to end as defined '
      'in [ITU-T X.1252]; time is always real time and the time base is the real clock. ' + filler * 2),
    h('6 Requirements'),
    h('6.2 Assertions', 2),
    h('6.2.1 Assertion validation', 2),
    # Line breaks chosen by hand, where a hyphen ends the line: a hyphenated term, a compound of
    # two words of the document, and a word hyphenated by hand.
    p('The relying party is required to perform e-<text:line-break/>KYC checks with end-to-<text:line-break/>'
      'end protection, in real-<text:line-break/>time, and to complete the identi-<text:line-break/>fication '
      'of the subject before it accepts an assertion.', 'Plain'),
    p('\u2022 Assertions are signed by the identity provider.', 'Bullet'),
    p('\u2022 Assertions carry an audience restriction.', 'Bullet'),
    p(filler * 10),
    p('Annex A', 'NewPageAnnex'),
    p('Protocol profile', 'Annex'),
    p('(This annex forms an integral part of this Recommendation.)', 'Note'),
    h('A.1 Message format', 2),
    p('Messages are encoded as JSON web tokens. ' + filler * 3),
    p('Appendix I', 'NewPageAnnex'),
    p('Deployment examples', 'Annex'),
    p('(This appendix does not form an integral part of this Recommendation.)', 'Note'),
    p('A national identity programme deploys the framework for social protection payments. ' + filler * 2),
    h('Bibliography'),
    p('[b-ITU-T X.1254] Recommendation ITU-T X.1254 (2020), Entity authentication assurance framework.', 'Plain'),
]
open(f'{work}/recommendation.fodt', 'w').write(
    document('\n'.join(body), 'Microsoft Word - X1281E.doc', masters))

# Two columns below a full-width heading, as on K-series pages.
two = [
    h('1 Scope of the two-column page'),
    p('This full-width paragraph introduces the page before the columns start; it is long enough to '
      'wrap over two lines of the page.'),
    '<text:section text:style-name="Cols" text:name="Columns">',
    p('LEFTSTART The left column holds the first part of the argument about the interoperability of '
      'identification systems between national administrations and their relying parties. LEFTEND'),
    p('LEFTSECOND The second paragraph of the left column mentions accountability and the '
      'characteristics of registries. LEFTLAST'),
    p('RIGHTSTART The right column continues with payments, settlement between operators and the '
      'switching infrastructure of instant payment systems in developing countries. RIGHTEND'),
    p('RIGHTSECOND More text fills the right column with responsibilities. RIGHTLAST'),
    '</text:section>',
]
masters_plain = '<style:master-page style:name="Standard" style:page-layout-name="pm-arabic"/>'
open(f'{work}/two-columns.fodt', 'w').write(document('\n'.join(two), 'Two columns', masters_plain))

# A long document, for the worker tests (killed mid-document) and the benchmark.
long_body = []
for section in range(1, 101):
    long_body.append(h(f'{section} Clause number {section}'))
    for _ in range(7):
        long_body.append(p(filler * 4))
open(f'{work}/long.fodt', 'w').write(document('\n'.join(long_body), 'Long document', masters))
PY
for name in recommendation two-columns long; do
    soffice --convert-to pdf --outdir "$work" "$work/$name.fodt"
done
cp "$work/recommendation.pdf" pdf-recommendation.pdf
cp "$work/two-columns.pdf" pdf-two-columns.pdf
cp "$work/long.pdf" pdf-long.pdf

# An owner password only (printing and copying restricted): opens without a password.
qpdf --encrypt "" owner-secret 256 --print=none --extract=n -- pdf-two-pages.pdf pdf-owner-password-only.pdf

# A scanned page between two text pages: page 2 is a picture without a text layer.
pdftoppm -f 2 -l 2 -r 60 -png -singlefile pdf-two-pages.pdf "$work/scan"
python3 - "$work/scan.png" "$work/scan.fodt" <<'PY'
import base64, sys
png = base64.b64encode(open(sys.argv[1], 'rb').read()).decode()
open(sys.argv[2], 'w').write(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text><text:p><draw:frame draw:name="scan" text:anchor-type="as-char" svg:width="15cm" svg:height="21cm"><draw:image><office:binary-data>{png}</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>''')
PY
soffice --convert-to pdf --outdir "$work" "$work/scan.fodt"
qpdf --empty --pages pdf-two-pages.pdf 1 "$work/scan.pdf" 1 pdf-two-pages.pdf 2 -- pdf-image-only-page.pdf

# Fonts without a Unicode mapping (ToUnicode removed): poppler can only guess the characters.
qpdf --qdf --object-streams=disable pdf-two-columns.pdf "$work/qdf.pdf"
python3 - "$work/qdf.pdf" "$work/no-unicode.pdf" <<'PY'
import re, sys
data = open(sys.argv[1], 'rb').read()
open(sys.argv[2], 'wb').write(re.sub(rb'/ToUnicode \d+ 0 R', b'', data))
PY
fix-qdf "$work/no-unicode.pdf" >"$work/no-unicode-fixed.pdf"
qpdf "$work/no-unicode-fixed.pdf" pdf-no-tounicode.pdf

# ---------------------------------------------------------------------------------------------
# DOCX written part by part (WordprocessingML as Word writes it), zipped with zip: one quirk each.
python3 - "$work/docx" <<'PY'
import os, sys
root = sys.argv[1]
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
     'xmlns:v="urn:schemas-microsoft-com:vml" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
CT = {
    'styles': 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
    'numbering': 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
    'footnotes': 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
    'endnotes': 'application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml',
    'comments': 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
    'header': 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
    'footer': 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
}

def p(content, style=None, extra=''):
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ''
    ppr += extra
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{content}</w:p>'

def r(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
 <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
 <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
 <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
 <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
 <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
 <w:style w:type="paragraph" w:styleId="Annexref"><w:name w:val="Annex_NoTitle"/><w:basedOn w:val="Normal"/></w:style>
 <w:style w:type="paragraph" w:styleId="MyClause"><w:name w:val="My clause"/><w:basedOn w:val="Heading1"/></w:style>
 <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
 <w:style w:type="paragraph" w:styleId="enumlev1"><w:name w:val="enumlev1"/><w:basedOn w:val="Normal"/></w:style>
 <w:style w:type="paragraph" w:styleId="enumlev2"><w:name w:val="enumlev2"/><w:basedOn w:val="enumlev1"/></w:style>
 <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>'''

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''

def core(title, language='en-US'):
    return f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:subject>Digital identity</dc:subject><dc:creator>Republic of Examplia</dc:creator><cp:keywords>e-KYC; federation</cp:keywords><dc:language>{language}</dc:language><cp:lastModifiedBy>Rapporteur Q10/17</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-20T17:30:00Z</dcterms:modified></cp:coreProperties>'''

APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Pages>3</Pages><Company>ITU</Company></Properties>'''

def write(name, body, parts=None, title='Test document', document_xml=None, numbering=NUMBERING):
    parts = parts or {}
    folder = os.path.join(root, name)
    os.makedirs(os.path.join(folder, '_rels'), exist_ok=True)
    os.makedirs(os.path.join(folder, 'word', '_rels'), exist_ok=True)
    os.makedirs(os.path.join(folder, 'docProps'), exist_ok=True)
    overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    rels = []
    all_parts = {'styles': ('styles.xml', STYLES), 'numbering': ('numbering.xml', numbering)}
    all_parts.update(parts)
    for index, (kind, (file, xml)) in enumerate(sorted(all_parts.items())):
        open(os.path.join(folder, 'word', file), 'w').write(xml)
        overrides.append(f'<Override PartName="/word/{file}" ContentType="{CT[kind.rstrip("0123456789")]}"/>')
        rels.append(f'<Relationship Id="rId{index + 1}" Type="{REL}/{kind.rstrip("0123456789")}" Target="{file}"/>')
    open(os.path.join(folder, '[Content_Types].xml'), 'w').write(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + ''.join(overrides) + '</Types>')
    open(os.path.join(folder, '_rels', '.rels'), 'w').write(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/></Relationships>')
    open(os.path.join(folder, 'word', '_rels', 'document.xml.rels'), 'w').write(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + ''.join(rels) + '</Relationships>')
    open(os.path.join(folder, 'docProps', 'core.xml'), 'w').write(core(title))
    open(os.path.join(folder, 'docProps', 'app.xml'), 'w').write(APP)
    sect = '<w:sectPr>' + ''.join(
        f'<w:{k}Reference w:type="default" r:id="rId{i + 1}"/>'
        for i, (k, _) in enumerate(sorted(all_parts.items())) if k.rstrip('0123456789') in ('header', 'footer')) + '</w:sectPr>'
    document = document_xml or (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}{sect}</w:body></w:document>')
    open(os.path.join(folder, 'word', 'document.xml'), 'w').write(document)

def numbered(text, level):
    return p(r(text), 'ListParagraph', f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>')

def cell(text):
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{p(r(text))}</w:tc>'

# Styles, headings (by style name, by outline level, by numbering), lists, a table, normalisation.
write('docx-styles-lists', ''.join([
    p(r('Framework for trusted digital identity exchange'), 'Title'),
    p(r('1<w:tab/>Scope'), 'Heading1'),
    p(r('This Recommendation covers ﬁnancial onboarding and the workﬂow of attribute exchange.')),
    p('<w:r><w:t xml:space="preserve">The inter</w:t></w:r><w:r><w:softHyphen/></w:r><w:r><w:t xml:space="preserve">operability of identity sys\u00adtems\u00a0matters.</w:t></w:r>'),
    p(r('6.2 Assertions'), 'berschrift2'),
    p(r('6.2.1 Assertion validation'), 'Heading3'),
    numbered('Assertions are signed by the identity provider.', 0),
    numbered('Signatures use approved algorithms.', 1),
    p(r('Relying parties keep an audit log.'), 'enumlev1'),
    p(r('Logs are kept for one year.'), 'enumlev2'),
    p(r('10 Gbit/s interfaces are required for the backbone.')),
    p(r('7 Security considerations', bold=True)),
    p(r('Clause in a custom style based on Heading 1'), 'MyClause'),
    # Formatting changed by a reviewer: the old style (Heading 1) is history, not the paragraph's style.
    p(r('A plain paragraph that used to be a heading.'), None,
      '<w:pPrChange w:id="90" w:author="Editor" w:date="2026-03-01T10:00:00Z"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange>'),
    p(r('Annex A'), 'Annexref'),
    '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
    f'<w:tr>{cell("Question(s):")}{cell("10/17")}</w:tr>'
    f'<w:tr>{cell("Source:")}<w:tc>{p(r("Republic of Examplia"))}{p(r("Ministry of Digital Affairs"))}</w:tc></w:tr></w:tbl>',
    p(r('After the table.')),
]), title='Framework for trusted digital identity exchange')

# Tracked changes: the body reads as proposed; every change is recorded.
A = 'w:author="Republic of Examplia" w:date="2026-03-10T12:00:00Z"'
B = 'w:author="TSB" w:date="2026-03-11T08:30:00Z"'
write('docx-tracked-changes', ''.join([
    p(r('6.2 Requirements'), 'berschrift2'),
    p(r('R-1: The relying party ') + f'<w:del w:id="1" {A}><w:r><w:delText xml:space="preserve">may </w:delText></w:r></w:del>'
      + f'<w:ins w:id="2" {A}><w:r><w:t xml:space="preserve">is required to </w:t></w:r></w:ins>' + r('verify the e-KYC assertion.')),
    f'<w:p><w:pPr><w:rPr><w:ins w:id="3" {A}/></w:rPr></w:pPr><w:ins w:id="4" {A}><w:r><w:t>R-2: A whole new requirement proposed by the contribution.</w:t></w:r></w:ins></w:p>',
    p(f'<w:del w:id="5" {B}><w:r><w:delText>R-3: A requirement the contribution proposes to delete.</w:delText></w:r></w:del>'),
    p(r('R-4: Moved text follows. ') + f'<w:moveTo w:id="6" {A}><w:r><w:t>MOVED-SENTENCE.</w:t></w:r></w:moveTo>'),
    p(f'<w:moveFrom w:id="7" {A}><w:r><w:t>MOVED-SENTENCE.</w:t></w:r></w:moveFrom>' + r(' R-5 stays.')),
    p(f'<w:ins w:id="8" {A}><w:r><w:t xml:space="preserve">Inserted by one author, </w:t></w:r><w:del w:id="9" {B}><w:r><w:delText>then deleted by another.</w:delText></w:r></w:del></w:ins>'),
    '<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>'
    + p(r('Cell text ') + f'<w:ins w:id="10" {B}><w:r><w:t>with an insertion</w:t></w:r></w:ins>') + '</w:tc></w:tr></w:tbl>',
]))

# Footnotes, endnotes, comments, headers and footers: kept apart from the body.
footnotes = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> FOOTNOTE-ONE: see ITU-T X.1252.</w:t></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> FOOTNOTE-TWO with </w:t></w:r><w:ins w:id="20" {A}><w:r><w:t>an inserted word</w:t></w:r></w:ins></w:p></w:footnote></w:footnotes>'''
endnotes = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes {W}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> ENDNOTE-ONE: sources.</w:t></w:r></w:p></w:endnote></w:endnotes>'''
comments = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}><w:comment w:id="0" w:author="Rapporteur" w:date="2026-03-12T10:00:00Z" w:initials="R"><w:p><w:r><w:t>COMMENT-ONE: which relying party?</w:t></w:r></w:p></w:comment></w:comments>'''
header = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:r><w:t>HEADER-TEXT Draft new Recommendation ITU-T X.idm-dpi</w:t></w:r></w:p></w:hdr>'''
footer = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}><w:p><w:r><w:t xml:space="preserve">FOOTER-TEXT page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'''
write('docx-notes-comments-headers', ''.join([
    p(r('1 Introduction'), 'Heading1'),
    p(r('The ') + '<w:commentRangeStart w:id="0"/>' + r('relying party') + '<w:commentRangeEnd w:id="0"/>'
      + '<w:r><w:commentReference w:id="0"/></w:r>' + r(' verifies assertions.')
      + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'),
    p(r('Second paragraph with a note.') + '<w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r>'),
]), parts={'footnotes': ('footnotes.xml', footnotes), 'endnotes': ('endnotes.xml', endnotes),
           'comments': ('comments.xml', comments), 'header1': ('header1.xml', header), 'footer1': ('footer1.xml', footer)})

# Text boxes (DrawingML with a VML fallback holding the same text), content controls and fields.
txbx = '<w:txbxContent><w:p><w:r><w:t>TEXTBOX-ONCE: the box proposes a new clause.</w:t></w:r></w:p></w:txbxContent>'
drawing = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           '<wp:extent cx="3000000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
           f'<wps:txbx>{txbx}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           f'<mc:Fallback><w:pict><v:shape id="Text Box 1" style="width:236pt;height:47pt" type="#_x0000_t202"><v:textbox>{txbx}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
write('docx-text-boxes-controls-fields', ''.join([
    p(r('Paragraph before the box.')),
    p(r('ANCHOR paragraph holding the box.') + drawing),
    p(r('Paragraph after the box.')),
    '<w:sdt><w:sdtPr><w:alias w:val="Abstract"/><w:tag w:val="abstract"/></w:sdtPr><w:sdtContent>'
    + p(r('CONTROL-BLOCK: the abstract sits in a content control.')) + '</w:sdtContent></w:sdt>',
    p(r('Contact: ') + '<w:sdt><w:sdtPr><w:alias w:val="Contact"/></w:sdtPr><w:sdtContent>' + r('CONTROL-INLINE Jane Doe') + '</w:sdtContent></w:sdt>'),
    p(r('See clause ') + '<w:fldSimple w:instr=" REF _Ref1 \\h "><w:r><w:t>FIELD-SIMPLE 6.2.1</w:t></w:r></w:fldSimple>' + r(' for details.')),
    p(r('Visit ') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.itu.int/INSTRUCTION-HIDDEN" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
      + r('FIELD-DISPLAY the ITU site') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r('.')),
]))

# Automatic numbering: headings numbered through their styles (Word's multilevel list), lettered items.
AUTO = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="berschrift2"/><w:lvlText w:val="%1.%2"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="Annex %1"/></w:lvl></w:abstractNum>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>'''
def item(text, level=0):
    return p(r(text), 'ListParagraph', f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr>')
write('docx-auto-numbering', ''.join([
    p(r('Scope'), 'Heading1'),
    p(r('This Recommendation numbers its clauses automatically.')),
    p(r('References'), 'Heading1'),
    p(r('Normative references'), 'berschrift2'),
    p(r('ITU-T Recommendations'), 'Heading3'),
    item('the first requirement;'), item('the first detail;', 1), item('the second detail;', 1),
    item('the second requirement.'),
    p(r('Requirements'), 'Heading1'),
    p(r('Already numbered by hand'), 'berschrift2'),
    p(r('Protocol profile'), 'Heading1', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>'),
]), numbering=AUTO)

# Hostile XML: a billion laughs, an external entity, and nesting 5000 levels deep.
lol = '<!DOCTYPE w:document [<!ENTITY lol "lol">' + ''.join(
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + ']>'
write('docx-billion-laughs', '', document_xml=f'<?xml version="1.0"?>\n{lol}<w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
write('docx-external-entity', '', document_xml=f'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
deep = '<w:sdt><w:sdtContent>' * 5000 + p(r('deep')) + '</w:sdtContent></w:sdt>' * 5000
write('docx-deep-nesting', deep)
# A ZIP bomb: 60 MB of spaces in word/document.xml deflate about 1000 to 1.
bomb_body = p(r('bomb')) + ' ' * (60 * 1024 * 1024)
write('docx-zip-bomb', bomb_body)
PY
for name in docx-styles-lists docx-tracked-changes docx-notes-comments-headers docx-text-boxes-controls-fields docx-auto-numbering \
    docx-billion-laughs docx-external-entity docx-deep-nesting docx-zip-bomb; do
    rm -f "$name.docx"
    (cd "$work/docx/$name" && zip -q -X -9 -r "$OLDPWD/$name.docx" '[Content_Types].xml' _rels docProps word)
done

# LibreOffice's own DOCX of the text-box and tracked-changes files (its VML fallbacks and revision marks).
mkdir -p "$work/lo"
soffice --convert-to 'docx:MS Word 2007 XML' --outdir "$work/lo" docx-text-boxes-controls-fields.docx docx-tracked-changes.docx
cp "$work/lo/docx-text-boxes-controls-fields.docx" docx-libreoffice-text-boxes.docx
cp "$work/lo/docx-tracked-changes.docx" docx-libreoffice-tracked-changes.docx

# Broken packages: bytes flipped inside word/document.xml's compressed data; no bytes at all; a legacy .doc.
python3 - <<'PY'
import zipfile
data = bytearray(open("docx-styles-lists.docx", "rb").read())
info = zipfile.ZipFile("docx-styles-lists.docx").getinfo("word/document.xml")
start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
for i in range(start + 40, start + 60):
    data[i] ^= 0x5A
open("docx-corrupt.docx", "wb").write(bytes(data))
PY
: >empty.docx
soffice --convert-to 'doc:MS Word 97' --outdir "$work" docx-simple.docx
cp "$work/docx-simple.doc" legacy-word-97.doc

echo "fixtures rebuilt in $(pwd)"
