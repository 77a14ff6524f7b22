"""Lines into paragraphs and list points: the text shape that every field is built from."""

from __future__ import annotations

import regex

from . import patterns
from .models import Proposal

_LIST_MARKER = patterns.compile(
    r"^\s*(?:(?P<num>\d{1,2})(?:\s?[.)]|\s{3,}(?=\p{L}))|(?P<letter>[a-zåäö])\)|(?P<bullet>[-–•*▪·]))\s+(?=\S)"
)


_SUSPENDED = frozenset({"ja", "tai", "sekä", "eli", "och", "eller", "samt"})


def _join_hyphen(left: str, right: str) -> str:
    """Rejoin a word broken at a line-end hyphen.

    Finnish keeps the hyphen of a compound where the same vowel meets ("vuokra-alue"), after a
    capital or digit ("LED-valaisin") and before a capital; elsewhere a line-end hyphen is a break
    ("Valai-" + "sinten"). "sosiaali- ja terveys" keeps its suspended hyphen and its space.
    """
    first = right.split(" ", 1)[0]
    if first.casefold() in _SUSPENDED:
        return f"{left} {right}"
    before, after = left[-2], right[0]
    if before.casefold() == after.casefold() and before.casefold() in "aeiouyäöå":
        return left + right
    if before.isupper() or before.isdigit() or after.isupper() or after.isdigit():
        return left + right
    return left[:-1] + right


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph with single spaces; a word broken at a line-end hyphen is rejoined."""
    pieces: list[str] = []
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        last = pieces[-1] if pieces else ""
        if last.endswith("-") and len(last) > 1 and last[-2].isalpha() and line[:1].isalpha():
            # Only the last word of the previous line takes part in the join.
            head, _, word = last.rpartition(" ")
            joined = _join_hyphen(word if len(word) > 1 else last, line)
            pieces[-1] = f"{head} {joined}" if head and len(word) > 1 else joined
        else:
            pieces.append(line)
    return " ".join(pieces)


def paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated paragraphs, each joined into one line; list points keep a line each."""
    out: list[str] = []
    current: list[list[str]] = []

    def flush() -> None:
        joined = "\n".join(filter(None, (join_lines(entry) for entry in current)))
        if joined:
            out.append(joined)
        current.clear()

    for line in lines:
        if not line.strip():
            flush()
        elif not current or list_marker(line):
            current.append([line])
        else:
            current[-1].append(line)
    flush()
    return out


def text_of(lines: list[str]) -> str | None:
    """Paragraphs separated by a blank line, or None for no text."""
    paras = paragraphs(lines)
    return "\n\n".join(paras) if paras else None


def list_marker(line: str) -> regex.Match[str] | None:
    """The numbered or bulleted list marker at the start of a line, if any."""
    return _LIST_MARKER.match(line)


_BARE_NUMBER = patterns.compile(r"^\s*(\d{1,2})[.)]?\s*$")


def _merge_bare_numbers(lines: list[str]) -> list[str]:
    """A number alone on its line and the text on the next is one numbered point: saved pages put
    the number and the text of a point in two table cells ("1" / "hyväksyy …")."""
    out: list[str] = []
    pending: str | None = None
    for line in lines:
        m = _BARE_NUMBER.match(line)
        if m:
            pending = m.group(1)
            continue
        if pending is not None and line.strip():
            # a point's number left alone at the foot of a page is printed again with its text on the next
            out.append(line if list_marker(line) else f"{pending}. {line.strip()}")
            pending = None
        elif pending is None or line.strip():
            out.append(line)
    return out


def indent_of(line: str) -> int:
    """How many spaces a line is indented by."""
    return len(line) - len(line.lstrip())


def build_proposal(lines: list[str]) -> Proposal | None:
    """A proposal with its preamble and its numbered or bulleted points.

    Lines before the first point are the preamble; a point runs until a blank line
    or the next marker; prose after the list belongs to the text only.
    """
    lines = _merge_bare_numbers(lines)
    text = text_of(lines)
    if text is None:
        return None
    preamble_lines: list[str] = []
    points: list[list[str]] = []
    state = "preamble"
    kind: str | None = None
    indent = 0
    for line in lines:
        m = list_marker(line)
        if state == "preamble":
            if m:
                state = "list"
                kind = m.lastgroup
                indent = indent_of(line)
                points.append([line[m.end() :]])
            else:
                preamble_lines.append(line)
        elif state == "list":
            if m and m.lastgroup == kind:
                indent = indent_of(line)
                points.append([line[m.end() :]])
            elif not line.strip():
                state = "gap"
            elif indent_of(line) < indent and points[-1][-1].rstrip().endswith("."):
                state = "after"  # prose at the margin after an indented list (PDF text)
            else:
                points[-1].append(line)
        elif state == "gap":
            if m and m.lastgroup == kind:
                points.append([line[m.end() :]])
                state = "list"
            elif line.strip():
                state = "after"
        elif state == "after" and m and m.lastgroup == kind:
            # a second list of the same kind after a lead-in ("Kaupunginhallitus:") holds points too
            points.append([line[m.end() :]])
            state = "list"
    items = [join_lines(p) for p in points if join_lines(p)]
    preamble = text_of(preamble_lines) if items else None
    return Proposal(text=text, preamble=preamble, items=items)
