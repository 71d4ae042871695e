"""The line-based body markup of corpus/FORMAT.md, parsed into blocks of inline runs."""

from __future__ import annotations

import ast
import operator
import re
from dataclasses import dataclass, field

from .source import SourceError

# ----------------------------------------------------------------------------------------
# Inline nodes


@dataclass
class Text:
    text: str
    bold: bool = False
    italic: bool = False
    ins: bool = False
    dele: bool = False


@dataclass
class Break:
    ins: bool = False
    dele: bool = False


@dataclass
class Footnote:
    children: list
    ins: bool = False
    dele: bool = False


@dataclass
class Comment:
    text: str


@dataclass
class TextBox:
    children: list


@dataclass
class Control:
    children: list


# ----------------------------------------------------------------------------------------
# Blocks


@dataclass
class Heading:
    level: int
    inlines: list
    line: int


@dataclass
class Para:
    inlines: list
    line: int


@dataclass
class ListItem:
    kind: str          # "bullet" | "number"
    level: int         # 1..3
    inlines: list
    line: int


@dataclass
class Table:
    rows: list         # list of rows, each a list of cells (inline lists)
    line: int


@dataclass
class PageBreak:
    line: int


@dataclass
class Columns:
    count: int
    line: int


@dataclass
class ImageOnly:
    line: int


@dataclass
class ParseState:
    """Tracked-change state carries across lines and blocks until closed."""
    ins: bool = False
    dele: bool = False
    ins_line: int = 0
    del_line: int = 0
    warnings: list = field(default_factory=list)


# ----------------------------------------------------------------------------------------
# Pre-processing: comments and [[repeat]]

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_REPEAT_OPEN = re.compile(r"^\s*\[\[repeat\s+(\d+)\s*\]\]\s*$")
_REPEAT_CLOSE = re.compile(r"^\s*\[\[/repeat\]\]\s*$")
_EXPR = re.compile(r"\{=([^{}:]+)(?::([^{}]+))?\}")

_OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
    ast.Pow: operator.pow, ast.USub: operator.neg, ast.UAdd: operator.pos,
}


def _eval_expr(expr: str, n: int):
    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id == "n":
            return n
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](ev(node.operand))
        raise ValueError("only numbers, n, + - * / // % ** and parentheses are allowed")
    return ev(ast.parse(expr.strip(), mode="eval"))


def _substitute(text: str, n: int, path: str, line: int) -> str:
    def repl(m):
        try:
            value = _eval_expr(m.group(1), n)
        except (ValueError, SyntaxError, ZeroDivisionError) as exc:
            raise SourceError(path, line, f"bad repeat expression {m.group(0)!r}: {exc}") from None
        spec = m.group(2)
        if isinstance(value, float) and value.is_integer() and not spec:
            value = int(value)
        text = format(value, spec.strip()) if spec else str(value)
        # ITU texts write the minus sign as an en dash
        return "\u2013" + text[1:] if text.startswith("-") else text
    text = _EXPR.sub(repl, text)
    return text.replace("{n}", str(n))


def strip_comments(lines: list) -> list:
    """Remove <!-- ... --> (possibly spanning lines), keeping line numbers of what remains."""
    out = []
    in_comment = False
    for no, text in lines:
        result = ""
        rest = text
        while rest:
            if in_comment:
                end = rest.find("-->")
                if end < 0:
                    rest = ""
                    break
                rest = rest[end + 3:]
                in_comment = False
            else:
                start = rest.find("<!--")
                if start < 0:
                    result += rest
                    break
                result += rest[:start]
                rest = rest[start + 4:]
                in_comment = True
        if in_comment and not result.strip():
            out.append((no, ""))
        elif text.strip() and not result.strip():
            out.append((no, None))  # a line that held only a comment: not a paragraph break
        else:
            out.append((no, result))
    return [(no, t) for no, t in out if t is not None]


def expand_repeats(lines: list, path: str) -> list:
    """Expand [[repeat N]] ... [[/repeat]] blocks (nesting allowed; {n} is the innermost count)."""
    def expand(i: int, depth: int):
        out = []
        while i < len(lines):
            no, text = lines[i]
            m = _REPEAT_OPEN.match(text)
            if m:
                count = int(m.group(1))
                inner, i = expand(i + 1, depth + 1)
                for n in range(1, count + 1):
                    out.extend((ln, _substitute(t, n, path, ln)) for ln, t in inner)
                    if inner and inner[-1][1].strip():
                        out.append((no, ""))  # a repeated block always ends a paragraph
                continue
            if _REPEAT_CLOSE.match(text):
                if depth == 0:
                    raise SourceError(path, no, "[[/repeat]] without a matching [[repeat N]]")
                return out, i + 1
            out.append((no, text))
            i += 1
        if depth > 0:
            raise SourceError(path, lines[-1][0] if lines else 1, "[[repeat N]] is not closed by [[/repeat]]")
        return out, i

    result, _ = expand(0, 0)
    return result


# ----------------------------------------------------------------------------------------
# Inline parsing

_INLINE_KEYWORDS = ("footnote", "comment", "textbox", "control")


def _find_directive_end(text: str, start: int) -> int:
    """Index of the ']]' closing a directive whose content starts at `start`, or -1."""
    depth = 0
    i = start
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            i += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            if depth > 0:
                depth -= 1
            elif text.startswith("]]", i):
                return i
        i += 1
    return -1


def _tokenise(text: str, path: str, line: int) -> list:
    tokens = []
    buf = []

    def flush():
        if buf:
            tokens.append(["text", "".join(buf)])
            buf.clear()

    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in "\\*[]|_`#-":
            buf.append(text[i + 1])
            i += 2
            continue
        if text.startswith("[[", i):
            m = re.match(r"\[\[(/?)(ins|del|br)\]\]", text[i:])
            if m:
                flush()
                tokens.append([m.group(1) + m.group(2)])
                i += m.end()
                continue
            m = re.match(r"\[\[(footnote|comment|textbox|control)(?:\s+|(?=\]\]))", text[i:])
            if m:
                end = _find_directive_end(text, i + m.end())
                if end < 0:
                    raise SourceError(path, line, f"[[{m.group(1)} ...]] is not closed by ']]'")
                flush()
                tokens.append([m.group(1), text[i + m.end():end].strip()])
                i = end + 2
                continue
            m = re.match(r"\[\[([^\]\s]*)", text[i:])
            name = m.group(1) if m else ""
            raise SourceError(path, line, f"unknown inline markup [[{name} ...]] (use \\[ for a literal bracket)")
        if c == "*":
            j = i
            while j < n and text[j] == "*":
                j += 1
            run = j - i
            prev_ch = text[i - 1] if i > 0 else " "
            next_ch = text[j] if j < n else " "
            flush()
            # '***' opens/closes bold and italic together
            if run >= 3:
                tokens.append(["delim", "**", prev_ch, next_ch])
                tokens.append(["delim", "*", prev_ch, next_ch])
                if run > 3:
                    buf.append("*" * (run - 3))
            elif run == 2:
                tokens.append(["delim", "**", prev_ch, next_ch])
            else:
                tokens.append(["delim", "*", prev_ch, next_ch])
            i = j
            continue
        buf.append(c)
        i += 1
    flush()
    # Pair emphasis delimiters; unpaired ones stay literal.
    stack = []
    for idx, tok in enumerate(tokens):
        if tok[0] != "delim":
            continue
        kind, prev_ch, next_ch = tok[1], tok[2], tok[3]
        can_open = not next_ch.isspace()
        can_close = not prev_ch.isspace()
        opener = None
        if can_close:
            for k in range(len(stack) - 1, -1, -1):
                if tokens[stack[k]][1] == kind:
                    opener = k
                    break
        if opener is not None:
            tokens[stack[opener]][0] = "open"
            tok[0] = "close"
            del stack[opener:]
        elif can_open:
            stack.append(idx)
    for tok in tokens:
        if tok[0] == "delim":
            tok[0] = "text"
            tok[1:] = [tok[1]]
    return tokens


def parse_inline(text: str, state: ParseState, path: str, line: int, nested: bool = False) -> list:
    """Parse one logical line (paragraph text) into inline nodes."""
    out: list = []
    bold = italic = False
    for tok in _tokenise(text, path, line):
        kind = tok[0]
        if kind == "text":
            if tok[1]:
                out.append(Text(tok[1], bold, italic, state.ins, state.dele))
        elif kind in ("open", "close"):
            if tok[1] == "**":
                bold = kind == "open"
            else:
                italic = kind == "open"
        elif kind == "ins":
            if state.ins:
                raise SourceError(path, line, f"[[ins]] while an insertion opened on line {state.ins_line} is still open")
            state.ins, state.ins_line = True, line
        elif kind == "/ins":
            if not state.ins:
                raise SourceError(path, line, "[[/ins]] without an open [[ins]]")
            state.ins = False
        elif kind == "del":
            if state.dele:
                raise SourceError(path, line, f"[[del]] while a deletion opened on line {state.del_line} is still open")
            state.dele, state.del_line = True, line
        elif kind == "/del":
            if not state.dele:
                raise SourceError(path, line, "[[/del]] without an open [[del]]")
            state.dele = False
        elif kind == "br":
            out.append(Break(state.ins, state.dele))
        elif kind in _INLINE_KEYWORDS:
            if nested and kind != "footnote":
                raise SourceError(path, line, f"[[{kind} ...]] cannot be nested inside another directive")
            inner_state = ParseState()
            children = parse_inline(tok[1], inner_state, path, line, nested=True)
            if inner_state.ins or inner_state.dele:
                raise SourceError(path, line, f"tracked change opened inside [[{kind} ...]] is not closed there")
            if kind == "footnote":
                out.append(Footnote(children, state.ins, state.dele))
            elif kind == "comment":
                out.append(Comment(plain_text(children)))
            elif kind == "textbox":
                out.append(TextBox(children))
            else:
                out.append(Control(children))
    return out


def plain_text(inlines: list, accepted: bool = True) -> str:
    """Text of inline nodes; with accepted=True deletions are dropped, as in the PDF."""
    parts = []
    for node in inlines:
        if isinstance(node, Text):
            if accepted and node.dele:
                continue
            parts.append(node.text)
        elif isinstance(node, Break):
            parts.append("\n")
        elif isinstance(node, (TextBox, Control)):
            parts.append(plain_text(node.children, accepted))
    return "".join(parts)


# ----------------------------------------------------------------------------------------
# Block parsing

_HEADING = re.compile(r"^(#{1,4})\s+(.*?)\s*#*\s*$")
_DIRECTIVE = re.compile(r"^\s*\[\[(pagebreak|image-only|columns\s+(\d))\]\]\s*$")
_BULLET = re.compile(r"^(\s*)[-*•–]\s+(.*)$")
_NUMBER = re.compile(r"^(\s*)((?:\d{1,3}|[a-z]|[ivx]{1,5})\)|\(\d{1,3}\)|\([a-z]\))\s+(.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _split_row(text: str) -> list:
    s = text.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells, buf, depth, i = [], [], 0, 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            buf.append(s[i:i + 2])
            i += 2
            continue
        if s.startswith("[[", i):
            depth += 1
            buf.append("[[")
            i += 2
            continue
        if s.startswith("]]", i) and depth > 0:
            depth -= 1
            buf.append("]]")
            i += 2
            continue
        if c == "|" and depth == 0:
            cells.append("".join(buf).strip())
            buf = []
            i += 1
            continue
        buf.append(c)
        i += 1
    cells.append("".join(buf).strip())
    return cells


def _level(indent: str) -> int:
    width = len(indent.expandtabs(4))
    return 1 if width < 2 else (2 if width < 4 else 3)


def parse_body(lines: list, path: str) -> tuple:
    """Parse body lines [(line, text)] into blocks. Returns (blocks, state)."""
    lines = expand_repeats(strip_comments(lines), path)
    state = ParseState()
    blocks: list = []
    para: list = []          # pending text lines of a paragraph or list item: [(line, text)]
    pending = None           # ("para", None) or ("item", (kind, level))
    table_rows: list = []
    table_line = 0

    def join(parts):
        out = []
        for k, (_, t) in enumerate(parts):
            t = t.strip()
            if t.endswith("\\") and not t.endswith("\\\\"):
                t = t[:-1].rstrip() + "[[br]]"
                out.append(t)
            else:
                out.append(t + (" " if k < len(parts) - 1 else ""))
        return "".join(out).strip()

    def flush_para():
        nonlocal para, pending
        if para:
            line = para[0][0]
            inl = parse_inline(join(para), state, path, line)
            if pending and pending[0] == "item":
                kind, level = pending[1]
                blocks.append(ListItem(kind, level, inl, line))
            elif inl:
                blocks.append(Para(inl, line))
        para, pending = [], None

    def flush_table():
        nonlocal table_rows
        if table_rows:
            rows = []
            for no, cells in table_rows:
                rows.append([parse_inline(c, state, path, no) for c in cells])
            width = max(len(r) for r in rows)
            for r in rows:
                while len(r) < width:
                    r.append([])
            blocks.append(Table(rows, table_line))
        table_rows = []

    for no, raw in lines:
        text = raw.rstrip("\n")
        if not text.strip():
            flush_para()
            flush_table()
            continue
        stripped = text.strip()
        if stripped.startswith("|"):
            flush_para()
            if not table_rows:
                table_line = no
            if _TABLE_SEP.match(stripped):
                continue
            table_rows.append((no, _split_row(stripped)))
            continue
        flush_table()
        m = _DIRECTIVE.match(text)
        if m:
            flush_para()
            if m.group(1) == "pagebreak":
                blocks.append(PageBreak(no))
            elif m.group(1) == "image-only":
                blocks.append(ImageOnly(no))
            else:
                count = int(m.group(2))
                if count < 1 or count > 4:
                    raise SourceError(path, no, "[[columns N]] takes N from 1 to 4")
                blocks.append(Columns(count, no))
            continue
        if stripped.startswith("[[") and re.match(r"^\[\[(pagebreak|image-only|columns|repeat|/repeat)\b", stripped):
            raise SourceError(path, no, f"malformed block directive {stripped!r} (it must stand alone on its line)")
        m = _HEADING.match(text)
        if m:
            flush_para()
            blocks.append(Heading(len(m.group(1)), parse_inline(m.group(2), state, path, no), no))
            continue
        m = _BULLET.match(text)
        if m and not stripped.startswith("**"):
            flush_para()
            pending = ("item", ("bullet", _level(m.group(1))))
            para = [(no, m.group(2))]
            continue
        m = _NUMBER.match(text)
        if m:
            flush_para()
            pending = ("item", ("number", _level(m.group(1))))
            para = [(no, m.group(2) + " " + m.group(3))]
            continue
        if not para:
            pending = ("para", None)
        para.append((no, text))
    flush_para()
    flush_table()
    if state.ins:
        raise SourceError(path, state.ins_line, "[[ins]] opened here is never closed by [[/ins]]")
    if state.dele:
        raise SourceError(path, state.del_line, "[[del]] opened here is never closed by [[/del]]")
    return blocks, state
