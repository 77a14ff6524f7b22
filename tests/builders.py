"""Build HTML pages and PDF files from sample texts, in the layouts publishing systems use."""

from __future__ import annotations

import html

from fpdf import FPDF


def latin1_text(text: str) -> str:
    """The text with characters outside Latin-1 replaced, so that a core PDF font can draw it."""
    table = {"–": "-", "—": "-", "”": '"', "“": '"', "’": "'", "…": "..."}
    return "".join(table.get(ch, ch if ord(ch) < 256 else "?") for ch in text)


def to_pdf(text: str) -> bytes:
    """A PDF of the text: one line per line in a monospaced font, a new page at each form feed."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=True, margin=40)
    pdf.set_font("Courier", size=9)
    line_height = 12
    for page in latin1_text(text).split("\f"):
        pdf.add_page()
        for line in page.split("\n"):
            if line.strip():
                pdf.set_x(30)
                pdf.cell(w=0, h=line_height, text=line.rstrip(), new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(line_height)
    return bytes(pdf.output())


def to_html(text: str, *, system: str = "dynasty", charset: str = "utf-8") -> bytes:
    """An HTML page holding the text as a publishing system would, with navigation around it."""
    paragraphs = text.replace("\f", "\n").split("\n\n")
    body = "\n".join("<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="fi"><head><meta charset="{charset}"><title>Kokousasia</title>
<style>p {{ margin: 0 }}</style><script>var menu = "Etusivu";</script></head>
<body><nav class="main-menu"><ul><li>Etusivu</li><li>Päätöksenteko</li></ul></nav>
<div class="breadcrumbs">Etusivu &gt; Pöytäkirjat</div>
<div id="content" class="{system}">{body}</div>
<footer>Yhteystiedot &copy; Kunta</footer></body></html>"""
    return page.encode(charset, errors="xmlcharrefreplace")
