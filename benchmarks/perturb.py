"""Parse texts again after changes real documents show, and list where the parse changed.

    python benchmarks/perturb.py ../shared/corpus ../shared/corpus_lapua
    python benchmarks/perturb.py samples --only pages,rewrap50 --show 20

Each transform is a way the same minutes reach users differently: Windows line ends, a byte-order
mark, running page headers, a page number alone, prose wrapped anew, lost blank lines, "N §" for
"§ N", list points "1)". A changed parse is a place to look, not a verdict: some changes are right
(a header inserted by the transform carries its own meeting number; text fields copy the text, so
removing blank lines or renumbering lists changes them by design). Found this way and fixed:
paragraphs split at page breaks, a header that stands once, lower-case heading words in wrapped
sentences, titles running into text without a blank line.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minutes_cli.errors import MinutesError
from minutes_cli.models import Document
from minutes_cli.parser import parse_text


def _pages(text: str, every: int = 40) -> str:
    """A two-line running header after a form feed every `every` lines."""
    lines = text.split("\n")
    out: list[str] = []
    for n, line in enumerate(lines):
        if n and n % every == 0:
            page = n // every + 1
            header = f"\fEsimerkin kaupunki      Pöytäkirja 7/2024      {page} (99)"
            out += [header, "Kaupunginhallitus      12.03.2024", ""]
        out.append(line)
    return "\n".join(out)


def _footers(text: str, every: int = 45) -> str:
    """A page number alone between the lines, as a footer without a form feed."""
    lines = text.split("\n")
    out: list[str] = []
    for n, line in enumerate(lines):
        if n and n % every == 0:
            out += ["", f"Sivu {n // every + 1} / 99", ""]
        out.append(line)
    return "\n".join(out)


def _rewrap(width: int) -> Callable[[str], str]:
    """Prose lines (long, ending a sentence, no columns) wrapped at `width`, keeping their indent."""

    def wrap(text: str) -> str:
        out: list[str] = []
        for line in text.split("\n"):
            body = line.strip()
            prose = len(line) > width + 10 and "  " not in body and body[:1].isalpha() and body.endswith((".", ","))
            if prose:
                indent = " " * (len(line) - len(line.lstrip()))
                out += [indent + part for part in textwrap.wrap(body, width, break_long_words=False)]
            else:
                out.append(line)
        return "\n".join(out)

    return wrap


def _caps_headings(text: str) -> str:
    """Headings alone on their line in capitals, as older documents print them ("PÄÄTÖSEHDOTUS")."""
    from minutes_cli.vocab import match_heading

    out = []
    for line in text.split("\n"):
        heading = match_heading(line)
        out.append(line.upper() if heading and not heading.rest and heading.separator != " " else line)
    return "\n".join(out)


def _justified(text: str) -> str:
    """Justified PDF text: every fourth gap between words of a printed line (up to 110 characters) is two
    spaces wide."""
    out = []
    for line in text.split("\n"):
        if 60 < len(line) <= 110 and "  " not in line.strip():
            words = line.split(" ")
            line = "".join(w + ("  " if n % 4 == 3 else " ") for n, w in enumerate(words[:-1])) + words[-1]
        out.append(line)
    return "\n".join(out)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "bom": lambda t: "\ufeff" + t,
    "tabs": lambda t: re.sub(r"(?<=\S) {4,}(?=\S)", "\t", t),
    "nbsp": lambda t: re.sub(r"(?<=\d) (?=\d)", "\u00a0", t),
    "pages": _pages,
    "footers": _footers,
    "rewrap50": _rewrap(50),
    "rewrap70": _rewrap(70),
    "noblank": lambda t: re.sub(r"\n[ \t]*\n+", "\n", t),
    "sign_after": lambda t: re.sub(r"(?m)^([ \t]*)§[ \t]?(\d{1,4})\b", r"\1\2 §", t),
    "paren_lists": lambda t: re.sub(r"(?m)^(\s*)(\d{1,2})\.\s+(?=\S)", r"\1\2) ", t),
    "caps_headings": _caps_headings,
    "justified": _justified,
}


def essentials(doc: Document) -> dict[str, Any]:
    """What a user reads from a parse, without line numbers and source."""
    m = doc.meeting
    meeting = None if m is None else (m.organ, m.date, m.number, m.chair, m.secretary, len(m.participants))
    items = [
        (
            i.section,
            i.title,
            i.case_number.raw if i.case_number else None,
            (i.handling.organ, i.handling.date, i.handling.section) if i.handling else None,
            [p.name for p in i.preparers],
            i.presenter.name if i.presenter else None,
            (i.proposal.preamble, i.proposal.items) if i.proposal else None,
            (i.decision.text, i.decision.outcome) if i.decision else None,
            len(i.history),
        )
        for i in doc.items
    ]
    return {"type": doc.document_type, "language": doc.language, "meeting": meeting, "items": items}


def _read(text: str) -> dict[str, Any] | str:
    try:
        return essentials(parse_text(text))
    except MinutesError as exc:
        return f"refused: {exc}"


def _differences(before: dict[str, Any] | str, after: dict[str, Any] | str) -> list[str]:
    if isinstance(before, str) or isinstance(after, str):
        return [f"{before!s:.80} -> {after!s:.80}"]
    keys = ("type", "language", "meeting")
    out = [f"{k}: {before[k]!r:.100} -> {after[k]!r:.100}" for k in keys if before[k] != after[k]]
    if len(before["items"]) != len(after["items"]):
        return [*out, f"items: {[i[0] for i in before['items']]} -> {[i[0] for i in after['items']]}"]
    for old, new in zip(before["items"], after["items"], strict=True):
        pairs = enumerate(zip(old, new, strict=True))
        out += [f"§{old[0]} field {n}: {a!r:.100} -> {b!r:.100}" for n, (a, b) in pairs if a != b]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path, help="folders of .txt minutes")
    parser.add_argument("--only", help="comma-separated transforms (default: all)")
    parser.add_argument("--show", type=int, default=5, help="differences to print per transform")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    unknown = [n for n in names if n not in TRANSFORMS]
    if unknown:
        print(f"perturb: unknown transform(s) {', '.join(unknown)}; known: {', '.join(TRANSFORMS)}", file=sys.stderr)
        return 2
    files = sorted(p for folder in args.folders for p in folder.glob("*.txt"))
    texts = {p: p.read_text(encoding="utf-8", errors="replace") for p in files}
    baseline = {p: _read(t) for p, t in texts.items()}
    for name in names:
        changed: list[tuple[str, list[str]]] = []
        for path, text in texts.items():
            after = _read(TRANSFORMS[name](text))
            if after != baseline[path]:
                changed.append((path.name, _differences(baseline[path], after)))
        print(f"{name}: {len(changed)} of {len(files)} parses changed")
        for file_name, lines in changed[: args.show]:
            for line in lines[:3]:
                print(f"    {file_name}: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
