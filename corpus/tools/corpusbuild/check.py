"""Validation of sources (`build.py --check`): front matter, gold, labels, file names, body markup."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from . import markup as mk
from .source import Source, SourceError

TEMPLATES = {"recommendation", "contribution", "td", "liaison", "report", "plain"}
LANGUAGES = {"en", "fr", "zh", "es", "ru", "ar"}
LANG_LETTER = {"en": "E", "fr": "F", "es": "S", "zh": "C", "ru": "R", "ar": "A"}
KINDS = {"recommendation", "amendment", "corrigendum", "erratum", "supplement", "contribution", "td",
         "liaison", "report", "other"}
REC_KINDS = {"recommendation", "amendment", "corrigendum", "erratum", "supplement"}
STATUSES = {"in-force", "superseded", "pre-published"}
FAILURES = {"encrypted", "corrupt", "truncated", "empty", "unsupported"}
GROUPS = {"recommendations", "contributions", "tds", "quirks"}
TOP_KEYS = {"output", "template", "language", "metadata", "cover", "gold", "quirk", "revisions"}
GOLD_KEYS = {"kind", "identifier", "edition", "status", "part", "study_groups", "questions", "language", "title",
             "source", "date", "references", "labels", "failure", "translation_of", "flags"}
METADATA_KEYS = {"title", "author", "subject", "keywords", "description", "last_modified_by", "created",
                 "modified", "revision", "application", "company", "template", "creator", "producer"}
COVER_KEYS = {
    "recommendation": {"number", "edition", "series", "title", "part", "summary", "keywords", "history", "sg",
                       "base_edition", "header", "toc", "series_list"},
    "contribution": {"number", "study_period", "sg", "questions", "working_party", "meeting", "type", "source",
                     "title", "purpose", "contact", "keywords", "abstract", "header", "original", "bar", "date"},
}
COVER_KEYS["td"] = COVER_KEYS["contribution"]
COVER_KEYS["report"] = COVER_KEYS["contribution"]
COVER_KEYS["liaison"] = COVER_KEYS["contribution"] | {"for_action", "for_comment", "for_information", "approval", "deadline"}
COVER_KEYS["plain"] = set()
COVER_REQUIRED = {
    "recommendation": ["number", "edition", "title"],
    "contribution": ["number", "sg", "title", "source"],
    "td": ["number", "sg", "title", "source"],
    "liaison": ["number", "sg", "title", "source"],
    "report": ["number", "sg", "title"],
    "plain": [],
}
QUIRK_TYPES = {"encrypt-user", "encrypt-owner", "truncate", "empty", "pdf-renamed", "zip-not-docx", "legacy-doc",
               "random-bytes", "none"}

REC_FILE = re.compile(r"^T-REC-(?P<id>[A-Z]\.[\w.]+?)-(?P<yyyymm>\d{6})-(?P<status>[ISP])!(?P<part>(?:Amd|Cor|Err|Sup)\d+)?!"
                      r"(?P<fmt>PDF|MSW)-(?P<lang>[EFSCRA])\.(?P<ext>pdf|docx)$")
CONTRIB_FILE = re.compile(r"^T\d{2}-(SG\d{1,2}|TSAG)-C-\d{4}(R\d+)?!!(?P<fmt>MSW|PDF)-(?P<lang>[EFSCRA])\.(?P<ext>docx|pdf)$")
TD_FILE = re.compile(r"^T\d{2}-(SG\d{1,2}|TSAG)-\d{6}-TD-(PLEN|GEN|WP\d)-\d{4}(R\d+)?!!(?P<fmt>MSW|PDF)-(?P<lang>[EFSCRA])\.(?P<ext>docx|pdf)$")
REFERENCE = re.compile(r"^(ITU-T [A-Z]\.[\w.]+( (Amd|Cor|Err|Suppl) \d+)?|ITU-T [A-Z]\.Sup\d+|ITU-T [A-Z] Suppl\. \d+|ISO/IEC( TS| TR)? [\d-]+(:\d{4})?|ISO( TS| TR)? [\d-]+(:\d{4})?"
                       r"|IETF RFC \d+|W3C [A-Z][\w.-]*|ETSI (EN|TS|TR|ES) [\d -]+|IEEE [\w.-]+|ITU-R [A-Z]+\.[\w.]+|ITU-D .+|GovStack .+|3GPP (TS|TR) [\d.]+|IEC [\d-]+|ISO/IEC/IEEE [\d-]+|NIST .+|EMVCo .+|OpenID .+|FIDO .+"
                       r"|HL7 [A-Z][\w .-]*|ISO/(TS|TR|IEEE) [\d-]+(:\d{4})?|CISPR \d+(-\d+)?|GSMA [A-Z]+\.\d+|ITU-T [A-Z]\.[\d.]+ (bis|ter)"
                       r"|T\d{2}-(SG\d{1,2}|TSAG)-C-\d{4}(R\d+)?|T\d{2}-(SG\d{1,2}|TSAG)-\d{6}-TD-(PLEN|GEN|WP\d)-\d{4}(R\d+)?)$")
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
EDITION = re.compile(r"^(0[1-9]|1[0-2])/\d{4}$")


def load_taxonomy(repo_root: Path, shared_root: Path | None) -> tuple:
    """Return (ids -> parent id or None, path used). pipeline/taxonomy.yaml wins over the draft."""
    candidates = [repo_root / "pipeline" / "taxonomy.yaml"]
    if shared_root:
        candidates.append(shared_root / "research" / "dpi-taxonomy-draft.yaml")
    for path in candidates:
        if not path.exists():
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        roots = None
        if isinstance(data, dict):
            for key in ("taxonomy", "topics", "categories", "nodes"):
                if isinstance(data.get(key), list):
                    roots = data[key]
                    break
        elif isinstance(data, list):
            roots = data
        if roots is None:
            continue
        ids: dict = {}

        def walk(node, parent):
            if isinstance(node, dict):
                nid = node.get("id")
                if isinstance(nid, str):
                    ids[nid] = parent
                    parent_for_children = nid
                else:
                    parent_for_children = parent
                for key, value in node.items():
                    if isinstance(value, list) and key not in ("keywords", "govstack_bbs", "exclusions", "acronyms"):
                        for item in value:
                            walk(item, parent_for_children)

        for node in roots:
            walk(node, None)
        if ids:
            return ids, path
    return {}, None


class Report:
    def __init__(self):
        self.errors: list = []
        self.warnings: list = []

    def error(self, src: Source | str, key_or_line, message: str) -> None:
        if isinstance(src, Source):
            self.errors.append(str(src.error(key_or_line, message)))
        else:
            self.errors.append(f"{src}:{key_or_line or 1}: {message}")

    def warn(self, src: Source, key_or_line, message: str) -> None:
        self.warnings.append(str(src.error(key_or_line, message)))


def check_source(src: Source, taxonomy: dict, report: Report) -> list | None:
    """Validate one source; return its parsed blocks (or None if the body does not parse)."""
    m = src.meta
    for key in m:
        if key not in TOP_KEYS:
            report.warn(src, key, f"unknown front-matter key '{key}' (known: {', '.join(sorted(TOP_KEYS))})")
    group = src.group
    if group not in GROUPS:
        report.error(src, 1, f"source must be in corpus/src/<group>/ with group one of {sorted(GROUPS)}")
    out = m.get("output")
    if not out or not isinstance(out, str):
        report.error(src, "output", "'output' is missing (path under corpus/, e.g. recommendations/T-REC-...pdf)")
    else:
        if out.startswith("/") or ".." in Path(out).parts or out.startswith("corpus/"):
            report.error(src, "output", f"'output' must be a path relative to corpus/ without '..' (got {out!r})")
        parts = Path(out).parts
        if len(parts) != 2 or parts[0] != group:
            report.error(src, "output", f"'output' must be {group}/<file name> for a source in src/{group}/ (got {out!r})")
        ext = Path(out).suffix.lower()
        if group != "quirks" and ext not in (".pdf", ".docx"):
            report.error(src, "output", f"output extension must be .pdf or .docx (got {ext or 'none'})")
        name = Path(out).name
        lang = src.language
        pattern = {"recommendations": REC_FILE, "contributions": CONTRIB_FILE, "tds": TD_FILE}.get(group)
        if pattern:
            fm = pattern.match(name)
            if not fm:
                report.warn(src, "output", f"file name {name!r} does not follow the ITU naming of {group} (see FORMAT.md)")
            else:
                if fm.group("lang") != LANG_LETTER.get(lang, "?"):
                    report.error(src, "output", f"file name language letter -{fm.group('lang')} does not match language: {lang}")
                if (fm.group("fmt") == "PDF") != (fm.group("ext") == "pdf"):
                    report.error(src, "output", f"file name says {fm.group('fmt')} but the extension is .{fm.group('ext')}")
                if group == "recommendations":
                    g = src.gold
                    status_letter = {"in-force": "I", "superseded": "S", "pre-published": "P"}.get(g.get("status"))
                    if status_letter and status_letter != fm.group("status"):
                        report.error(src, "gold.status", f"gold status {g.get('status')} does not match the file name letter {fm.group('status')}")
                    ed = str(g.get("edition") or "")
                    if EDITION.match(ed) and ed[3:] + ed[:2] != fm.group("yyyymm"):
                        report.error(src, "gold.edition", f"gold edition {ed} does not match the file name date {fm.group('yyyymm')}")
    tpl = m.get("template", "plain")
    if tpl not in TEMPLATES:
        report.error(src, "template", f"unknown template {tpl!r} (one of {', '.join(sorted(TEMPLATES))})")
        tpl = "plain"
    lang = m.get("language")
    if lang not in LANGUAGES:
        report.error(src, "language", f"'language' must be one of {', '.join(sorted(LANGUAGES))} (got {lang!r})")
    md = m.get("metadata")
    if md is not None:
        if not isinstance(md, dict):
            report.error(src, "metadata", "'metadata' must be a mapping")
        else:
            for key in md:
                if key not in METADATA_KEYS:
                    report.warn(src, f"metadata.{key}", f"unknown metadata key '{key}' (known: {', '.join(sorted(METADATA_KEYS))})")
    cover = m.get("cover")
    if cover is not None and not isinstance(cover, dict):
        report.error(src, "cover", "'cover' must be a mapping")
        cover = {}
    cover = cover or {}
    for key in COVER_REQUIRED.get(tpl, []):
        if cover.get(key) in (None, ""):
            report.error(src, "cover", f"template {tpl} needs cover.{key}")
    known = COVER_KEYS.get(tpl, set())
    for key in cover:
        if key not in known:
            report.warn(src, f"cover.{key}", f"cover.{key} is not used by template {tpl}")
    if tpl == "recommendation":
        ed = str(cover.get("edition") or "")
        if ed and not EDITION.match(ed):
            report.error(src, "cover.edition", f"cover.edition must be MM/YYYY (got {ed!r})")
        hist = cover.get("history")
        if hist is not None and (not isinstance(hist, list) or not all(isinstance(h, dict) for h in hist)):
            report.error(src, "cover.history", "cover.history must be a list of {edition, number, approval, study_group, unique_id}")
    # quirk
    q = m.get("quirk")
    if q is not None:
        qt = q if isinstance(q, str) else (q.get("type") if isinstance(q, dict) else None)
        if qt not in QUIRK_TYPES:
            report.error(src, "quirk", f"quirk type must be one of {', '.join(sorted(QUIRK_TYPES))} (got {qt!r})")
        if group != "quirks":
            report.error(src, "quirk", "'quirk' is only allowed for sources in src/quirks/")
    check_gold(src, taxonomy, report)
    try:
        blocks, _ = mk.parse_body(src.body, src.rel)
    except SourceError as exc:
        report.errors.append(str(exc))
        return None
    if tpl != "plain" and group != "quirks" and not any(isinstance(b, (mk.Para, mk.Heading)) for b in blocks):
        report.warn(src, 1, "the body has no text")
    return blocks


def check_gold(src: Source, taxonomy: dict, report: Report) -> None:
    g = src.meta.get("gold")
    if not isinstance(g, dict):
        report.error(src, "gold", "'gold' is missing or not a mapping (see 'Gold' in FORMAT.md)")
        return
    for key in g:
        if key not in GOLD_KEYS:
            report.warn(src, f"gold.{key}", f"unknown gold field '{key}'")
    kind = g.get("kind")
    if kind not in KINDS:
        report.error(src, "gold.kind", f"gold.kind must be one of {', '.join(sorted(KINDS))} (got {kind!r})")
    failure = g.get("failure")
    if failure is not None and failure not in FAILURES:
        report.error(src, "gold.failure", f"gold.failure must be null or one of {', '.join(sorted(FAILURES))}")
    if "labels" not in g:
        report.error(src, "gold", "gold.labels is missing ([] means not DPI)")
    labels = g.get("labels") or []
    if not isinstance(labels, list):
        report.error(src, "gold.labels", "gold.labels must be a list")
        labels = []
    for lab in labels:
        if taxonomy and lab not in taxonomy:
            report.error(src, "gold.labels", f"label {lab!r} is not a taxonomy id")
        elif taxonomy and taxonomy.get(lab) and taxonomy[lab] not in labels:
            report.warn(src, "gold.labels", f"label {lab!r} is given without its top-level topic {taxonomy[lab]!r}")
    if len(set(labels)) != len(labels):
        report.warn(src, "gold.labels", "duplicate labels")
    if failure is None:
        if kind in REC_KINDS | {"contribution", "td", "liaison", "report"} and not g.get("identifier"):
            report.error(src, "gold.identifier", f"gold.identifier is required for kind {kind}")
        if not g.get("title"):
            report.error(src, "gold.title", "gold.title is required")
    if kind in REC_KINDS:
        ed = str(g.get("edition") or "")
        if not EDITION.match(ed):
            report.error(src, "gold.edition", f"gold.edition must be MM/YYYY for kind {kind} (got {ed!r})")
        if g.get("status") not in STATUSES:
            report.error(src, "gold.status", f"gold.status must be one of {', '.join(sorted(STATUSES))} for kind {kind}")
    if g.get("language") and g.get("language") != src.meta.get("language"):
        report.error(src, "gold.language", f"gold.language {g.get('language')!r} differs from language {src.meta.get('language')!r}")
    date = g.get("date")
    if date is not None and not DATE.match(str(date)):
        report.error(src, "gold.date", f"gold.date must be YYYY-MM or YYYY-MM-DD (got {date!r})")
    for key in ("study_groups", "questions", "references", "flags"):
        v = g.get(key)
        if v is not None and not isinstance(v, list):
            report.error(src, f"gold.{key}", f"gold.{key} must be a list")
    for sg in g.get("study_groups") or []:
        if not re.match(r"^(SG\d{1,2}|TSAG)$", str(sg)):
            report.error(src, "gold.study_groups", f"study group {sg!r} must look like SG17 or TSAG")
    for q in g.get("questions") or []:
        if not re.match(r"^Q\d{1,2}/\d{1,2}$", str(q)):
            report.error(src, "gold.questions", f"question {q!r} must look like Q10/17")
    for ref in g.get("references") or []:
        if not REFERENCE.match(str(ref)):
            report.warn(src, "gold.references", f"reference {ref!r} is not in a canonical form (ITU-T X.509, ITU-T X.1281 Amd 1, ISO/IEC 27001, IETF RFC 6749, ...)")


def check_all(sources: list, taxonomy: dict, report: Report) -> dict:
    """Check every source plus cross-file rules. Returns {rel: blocks} for sources whose body parsed."""
    parsed = {}
    outputs: dict = {}
    for src in sources:
        blocks = check_source(src, taxonomy, report)
        if blocks is not None:
            parsed[src.rel] = blocks
        out = src.meta.get("output")
        if isinstance(out, str):
            if out in outputs:
                report.error(src, "output", f"output {out!r} is also produced by {outputs[out].rel}")
            outputs[out] = src
    for src in sources:
        t = (src.meta.get("gold") or {}).get("translation_of") if isinstance(src.meta.get("gold"), dict) else None
        if t and t not in outputs:
            report.error(src, "gold.translation_of", f"translation_of {t!r} is not the output of any source")
    return parsed
