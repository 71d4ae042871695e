#!/usr/bin/env python3
"""Generate a large, varied benchmark corpus of ITU-style PDF and DOCX files, quickly.

    python3 corpus/tools/bench_corpus.py --count 5000 --out /tmp/bench [--seed 1]

About 70 % PDFs written by a small PDF writer (standard Helvetica fonts, compressed page streams,
a proper xref table), about 30 % DOCX written with zipfile, 1 to 40 pages each, with ITU file names
and ITU-style text built from sentence templates and the keywords of the taxonomy (pipeline/
taxonomy.yaml, else the shared draft) plus non-DPI topics. About 1 % of the files are broken
(truncated or empty). No LibreOffice is needed.

The output is deterministic for a given seed, count and taxonomy file: document i depends only on
the seed and i. DIR/manifest.jsonl lists every file with its kind, identifier, language, pages,
the topics used to generate it (labels) and whether it was deliberately broken.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

TOOLS = Path(__file__).resolve().parent
REPO = TOOLS.parent.parent

# ----------------------------------------------------------------------------------------
# Vocabulary

NON_DPI_TOPICS = {
    "optical-transport": ["dense wavelength division multiplexing", "optical transport network", "chromatic dispersion",
                          "optical signal-to-noise ratio", "coherent receiver", "forward error correction",
                          "single-mode fibre", "optical amplifier", "line rate", "frame alignment", "black link"],
    "video-coding": ["video coding", "bitstream", "inter prediction", "entropy coding", "coding tree unit",
                     "rate-distortion optimization", "decoder conformance", "high dynamic range", "motion vector",
                     "chroma format", "reference picture"],
    "speech-quality": ["speech quality", "mean opinion score", "listening test", "objective model", "codec",
                       "packet loss concealment", "background noise", "super-wideband", "loudness rating",
                       "echo canceller", "jitter buffer"],
    "emc-lightning": ["lightning surge", "earthing", "bonding", "surge protective device", "ground potential rise",
                      "resistibility", "overvoltage", "electromagnetic compatibility", "induced current",
                      "power line contact", "test generator"],
    "cable-tv": ["cable television", "conditional access", "set-top box", "headend", "downstream channel",
                 "DOCSIS", "scrambling", "entitlement message", "return path", "RF over glass"],
    "signalling-test": ["signalling", "test suite", "protocol conformance", "SIP", "Diameter", "test purpose",
                        "abstract test suite", "interworking function", "call flow", "session border controller"],
    "access-pon": ["passive optical network", "optical line terminal", "optical network unit", "ranging",
                   "dynamic bandwidth assignment", "wavelength plan", "power budget", "upstream burst",
                   "splitter ratio", "activation process"],
}

FALLBACK_DPI = {
    "identity": ["digital identity", "identity provider", "relying party", "authentication", "level of assurance",
                 "credential", "enrolment", "federation", "identity verification"],
    "payments": ["mobile money", "payment switch", "interoperability", "financial inclusion", "settlement",
                 "merchant payment", "digital financial services"],
    "data-exchange": ["data exchange", "information mediator", "API gateway", "open standards", "data sharing",
                      "metadata", "semantic interoperability"],
    "registries": ["digital registry", "civil registration", "unique identifier", "registration e-service",
                   "population register"],
    "privacy": ["consent", "personal data", "data minimization", "privacy impact assessment", "pseudonymization"],
}

ENTITIES = ["the identity provider", "the operator", "the relying party", "the platform", "the network operator",
            "the service provider", "the implementation", "the system", "the user equipment", "the registry",
            "the administration", "the manufacturer", "the test laboratory", "the application"]
VERBS_REQ = ["is required to support", "is recommended to support", "can optionally provide",
             "is required to implement", "is recommended to take into account", "is required not to rely on"]
SENTENCES = [
    "This {doc} specifies {a} for {b}.",
    "This {doc} describes {a} and its relationship with {b}.",
    "{E} {v} {a} when {b} is used.",
    "{E} {v} {a}, including {b} and {c}.",
    "It is recommended that {a} be considered together with {b}.",
    "As described in Recommendation ITU-T {ref}, {a} relies on {b}.",
    "The requirements of clause {cl} apply to {a} and to {b}.",
    "Requirement R-{abbr}-{nn}: {E} {v} {a}.",
    "NOTE – {a} is outside the scope of this clause; see [ITU-T {ref}].",
    "Table {t} lists the parameters of {a} for each configuration of {b}.",
    "Question {q} agreed to progress the draft text on {a}.",
    "The meeting noted {cref} on {a} and agreed to forward it to {sg}.",
    "Several members reported experience with {a} in the context of {b}.",
    "The editors were invited to align the text on {a} with {ref}.",
    "Without {a}, {b} cannot be evaluated consistently across implementations.",
    "The use case shows how {a} supports {b} in a developing country.",
    "Figure {t} shows the reference model of {a}.",
    "{A} and {b} are addressed in Annex A.",
    "The test results for {a} are summarized in Table {t}.",
    "Further study is needed on {a}, in particular on {b}.",
]
SENTENCES_FR = [
    "La présente Recommandation spécifie {a} pour {b}.",
    "Il est recommandé de considérer {a} conjointement avec {b}.",
    "La Question {q} est convenue de poursuivre l'étude de {a}.",
    "NOTE – {a} ne relève pas du présent paragraphe.",
    "Le tableau {t} présente les paramètres de {a}.",
    "La réunion a pris note de {cref} concernant {a}.",
]
SENTENCES_ZH = [
    "本建议书规定了{a}的要求。", "会议注意到有关{a}的文稿{cref}。", "第{q}号课题同意继续研究{a}。",
    "表{t}列出了{a}的参数。", "注 – {a}不在本条款范围之内。", "应考虑{a}与{b}之间的关系。",
]
def _compile(templates: list) -> list:
    import string
    out = []
    for t in templates:
        names = [f for _, f, _, _ in string.Formatter().parse(t) if f]
        # "A" needs "a" first so that both name the same phrase
        names = sorted(set(names), key=lambda n: (n != "a", n))
        out.append((t, names))
    return out


_COMPILED = {"en": _compile(SENTENCES), "fr": _compile(SENTENCES_FR), "zh": _compile(SENTENCES_ZH)}

HEADINGS = ["Scope", "References", "Definitions", "Abbreviations and acronyms", "Conventions", "Overview",
            "Reference model", "Requirements", "Functional architecture", "Security considerations",
            "Use cases", "Test methods", "Parameter values", "Interfaces", "Procedures", "Discussion",
            "Proposal", "Results", "Conclusion", "Background"]
SERIES = "ADEFGHJKLPQXY"
SGS = ["SG2", "SG3", "SG5", "SG11", "SG12", "SG13", "SG15", "SG17", "SG20", "SG21", "TSAG"]
SOURCES = ["China", "India", "Kenya", "Brazil", "Egypt", "France", "Germany", "Ghana", "Indonesia", "Japan",
           "Republic of Korea", "Rwanda", "Senegal", "United States", "Russian Federation", "Saudi Arabia",
           "Huawei Technologies", "ZTE Corporation", "Nokia", "Ericsson", "Orange", "NTT", "KDDI", "ETRI",
           "China Mobile", "Rapporteur", "Editor", "TSB"]


def load_vocabulary(path: Path | None) -> dict:
    """{topic id: [phrases]} for DPI subtopics (from the taxonomy) and non-DPI topics."""
    candidates = [path] if path else [REPO / "pipeline" / "taxonomy.yaml",
                                      REPO.parent / "shared" / "research" / "dpi-taxonomy-draft.yaml"]
    vocab: dict = {}
    for cand in candidates:
        if not cand or not cand.exists():
            continue
        try:
            import yaml
        except ImportError:
            break
        data = yaml.safe_load(cand.read_text(encoding="utf-8"))
        roots = None
        if isinstance(data, dict):
            for key in ("taxonomy", "topics", "categories", "nodes"):
                if isinstance(data.get(key), list):
                    roots = data[key]
                    break
        if not roots:
            continue

        def walk(node, top):
            if not isinstance(node, dict) or not isinstance(node.get("id"), str):
                return
            kws = node.get("keywords") or []
            if isinstance(kws, dict):  # per-language keywords
                kws = kws.get("en") or next(iter(kws.values()), [])
            phrases = [str(k) for k in kws if isinstance(k, (str, int)) and len(str(k)) > 2]
            if phrases:
                vocab[node["id"]] = (top or node["id"], phrases)
            for key in ("children", "subtopics", "subcategories"):
                for child in node.get(key) or []:
                    walk(child, top or node["id"])

        for node in roots:
            walk(node, None)
        if vocab:
            break
    if not vocab:
        vocab = {k: (k, v) for k, v in FALLBACK_DPI.items()}
    return vocab


# ----------------------------------------------------------------------------------------
# Text generation


class TextGen:
    def __init__(self, rng: random.Random, phrases: list, lang: str):
        self.rng = rng
        self.phrases = phrases
        self.lang = lang

    def phrase(self) -> str:
        return self.rng.choice(self.phrases)

    def ref(self) -> str:
        r = self.rng
        return f"{r.choice(SERIES)}.{r.randint(1, 4999)}"

    FIELDS = {
        "doc": lambda r, g: r.choice(["Recommendation", "contribution", "document", "Supplement", "clause"]),
        "E": lambda r, g: r.choice(ENTITIES).capitalize(),
        "v": lambda r, g: r.choice(VERBS_REQ),
        "ref": lambda r, g: g.ref(),
        "cl": lambda r, g: f"{r.randint(5, 12)}.{r.randint(1, 6)}",
        "abbr": lambda r, g: r.choice(["GEN", "SEC", "IF", "FUN", "OPS"]),
        "nn": lambda r, g: f"{r.randint(1, 40):02d}",
        "t": lambda r, g: str(r.randint(1, 12)),
        "q": lambda r, g: f"{r.randint(1, 20)}/{r.randint(2, 21)}",
        "cref": lambda r, g: f"SG{r.randint(2, 21)}-C{r.randint(1, 600)}",
        "sg": lambda r, g: r.choice(SGS),
    }

    def sentence(self) -> str:
        r = self.rng
        pool = _COMPILED["fr" if self.lang == "fr" else "zh" if self.lang == "zh" else "en"]
        template, names = r.choice(pool)
        values = {}
        for name in names:
            if name in ("a", "b", "c"):
                values[name] = self.phrase()
            elif name == "A":
                a = values.get("a") or self.phrase()
                values["a"] = a
                values["A"] = a[:1].upper() + a[1:]
            else:
                values[name] = self.FIELDS[name](r, self)
        return template.format(**values)

    def paragraph(self, n: int | None = None) -> str:
        n = n or self.rng.randint(2, 6)
        sep = "" if self.lang == "zh" else " "
        return sep.join(self.sentence() for _ in range(n))


# ----------------------------------------------------------------------------------------
# Document model: a list of (kind, text) lines per document


def make_document(i: int, seed: int, vocab: dict, used: set) -> dict:
    rng = random.Random(seed * 1_000_003 + i)
    fmt = "pdf" if rng.random() < 0.70 else "docx"
    lang = "en"
    roll = rng.random()
    if roll < 0.06:
        lang = "fr"
    elif roll < 0.10 and fmt == "docx":
        lang = "zh"
    kind = rng.choices(["recommendation", "contribution", "td", "liaison", "report"], [30, 40, 18, 7, 5])[0]
    dpi = rng.random() < 0.7
    if dpi:
        topics = rng.sample(sorted(vocab), k=rng.choice([1, 1, 2, 2, 3]))
        labels = sorted({vocab[t][0] for t in topics} | set(topics))
        phrases = [p for t in topics for p in vocab[t][1]]
    else:
        topics = [rng.choice(sorted(NON_DPI_TOPICS))]
        labels = []
        phrases = list(NON_DPI_TOPICS[topics[0]])
    letter = {"en": "E", "fr": "F", "zh": "C"}[lang]
    sg = rng.choice(SGS)
    sgnum = sg[2:] if sg != "TSAG" else "TSAG"
    year = rng.choice([2019, 2020, 2022, 2023, 2024, 2025, 2026])
    month = rng.randint(1, 12)
    if kind == "recommendation":
        while True:
            ident = f"{rng.choice(SERIES)}.{rng.randint(1, 9999)}"
            if rng.random() < 0.3:
                ident += f".{rng.randint(1, 30)}"
            status = rng.choices(["I", "S", "P"], [80, 15, 5])[0]
            name = f"T-REC-{ident}-{year}{month:02d}-{status}!!{'PDF' if fmt == 'pdf' else 'MSW'}-{letter}.{fmt}"
            if name not in used:
                break
        title = f"{rng.choice(phrases).capitalize()}: {rng.choice(['requirements', 'framework', 'architecture', 'test methods', 'guidelines', 'parameters'])}"
    else:
        period = "T25" if year >= 2025 else "T22" if year >= 2022 else "T17"
        num = (i * 7919) % 9000 + 1
        while True:
            if kind == "contribution":
                ident = f"{period}-{sg}-C-{num:04d}"
            else:
                venue = rng.choice(["PLEN", "GEN", "WP1", "WP2", "WP3"])
                ident = f"{period}-{sg}-{year % 100:02d}{month:02d}{rng.randint(1, 28):02d}-TD-{venue}-{num:04d}"
            name = f"{ident}!!{'PDF' if fmt == 'pdf' else 'MSW'}-{letter}.{fmt}"
            if name not in used:
                break
            num = num % 9999 + 1
        prefix = {"liaison": f"LS/{rng.choice('io')} on ", "report": "Report of the meeting on "}.get(kind, "")
        title = prefix + rng.choice(phrases)
    used.add(name)
    pages = min(40, max(2 if kind == "recommendation" else 1, int(rng.expovariate(1 / 9)) + 1))
    broken = None
    r = rng.random()
    if r < 0.007:
        broken = "truncated"
    elif r < 0.01:
        broken = "empty"
    return {"i": i, "rng": rng, "fmt": fmt, "lang": lang, "kind": kind, "identifier": ident, "file": name,
            "title": title, "labels": labels, "topics": topics, "phrases": phrases, "pages": pages, "sg": sg,
            "sgnum": sgnum, "date": f"{year}-{month:02d}", "broken": broken}


def front_fields(d: dict, gen: TextGen) -> list:
    rng = d["rng"]
    q = f"Q{rng.randint(1, 20)}/{d['sgnum'] if d['sgnum'] != 'TSAG' else 17}"
    fields = [("Question(s):", q), ("Source:", rng.choice(SOURCES)), ("Title:", d["title"]),
              ("Purpose:", rng.choice(["Proposal", "Discussion", "Information"]))]
    if d["kind"] == "liaison":
        fields += [("For action to:", rng.choice(SGS)), ("Deadline:", f"{rng.randint(1, 28)} May 2026")]
    fields += [("Keywords:", "; ".join(rng.sample(d["phrases"], k=min(4, len(d["phrases"]))))),
               ("Abstract:", gen.paragraph(2))]
    return fields


def body_lines(d: dict, gen: TextGen):
    """Endless ITU-style body: yields (style, text) with style h1, h2, p or li."""
    rng = d["rng"]
    clause = 0
    while True:
        clause += 1
        yield ("h1", f"{clause} {rng.choice(HEADINGS)}")
        for sub in range(1, rng.randint(1, 4) + 1):
            if rng.random() < 0.5:
                yield ("h2", f"{clause}.{sub} {gen.phrase().capitalize()}")
            for _ in range(rng.randint(1, 4)):
                if rng.random() < 0.15:
                    for _ in range(rng.randint(2, 4)):
                        yield ("li", gen.sentence())
                else:
                    yield ("p", gen.paragraph())


# ----------------------------------------------------------------------------------------
# PDF writer (base-14 Helvetica, WinAnsiEncoding)

_PDF_ESCAPES = str.maketrans({"(": "\\(", ")": "\\)", "\\": "\\\\"})


def pdf_text(s: str) -> bytes:
    """A PDF literal string body in WinAnsiEncoding (cp1252 covers the en dash, quotes and bullets)."""
    return s.translate(_PDF_ESCAPES).encode("cp1252", errors="replace")


def wrap(text: str, width: int) -> list:
    lines, cur = [], ""
    for word in text.split():
        if len(cur) + len(word) + 1 > width and cur:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines


def write_pdf(d: dict, gen: TextGen) -> bytes:
    header = (f"Rec. ITU-T {d['identifier']} ({d['date'][5:]}/{d['date'][:4]})" if d["kind"] == "recommendation"
              else d["identifier"])
    # Lay out lines on pages: (font, size, text)
    page_lines: list = []
    cur: list = []
    y_budget = 56

    def put(font, size, text, lead=1):
        nonlocal cur
        need = lead
        used = sum(item[3] for item in cur)
        if used + need > y_budget:
            page_lines.append(cur)
            cur = []
        cur.append((font, size, text, need))

    if d["kind"] == "recommendation":
        put("F2", 14, "INTERNATIONAL TELECOMMUNICATION UNION", 2)
        put("F2", 20, f"ITU-T {d['identifier']}", 3)
        put("F1", 11, f"({d['date'][5:]}/{d['date'][:4]})", 2)
        for line in wrap(d["title"], 60):
            put("F2", 14, line, 2)
        put("F2", 11, f"Recommendation ITU-T {d['identifier']}", 2)
        page_lines.append(cur)
        cur = []
        put("F2", 11, "Summary", 2)
        for line in wrap(gen.paragraph(3), 95):
            put("F1", 10, line)
    else:
        put("F2", 10, "INTERNATIONAL TELECOMMUNICATION UNION", 1)
        put("F1", 10, f"TELECOMMUNICATION STANDARDIZATION SECTOR     {d['identifier']}", 1)
        put("F2", 10, f"STUDY PERIOD 2025-2028     {d['sg'].replace('SG', 'STUDY GROUP ')}", 2)
        put("F2", 11, {"contribution": "CONTRIBUTION", "td": "TD", "liaison": "LIAISON STATEMENT",
                       "report": "REPORT"}[d["kind"]], 2)
        for label, value in front_fields(d, gen):
            for k, line in enumerate(wrap(value, 78)):
                put("F2" if k == 0 else "F1", 10, (f"{label:<14}" if k == 0 else " " * 14) + line)
        put("F1", 10, "", 1)
    for style, text in body_lines(d, gen):
        if len(page_lines) >= d["pages"]:
            break
        if style == "h1":
            put("F2", 11, text, 2)
        elif style == "h2":
            put("F2", 10, text, 2)
        elif style == "li":
            for k, line in enumerate(wrap(text, 88)):
                put("F1", 10, ("-   " if k == 0 else "    ") + line)
        else:
            for line in wrap(text, 95):
                put("F1", 10, line)
    if cur and len(page_lines) < d["pages"]:
        page_lines.append(cur)
    page_lines = page_lines[:max(1, d["pages"])]

    objs: list = []   # bytes of objects 1..n

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    catalog = add(b"")  # placeholder
    pages_obj = add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    info = add(b"<< /Title (" + pdf_text(d["title"][:120]) + b") /Author (ITU-T) /Producer (DPI Atlas bench_corpus)"
               + f" /CreationDate (D:{d['date'].replace('-', '')}01080000Z) >>".encode())
    kids = []
    n_pages = len(page_lines)
    for pno, lines in enumerate(page_lines, 1):
        ops = [b"BT", b"/F1 8 Tf", b"1 0 0 1 56 806 Tm", b"(" + pdf_text(header) + b") Tj", b"ET", b"BT", b"56 770 Td"]
        current = None
        for font, size, text, lead in lines:
            if (font, size) != current:
                ops.append(f"/{font} {size} Tf {int(size * 1.35)} TL".encode())
                current = (font, size)
            for _ in range(lead - 1):
                ops.append(b"T*")
            ops.append(b"(" + pdf_text(text) + b") ' ")
        ops.append(b"ET")
        ops.append(f"BT /F1 9 Tf 290 30 Td ({pno}) Tj ET".encode())
        stream = zlib.compress(b"\n".join(ops), 6)
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        page = add(f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595 842] "
                   f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {content} 0 R >>".encode())
        kids.append(page)
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    objs[pages_obj - 1] = (f"<< /Type /Pages /Count {n_pages} /Kids [" + " ".join(f"{k} 0 R" for k in kids) + "] >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    doc_id = f"{zlib.crc32(d['file'].encode()):08x}" * 4
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info} 0 R /ID [<{doc_id}> <{doc_id}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    d["pages"] = n_pages
    return bytes(out)


# ----------------------------------------------------------------------------------------
# DOCX writer

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>')
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun"/>'
          '<w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:before="120"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:keepNext/><w:spacing w:before="360"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="enumlev1"><w:name w:val="enumlev1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:ind w:left="794" w:hanging="794"/></w:pPr></w:style>'
          '</w:styles>')


def _p(text: str, style: str | None = None, bold: bool = False) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _cell(text: str, width: int, bold: bool = False, span: int = 1) -> str:
    gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{gs}</w:tcPr>{_p(text, bold=bold)}</w:tc>'


def write_docx(d: dict, gen: TextGen) -> bytes:
    parts = []
    if d["kind"] == "recommendation":
        parts.append(_p(f"Recommendation ITU-T {d['identifier']}", bold=True))
        parts.append(_p(d["title"], bold=True))
        parts.append(_p("Summary", bold=True))
        parts.append(_p(gen.paragraph(3)))
    else:
        rows = [f'<w:tr>{_cell("INTERNATIONAL TELECOMMUNICATION UNION", 5669, True)}{_cell(d["identifier"], 3969, True)}</w:tr>',
                f'<w:tr>{_cell("STUDY PERIOD 2025-2028", 5669)}{_cell(d["sg"].replace("SG", "STUDY GROUP "), 3969, True)}</w:tr>']
        for label, value in front_fields(d, gen):
            rows.append(f"<w:tr>{_cell(label, 1701, True)}{_cell(value, 7937)}</w:tr>")
        parts.append(f'<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
                     f'<w:tblGrid><w:gridCol w:w="1701"/><w:gridCol w:w="7937"/></w:tblGrid>{"".join(rows)}</w:tbl>')
    lines = body_lines(d, gen)
    for _ in range(d["pages"] * 9):
        style, text = next(lines)
        if style == "h1":
            parts.append(_p(text, "Heading1"))
        elif style == "h2":
            parts.append(_p(text, "Heading2"))
        elif style == "li":
            parts.append(_p("–\t" + text, "enumlev1"))
        else:
            parts.append(_p(text))
    lang = {"en": "en-US", "fr": "fr-FR", "zh": "zh-CN"}[d["lang"]]
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}"><w:body>'
                + "".join(parts)
                + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" '
                  'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(d["title"])}</dc:title><dc:creator>ITU-T</dc:creator><dc:language>{lang}</dc:language>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{d["date"]}-01T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>')
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("word/document.xml", document), ("word/_rels/document.xml.rels", DOC_RELS),
                           ("word/styles.xml", STYLES), ("docProps/core.xml", core)):
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"), compresslevel=6)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of files to write")
    ap.add_argument("--out", type=Path, required=True, help="output folder (created if needed)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--taxonomy", type=Path, help="taxonomy YAML for the vocabulary (default: pipeline/taxonomy.yaml, else the shared draft)")
    args = ap.parse_args(argv)
    if args.count < 0:
        ap.error("--count must be >= 0")
    t0 = time.time()
    vocab = load_vocabulary(args.taxonomy)
    args.out.mkdir(parents=True, exist_ok=True)
    used: set = set()
    counts = {"pdf": 0, "docx": 0, "broken": 0}
    with open(args.out / "manifest.jsonl", "w", encoding="utf-8") as manifest:
        for i in range(args.count):
            d = make_document(i, args.seed, vocab, used)
            gen = TextGen(d["rng"], d["phrases"], d["lang"])
            data = write_pdf(d, gen) if d["fmt"] == "pdf" else write_docx(d, gen)
            if d["broken"] == "truncated":
                data = data[:int(len(data) * d["rng"].uniform(0.3, 0.7))]
            elif d["broken"] == "empty":
                data = b""
            (args.out / d["file"]).write_bytes(data)
            counts[d["fmt"]] += 1
            counts["broken"] += bool(d["broken"])
            manifest.write(json.dumps({
                "file": d["file"], "format": d["fmt"], "kind": d["kind"], "identifier": d["identifier"],
                "language": d["lang"], "title": d["title"], "date": d["date"], "pages": d["pages"] if d["fmt"] == "pdf" else None,
                "labels": d["labels"], "broken": d["broken"]}, ensure_ascii=False) + "\n")
    dt = time.time() - t0
    print(f"wrote {args.count} files to {args.out} in {dt:.1f}s: {counts['pdf']} PDF, {counts['docx']} DOCX, "
          f"{counts['broken']} broken; manifest.jsonl lists them all", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
