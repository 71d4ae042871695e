"""Render a parsed source (front matter + blocks) into a DOCX package, with the ITU templates."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass

from . import markup as mk
from .l10n import words
from .ooxml import (COL_GAP, TEXT_W, Cell, Package, ParaProps, RunProps, Section, app_xml, attr,
                    core_xml, document_xml, esc, field_runs, font_table_xml, hdr_xml, numbering_xml,
                    paragraph, settings_xml, styles_xml, table, text_run)

CT = "application/vnd.openxmlformats-officedocument."
SENTINEL_BODY = "QQBODYQQ"


def _pdf_font() -> str | None:
    if os.environ.get("CORPUS_PDF_FONT"):
        return os.environ["CORPUS_PDF_FONT"]
    try:
        out = subprocess.run(["fc-list", ":family=DejaVu Serif Condensed"], capture_output=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return "DejaVu Serif Condensed" if out.strip() else None


PDF_FONT = _pdf_font()


def _cjk_font() -> str | None:
    try:
        out = subprocess.run(["fc-list", ":family=Noto Serif CJK SC"], capture_output=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return "Noto Serif CJK SC" if out.strip() else None


PDF_CJK_FONT = _cjk_font()


def sentinel_heading(i: int) -> str:
    return f"QQH{i:04d}QQ"


def sentinel_image(i: int) -> str:
    return f"QQIMG{i:02d}QQ"


_CLAUSE = re.compile(r"^((?:\d+|[A-Z]|[IVXL]+)(?:\.\d+)+|\d+)\.?\s+(\S.*)$")
_ANNEX = re.compile(r"^(Annex|Appendix|Annexe|Appendice|Anexo|Apéndice|Приложение|Дополнение|附件|附录)\s*"
                    r"([A-Z]|[IVXL]+|\d+)\b[\s:.–—-]*(.*)$")
_CAPTION = re.compile(r"^(Table|Figure|Tableau|Cuadro|Figura|Таблица|Рисунок|表|图)\s*[A-Z]?[\dIVX.-]*\s*[–—-]")
_NOTE = re.compile(r"^(NOTE|Note|NOTA|ПРИМЕЧАНИЕ|注)(\s+\d+)?\s*[–—:-]")


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def _as_text(value, sep: str = ", ") -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return sep.join(str(v) for v in value)
    return str(value)


@dataclass
class Item:
    content: str
    pp: ParaProps | None = None
    raw: bool = False


@dataclass
class TocEntry:
    level: int
    number: str
    title: str
    index: int


class Renderer:
    """One source rendered in one mode: "docx" (revisions kept), "pdf" (changes accepted) or "probe"
    (like pdf, plus sentinels that let the build find the page of each heading)."""

    def __init__(self, src, blocks: list, mode: str = "docx", toc_pages: dict | None = None):
        self.src = src
        self.blocks = blocks
        self.mode = mode
        self.accepted = mode in ("pdf", "probe")
        self.probe = mode == "probe"
        self.toc_pages = toc_pages or {}
        self.lang = src.language
        self.w = words(self.lang)
        self.cover = src.cover
        self.template = src.template
        self.items: list = []
        self.pkg = Package()
        self.footnotes: list = []
        self.comments: list = []
        self.headers = 0
        self.footers = 0
        self.rev_id = 100
        self.shape_id = 1
        self.sdt_id = 1000
        self.image_pages = 0
        self.cols = 1
        self.has_revisions = False
        self.section = Section(rtl=self.lang == "ar")
        rev = src.meta.get("revisions") or {}
        md = src.metadata
        date = str(src.gold.get("date") or "2024-01-01")
        if len(date) == 7:
            date += "-01"
        self.rev_author = str(rev.get("author") or md.get("author") or md.get("last_modified_by") or "Author")
        self.rev_date = str(rev.get("date") or f"{date[:10]}T09:00:00Z")
        self.comment_author = str(rev.get("comment_author") or self.rev_author)
        self.toc_entries = self._collect_toc()

    # ------------------------------------------------------------------------------------
    # Low-level emitters

    def p(self, content: str = "", **kw) -> None:
        self.items.append(Item(content, ParaProps(**kw)))

    def raw(self, xml: str) -> None:
        self.items.append(Item(xml, raw=True))

    def t(self, text: str, **kw) -> str:
        return text_run(text, RunProps(**kw) if kw else None)

    def font(self) -> str:
        """DOCX outputs name Times New Roman, as ITU files do. For PDF renderings LibreOffice would
        substitute the much wider DejaVu Serif; DejaVu Serif Condensed is closer to Times metrics."""
        if self.accepted and PDF_FONT:
            return PDF_FONT
        return "Times New Roman"

    def cjk_font(self) -> str:
        """SimSun in DOCX outputs; for PDF renderings the Simplified Chinese Noto face, if installed."""
        if self.accepted and PDF_CJK_FONT:
            return PDF_CJK_FONT
        return "SimSun"

    def width(self) -> int:
        return int((TEXT_W - (self.cols - 1) * COL_GAP) / self.cols)

    def next_rev(self) -> int:
        self.rev_id += 1
        return self.rev_id

    def rev_attrs(self) -> str:
        return f'w:id="{self.next_rev()}" w:author="{attr(self.rev_author)}" w:date="{self.rev_date}"'

    def break_section(self, new: Section) -> None:
        """End the current section at the last paragraph and start `new`."""
        last = self.items[-1] if self.items else None
        if last is None or last.raw or last.pp is None or last.pp.sect:
            self.items.append(Item("", ParaProps(sect=self.section.xml(), before=0)))
        else:
            last.pp.sect = self.section.xml()
        self.section = new

    def add_header(self, paragraphs: str, footer: bool = False) -> str:
        if footer:
            self.footers += 1
            name = f"word/footer{self.footers}.xml"
            self.pkg.add(name, CT + "wordprocessingml.footer+xml", hdr_xml("ftr", paragraphs))
            return self.pkg.relate("footer", name[5:])
        self.headers += 1
        name = f"word/header{self.headers}.xml"
        self.pkg.add(name, CT + "wordprocessingml.header+xml", hdr_xml("hdr", paragraphs))
        return self.pkg.relate("header", name[5:])

    # ------------------------------------------------------------------------------------
    # Inline content

    def inline(self, inlines: list, base: RunProps | None = None) -> str:
        base = base or RunProps()
        out: list = []
        last_text_pos = None
        for node in inlines:
            if isinstance(node, mk.Text):
                if node.dele and self.accepted:
                    continue
                rp = base.merged(bold=base.bold or node.bold, italic=base.italic or node.italic)
                last_text_pos = len(out)
                if node.dele:
                    self.has_revisions = True
                    out.append(f"<w:del {self.rev_attrs()}>{text_run(node.text, rp, deleted=True)}</w:del>")
                elif node.ins and not self.accepted:
                    self.has_revisions = True
                    out.append(f"<w:ins {self.rev_attrs()}>{text_run(node.text, rp)}</w:ins>")
                else:
                    out.append(text_run(node.text, rp))
            elif isinstance(node, mk.Break):
                if node.dele and self.accepted:
                    continue
                out.append("<w:r><w:br/></w:r>")
            elif isinstance(node, mk.Footnote):
                if node.dele and self.accepted:
                    continue
                fid = len(self.footnotes) + 1
                body = self.inline(node.children, RunProps(size=10))
                self.footnotes.append(
                    f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                    f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:tab/></w:r>{body}</w:p></w:footnote>')
                ref = f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'
                if node.ins and not self.accepted:
                    ref = f"<w:ins {self.rev_attrs()}>{ref}</w:ins>"
                elif node.dele:
                    ref = f"<w:del {self.rev_attrs()}>{ref}</w:del>"
                out.append(ref)
            elif isinstance(node, mk.Comment):
                if self.accepted:
                    continue
                cid = len(self.comments)
                self.comments.append(
                    f'<w:comment w:id="{cid}" w:author="{attr(self.comment_author)}" w:date="{self.rev_date}" '
                    f'w:initials="{attr(self._initials(self.comment_author))}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                    f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                    f'{text_run(node.text)}</w:p></w:comment>')
                start = f'<w:commentRangeStart w:id="{cid}"/>'
                if last_text_pos is None:
                    out.append(start)
                else:
                    out.insert(last_text_pos, start)
                out.append(f'<w:commentRangeEnd w:id="{cid}"/>')
                out.append(f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')
            elif isinstance(node, mk.TextBox):
                out.append(self.textbox_run(node.children, base))
            elif isinstance(node, mk.Control):
                self.sdt_id += 1
                out.append(f'<w:sdt><w:sdtPr><w:alias w:val="Text"/><w:tag w:val="atlas-{self.sdt_id}"/>'
                           f'<w:id w:val="{self.sdt_id}"/><w:text/></w:sdtPr><w:sdtContent>'
                           f'{self.inline(node.children, base)}</w:sdtContent></w:sdt>')
        return "".join(out)

    @staticmethod
    def _initials(name: str) -> str:
        return "".join(part[0] for part in re.findall(r"[A-Za-z]+", name)[:3]).upper() or "A"

    def textbox_run(self, children: list, base: RunProps) -> str:
        self.shape_id += 1
        sid = self.shape_id
        content = self.inline(children, base)
        para = f'<w:p><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr>{content}</w:p>'
        text_len = len(mk.plain_text(children))
        width_tw = self.width() - 200
        chars_per_line = max(20, int(width_tw / 110))
        lines = max(1, -(-text_len // chars_per_line)) + mk.plain_text(children).count("\n")
        height_tw = 240 + lines * 290
        cx, cy = width_tw * 635, height_tw * 635
        w_pt, h_pt = width_tw / 20, height_tw / 20
        return (
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
            '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{para}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
            '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict>'
            f'<v:shape id="Text Box {sid}" o:spid="_x0000_s{1024 + sid}" type="#_x0000_t202" '
            f'style="width:{w_pt:.1f}pt;height:{h_pt:.1f}pt;mso-position-horizontal-relative:char;mso-position-vertical-relative:line" '
            'fillcolor="#f2f2f2" strokeweight=".5pt">'
            f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{para}</w:txbxContent></v:textbox>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')

    # ------------------------------------------------------------------------------------
    # Blocks

    def _collect_toc(self) -> list:
        entries = []
        for i, b in enumerate(self.blocks):
            if isinstance(b, mk.Heading) and b.level <= 2:
                text = mk.plain_text(b.inlines).strip()
                if not text:
                    continue
                m = _ANNEX.match(text)
                if m:
                    title = m.group(3).strip()
                    entries.append(TocEntry(1, "", f"{m.group(1)} {m.group(2)}" + (f" – {title}" if title else ""), i))
                    continue
                m = _CLAUSE.match(text)
                if m:
                    entries.append(TocEntry(b.level, m.group(1), m.group(2), i))
                else:
                    entries.append(TocEntry(b.level, "", text, i))
        return entries

    def _para_mark(self, inlines: list) -> str:
        texts = [n for n in inlines if isinstance(n, mk.Text) and n.text.strip()]
        if not texts or self.accepted:
            return ""
        if all(n.ins for n in texts):
            return f"<w:rPr><w:ins {self.rev_attrs()}/></w:rPr>"
        if all(n.dele for n in texts):
            return f"<w:rPr><w:del {self.rev_attrs()}/></w:rPr>"
        return ""

    @staticmethod
    def _fully_deleted(inlines: list) -> bool:
        texts = [n for n in inlines if isinstance(n, mk.Text) and n.text.strip()]
        others = [n for n in inlines if isinstance(n, (mk.TextBox, mk.Control))]
        return bool(texts) and all(n.dele for n in texts) and not others

    def heading(self, b: mk.Heading, index: int) -> None:
        if self.accepted and self._fully_deleted(b.inlines):
            return
        text = mk.plain_text(b.inlines).strip()
        sentinel = ""
        if self.probe:
            sentinel = text_run(sentinel_heading(index), RunProps(size=1, color="FFFFFF"))
        m_annex = _ANNEX.match(text)
        is_rec = self.template == "recommendation"
        if b.level == 1 and (m_annex or text.lower() in ("bibliography", "bibliographie", "参考文献", "bibliografía", "библиография")):
            pb = is_rec
            if m_annex:
                label = f"{m_annex.group(1)} {m_annex.group(2)}"
                title = m_annex.group(3).strip()
                content = sentinel + self.t(label, bold=True)
                if title:
                    content += "<w:r><w:br/></w:r><w:r><w:br/></w:r>" + self._strip_prefix(b.inlines, text, title, RunProps(bold=True))
                self.p(content, style="AnnexNo", page_break_before=pb, mark_rpr=self._para_mark(b.inlines))
                if is_rec and not self._next_is_integral_note(index):
                    key = "annex_note" if m_annex.group(1) in ("Annex", "Annexe", "Anexo", "Приложение", "附件") else "appendix_note"
                    self.p(self.t(self.w[key]), jc="center", keep_next=True, before=240)
                return
            self.p(sentinel + self.inline(b.inlines, RunProps(bold=True)), style="AnnexNo",
                   page_break_before=pb, mark_rpr=self._para_mark(b.inlines))
            return
        style = f"Heading{min(b.level, 4)}"
        m = _CLAUSE.match(text)
        if m and b.inlines and isinstance(b.inlines[0], mk.Text) and b.inlines[0].text.lstrip().startswith(m.group(1)):
            # number, tab, title (as ITU texts are typed)
            first = b.inlines[0]
            rest_text = first.text.lstrip()[len(m.group(1)):].lstrip(". ").lstrip()
            new_first = mk.Text(rest_text, first.bold, first.italic, first.ins, first.dele)
            content = (sentinel + self.inline([mk.Text(m.group(1) + "\t", first.bold, first.italic, first.ins, first.dele)])
                       + self.inline([new_first] + b.inlines[1:]))
        else:
            content = sentinel + self.inline(b.inlines)
        self.p(content, style=style, mark_rpr=self._para_mark(b.inlines))

    def _strip_prefix(self, inlines, full_text, title, rp):
        # Render only the title part of an "Annex A Title" heading; keep it simple: plain title text.
        return self.t(title, bold=True)

    def _next_is_integral_note(self, index: int) -> bool:
        for b in self.blocks[index + 1:index + 3]:
            if isinstance(b, mk.Para):
                txt = mk.plain_text(b.inlines).lower()
                return "integral" in txt or "intégrante" in txt or "组成部分" in txt
        return False

    def para(self, b: mk.Para) -> None:
        if self.accepted and self._fully_deleted(b.inlines):
            return
        if len(b.inlines) == 1 and isinstance(b.inlines[0], mk.Control):
            self.sdt_id += 1
            inner = paragraph(self.inline(b.inlines[0].children), ParaProps())
            self.raw(f'<w:sdt><w:sdtPr><w:alias w:val="Text"/><w:tag w:val="atlas-{self.sdt_id}"/>'
                     f'<w:id w:val="{self.sdt_id}"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')
            return
        text = mk.plain_text(b.inlines).strip()
        kw = {}
        if _CAPTION.match(text):
            kw = {"style": "FigureNoTitle" if re.match(r"^(Figure|Figura|Рисунок|图)", text) else "TableNoTitle"}
        elif _NOTE.match(text):
            kw = {"style": "Note"}
        if self.lang == "ar":
            kw["bidi"] = True
        self.p(self.inline(b.inlines), mark_rpr=self._para_mark(b.inlines), **kw)

    def list_item(self, b: mk.ListItem) -> None:
        if self.accepted and self._fully_deleted(b.inlines):
            return
        rec = self.template == "recommendation"
        lvl = min(b.level, 3)
        if b.kind == "bullet" and not rec:
            self.p(self.inline(b.inlines), style="ListParagraph", num=(1, lvl - 1),
                   ind_left=720 + 360 * (lvl - 1), ind_hanging=360, mark_rpr=self._para_mark(b.inlines))
            return
        if b.kind == "bullet":
            dash = "–" if lvl != 2 else "•"
            content = self.t(dash + "\t") + self.inline(b.inlines)
        else:
            # the number was typed: "1) text" -> "1)<tab>text"
            first = b.inlines[0] if b.inlines else None
            if isinstance(first, mk.Text) and " " in first.text:
                marker, rest = first.text.split(" ", 1)
                nodes = [mk.Text(marker + "\t", first.bold, first.italic, first.ins, first.dele),
                         mk.Text(rest, first.bold, first.italic, first.ins, first.dele)] + b.inlines[1:]
            else:
                nodes = b.inlines
            content = self.inline(nodes)
        self.p(content, style=f"enumlev{lvl}", mark_rpr=self._para_mark(b.inlines))

    def table_block(self, b: mk.Table) -> None:
        rows_in = b.rows
        listing = all(not mk.plain_text(c).strip() for c in rows_in[0]) and len(rows_in) > 1
        if listing:
            # first row empty: a borderless two-column list (references, abbreviations), as in ITU texts
            rows_in = rows_in[1:]
        ncols = max(len(r) for r in rows_in)
        width = self.width()
        # Each column gets at least the width of its longest unbreakable word; the rest of the
        # width is shared in proportion to the longest cell text of each column.
        min_w, longest = [], []
        for c in range(ncols):
            texts = [mk.plain_text(r[c]) for r in rows_in if c < len(r)]
            token = max((len(w) for t in texts for w in t.split()), default=1)
            min_w.append(min(token, 30) * 105 + 230)
            longest.append(max(min(max((len(t) for t in texts), default=1), 80), 3))
        weights = longest
        spare = width - sum(min_w)
        if spare <= 0:
            widths = [int(w * width / sum(min_w)) for w in min_w]
        else:
            widths = [int(m + spare * lg / sum(longest)) for m, lg in zip(min_w, longest)]
        if listing and ncols == 2:
            first = min(max(min_w[0] + 300, 1400), int(width * 0.4))
            widths = [first, width - first]
        rows = []
        for ri, r in enumerate(rows_in):
            cells = []
            for c in range(ncols):
                inl = r[c] if c < len(r) else []
                if listing:
                    content = paragraph(self.inline(inl), ParaProps(before=60, after=0))
                    cells.append(Cell(content, borders="none"))
                    continue
                style = "Tablehead" if ri == 0 else "Tabletext"
                content = paragraph(self.inline(inl), ParaProps(style=style))
                cells.append(Cell(content, shade="D9D9D9" if ri == 0 else None))
            rows.append(cells)
        if listing:
            self.raw(table(rows, widths, borders=False, style=None))
        else:
            self.raw(table(rows, widths, borders=True, header_rows=1, jc="center"))
        self.p("", before=0, after=0, line=240)

    def page_break(self) -> None:
        self.p('<w:r><w:br w:type="page"/></w:r>', before=0)

    def columns(self, b: mk.Columns) -> None:
        if b.count == self.cols:
            return
        self.break_section(Section(cols=b.count, start="continuous", rtl=self.lang == "ar"))
        self.cols = b.count

    def image_only(self, b: mk.ImageOnly) -> None:
        if not self.accepted:
            return  # PDF only
        self.image_pages += 1
        self.p(text_run(sentinel_image(self.image_pages), RunProps(size=1, color="FFFFFF")),
               page_break_before=True, before=0, after=0, line=240)

    def body(self) -> None:
        for i, b in enumerate(self.blocks):
            if isinstance(b, mk.Heading):
                self.heading(b, i)
            elif isinstance(b, mk.Para):
                self.para(b)
            elif isinstance(b, mk.ListItem):
                self.list_item(b)
            elif isinstance(b, mk.Table):
                self.table_block(b)
            elif isinstance(b, mk.PageBreak):
                self.page_break()
            elif isinstance(b, mk.Columns):
                self.columns(b)
            elif isinstance(b, mk.ImageOnly):
                self.image_only(b)

    # ------------------------------------------------------------------------------------
    # Templates

    def rec_labels(self) -> dict:
        c = self.cover
        number = str(c.get("number") or self.src.gold.get("identifier") or "")
        edition = str(c.get("edition") or self.src.gold.get("edition") or "")
        part = str(c.get("part") or "").strip()
        base_ed = str(c.get("base_edition") or "").strip()
        base_year = base_ed[-4:] if base_ed else ""
        w = self.w
        series_letter = number[:1] if number else "X"
        m = re.match(r"^(Amendment|Amd\.?|Corrigendum|Cor\.?|Erratum|Err\.?|Supplement|Suppl?\.?)\s*(\d+)$", part, re.I)
        kind, n = (m.group(1).lower()[:3], m.group(2)) if m else ("", "")
        out = {"number": number, "edition": edition, "part": part, "kind": kind, "n": n}
        if kind == "sup":
            out["big"] = [f"{w['series_word']} {series_letter}", f"{w['supplement_word']} {n}"]
            out["bottom"] = f"{w['series_rec'].format(s=series_letter)} – {w['supplement_word']} {n}"
            out["header"] = f"{series_letter} Suppl. {n} ({edition})"
        elif kind in ("ame", "amd", "cor", "err"):
            word = {"ame": w["amendment"], "amd": w["amendment"], "cor": w["corrigendum"], "err": w["erratum"]}[kind]
            short = {"ame": "Amd", "amd": "Amd", "cor": "Cor", "err": "Err"}[kind]
            base = number + (f" ({base_year})" if base_year else "")
            out["big"] = [number, f"{word} {n}"]
            out["bottom"] = f"{w['rec_of'].format(n=base)} – {word} {n}"
            out["header"] = w["header"].format(n=f"{base}/{short}.{n}", ed=edition)
        else:
            out["big"] = [number]
            out["bottom"] = w["rec_of"].format(n=number)
            out["header"] = w["header"].format(n=number, ed=edition)
        if c.get("header"):
            out["header"] = str(c["header"])
        return out

    def recommendation_front(self) -> None:
        c, w = self.cover, self.w
        lab = self.rec_labels()
        # ---- cover page (no header or footer)
        left = paragraph(self.t(w["itu_name"], size=14, color="1F4E79"), ParaProps(before=0))
        right = (paragraph(self.t(w["itu_t"], bold=True, size=36), ParaProps(jc="right", before=0))
                 + paragraph(self.t(w["sector_rec"], size=9), ParaProps(jc="right", before=60)))
        big = "".join(paragraph(self.t(line, bold=True, size=26), ParaProps(jc="right", before=0)) for line in lab["big"])
        big += paragraph(self.t(f"({lab['edition']})", size=14), ParaProps(jc="right", before=60))
        rows = [[Cell(left, borders="none", valign="top"), Cell(right, borders="none", valign="top")],
                [Cell(paragraph("", ParaProps(before=0)), borders="none"), Cell(big, borders="none", valign="bottom")]]
        self.raw(table(rows, [4819, 4819], borders=False, style=None))
        series = _as_list(c.get("series"))
        self.p("", before=1200)
        for i, line in enumerate(series):
            self.p(self.t(line, bold=(i == 0), size=11 if i else 12), before=0 if i else 120, keep_next=True, no_hyphen=True)
        self.p("", before=1200)
        title = str(c.get("title") or self.src.gold.get("title") or "")
        self.p(self.t(title, bold=True, size=17), before=0, keep_lines=True, no_hyphen=True)
        self.p("", before=2400)
        self.p(self.t(lab["bottom"], bold=True, size=14), border_top=True, before=240, no_hyphen=True)
        # ---- optional series list page (inside cover)
        if c.get("series_list"):
            self.page_break()
            sl = c["series_list"]
            letter = lab["number"][:1]
            self.p(self.t(f"ITU-T {letter}-SERIES RECOMMENDATIONS", bold=True, size=11), jc="center", before=0)
            if series:
                self.p(self.t(re.sub(r"^SERIES\s+[A-Z]:\s*", "", series[0]), bold=True, size=11), jc="center")
            rows = []
            for entry in sl:
                if isinstance(entry, dict):
                    name, rng = str(entry.get("title", "")), str(entry.get("range", ""))
                else:
                    name, _, rng = str(entry).rpartition("|")
                    name, rng = name.strip(), rng.strip()
                upper = name.isupper()
                rows.append([Cell(paragraph(self.t(name, size=9, bold=upper), ParaProps(before=0)), borders="none"),
                             Cell(paragraph(self.t(rng, size=9, bold=upper), ParaProps(before=0)), borders="none")])
            self.raw(table(rows, [7500, 2138], borders=False, style=None))
            self.p(self.t(w["series_list_more"], italic=True, size=9), before=240)
        self.break_section(Section(page_fmt="lowerRoman", page_start=1, rtl=self.lang == "ar"))
        # ---- headers and footers for the front matter and the body
        hdr = self.add_header(paragraph(self.t(lab["header"]), ParaProps(style="Header")))
        ftr = self.add_header(paragraph(field_runs("PAGE", "1"), ParaProps(style="Footer", jc="center")), footer=True)
        self.section.header, self.section.footer = hdr, ftr
        self._hdr, self._ftr = hdr, ftr
        # ---- page i: Summary, History, Keywords
        self.p(self.t(lab["bottom"]), style="RecNo", before=0)
        self.p(self.t(title), style="Rectitle")
        self.p("", before=240)
        self.p(self.t(w["summary"]), style="Headingb")
        for chunk in re.split(r"\n\s*\n", str(c.get("summary") or "").strip()):
            if chunk.strip():
                self.p(self.inline(mk.parse_inline(" ".join(chunk.split()), mk.ParseState(), self.src.rel, 0)))
        self.p(self.t(w["history"]), style="Headingb")
        hist = c.get("history") or [{"edition": "1.0", "number": f"ITU-T {lab['number']}",
                                     "approval": lab["edition"], "study_group": c.get("sg", ""), "unique_id": ""}]
        widths = [1000, 3000, 1500, 1300, 2838]
        rows = [[Cell(paragraph(self.t(h), ParaProps(style="Tablehead"))) for h in w["hist_cols"]]]
        for h in hist:
            uid = str(h.get("unique_id") or "")
            if uid and "/" not in uid:
                uid = f"11.1002/1000/{uid}"
            sg = str(h.get("study_group") or "")
            vals = [str(h.get("edition") or ""), str(h.get("number") or ""), str(h.get("approval") or ""), sg, uid]
            rows.append([Cell(paragraph(self.t(v), ParaProps(style="Tabletext", jc="center" if i != 1 else None)))
                         for i, v in enumerate(vals)])
        self.raw(table(rows, widths, borders=True, header_rows=1, jc="center"))
        self.p("", before=0)
        kw = c.get("keywords")
        if kw:
            self.p(self.t(w["keywords"]), style="Headingb")
            self.p(self.t(_as_text(kw)))
        self.p(self.t(w["hist_note"], size=9), before=600, no_hyphen=True)
        # ---- page ii: foreword
        self.page_break()
        self.p(self.t(w["foreword"], bold=True), jc="center", before=0)
        for text in w["foreword_text"]:
            self.p(self.t(text))
        self.p(self.t(w["note_h"], bold=True), jc="center", before=480)
        self.p(self.t(w["note_text"]))
        self.p(self.t(w["ipr_h"], bold=True), jc="center", before=480)
        self.p(self.t(w["ipr_text"]))
        year = lab["edition"][-4:] if lab["edition"] else "2024"
        self.p(self.t(w["copyright"].format(y=year)), jc="center", before=1200)
        self.p(self.t(w["copyright_text"]))
        # ---- page iii: table of contents (page numbers come from a first rendering pass)
        if c.get("toc", True) and len(self.toc_entries) >= 4:
            self.page_break()
            self.p(self.t(w["toc"], bold=True), jc="center", before=0)
            self.p(self.t(w["page"], bold=True), jc="right", before=240)
            for k, e in enumerate(self.toc_entries):
                page = self.toc_pages.get(e.index, "")
                page_txt = str(page) if page != "" else ("000" if self.probe else "")
                label = (e.number + "\t" + e.title) if e.number else e.title
                content = ""
                if k == 0:
                    content += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                                '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
                content += self.t(label) + self.t("\t" + page_txt)
                if k == len(self.toc_entries) - 1:
                    content += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                self.p(content, style="TOC1" if e.level == 1 or not e.number else "TOC2")
        # ---- body section: arabic page numbers from 1
        self.break_section(Section(page_fmt="decimal", page_start=1, header=self._hdr, footer=self._ftr,
                                   rtl=self.lang == "ar"))
        start = text_run(SENTINEL_BODY, RunProps(size=1, color="FFFFFF")) if self.probe else ""
        self.p(start + self.t(lab["bottom"]), style="RecNo", before=0)
        self.p(self.t(title), style="Rectitle")
        self.p("", before=120)

    def doc_ref(self) -> str:
        """The short document number printed in the running header of contributions and TDs."""
        c = self.cover
        if c.get("header"):
            return str(c["header"])
        number = str(c.get("number") or "").strip()
        sg = str(c.get("sg") or "").strip()
        group = "TSAG" if sg.upper() == "TSAG" else f"SG{sg}" if sg else ""
        m = re.match(r"^C\s*(\d+)(?:\s*Rev\.?\s*(\d+))?$", number)
        if m and group:
            return f"{group}-C{m.group(1)}" + (f"R{m.group(2)}" if m.group(2) else "")
        m = re.match(r"^TD\s*(\d+)(?:\s*R(?:ev\.?)?\s*(\d+))?\s*\(([A-Z0-9]+)(?:/\d+)?\)$", number)
        if m and group:
            return f"{group}-TD{m.group(1)}" + (f"R{m.group(2)}" if m.group(2) else "") + f"/{m.group(3)}"
        return number

    def front_page(self) -> None:
        c, w, tpl = self.cover, self.w, self.template
        sg = str(c.get("sg") or "").strip()
        small = 10
        grid = [1985, 4111, 3542]

        def cellp(text, bold=False, size=None, jc=None, italic=False):
            runs = ""
            for k, line in enumerate(str(text).split("\n")):
                if k:
                    runs += "<w:r><w:br/></w:r>"
                runs += self.t(line, bold=bold, size=size, italic=italic)
            return paragraph(runs, ParaProps(before=40, after=40, jc=jc, no_hyphen=True))

        def field_row(label, value, bold_value=False):
            return [Cell(cellp(label, bold=True), borders="none"),
                    Cell(cellp(value, bold=bold_value), span=2, borders="none")]

        header_left = (cellp(w["union"], bold=True, size=small) + cellp(w["sector"], size=small)
                       + cellp(w["study_period"].format(p=c.get("study_period") or "2025-2028"), bold=True, size=small))
        number = str(c.get("number") or "")
        header_right = cellp(number, bold=True, size=20, jc="right")
        sg_line = w["tsag"] if sg.upper() == "TSAG" else w["study_group"].format(sg=sg)
        orig_lang = str(c.get("original") or w["langs"].get(self.lang, "English"))
        rows = [
            [Cell(cellp("ITU", bold=True, size=22), borders="none", valign="center"),
             Cell(header_left, borders="none"), Cell(header_right, borders="none", valign="center")],
            [Cell(cellp(""), borders="none"), Cell(cellp(sg_line, bold=True), borders="none"),
             Cell(cellp(w["original"].format(lang=orig_lang), jc="right"), borders="none")],
        ]
        q = _as_text(c.get("questions"))
        rows.append([Cell(cellp(w["f_question"], bold=True), borders="top"), Cell(cellp(q), borders="top"),
                     Cell(cellp(str(c.get("meeting") or ""), jc="right"), borders="top")])
        if c.get("working_party"):
            rows.append([Cell(cellp(w["f_wp"], bold=True), borders="none"), Cell(cellp(str(c["working_party"])), borders="none"),
                         Cell(cellp(""), borders="none")])
        bar_key = {"contribution": "bar_contribution", "td": "bar_td", "liaison": "bar_liaison", "report": "bar_report"}[tpl]
        bar = str(c.get("bar") or w[bar_key])
        rows.append([Cell(cellp(bar, bold=True, jc="center"), span=3, borders="topbottom")])
        rows.append(field_row(w["f_source"], c.get("source") or ""))
        rows.append(field_row(w["f_title"], c.get("title") or "", bold_value=True))
        if tpl == "liaison":
            for key, label in (("for_action", "f_action"), ("for_comment", "f_comment"), ("for_information", "f_info"),
                               ("approval", "f_approval"), ("deadline", "f_deadline")):
                if c.get(key) is not None:
                    rows.append(field_row(w[label], _as_text(c.get(key))))
        if c.get("purpose") and tpl != "report" or (tpl == "report" and c.get("purpose")):
            rows.append(field_row(w["f_purpose"], c.get("purpose")))
        contacts = c.get("contact") or []
        if isinstance(contacts, (str, dict)):
            contacts = [contacts]
        for ct in contacts:
            if isinstance(ct, dict):
                who = "\n".join(str(ct.get(k)) for k in ("name", "org", "country") if ct.get(k))
                reach = []
                if ct.get("tel"):
                    reach.append(f"{w['tel']} {ct['tel']}")
                if ct.get("email"):
                    reach.append(f"{w['email']} {ct['email']}")
                rows.append([Cell(cellp(w["f_contact"], bold=True), borders="top"), Cell(cellp(who), borders="top"),
                             Cell(cellp("\n".join(reach)), borders="top")])
            else:
                rows.append([Cell(cellp(w["f_contact"], bold=True), borders="top"), Cell(cellp(str(ct)), span=2, borders="top")])
        if c.get("keywords"):
            kw = _as_text(c.get("keywords"), "; ")
            r = field_row(w["f_keywords"], kw)
            r[0].borders = r[1].borders = "top"
            rows.append(r)
        if c.get("abstract"):
            r = field_row(w["f_abstract"], " ".join(str(c.get("abstract")).split()))
            r[0].borders = r[1].borders = "top"
            rows.append(r)
        self.raw(table(rows, grid, borders=False, style=None, cant_split=False))
        self.p("", before=240)
        # header on the following pages: "- N -" and the document number; none on page 1
        ref = self.doc_ref()
        hdr = self.add_header(
            paragraph(self.t("- ") + field_runs("PAGE", "2") + self.t(" -"), ParaProps(style="Header", jc="center"))
            + paragraph(self.t(ref), ParaProps(style="Header", jc="right", after=240)))
        first = self.add_header(paragraph("", ParaProps(style="Header")))
        self.section.header, self.section.first_header, self.section.title_page = hdr, first, True

    # ------------------------------------------------------------------------------------

    def render(self) -> Package:
        if self.template == "recommendation":
            self.recommendation_front()
        elif self.template in ("contribution", "td", "liaison", "report"):
            self.front_page()
        self.body()
        # Final section
        body = []
        for it in self.items:
            body.append(it.content if it.raw else paragraph(it.content, it.pp))
        body.append(self.section.xml())
        pkg = self.pkg
        pkg.add("word/document.xml", CT + "wordprocessingml.document.main+xml", document_xml("".join(body)))
        pkg.relate("styles", "styles.xml")
        pkg.add("word/styles.xml", CT + "wordprocessingml.styles+xml", styles_xml(self.lang, self.font(), self.cjk_font()))
        hyphenate = self.lang in ("en", "fr", "es", "ru")
        pkg.relate("settings", "settings.xml")
        pkg.add("word/settings.xml", CT + "wordprocessingml.settings+xml",
                settings_xml(self.lang, self.has_revisions and not self.accepted, hyphenate, bool(self.footnotes)))
        pkg.relate("fontTable", "fontTable.xml")
        pkg.add("word/fontTable.xml", CT + "wordprocessingml.fontTable+xml", font_table_xml())
        pkg.relate("numbering", "numbering.xml")
        pkg.add("word/numbering.xml", CT + "wordprocessingml.numbering+xml", numbering_xml())
        if self.footnotes:
            sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                   '<w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                   '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
            pkg.relate("footnotes", "footnotes.xml")
            pkg.add("word/footnotes.xml", CT + "wordprocessingml.footnotes+xml",
                    hdr_xml("footnotes", sep + "".join(self.footnotes)))
        if self.comments:
            pkg.relate("comments", "comments.xml")
            pkg.add("word/comments.xml", CT + "wordprocessingml.comments+xml",
                    hdr_xml("comments", "".join(self.comments)))
        md = self.src.metadata
        date = str(self.src.gold.get("date") or "2024-01-01")
        if len(date) == 7:
            date += "-01"
        stamp = f"{date[:10]}T08:00:00Z"
        props = {
            "title": md.get("title"), "author": md.get("author"), "subject": md.get("subject"),
            "keywords": _as_text(md.get("keywords"), "; ") if md.get("keywords") is not None else None,
            "description": md.get("description"),
            "last_modified_by": md.get("last_modified_by") or md.get("author"),
            "revision": md.get("revision", 1 if not self.has_revisions else 3),
            "created": str(md.get("created") or stamp), "modified": str(md.get("modified") or md.get("created") or stamp),
            "application": md.get("application"), "company": md.get("company"), "template": md.get("template"),
        }
        pkg.add("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", core_xml(props))
        pkg.add("docProps/app.xml", CT + "extended-properties+xml", app_xml(props))
        return pkg
