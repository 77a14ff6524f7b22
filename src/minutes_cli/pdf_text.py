"""PDF to text with its layout: lines in reading order, columns kept apart by spaces, a blank line
where the page leaves one, and a form feed between pages, as `pdftotext -layout` gives it."""

from __future__ import annotations

import itertools
from typing import Any

from .errors import InputError

PDF_EXTRA = "pip install 'minutes-cli[pdf]'"


_Line = list[Any]  # [bottom, top, runs]; each run (left, bottom, right, top, text)


def _page_lines(page: Any) -> list[_Line]:
    """The page's text runs gathered into lines, top to bottom."""
    textpage = page.get_textpage()
    runs: list[tuple[float, float, float, float, str]] = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if text.strip():
            # pdfium gives a hyphen that breaks a word at the line's end as U+0002
            text = text.replace("\r", " ").replace("\n", " ").replace("\x02", "-")
            runs.append((left, bottom, right, top, text))
    textpage.close()
    runs.sort(key=lambda run: (-run[3], run[0]))
    lines: list[_Line] = []
    for run in runs:
        middle = (run[1] + run[3]) / 2
        for line in lines:
            if line[0] <= middle <= line[1]:
                line[2].append(run)
                line[0] = min(line[0], run[1])
                line[1] = max(line[1], run[3])
                break
        else:
            lines.append([run[1], run[3], [run]])
    lines.sort(key=lambda line: -line[1])
    return lines


def _usual_gap(pages: list[list[_Line]]) -> float:
    """The space between two lines of one paragraph, from the whole document.

    A line's box is as tall as its letters, so that space depends on the line spacing (single, 1.5,
    double); a paragraph break leaves half a line more. Most gaps in minutes are inside paragraphs:
    the gap that a seventh of them stay under is one, even on pages of headings and short lists.
    """
    gaps = sorted(max(0.0, a[0] - b[1]) for lines in pages for a, b in itertools.pairwise(lines))
    return gaps[len(gaps) // 7] if gaps else 0.0  # no page has two lines: no gap is ever judged


def _page_text(lines: list[_Line], usual_gap: float) -> str:
    if not lines:
        return ""
    heights = sorted(line[1] - line[0] for line in lines)
    height = heights[len(heights) // 2] or 10.0
    # capped: in a text of one-line paragraphs the usual gap is a blank line
    blank_gap = min(usual_gap, height) + 0.5 * height
    char_width = height * 0.5
    touching = height * 0.35  # less than any space between words
    word_space = height * 1.0  # less than any gap between columns
    out: list[str] = []
    previous_bottom: float | None = None
    for bottom, top, line_runs in lines:
        if previous_bottom is not None and previous_bottom - top > blank_gap:
            out.append("")
        previous_bottom = bottom
        text = ""
        right: float | None = None
        for left, _b, run_right, _t, run_text in sorted(line_runs, key=lambda run: run[0]):
            column = int(left / char_width)
            gap: float | None = left - right if right is not None else None
            # punctuation closes on the word before it across a wider gap than letters do
            near = touching * 2 if run_text[:1] in ".,;:)" else touching
            if gap is not None and gap < near and not run_text[:1].isspace():
                # a word the PDF drew in pieces (kerning, a change of font): "k" "aupunginvaltuuston"
                if near > touching:
                    text = text.rstrip()  # the space pdfium put before the full stop
            elif gap is not None and gap < word_space:
                # the next word, however wide the letters before it ("Kaupunginjohtajan esitys:" in bold)
                text += "" if text.endswith(" ") or run_text[:1].isspace() else " "
            elif len(text) < column:
                text += " " * (column - len(text))
            elif text and not text.endswith(" "):
                text += " "
            text += run_text
            right = run_right
        out.append(text.rstrip())
    return "\n".join(out)


def pdf_to_text(data: bytes) -> str:
    """The text of every page, pages separated by form feeds.

    Raises InputError for a PDF that cannot be opened, is encrypted, or has no text layer.
    """
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:
        raise InputError(f"reading PDF files needs the pdf extra: {PDF_EXTRA}") from exc
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise InputError("encrypted PDF: it needs a password") from exc
        raise InputError(f"not a readable PDF ({exc})") from exc
    try:
        page_lines = [_page_lines(page) for page in document]
    finally:
        document.close()
    usual_gap = _usual_gap(page_lines)
    pages = [_page_text(lines, usual_gap) for lines in page_lines]
    if not any(page.strip() for page in pages):
        raise InputError(f"PDF without a text layer ({len(pages)} pages; a scan?): run OCR on it first")
    return "\n\f".join(pages) + "\n"
