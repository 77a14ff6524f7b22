"""Build HTML pages and PDF files from sample texts, in the layouts publishing systems use."""

from __future__ import annotations

import html
import re

from fpdf import FPDF

# Two or more spaces inside a line separate columns, which documents draw apart (PDF) or put in
# table cells (HTML), not as runs of spaces.
_COLUMN_GAP = re.compile(r"\S(?:.*?\S)?(?=\s{2,}|$)")


def latin1_text(text: str) -> str:
    """The text with characters outside Latin-1 replaced, so that a core PDF font can draw it."""
    table = {"–": "-", "—": "-", "”": '"', "“": '"', "’": "'", "…": "..."}
    return "".join(table.get(ch, ch if ord(ch) < 256 else "?") for ch in text)


def to_pdf(text: str, *, line_spacing: float = 1.33) -> bytes:
    """A PDF of the text: one line per line in a monospaced font, a new page at each form feed.

    line_spacing is the distance between lines in font sizes (Word's "1,5" is about 1.75).
    """
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=True, margin=40)
    pdf.set_font("Courier", size=9)
    line_height = 9 * line_spacing
    for page in latin1_text(text).split("\f"):
        pdf.add_page()
        char_width = pdf.get_string_width("x")
        for line in page.split("\n"):
            if line.strip():
                for column in _COLUMN_GAP.finditer(line.rstrip()):
                    pdf.set_x(30 + column.start() * char_width)
                    pdf.cell(w=pdf.get_string_width(column.group(0)), h=line_height, text=column.group(0))
                pdf.ln(line_height)
            else:
                pdf.ln(line_height)
    return bytes(pdf.output())


def to_html(text: str, *, system: str = "dynasty", charset: str = "utf-8") -> bytes:
    """An HTML page holding the text as a publishing system would, with navigation around it."""
    paragraphs = text.replace("\f", "\n").split("\n\n")
    body = "\n".join(_html_paragraph(p) for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="fi"><head><meta charset="{charset}"><title>Kokousasia</title>
<style>p {{ margin: 0 }}</style><script>var menu = "Etusivu";</script></head>
<body><nav class="main-menu"><ul><li>Etusivu</li><li>Päätöksenteko</li></ul></nav>
<div class="breadcrumbs">Etusivu &gt; Pöytäkirjat</div>
<div id="content" class="{system}">{body}</div>
<footer>Yhteystiedot &copy; Kunta</footer></body></html>"""
    return page.encode(charset, errors="xmlcharrefreplace")


def _html_paragraph(paragraph: str) -> str:
    lines = paragraph.split("\n")
    if len(lines) == 1 and "  " in lines[0].strip():
        cells = "".join(f"<td>{html.escape(c.group(0))}</td>" for c in _COLUMN_GAP.finditer(lines[0].strip()))
        return f"<table><tr>{cells}</tr></table>"
    return "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"
