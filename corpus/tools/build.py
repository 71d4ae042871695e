#!/usr/bin/env python3
"""Build the DPI Atlas sample corpus from corpus/src/**/*.md (format: corpus/FORMAT.md).

    python3 corpus/tools/build.py                 # build everything, write corpus/gold/*.jsonl
    python3 corpus/tools/build.py --only X.1281   # build the sources whose path or output contains X.1281
    python3 corpus/tools/build.py --check         # validate all sources, build nothing

Exit codes: 0 success; 1 a source has errors or a file could not be built; 2 bad usage or a
missing tool.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpusbuild import markup as mk  # noqa: E402
from corpusbuild.check import Report, check_all, load_taxonomy  # noqa: E402
from corpusbuild.convert import (ToolError, encrypt_pdf, finalize_pdf, find_sentinel_pages,  # noqa: E402
                                 pdf_page_count, pdf_pages_text, rasterize_pages, soffice_convert)
from corpusbuild.render import SENTINEL_BODY, Renderer, sentinel_heading  # noqa: E402
from corpusbuild.source import SourceError, load_source  # noqa: E402

TOOLS = Path(__file__).resolve().parent
CORPUS = TOOLS.parent
REPO = CORPUS.parent
SHARED = Path(os.environ.get("DPI_SHARED", REPO.parent / "shared"))

GOLD_FIELDS = ["kind", "identifier", "edition", "status", "part", "study_groups", "questions", "language", "title",
               "source", "date", "references", "labels", "failure", "translation_of", "flags"]
LIST_FIELDS = {"study_groups", "questions", "references", "labels", "flags"}
NO_RENDER = {"empty", "random-bytes", "zip-not-docx"}


@dataclass
class Job:
    src: object
    blocks: list
    output: Path                       # final path under corpus/
    base_fmt: str | None               # "pdf" | "docx" | None (nothing to render)
    quirk: dict | None
    work: Path
    toc: bool = False
    toc_pages: dict = field(default_factory=dict)
    base: Path | None = None           # the rendered file before quirk transforms
    error: str | None = None

    @property
    def name(self) -> str:
        return re.sub(r"[^A-Za-z0-9._-]+", "_", Path(self.src.rel).stem)


def log(msg: str) -> None:
    print(msg, flush=True)


def discover(only: str | None) -> list:
    files = sorted((CORPUS / "src").rglob("*.md"))
    return [f for f in files if f.name.lower() not in ("readme.md",)]


def needs_toc(src, blocks) -> bool:
    if src.template != "recommendation" or src.cover.get("toc") is False:
        return False
    return sum(1 for b in blocks if isinstance(b, mk.Heading) and b.level <= 2) >= 4


def base_format(src) -> str | None:
    q = src.quirk or {}
    t = q.get("type")
    ext = Path(src.output).suffix.lower().lstrip(".")
    if t in NO_RENDER:
        return None
    if t in ("encrypt-user", "encrypt-owner", "pdf-renamed"):
        return "pdf"
    if t == "legacy-doc":
        return "docx"
    if t == "truncate":
        return str(q.get("base") or ext)
    return ext


def features_of(blocks: list, src) -> list:
    feats = set()

    def scan(inlines):
        for n in inlines:
            if isinstance(n, mk.Text):
                if n.ins or n.dele:
                    feats.add("tracked-changes")
                if re.search("[\ufb00-\ufb06]", n.text):
                    feats.add("ligature-characters")
                if "\u00ad" in n.text:
                    feats.add("soft-hyphens")
            elif isinstance(n, mk.Footnote):
                feats.add("footnotes")
                scan(n.children)
            elif isinstance(n, mk.Comment):
                feats.add("comments")
            elif isinstance(n, mk.TextBox):
                feats.add("textboxes")
                scan(n.children)
            elif isinstance(n, mk.Control):
                feats.add("content-controls")
                scan(n.children)

    for b in blocks:
        if isinstance(b, (mk.Heading, mk.Para, mk.ListItem)):
            scan(b.inlines)
        elif isinstance(b, mk.Table):
            feats.add("tables")
            for row in b.rows:
                for cell in row:
                    scan(cell)
        elif isinstance(b, mk.Columns) and b.count > 1:
            feats.add("multi-column")
        elif isinstance(b, mk.ImageOnly):
            feats.add("image-only-page")
    fmt = Path(src.output).suffix.lower()
    if fmt == ".pdf" or base_format(src) == "pdf":
        # DOCX-only features disappear from PDFs (tracked changes are accepted, comments dropped)
        feats.discard("comments")
        if "tracked-changes" in feats:
            feats.discard("tracked-changes")
        if src.template == "recommendation":
            feats.update({"running-headers", "table-of-contents"} if needs_toc(src, blocks) else {"running-headers"})
    else:
        feats.discard("image-only-page")
    if src.template in ("contribution", "td", "liaison", "report"):
        feats.add("front-page-table")
    return sorted(feats)


def content_type(src) -> str:
    q = (src.quirk or {}).get("type")
    if q == "empty":
        return "empty"
    if q == "random-bytes":
        return "unknown"
    if q == "zip-not-docx":
        return "zip"
    if q == "legacy-doc":
        return "doc"
    if q in ("encrypt-user", "encrypt-owner", "pdf-renamed"):
        return "pdf"
    return base_format(src) or "unknown"


def norm_field(key, value):
    if key in LIST_FIELDS:
        if value is None:
            return []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def gold_record(src, blocks) -> dict:
    g = src.gold
    rec = {"file": src.output}
    for key in GOLD_FIELDS:
        rec[key] = norm_field(key, g.get(key))
    if blocks and any(isinstance(b, mk.ImageOnly) for b in blocks) and base_format(src) == "pdf" \
            and "needs-ocr" not in rec["flags"]:
        rec["flags"].append("needs-ocr")
    rec["format"] = Path(src.output).suffix.lower().lstrip(".")
    rec["content_type"] = content_type(src)
    rec["features"] = features_of(blocks or [], src)
    pages = None
    path = CORPUS / src.output
    if rec["content_type"] == "pdf" and rec["failure"] is None and path.exists():
        pages = pdf_page_count(path)
    rec["pages"] = pages
    rec["src"] = src.rel
    return rec


# ----------------------------------------------------------------------------------------


def render_docx(job: Job, mode: str, dest: Path) -> None:
    Renderer(job.src, job.blocks, mode, job.toc_pages).render().write(dest)


def compute_toc_pages(job: Job, probe_pdf: Path) -> dict:
    pages = pdf_pages_text(probe_pdf)
    found = find_sentinel_pages(pages, r"QQ(?:H\d{4}|BODY)QQ")
    body = found.get(SENTINEL_BODY)
    if body is None:
        raise ToolError("the probe rendering has no body marker (cannot number the table of contents)")
    toc = {}
    for i, b in enumerate(job.blocks):
        p = found.get(sentinel_heading(i))
        if p is not None:
            toc[i] = p - body + 1
    return toc


def build_jobs(jobs: list, njobs: int) -> None:
    t0 = time.time()
    # 1. probe pass for tables of contents
    probes = {}
    for job in jobs:
        if job.toc and job.base_fmt in ("pdf", "docx"):
            path = job.work / f"{job.name}.probe.docx"
            try:
                render_docx(job, "probe", path)
                probes[path] = job
            except Exception as exc:  # noqa: BLE001 - a bad source must not stop the others
                job.error = f"render (probe): {exc}"
    if probes:
        log(f"  probe pass: converting {len(probes)} file(s) to find page numbers for the tables of contents")
        res = soffice_convert(list(probes), probes_dir(jobs), "pdf", njobs)
        for path, job in probes.items():
            if res.get(path) is None:
                job.error = "LibreOffice failed on the probe rendering"
                continue
            try:
                job.toc_pages = compute_toc_pages(job, res[path])
            except ToolError as exc:
                job.error = str(exc)
    # 2. final rendering
    to_pdf = {}
    for job in jobs:
        if job.error or job.base_fmt is None:
            continue
        try:
            if job.base_fmt == "docx":
                job.base = job.work / f"{job.name}.docx"
                render_docx(job, "docx", job.base)
            elif job.base_fmt == "pdf":
                path = job.work / f"{job.name}.pdf.docx"
                render_docx(job, "pdf", path)
                to_pdf[path] = job
            else:
                job.error = f"cannot render format {job.base_fmt!r}"
        except Exception as exc:  # noqa: BLE001
            job.error = f"render: {exc}"
    if to_pdf:
        log(f"  converting {len(to_pdf)} file(s) to PDF with LibreOffice ({njobs} parallel)")
        outdir = jobs[0].work.parent / "pdf"
        res = soffice_convert(list(to_pdf), outdir, "pdf", njobs)
        for path, job in to_pdf.items():
            raw = res.get(path)
            if raw is None:
                job.error = "LibreOffice could not convert the rendered DOCX to PDF"
                continue
            try:
                job.base = postprocess_pdf(job, raw)
            except ToolError as exc:
                job.error = str(exc)
    # 3. legacy .doc conversions
    docs = {job.base: job for job in jobs if not job.error and (job.quirk or {}).get("type") == "legacy-doc"}
    if docs:
        res = soffice_convert(list(docs), jobs[0].work.parent / "doc", "doc:MS Word 97", njobs)
        for path, job in docs.items():
            if res.get(path) is None:
                job.error = "LibreOffice could not write the legacy .doc"
            else:
                job.base = res[path]
    # 4. quirks and final placement; every intact DOCX is read back with python-docx as a smoke test
    for job in jobs:
        if job.error:
            continue
        try:
            place(job)
            if content_type(job.src) == "docx" and (job.quirk or {}).get("type") != "truncate":
                read_back_docx(job.output)
        except (ToolError, OSError) as exc:
            job.error = str(exc)
    log(f"  rendered in {time.time() - t0:.1f}s")


def read_back_docx(path: Path) -> None:
    try:
        import docx  # python-docx
    except ImportError:
        return
    try:
        doc = docx.Document(str(path))
        _ = [p.text for p in doc.paragraphs], doc.core_properties.title
    except Exception as exc:  # noqa: BLE001 - any failure means the DOCX is broken
        raise ToolError(f"python-docx cannot read the built DOCX: {exc}") from None


def probes_dir(jobs: list) -> Path:
    return jobs[0].work.parent / "probe"


def postprocess_pdf(job: Job, raw: Path) -> Path:
    out = job.work / f"{job.name}.pdf"
    current = raw
    n_images = sum(1 for b in job.blocks if isinstance(b, mk.ImageOnly))
    if n_images:
        found = find_sentinel_pages(pdf_pages_text(raw), r"QQIMG\d{2}QQ")
        if len(found) != n_images:
            raise ToolError(f"found {len(found)} of {n_images} image-only markers in the PDF")
        rasterized = job.work / f"{job.name}.raster.pdf"
        rasterize_pages(raw, list(found.values()), rasterized, job.work)
        current = rasterized
    md = job.src.metadata
    date = str(md.get("created") or job.src.gold.get("date") or "2024-01-01")
    digits = re.sub(r"\D", "", date)[:8].ljust(8, "0")
    if digits[6:8] == "00":
        digits = digits[:6] + "01"
    stamp = f"D:{digits}080000Z"
    mod = re.sub(r"\D", "", str(md.get("modified") or ""))[:8]
    info = {
        "/Title": md.get("title"), "/Author": md.get("author"), "/Subject": md.get("subject"),
        "/Keywords": "; ".join(md["keywords"]) if isinstance(md.get("keywords"), list) else md.get("keywords"),
        "/Creator": md.get("creator"), "/Producer": md.get("producer"),
        "/CreationDate": stamp, "/ModDate": f"D:{mod}080000Z" if len(mod) == 8 else stamp,
    }
    finalize_pdf(current, out, {k: (str(v) if v is not None else None) for k, v in info.items()})
    return out


def place(job: Job) -> None:
    q = job.quirk or {}
    t = q.get("type")
    tmp = job.work / f"{job.name}.final"
    if t == "empty":
        tmp.write_bytes(b"")
    elif t == "random-bytes":
        rng = random.Random(int(q.get("seed", 20260408)))
        data = bytes(rng.getrandbits(8) for _ in range(int(q.get("size", 8192))))
        if data[:4] in (b"%PDF", b"PK\x03\x04"):
            data = b"\x00" + data[1:]
        tmp.write_bytes(data)
    elif t == "zip-not-docx":
        text = "\n".join(line for _, line in job.src.body).strip() + "\n"
        files = q.get("files") or {"notes.txt": text,
                                   "data/readings.csv": "site,date,value\nA,2025-01-01,3\nB,2025-01-02,5\n"}
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            for name in sorted(files):
                info = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, str(files[name]).encode("utf-8"))
    elif t == "encrypt-user":
        encrypt_pdf(job.base, tmp, str(q.get("user_password", "atlas-user")), str(q.get("owner_password", "atlas-owner")), True)
    elif t == "encrypt-owner":
        encrypt_pdf(job.base, tmp, "", str(q.get("owner_password", "atlas-owner")), True)
    elif t == "truncate":
        data = job.base.read_bytes()
        n = int(q["bytes"]) if q.get("bytes") else int(len(data) * float(q.get("keep", 0.5)))
        tmp.write_bytes(data[:n])
    else:
        shutil.copyfile(job.base, tmp)
    job.output.parent.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, job.output)


# ----------------------------------------------------------------------------------------


def print_stats(records: list) -> None:
    taxonomy, _ = load_taxonomy(REPO, SHARED)
    total = len(records)
    ok = [r for r in records if r["failure"] is None]

    def show(title, counter):
        items = ", ".join(f"{k}: {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
        log(f"  {title:<16} {items}")

    log(f"\nCorpus: {total} files ({len(ok)} extractable, {total - len(ok)} expected to fail)")
    show("kind", collections.Counter(r["kind"] for r in records))
    show("format", collections.Counter(r["format"] for r in records))
    show("language", collections.Counter(r["language"] or "-" for r in records))
    show("failure", collections.Counter(r["failure"] for r in records if r["failure"]))
    topics = collections.Counter()
    for r in ok:
        tops = set()
        for lab in r["labels"]:
            parent = taxonomy.get(lab)
            tops.add(parent or lab)
        topics.update(tops)
    show("top-level topic", topics)
    if taxonomy:
        missing = sorted(k for k, v in taxonomy.items() if v is None and topics.get(k, 0) < 3)
        if missing:
            log(f"  {'<3 documents':<16} {', '.join(missing)}")
    not_dpi = sum(1 for r in ok if not r["labels"])
    share = not_dpi / len(ok) if ok else 0
    log(f"  {'not DPI':<16} {not_dpi} of {len(ok)} extractable ({share:.0%})")
    pages = [r["pages"] for r in records if r["pages"]]
    if pages:
        log(f"  {'PDF pages':<16} {sum(pages)} in {len(pages)} PDFs (max {max(pages)})")


def write_gold(records: list) -> None:
    gold = CORPUS / "gold"
    gold.mkdir(exist_ok=True)
    records = sorted(records, key=lambda r: r["file"])
    with open(gold / "documents.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(gold / "labels.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            if r["failure"] is None:
                fh.write(json.dumps({"id": r["file"], "title": r["title"], "file": f"corpus/{r['file']}",
                                     "labels": r["labels"]}, ensure_ascii=False) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--only", metavar="SUBSTRING", action="append",
                    help="build only sources whose path or output contains SUBSTRING (repeatable)")
    ap.add_argument("--check", action="store_true", help="validate all sources and exit without building")
    ap.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)),
                    help="parallel LibreOffice processes (default: CPUs, at most 4)")
    ap.add_argument("--keep-temp", action="store_true", help="keep the temporary build folder and print its path")
    ap.add_argument("--no-gold", action="store_true", help="do not rewrite corpus/gold/*.jsonl")
    ap.add_argument("--strict", action="store_true", help="with --check, treat warnings as errors")
    args = ap.parse_args(argv)

    taxonomy, tax_path = load_taxonomy(REPO, SHARED)
    if not taxonomy:
        log("warning: no taxonomy found (pipeline/taxonomy.yaml or the shared draft); label ids are not checked")
    sources, report = [], Report()
    for path in discover(None):
        try:
            sources.append(load_source(path, CORPUS))
        except SourceError as exc:
            report.errors.append(str(exc))
    parsed = check_all(sources, taxonomy, report)
    for w in report.warnings:
        log(f"warning: {w}")
    for e in report.errors:
        log(f"error: {e}")
    bad_files = {e.split(":", 1)[0] for e in report.errors}
    if args.check:
        where = tax_path.relative_to(REPO.parent) if tax_path and REPO.parent in tax_path.parents else tax_path
        log(f"checked {len(sources)} source(s) against taxonomy {where}: "
            f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)")
        return 1 if report.errors or (args.strict and report.warnings) else 0

    selected = [s for s in sources if s.rel in parsed and s.rel not in bad_files]
    if args.only:
        selected = [s for s in selected if any(o in s.rel or o in s.output for o in args.only)]
        if not selected:
            log(f"no valid source matches {args.only}")
            return 1
    tmp_root = Path(tempfile.mkdtemp(prefix="corpus-build-"))
    jobs = []
    for s in selected:
        work = tmp_root / "work"
        work.mkdir(exist_ok=True)
        blocks = parsed[s.rel]
        jobs.append(Job(src=s, blocks=blocks, output=CORPUS / s.output, base_fmt=base_format(s),
                        quirk=s.quirk, work=work, toc=needs_toc(s, blocks)))
    log(f"building {len(jobs)} of {len(sources)} source(s) in {tmp_root}")
    try:
        build_jobs(jobs, args.jobs)
    except ToolError as exc:
        log(f"error: {exc}")
        return 2
    failed = [j for j in jobs if j.error]
    for j in jobs:
        status = f"FAILED: {j.error}" if j.error else "ok"
        log(f"  {j.src.output:<70} {status}")
    if not args.keep_temp:
        shutil.rmtree(tmp_root, ignore_errors=True)
    else:
        log(f"temporary files kept in {tmp_root}")

    # Gold for every valid source whose output exists (so --only does not shrink the gold files)
    records = []
    produced = set()
    for s in sources:
        if s.rel in parsed and s.rel not in bad_files and (CORPUS / s.output).exists():
            records.append(gold_record(s, parsed[s.rel]))
            produced.add(s.output)
    stale = []
    for group in ("recommendations", "contributions", "tds", "quirks"):
        d = CORPUS / group
        if d.is_dir():
            stale += [f"{group}/{p.name}" for p in d.iterdir() if p.is_file() and f"{group}/{p.name}" not in produced]
    for f in sorted(stale):
        log(f"warning: corpus/{f} is not produced by any valid source (stale? delete it)")
    if not args.no_gold:
        write_gold(records)
        log(f"wrote corpus/gold/documents.jsonl ({len(records)} lines) and corpus/gold/labels.jsonl")
    print_stats(records)
    if failed or report.errors:
        log(f"\n{len(failed)} file(s) failed to build, {len(report.errors)} source error(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
