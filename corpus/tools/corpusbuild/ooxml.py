"""A small, deterministic WordprocessingML (DOCX) writer.

Everything is written as OOXML text in schema order, so that Word, LibreOffice and libxml2-based
readers accept it: paragraphs, runs, tables, sections (columns, page numbering, headers and
footers with PAGE fields), footnotes, comments, tracked changes (w:ins / w:del), text boxes
(w:txbxContent, DrawingML with a VML fallback), content controls (w:sdt), hyphenation settings
and the core/app document properties.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as _esc

# Page geometry (twips): A4 with 2 cm margins.
PAGE_W, PAGE_H = 11906, 16838
MARGIN = 1134
TEXT_W = PAGE_W - 2 * MARGIN
COL_GAP = 425

NS = {
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "o": "urn:schemas-microsoft-com:office:office",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "v": "urn:schemas-microsoft-com:vml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}
ROOT_NS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items()) + ' mc:Ignorable="w14 wp14"'

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

LANG_CODES = {
    "en": ("en-US", "zh-CN", "ar-SA"),
    "fr": ("fr-FR", "zh-CN", "ar-SA"),
    "es": ("es-ES", "zh-CN", "ar-SA"),
    "ru": ("ru-RU", "zh-CN", "ar-SA"),
    "zh": ("en-US", "zh-CN", "ar-SA"),
    "ar": ("en-US", "zh-CN", "ar-SA"),
}


def esc(text: str) -> str:
    return _esc(_INVALID_XML.sub("", text))


def attr(text) -> str:
    return _esc(_INVALID_XML.sub("", str(text)), {'"': "&quot;"})


# ----------------------------------------------------------------------------------------
# Run and paragraph properties


@dataclass
class RunProps:
    bold: bool = False
    italic: bool = False
    caps: bool = False
    size: float | None = None          # points
    color: str | None = None           # hex RRGGBB
    font: str | None = None
    style: str | None = None           # character style id
    vert: str | None = None            # "superscript" | "subscript"
    underline: bool = False

    def merged(self, **kw) -> "RunProps":
        d = dict(self.__dict__)
        d.update({k: v for k, v in kw.items()})
        return RunProps(**d)

    def xml(self) -> str:
        p = []
        if self.style:
            p.append(f'<w:rStyle w:val="{self.style}"/>')
        if self.font:
            f = attr(self.font)
            p.append(f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}"/>')
        if self.bold:
            p.append("<w:b/><w:bCs/>")
        if self.italic:
            p.append("<w:i/><w:iCs/>")
        if self.caps:
            p.append("<w:caps/>")
        if self.color:
            p.append(f'<w:color w:val="{self.color}"/>')
        if self.size:
            hp = int(round(self.size * 2))
            p.append(f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>')
        if self.underline:
            p.append('<w:u w:val="single"/>')
        if self.vert:
            p.append(f'<w:vertAlign w:val="{self.vert}"/>')
        return f"<w:rPr>{''.join(p)}</w:rPr>" if p else ""


def text_run(text: str, rp: RunProps | None = None, deleted: bool = False) -> str:
    """A w:r for text; tabs, newlines and soft hyphens become their OOXML elements."""
    rp_xml = rp.xml() if rp else ""
    tag = "w:delText" if deleted else "w:t"
    parts = []
    buf = []

    def flush():
        if buf:
            parts.append(f'<{tag} xml:space="preserve">{esc("".join(buf))}</{tag}>')
            buf.clear()

    for ch in text:
        if ch == "\t":
            flush()
            parts.append("<w:tab/>")
        elif ch == "\n":
            flush()
            parts.append("<w:br/>")
        elif ch == "\u00ad":
            flush()
            parts.append("<w:softHyphen/>")
        else:
            buf.append(ch)
    flush()
    return f"<w:r>{rp_xml}{''.join(parts)}</w:r>"


def field_runs(instr: str, result: str, rp: RunProps | None = None) -> str:
    rx = rp.xml() if rp else ""
    return (f'<w:r>{rx}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rx}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            f'<w:r>{rx}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rx}<w:t>{esc(result)}</w:t></w:r>'
            f'<w:r>{rx}<w:fldChar w:fldCharType="end"/></w:r>')


@dataclass
class ParaProps:
    style: str | None = None
    jc: str | None = None                  # left | center | right | both
    keep_next: bool = False
    keep_lines: bool = False
    page_break_before: bool = False
    before: int | None = None              # spacing before (twips)
    after: int | None = None
    line: int | None = None                # line spacing (240 = single)
    ind_left: int | None = None
    ind_hanging: int | None = None
    ind_first: int | None = None
    tabs: list = field(default_factory=list)   # [(kind, pos, leader)]
    border_top: bool = False
    border_bottom: bool = False
    num: tuple | None = None               # (numId, ilvl)
    bidi: bool = False
    no_hyphen: bool = False
    outline: int | None = None
    mark_rpr: str = ""                     # w:rPr of the paragraph mark (e.g. w:ins)
    sect: str = ""                         # w:sectPr ending a section at this paragraph

    def xml(self) -> str:
        p = []
        if self.style:
            p.append(f'<w:pStyle w:val="{self.style}"/>')
        if self.keep_next:
            p.append("<w:keepNext/>")
        if self.keep_lines:
            p.append("<w:keepLines/>")
        if self.page_break_before:
            p.append("<w:pageBreakBefore/>")
        if self.num:
            p.append(f'<w:numPr><w:ilvl w:val="{self.num[1]}"/><w:numId w:val="{self.num[0]}"/></w:numPr>')
        if self.border_top or self.border_bottom:
            b = ""
            if self.border_top:
                b += '<w:top w:val="single" w:sz="12" w:space="4" w:color="auto"/>'
            if self.border_bottom:
                b += '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/>'
            p.append(f"<w:pBdr>{b}</w:pBdr>")
        if self.tabs:
            t = "".join(
                f'<w:tab w:val="{k}"' + (f' w:leader="{ld}"' if ld else "") + f' w:pos="{pos}"/>'
                for k, pos, ld in self.tabs)
            p.append(f"<w:tabs>{t}</w:tabs>")
        if self.no_hyphen:
            p.append("<w:suppressAutoHyphens/>")
        if self.bidi:
            p.append("<w:bidi/>")
        if self.before is not None or self.after is not None or self.line is not None:
            s = "<w:spacing"
            if self.before is not None:
                s += f' w:before="{self.before}"'
            if self.after is not None:
                s += f' w:after="{self.after}"'
            if self.line is not None:
                s += f' w:line="{self.line}" w:lineRule="auto"'
            p.append(s + "/>")
        if self.ind_left is not None or self.ind_hanging is not None or self.ind_first is not None:
            s = "<w:ind"
            if self.ind_left is not None:
                s += f' w:left="{self.ind_left}"'
            if self.ind_hanging is not None:
                s += f' w:hanging="{self.ind_hanging}"'
            if self.ind_first is not None:
                s += f' w:firstLine="{self.ind_first}"'
            p.append(s + "/>")
        if self.jc:
            p.append(f'<w:jc w:val="{self.jc}"/>')
        if self.outline is not None:
            p.append(f'<w:outlineLvl w:val="{self.outline}"/>')
        if self.mark_rpr:
            p.append(self.mark_rpr)
        if self.sect:
            p.append(self.sect)
        return f"<w:pPr>{''.join(p)}</w:pPr>" if p else ""


def paragraph(content: str, pp: ParaProps | None = None) -> str:
    return f"<w:p>{pp.xml() if pp else ''}{content}</w:p>"


# ----------------------------------------------------------------------------------------
# Tables


@dataclass
class Cell:
    content: str                    # paragraphs XML (at least one w:p)
    span: int = 1
    shade: str | None = None
    borders: str | None = None      # "none" for borderless cell
    valign: str | None = None
    vmerge: str | None = None       # "restart" | "continue"


def table(rows: list, widths: list, borders: bool = True, header_rows: int = 0,
          jc: str | None = None, style: str | None = "TableGrid", cant_split: bool = True) -> str:
    """rows: list of lists of Cell. widths: grid column widths (twips)."""
    total = sum(widths)
    tp = []
    if style:
        tp.append(f'<w:tblStyle w:val="{style}"/>')
    tp.append(f'<w:tblW w:w="{total}" w:type="dxa"/>')
    if jc:
        tp.append(f'<w:jc w:val="{jc}"/>')
    if borders:
        b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    else:
        b = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tp.append(f"<w:tblBorders>{b}</w:tblBorders>")
    tp.append('<w:tblLayout w:type="fixed"/>')
    tp.append('<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>')
    tp.append('<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>')
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f"<w:tbl><w:tblPr>{''.join(tp)}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"]
    for ri, row in enumerate(rows):
        trp = ""
        if cant_split:
            trp += "<w:cantSplit/>"
        if ri < header_rows:
            trp += "<w:tblHeader/>"
        out.append(f"<w:tr>{'<w:trPr>' + trp + '</w:trPr>' if trp else ''}")
        col = 0
        for cell in row:
            w = sum(widths[col:col + cell.span])
            col += cell.span
            tc = [f'<w:tcW w:w="{w}" w:type="dxa"/>']
            if cell.span > 1:
                tc.append(f'<w:gridSpan w:val="{cell.span}"/>')
            if cell.vmerge:
                tc.append(f'<w:vMerge w:val="{cell.vmerge}"/>' if cell.vmerge == "restart" else "<w:vMerge/>")
            if cell.borders == "none":
                tc.append("<w:tcBorders>" + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right")) + "</w:tcBorders>")
            elif cell.borders == "top":
                tc.append('<w:tcBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="auto"/></w:tcBorders>')
            elif cell.borders == "bottom":
                tc.append('<w:tcBorders><w:bottom w:val="single" w:sz="12" w:space="0" w:color="auto"/></w:tcBorders>')
            elif cell.borders == "topbottom":
                tc.append('<w:tcBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="12" w:space="0" w:color="auto"/></w:tcBorders>')
            if cell.shade:
                tc.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.shade}"/>')
            if cell.valign:
                tc.append(f'<w:vAlign w:val="{cell.valign}"/>')
            content = cell.content or "<w:p/>"
            out.append(f"<w:tc><w:tcPr>{''.join(tc)}</w:tcPr>{content}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# ----------------------------------------------------------------------------------------
# Sections


@dataclass
class Section:
    cols: int = 1
    start: str = "nextPage"            # nextPage | continuous | oddPage
    page_fmt: str | None = None        # decimal | lowerRoman | ...
    page_start: int | None = None
    header: str | None = None          # rId of default header
    footer: str | None = None
    first_header: str | None = None
    first_footer: str | None = None
    title_page: bool = False
    rtl: bool = False

    def xml(self) -> str:
        p = []
        if self.header:
            p.append(f'<w:headerReference w:type="default" r:id="{self.header}"/>')
        if self.first_header:
            p.append(f'<w:headerReference w:type="first" r:id="{self.first_header}"/>')
        if self.footer:
            p.append(f'<w:footerReference w:type="default" r:id="{self.footer}"/>')
        if self.first_footer:
            p.append(f'<w:footerReference w:type="first" r:id="{self.first_footer}"/>')
        if self.start != "nextPage":
            p.append(f'<w:type w:val="{self.start}"/>')
        p.append(f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}" w:code="9"/>')
        p.append(f'<w:pgMar w:top="{MARGIN + 284}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" '
                 f'w:header="567" w:footer="567" w:gutter="0"/>')
        if self.page_fmt or self.page_start is not None:
            s = "<w:pgNumType"
            if self.page_fmt:
                s += f' w:fmt="{self.page_fmt}"'
            if self.page_start is not None:
                s += f' w:start="{self.page_start}"'
            p.append(s + "/>")
        if self.cols > 1:
            p.append(f'<w:cols w:num="{self.cols}" w:space="{COL_GAP}"/>')
        else:
            p.append('<w:cols w:space="720"/>')
        if self.title_page:
            p.append("<w:titlePg/>")
        if self.rtl:
            p.append("<w:bidi/>")
        p.append('<w:docGrid w:linePitch="360"/>')
        return f"<w:sectPr>{''.join(p)}</w:sectPr>"


# ----------------------------------------------------------------------------------------
# Styles, settings and other package parts


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
             "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
             "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
_PPR_ELEMENT = re.compile(r"<w:(\w+)\b(?:[^<>]*/>|[^<>]*>.*?</w:\1>)", re.S)


def order_ppr(ppr: str) -> str:
    """Put the children of a w:pPr in schema order (Word rejects files that do not)."""
    parts = [(m.group(1), m.group(0)) for m in _PPR_ELEMENT.finditer(ppr)]
    assert "".join(p for _, p in parts) == ppr, f"cannot order pPr: {ppr}"
    return "".join(p for _, p in sorted(parts, key=lambda kv: PPR_ORDER.index(kv[0])))


def styles_xml(language: str, font: str = "Times New Roman", cjk_font: str = "SimSun") -> str:
    lang, ea, bidi = LANG_CODES.get(language, LANG_CODES["en"])
    if language == "zh":
        lang = "zh-CN"
    ea_font = cjk_font if language == "zh" else font
    cs_font = "Traditional Arabic" if language == "ar" else font

    def pstyle(sid, name, ppr="", rpr="", based="Normal", nxt="Normal", extra=""):
        ppr = order_ppr(ppr)
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        n = f'<w:next w:val="{nxt}"/>' if nxt else ""
        return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{attr(name)}"/>{b}{n}{extra}'
                f'<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')

    def cstyle(sid, name, rpr):
        return (f'<w:style w:type="character" w:styleId="{sid}"><w:name w:val="{name}"/>'
                f'<w:basedOn w:val="DefaultParagraphFont"/><w:rPr>{rpr}</w:rPr></w:style>')

    heading_tabs = '<w:tabs><w:tab w:val="left" w:pos="794"/></w:tabs>'
    styles = [
        f'<w:docDefaults><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{font}" w:eastAsia="{ea_font}" w:hAnsi="{font}" w:cs="{cs_font}"/>'
        f'<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="{lang}" w:eastAsia="{ea}" w:bidi="{bidi}"/>'
        f'</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        f'<w:spacing w:before="120"/></w:pPr></w:pPrDefault></w:docDefaults>',
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:tabs><w:tab w:val="left" w:pos="794"/><w:tab w:val="left" w:pos="1191"/><w:tab w:val="left" w:pos="1588"/><w:tab w:val="left" w:pos="1985"/></w:tabs><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'
        '<w:adjustRightInd w:val="0"/><w:spacing w:before="120"/><w:textAlignment w:val="baseline"/></w:pPr>'
        '<w:rPr><w:sz w:val="24"/></w:rPr></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>',
        pstyle("Heading1", "heading 1",
               f'<w:suppressAutoHyphens/><w:keepNext/><w:keepLines/>{heading_tabs}<w:spacing w:before="360"/><w:ind w:left="794" w:hanging="794"/><w:outlineLvl w:val="0"/>',
               '<w:b/><w:bCs/><w:sz w:val="24"/>'),
        pstyle("Heading2", "heading 2",
               f'<w:keepNext/><w:keepLines/>{heading_tabs}<w:spacing w:before="240"/><w:ind w:left="794" w:hanging="794"/><w:outlineLvl w:val="1"/>',
               '<w:b/><w:bCs/><w:sz w:val="24"/>', based="Heading1"),
        pstyle("Heading3", "heading 3",
               f'<w:keepNext/><w:keepLines/><w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs><w:spacing w:before="200"/><w:ind w:left="1134" w:hanging="1134"/><w:outlineLvl w:val="2"/>',
               '<w:b/><w:bCs/><w:sz w:val="24"/>', based="Heading1"),
        pstyle("Heading4", "heading 4",
               f'<w:keepNext/><w:keepLines/><w:tabs><w:tab w:val="left" w:pos="1191"/></w:tabs><w:spacing w:before="200"/><w:ind w:left="1191" w:hanging="1191"/><w:outlineLvl w:val="3"/>',
               '<w:b/><w:bCs/><w:sz w:val="24"/>', based="Heading1"),
        pstyle("AnnexNo", "Annex_No & title",
               '<w:suppressAutoHyphens/><w:keepNext/><w:keepLines/><w:spacing w:before="480" w:after="120"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>',
               '<w:b/><w:bCs/><w:sz w:val="28"/>'),
        pstyle("Headingb", "Heading_b", '<w:suppressAutoHyphens/><w:keepNext/><w:spacing w:before="160"/>', '<w:b/><w:bCs/>'),
        pstyle("enumlev1", "enumlev1", '<w:tabs><w:tab w:val="left" w:pos="794"/></w:tabs><w:spacing w:before="80"/><w:ind w:left="794" w:hanging="794"/>'),
        pstyle("enumlev2", "enumlev2", '<w:tabs><w:tab w:val="left" w:pos="1191"/></w:tabs><w:spacing w:before="80"/><w:ind w:left="1191" w:hanging="397"/>', based="enumlev1"),
        pstyle("enumlev3", "enumlev3", '<w:tabs><w:tab w:val="left" w:pos="1588"/></w:tabs><w:spacing w:before="80"/><w:ind w:left="1588" w:hanging="397"/>', based="enumlev2"),
        pstyle("ListParagraph", "List Paragraph", '<w:spacing w:before="80"/><w:ind w:left="720"/>'),
        pstyle("Note", "Note", '<w:tabs><w:tab w:val="left" w:pos="284"/></w:tabs><w:spacing w:before="80"/>', '<w:sz w:val="22"/><w:szCs w:val="22"/>'),
        pstyle("TableNoTitle", "Table_No & title", '<w:suppressAutoHyphens/><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:jc w:val="center"/>', '<w:b/><w:bCs/>'),
        pstyle("FigureNoTitle", "Figure_No & title", '<w:suppressAutoHyphens/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>', '<w:b/><w:bCs/>'),
        pstyle("Tabletext", "Table_text", '<w:suppressAutoHyphens/><w:spacing w:before="40" w:after="40"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        pstyle("Tablehead", "Table_head", '<w:keepNext/><w:spacing w:before="80" w:after="80"/><w:jc w:val="center"/>', '<w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="20"/>', based="Tabletext"),
        pstyle("Header", "header", '<w:suppressAutoHyphens/><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:before="0"/><w:jc w:val="center"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/>'),
        pstyle("Footer", "footer", '<w:suppressAutoHyphens/><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:before="0"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/>'),
        pstyle("FootnoteText", "footnote text", '<w:tabs><w:tab w:val="left" w:pos="284"/></w:tabs><w:spacing w:before="60"/><w:ind w:left="284" w:hanging="284"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        pstyle("CommentText", "annotation text", '', '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        pstyle("TOC1", "toc 1", '<w:keepLines/><w:tabs><w:tab w:val="clear" w:pos="794"/><w:tab w:val="clear" w:pos="1191"/><w:tab w:val="clear" w:pos="1588"/><w:tab w:val="clear" w:pos="1985"/><w:tab w:val="left" w:pos="567"/><w:tab w:val="right" w:leader="dot" w:pos="9620"/></w:tabs><w:suppressAutoHyphens/><w:spacing w:before="120"/><w:ind w:left="567" w:hanging="567"/>'),
        pstyle("TOC2", "toc 2", '<w:keepLines/><w:tabs><w:tab w:val="clear" w:pos="794"/><w:tab w:val="clear" w:pos="1191"/><w:tab w:val="clear" w:pos="1588"/><w:tab w:val="clear" w:pos="1985"/><w:tab w:val="left" w:pos="1134"/><w:tab w:val="right" w:leader="dot" w:pos="9620"/></w:tabs><w:suppressAutoHyphens/><w:spacing w:before="60"/><w:ind w:left="1134" w:hanging="567"/>', based="TOC1"),
        pstyle("TOC3", "toc 3", '<w:keepLines/><w:tabs><w:tab w:val="clear" w:pos="794"/><w:tab w:val="clear" w:pos="1191"/><w:tab w:val="clear" w:pos="1588"/><w:tab w:val="clear" w:pos="1985"/><w:tab w:val="left" w:pos="1985"/><w:tab w:val="right" w:leader="dot" w:pos="9620"/></w:tabs><w:suppressAutoHyphens/><w:spacing w:before="60"/><w:ind w:left="1985" w:hanging="851"/>', based="TOC1"),
        pstyle("RecNo", "RecNo", '<w:suppressAutoHyphens/><w:keepNext/><w:spacing w:before="0"/><w:jc w:val="center"/>', '<w:b/><w:bCs/><w:sz w:val="28"/>'),
        pstyle("Rectitle", "Rec_title", '<w:suppressAutoHyphens/><w:keepNext/><w:spacing w:before="240"/><w:jc w:val="center"/>', '<w:b/><w:bCs/><w:sz w:val="28"/>'),
        pstyle("Title", "Title", '<w:suppressAutoHyphens/><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>', '<w:b/><w:bCs/><w:sz w:val="28"/>'),
        cstyle("FootnoteReference", "footnote reference", '<w:vertAlign w:val="superscript"/>'),
        cstyle("CommentReference", "annotation reference", '<w:sz w:val="16"/><w:szCs w:val="16"/>'),
        cstyle("Hyperlink", "Hyperlink", '<w:color w:val="0000FF"/><w:u w:val="single"/>'),
    ]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:styles xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}">{"".join(styles)}</w:styles>')


def settings_xml(language: str, track_revisions: bool, hyphenate: bool, has_footnotes: bool,
                 even_odd: bool = False) -> str:
    lang = LANG_CODES.get(language, LANG_CODES["en"])[0]
    parts = ['<w:zoom w:percent="100"/>']
    if track_revisions:
        parts.append("<w:trackRevisions/>")
    parts.append('<w:defaultTabStop w:val="794"/>')
    if hyphenate:
        parts.append('<w:autoHyphenation/><w:consecutiveHyphenLimit w:val="3"/><w:hyphenationZone w:val="284"/>')
    if even_odd:
        parts.append("<w:evenAndOddHeaders/>")
    parts.append('<w:characterSpacingControl w:val="doNotCompress"/>')
    if has_footnotes:
        parts.append('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    parts.append('<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>')
    parts.append(f'<w:themeFontLang w:val="{lang}" w:eastAsia="zh-CN"/>')
    parts.append('<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:settings xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}">{"".join(parts)}</w:settings>')


def numbering_xml() -> str:
    """numId 1: bullets (• then –); numId 2: decimal 1), a), i)."""
    bullet_levels = []
    for lvl, (char, font) in enumerate([("\u2022", "Symbol"), ("\u2013", "Times New Roman"), ("\u25aa", "Wingdings")]):
        left = 720 + 360 * lvl
        bullet_levels.append(
            f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{char}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr></w:lvl>')
    num_levels = []
    for lvl, (fmt, text) in enumerate([("decimal", "%1)"), ("lowerLetter", "%2)"), ("lowerRoman", "%3)")]):
        left = 720 + 360 * lvl
        num_levels.append(
            f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr></w:lvl>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:numbering xmlns:w="{NS["w"]}">'
            f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>{"".join(bullet_levels)}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>{"".join(num_levels)}</w:abstractNum>'
            f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            f'<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
            f'</w:numbering>')


def core_xml(props: dict) -> str:
    def el(tag, key, extra=""):
        v = props.get(key)
        if v is None or v == "":
            return f"<{tag}{extra}/>" if tag in ("dc:title", "dc:creator") else ""
        return f"<{tag}{extra}>{esc(str(v))}</{tag}>"

    created = props.get("created") or "2024-01-01T00:00:00Z"
    modified = props.get("modified") or created
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + el("dc:title", "title") + el("dc:subject", "subject") + el("dc:creator", "author")
            + el("cp:keywords", "keywords") + el("dc:description", "description")
            + el("cp:lastModifiedBy", "last_modified_by") + f"<cp:revision>{esc(str(props.get('revision', 1)))}</cp:revision>"
            + f'<dcterms:created xsi:type="dcterms:W3CDTF">{esc(created)}</dcterms:created>'
            + f'<dcterms:modified xsi:type="dcterms:W3CDTF">{esc(modified)}</dcterms:modified>'
            + "</cp:coreProperties>")


def app_xml(props: dict) -> str:
    app = props.get("application") or "Microsoft Office Word"
    company = props.get("company")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Template>{esc(props.get("template") or "Normal.dotm")}</Template><TotalTime>0</TotalTime>'
            f'<Application>{esc(app)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            + (f"<Company>{esc(company)}</Company>" if company else "")
            + '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
            '<AppVersion>16.0000</AppVersion></Properties>')


def font_table_xml() -> str:
    fonts = [("Times New Roman", "02020603050405020304", "roman"), ("Symbol", "05050102010706020507", "roman"),
             ("SimSun", "02010600030101010101", "auto"), ("Arial", "020B0604020202020204", "swiss")]
    body = "".join(f'<w:font w:name="{n}"><w:panose1 w:val="{p}"/><w:family w:val="{f}"/></w:font>' for n, p, f in fonts)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:fonts xmlns:w="{NS["w"]}">{body}</w:fonts>')


# ----------------------------------------------------------------------------------------
# The package


FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


class Package:
    """Collects the parts of a DOCX and writes them in a fixed order with fixed timestamps."""

    def __init__(self):
        self.parts: dict = {}             # name -> (content_type, bytes)
        self.doc_rels: list = []          # (rId, type, target)
        self.validate = True

    def add(self, name: str, content_type: str, xml: str) -> None:
        self.parts[name] = (content_type, xml.encode("utf-8"))

    def relate(self, rel_type: str, target: str) -> str:
        rid = f"rId{len(self.doc_rels) + 1}"
        self.doc_rels.append((rid, REL_BASE + rel_type, target))
        return rid

    def write(self, path) -> None:
        defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml", "xml": "application/xml"}
        overrides = "".join(
            f'<Override PartName="/{n}" ContentType="{ct}"/>' for n, (ct, _) in sorted(self.parts.items()) if ct)
        ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  + "".join(f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in defaults.items())
                  + overrides + "</Types>")
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                     '</Relationships>')
        doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    + "".join(f'<Relationship Id="{rid}" Type="{t}" Target="{tg}"/>' for rid, t, tg in self.doc_rels)
                    + "</Relationships>")
        entries = [("[Content_Types].xml", ctypes.encode()), ("_rels/.rels", root_rels.encode()),
                   ("word/_rels/document.xml.rels", doc_rels.encode())]
        order = ["word/document.xml"]
        order += sorted(n for n in self.parts if n != "word/document.xml")
        entries += [(n, self.parts[n][1]) for n in order]
        if self.validate:
            from lxml import etree
            for name, data in entries:
                if name.endswith(".xml") or name.endswith(".rels"):
                    try:
                        etree.fromstring(data)
                    except etree.XMLSyntaxError as exc:
                        raise ValueError(f"internal error: {name} is not well-formed XML: {exc}") from None
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in entries:
                info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, data, compresslevel=6)


def document_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {ROOT_NS}><w:body>{body}</w:body></w:document>')


def hdr_xml(tag: str, paragraphs: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:{tag} {ROOT_NS}>{paragraphs}</w:{tag}>')
