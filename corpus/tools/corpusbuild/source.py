"""Read one corpus source file: YAML front matter (with line numbers) and the body lines."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml


class SourceError(Exception):
    """A problem in a source file, reported as `path:line: message`."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path = path
        self.line = line
        self.message = message
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class Source:
    path: Path                      # absolute path of the .md file
    rel: str                        # path relative to corpus/, e.g. src/recommendations/x.md
    meta: dict                      # front matter, normalised (dates become strings)
    key_lines: dict = field(default_factory=dict)   # "gold.labels" -> line number in the file
    body: list = field(default_factory=list)        # [(line number, text)]

    # Convenience accessors -------------------------------------------------------------
    @property
    def output(self) -> str:
        return str(self.meta.get("output") or "")

    @property
    def template(self) -> str:
        return str(self.meta.get("template") or "plain")

    @property
    def language(self) -> str:
        return str(self.meta.get("language") or "en")

    @property
    def cover(self) -> dict:
        return self.meta.get("cover") or {}

    @property
    def gold(self) -> dict:
        return self.meta.get("gold") or {}

    @property
    def metadata(self) -> dict:
        return self.meta.get("metadata") or {}

    @property
    def quirk(self) -> dict | None:
        q = self.meta.get("quirk")
        if q is None:
            return None
        if isinstance(q, str):
            return {"type": q}
        return q

    @property
    def group(self) -> str:
        parts = Path(self.rel).parts
        return parts[1] if len(parts) > 2 else ""

    def line_of(self, key: str) -> int | None:
        """Line of a dotted front-matter key, or of its closest parent that has one."""
        while key:
            if key in self.key_lines:
                return self.key_lines[key]
            key = key.rpartition(".")[0]
        return 1

    def error(self, key_or_line, message: str) -> SourceError:
        line = key_or_line if isinstance(key_or_line, int) else self.line_of(key_or_line)
        return SourceError(self.rel, line, message)


def _normalise(value):
    """YAML turns 2024-03-15 into a date and 12:30 into an int; we want plain strings for dates."""
    if isinstance(value, dict):
        return {str(k): _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, _dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def _record_lines(node, prefix: str, offset: int, out: dict) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = f"{prefix}.{key_node.value}" if prefix else str(key_node.value)
            out[key] = key_node.start_mark.line + offset
            _record_lines(value_node, key, offset, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            key = f"{prefix}[{i}]"
            out[key] = item.start_mark.line + offset
            _record_lines(item, key, offset, out)


def load_source(path: Path, corpus_root: Path) -> Source:
    rel = str(path.relative_to(corpus_root))
    text = path.read_text(encoding="utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise SourceError(rel, 1, "the file must start with a '---' line (YAML front matter)")
    end = None
    for i in range(1, len(lines)):
        if lines[i].rstrip() == "---":
            end = i
            break
    if end is None:
        raise SourceError(rel, 1, "front matter is not closed by a second '---' line")
    fm_text = "\n".join(lines[1:end])
    try:
        data = yaml.safe_load(fm_text) or {}
        node = yaml.compose(fm_text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise SourceError(rel, line, f"front matter is not valid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise SourceError(rel, 2, "front matter must be a YAML mapping (key: value lines)")
    key_lines: dict = {}
    if node is not None:
        _record_lines(node, "", 2, key_lines)  # +1 for 1-based lines, +1 for the opening '---'
    body = [(i + 1, lines[i]) for i in range(end + 1, len(lines))]
    return Source(path=path, rel=rel, meta=_normalise(data), key_lines=key_lines, body=body)
