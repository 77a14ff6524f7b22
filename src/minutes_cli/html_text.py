"""HTML to text in reading order: block elements and <br> as line breaks, table cells apart,
scripts, styles, navigation and forms left out, entities decoded, the declared charset honoured."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

import regex

from . import patterns
from .decode import decode_bytes
from .vocab import heading_kind

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "nav", "form", "button",
                   "footer", "select", "option", "textarea", "object", "canvas", "map"})  # fmt: skip
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "blockquote", "pre",
                        "section", "article", "main", "header", "footer", "aside", "figure", "hr"})  # fmt: skip
_LINE = frozenset({"div", "li", "tr", "dd", "dt", "br", "caption", "address", "center", "tbody", "thead",
                   "fieldset", "legend", "summary", "details"})  # fmt: skip
_CELL = frozenset({"td", "th"})
_BOLD = frozenset({"b", "strong"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"})
_NAV_HINT = patterns.compile(r"\b(?:nav|navigation|menu|breadcrumbs?|skip-?link|cookie|site-header|site-footer)\b",
                          regex.IGNORECASE)  # fmt: skip
_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", regex.IGNORECASE)


_NBSP_GAP = patterns.compile(r"[ \t]*\u00a0[ \t\u00a0]*\u00a0[ \t\u00a0]*|[ \t]*\x02[ \t]*")


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_stack: list[str] = []
        self.classes: list[str] = []
        self.lang: str | None = None
        # open lists, innermost last: the kind ("ol" numbered, "a" lettered, "ul" bulleted) and the last number
        self.lists: list[list[str | int]] = []
        self.marker = ""  # the marker of a list point, written before the point's first text
        # open <b>/<strong>: where each one's text starts in parts, if it opens its line
        self.bold: list[int | None] = []

    def _newline(self, blank: bool) -> None:
        self.parts.append("\n\n" if blank else "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_stack:
            if tag not in _VOID:
                self.skip_stack.append(tag)
            return
        attr = dict(attrs)
        if tag == "html" and self.lang is None and attr.get("lang"):
            self.lang = (attr["lang"] or "").split("-")[0].casefold()
        hint = " ".join(filter(None, (attr.get("class"), attr.get("id"), attr.get("role"))))
        if attr.get("class"):
            self.classes.extend(attr["class"].split())  # type: ignore[union-attr]
        hidden = attr.get("aria-hidden") == "true" or attr.get("hidden") is not None
        if tag in _SKIP or hidden or (tag in ("div", "ul", "header", "footer", "aside") and _NAV_HINT.search(hint)):
            if tag not in _VOID:
                self.skip_stack.append(tag)
            return
        if tag in ("ol", "ul"):
            self.lists.append(_list_of(tag, attr))
        if tag in ("li", "ol", "ul"):
            self.marker = ""  # a point with no text of its own before the next one gets no marker
        if tag in _PARAGRAPH:
            self._newline(True)
        elif tag in _LINE:
            self._newline(False)
        elif tag in _CELL:
            self.parts.append("\x02")
        if tag == "li" and self.lists:
            self.marker = _next_marker(self.lists[-1])
        if tag in _BOLD:
            self.bold.append(len(self.parts) if self._at_line_start() else None)

    def _at_line_start(self) -> bool:
        for part in reversed(self.parts):
            before, newline, _ = part.rpartition("\n")
            if part[len(before) + len(newline) :].strip():
                return False
            if newline or "\x02" in part:
                return True
        return True

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack:
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        if tag in _BOLD and self.bold:
            start = self.bold.pop()
            label = "".join(self.parts[start:]).strip() if start is not None else ""
            if label and not label.endswith(":") and heading_kind(label):
                # "<p><strong>Päätös</strong> Hyväksyttiin.</p>": a heading in bold opening its paragraph
                # stands apart from its text, as a label in its own column does
                self.parts.append("\x01")
        if tag in _PARAGRAPH:
            self._newline(True)
        elif tag in _LINE:
            self._newline(False)

    def handle_data(self, data: str) -> None:
        if not self.skip_stack:
            if self.marker and data.strip():
                # the marker goes before the point's first text ("<li><p>text"), on the same line
                self.parts.append(self.marker)
                data = data.lstrip()
                self.marker = ""
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def _list_of(tag: str, attr: dict[str, str | None]) -> list[str | int]:
    """A list as it opens: its kind and the number before its first point (<ol start="3"> starts at 3)."""
    if tag == "ul":
        return ["ul", 0]
    start = attr.get("start") or ""
    first = int(start) if start.strip().isdigit() else 1
    return ["a" if attr.get("type") == "a" else "ol", first - 1]


def _next_marker(current: list[str | int]) -> str:
    """The marker a browser draws before the next point: "3. ", "b) " or "- ", so that the text keeps the
    list that the page's markup holds."""
    kind, number = current
    if kind == "ul":
        return "- "
    number = int(number) + 1
    current[1] = number
    if kind == "a" and number <= 26:
        return f"{chr(ord('a') + number - 1)}) "
    return f"{number}. "


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag."""
    m = _CHARSET.search(data[:8192])
    return m.group(1).decode("ascii", errors="ignore") if m else None


@dataclass(frozen=True)
class Page:
    """The text of an HTML page, the encoding it was read in, the CSS classes it uses and its declared
    language (<html lang="fi">)."""

    text: str
    encoding: str
    classes: list[str]
    lang: str | None


def html_to_text(data: bytes, encoding: str | None = None) -> Page:
    """The page's text in reading order, with what the page says of itself."""
    charset = encoding or declared_charset(data)
    try:
        text, used = decode_bytes(data, charset)
    except Exception:  # a wrong declared charset falls back to detection
        text, used = decode_bytes(data, None)
    builder = _TextBuilder()
    builder.feed(text)
    builder.close()
    # Runs of non-breaking spaces set a label apart from its text ("Päätös&nbsp;&nbsp;&nbsp; Kaupunginhallitus:"),
    # as table cells do: both become a column gap; other white space is folded.
    raw = _NBSP_GAP.sub("\x01", "".join(builder.parts))
    lines = [" ".join(line.replace("\x01", " \x01 ").split()).replace(" \x01 ", "   ").replace("\x01", "").strip()
             for line in raw.split("\n")]  # fmt: skip
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return Page("\n".join(out).strip() + "\n", used, builder.classes, builder.lang)
