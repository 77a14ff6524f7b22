"""Lines that belong to the publishing system or the page, not to the minutes.

Navigation of Dynasty, CaseM and Ahjo pages, docplayer's transcript chrome, and
running page headers and footers of PDF text. Marked, not deleted, so that line
numbers stay those of the input.
"""

from __future__ import annotations

import itertools

import regex

from . import patterns
from .identifiers import case_number_in_line, parse_handling
from .vocab import match_heading

_CHROME = patterns.compile(
    r"""^(?:
        Dynasty\s(?:tietopalvelu|informationsservice).*   # Dynasty banner, Finnish and Swedish
      | RSS-linkki | RSS-länk | Kokousasiat: | Kokoukset: | Mötesärenden?: | Möten:
      | https?://\S+                                 # bare links
      | Edellinen\sasia.*|Föregående\särende.*       # Dynasty navigation bar
      | Banneri | Lataa(?:\s+Kuuntele)? | Kuuntele | Ladda\sner(?:\s+Lyssna)? | Lyssna
      | Pöytäkirja\son\starkastettu | Protokollet\sär\sgranskat
      | Koko:\spx | Storlek:\spx | Size:\spx | Transkriptio | Transkript | Transcript
      | Aloita\sesitys\ssivulta: | Starta\s(?:presentationen|visningen)\sfrån\ssidan:
      | Start\sthe\spresentation\sfrom\spage:
      | Download\s".*" | Ladda\sner\s".*" | Samankaltaiset\stiedostot | Liknande\sdokument
      | Använder\sdu\stjänsten\sBeslut.* | Käytätkö\sPäätökset-palvelua.* | Do\syou\suse\sthe\sDecisions.*
      | <\s?Takaisin | Takaisin | Tillbaka | Ajankohtaista | Olet\stäällä | Du\sär\shär
      | Jaa\ssivu | Dela\ssidan | Tulosta | Skriv\sut | Aihealueet | Ämnesområden
      | Näytä\slisää | Visa\smer
      | [_=*\-–.]{3,}(?:\s+[_=*\-–.]{3,})*            # drawn separators, signature blanks side by side
    )\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

# The head of an item page's handlings table, with the page number: "Turun kaupunki | § | Kokouspvm | Asia | 1 |"
# (tried only on lines with a "§": most lines are answered without the pattern)
_TABLE_HEAD = patterns.compile(
    r"^[^§|]{0,60}\|?\s*§\s*\|?\s*(?:Kokouspvm|Sammanträdesdatum|Mötesdatum)\s*\|?\s*(?:Asia|Ärende)\s*\|?\s*\d{0,4}\s*\|?\s*$",
    regex.IGNORECASE,
)

# A running header or footer carries a page number: "Sivu 12 (34)", "3 (27)", "Sida 5/105", "Sivu 2 / 100".
_PAGE_NUMBER = patterns.compile(
    r"(?:\b(?:sivu|sida|s\.|page)\s*\d{1,4}(?:\s*(?:/|\(|av)\s*\d{1,4}\)?)?|\b\d{1,4}\s*\(\s*\d{1,4}\s*\)|"
    r"(?<![\d./])\d{1,3}\s?/\s?\d{1,3}\s*$)",
    regex.IGNORECASE,
)
_FOOTER = patterns.compile(
    r"^(?:Protokolljusterarnas\sinitialer|Utdragets\sriktighet\sintygar|Pöytäkirjantarkastajien\snimikirjaimet|"
    r"Tarkastajien\snimikirjaimet|Justerarnas\ssignaturer|Puheenjohtajan\snimikirjaimet)\b.*$",
    regex.IGNORECASE | regex.VERBOSE,
)


# A line that is nothing but a page number and the page count ("2 (40)", "Sivu 3 / 12", "Sida 5 av 9"):
# page furniture even where it stands only once (a two-page extract). A bare "Sivu 326" may be the
# page column of a table of contents.
_PAGE_NUMBER_ONLY = patterns.compile(
    r"^\s*(?:(?:sivu|sida|page|s\.)\s*)?(?P<page>\d{1,4})\s*(?:/|av|of|\()\s*(?P<pages>\d{1,4})\s*\)?\s*$",
    regex.IGNORECASE,
)


# A short line that ends with a page named as one: "Esimerkin kaupunki   Pöytäkirja 7/2024   Sivu 2 / 40".
_NAMED_PAGE_AT_END = patterns.compile(
    r"\b(?:sivu|sida|page)\s*(?P<page>\d{1,4})\s*(?:/|av|of|\()\s*(?P<pages>\d{1,4})\s*\)?\s*$", regex.IGNORECASE
)


def _page_number_only(text: str) -> bool:
    m = _PAGE_NUMBER_ONLY.match(text)
    if m is None and len(text) < 160:
        m = _NAMED_PAGE_AT_END.search(text)
        if m and text[: m.start()].rstrip().endswith((".", ",")):
            return False  # a sentence that cites a page
    if m is None:
        return False
    # "27/2019" is a meeting's number: the page cannot be beyond the count
    return int(m["page"]) <= int(m["pages"]) <= 2000 and ("/" not in text or not text[0].isdigit())


_DIGITS = patterns.compile(r"\d+")


def may_hold_page_number(line: str) -> bool:
    # every form of _PAGE_NUMBER has "(", "/" or a page word: most lines are skipped in C
    if "(" in line or "/" in line:
        return True
    low = line.lower()
    return "sivu" in low or "sida" in low or "page" in low or "s." in low


def is_chrome(line: str) -> bool:
    """True for a publishing system's navigation or transcript line."""
    return _is_chrome_text(line.strip())


def opens_with_handlings_table(lines: list[str]) -> bool:
    """True for one case's page that opens with the table of its handlings ("Turun kaupunki | § | Kokouspvm |
    Asia | 1 |" over "Kaupunginhallitus | 65 | 03.03.2025 | 17 |"): its "§ 19 …" lines are another meeting's
    sections quoted in the text (a council's decisions put into effect), not items."""
    head = [text for line in lines[:8] if (text := line.strip())][:3]
    return any("§" in text and _TABLE_HEAD.match(text) for text in head)


def _is_chrome_text(text: str) -> bool:
    return bool(text and (_CHROME.match(text) or ("§" in text and _TABLE_HEAD.match(text))))


def _shape(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split())).casefold()


def _repeat_key(line: str) -> str:
    """What lines are compared by across pages: their shape, numbers left out; but a line with a section
    keeps its numbers, as the organ's line of each item ("Kunnanhallitus § 78 27.03.2025" under every
    page's header) differs from page to page and a header does not."""
    return " ".join(line.split()).casefold() if "§" in line else _shape(line)


# The shape of an item's own "§ 12" line, which also recurs at the top of pages.
_SHAPE_OF_SECTION = patterns.compile(r"^§\s?#|^#\s?§(?:\s|$)")
_OPENS_WITH_SECTION = patterns.compile(r"^#(?:\s?§)?,\s")


def _page_top_repeats(lines: list[str], page_starts: frozenset[int]) -> set[int]:
    """The first lines of each page (after a form feed) whose shape recurs on most pages: a running
    header even where it carries no page number of its own ("Protokoll  4§  30.01.2023  Sida")."""
    if not page_starts:
        return set()
    page_starts = page_starts | {0}  # the first page starts the text: form feeds stand only between pages
    tops: dict[str, list[int]] = {}
    for start in page_starts:
        seen = 0
        for j in range(start, min(len(lines), start + 6)):
            if not lines[j].strip():
                continue
            tops.setdefault(_repeat_key(lines[j]), []).append(j)
            seen += 1
            if seen == 3:
                break
    needed = max(2, (len(page_starts) + 1) // 2)
    return {
        j for shape, indexes in tops.items()
        if len(indexes) >= needed and not _SHAPE_OF_SECTION.match(shape) and len(shape) < 160
        for j in _repeats_of_item_line(shape, sorted(indexes))
        # an item that opens each page with its handling ("31, KST 2012-02-06 18:00") is no header
        if not _OPENS_WITH_SECTION.match(shape) or parse_handling(lines[j]) is None
    }  # fmt: skip


def _repeats_of_item_line(key: str, indexes: list[int]) -> list[int]:
    """The lines of a repeating line that are page furniture: an item's own line with its section
    ("Kunnanvaltuusto § 39 12.05.2025", compared with its numbers) opens the item where it first
    stands and is the header of the item's further pages."""
    return indexes[1:] if "§" in key else indexes


_PAGE_WORDS = frozenset({"sivu", "sida", "page"})
_PAGE_WORD_AT_END = patterns.compile(r"\S\s+(?:sivu|sida|page)\s*$", regex.IGNORECASE)
_NUMBER_AT_END = patterns.compile(r"\S\s+\d{1,4}\s*$")


# "KANKAANPÄÄN KAUPUNKI   PÖYTÄKIRJA 7/2017   54": the page numbered through the year, after the
# document's name and number, with no page count to tell it by
_NUMBERED_THROUGH_THE_YEAR = patterns.compile(
    r"\b(?:pöytäkirja|esityslista|protokoll|föredragningslista)\s+(?:n:o\s|nro\s|nr\s)?\d{1,3}\s?/\s?\d{4}\s+\d{1,4}$",
    regex.IGNORECASE,
)


def _number_below(lines: list[str], i: int) -> bool:
    """True when the next line ends in a bare number (a shape that recurs makes it a header, so the
    column gap an HTML page or PDF text may not keep is not needed)."""
    return i + 1 < len(lines) and bool(_NUMBER_AT_END.search(lines[i + 1]))


def noise_lines(lines: list[str], page_starts: frozenset[int]) -> set[int]:
    """Indexes of the lines that are publishing-system chrome or page furniture."""
    noise: set[int] = set()
    numbered: list[tuple[int, str]] = []  # short lines with a page number, and their shape
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if _is_chrome_text(text) or _FOOTER.match(text):
            noise.add(i)
        elif len(line) < 200 and may_hold_page_number(line) and _PAGE_NUMBER.search(line):
            numbered.append((i, _shape(line)))
            if _page_number_only(text):
                noise.add(i)
        elif len(line) < 200 and "/" in line and text[-1:].isdigit() and _NUMBERED_THROUGH_THE_YEAR.search(text):
            numbered.append((i, _shape(line)))
        elif (
            len(line) < 200
            and text[-4:].casefold() in _PAGE_WORDS
            and _PAGE_WORD_AT_END.search(line)
            and _number_below(lines, i)
        ):
            # "Protokoll   22 §   11.03.2025   Sida" over "Bildningsnämnden        2": the page's number
            # stands under its word, in the same column
            numbered.append((i, _shape(line)))
    # Running headers: those lines whose shape repeats on several pages.
    headers: dict[str, list[int]] = {}
    for i, shape in numbered:
        headers.setdefault(shape, []).append(i)
    # A running header often has more lines that repeat ("Kaupunginhallitus   22.09.2025"; Helsinki's
    # seven: city, "Pöytäkirja", number, page, organ, "Asia/2", date): the nearest non-blank line above
    # or below a header line, when the same line stands there on most of its pages, and so on outwards.
    # Each header is followed on its own pages: a document that joins two (minutes with an appendix of
    # another layout) has two.
    for header_indexes in headers.values():
        if len(header_indexes) >= 2:
            noise.update(header_indexes)
    first_section = next((i for i, line in enumerate(lines) if "§" in line), len(lines))
    for header_indexes in headers.values():
        if len(header_indexes) < 2:
            continue
        needed = max(2, (len(header_indexes) + 1) // 2)
        frontier = header_indexes
        for _ in range(6):
            near = _lines_beside(lines, frontier, noise, first_section)
            added = {
                j for key, indexes in near.items() if len(set(indexes)) >= needed
                for j in _repeats_of_item_line(key, sorted(set(indexes)))
            }  # fmt: skip
            if not added:
                break
            noise.update(added)
            frontier = sorted(added)
    noise.update(_page_top_repeats(lines, page_starts))
    noise.update(_numbered_page_tops(lines, page_starts, noise))
    noise.update(transcript_title(lines))
    noise.update(_numbered_page_heads(lines))
    noise.update(other_documents(lines))
    return noise


_OTHER_DOCUMENTS = patterns.compile(
    r"^\s*(?:Samankaltaiset\stiedostot|Liknande\sdokument|Relevanta\sdokument|Similar\sdocuments)\s*$", regex.I
)
_TRANSCRIPT_MARK = patterns.compile(r"^\s*(?:Transkriptio|Transkript|Transcript|TRANSCRIPT)\s*$")
_OTHER_DOCUMENTS_SEARCH = 400  # lines from the top in which the list and the transcript's mark stand


def other_documents(lines: list[str]) -> set[int]:
    """The titles of other documents that a transcript's page lists before the transcript itself
    ("Samankaltaiset tiedostot" / "PADASJOEN KUNTA SISÄLLYSLUETTELO 6 / 2017 Kunnanvaltuusto" / …): their
    numbers, organs and dates are not this document's."""
    head = lines[:_OTHER_DOCUMENTS_SEARCH]
    start = next((i for i, line in enumerate(head) if _OTHER_DOCUMENTS.match(line)), None)
    if start is None:
        return set()
    end = next((i for i in range(start + 1, len(head)) if _TRANSCRIPT_MARK.match(head[i])), None)
    return set(range(start + 1, end)) if end is not None else set()


_PAGE_HEAD = patterns.compile(r"^(?P<page>\d{1,4})\s(?P<head>\p{L}.{18,118})$")
_PAGE_HEADS_NEEDED = 3


def _numbered_page_heads(lines: list[str]) -> set[int]:
    """A transcript's page heads left on lines of their own where an item's start was put back: the
    page's number and the same words each time ("3 Aika klo 17:30-20:55 Paikka Valtuustosali"), the
    numbers rising."""
    by_head: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        m = _PAGE_HEAD.match(line) if line[:1].isdigit() else None
        if m:
            by_head.setdefault(" ".join(m["head"].split()), []).append((i, int(m["page"])))
    found: set[int] = set()
    for head, places in by_head.items():
        pages = [page for _, page in places]
        # a head that names the document ("3 PELKOSENNIEMEN KUNTA PÖYTÄKIRJA 8/ Kunnanhallitus") is a page's
        # from its second time on
        needed = 2 if _NAMES_MINUTES.search(head) else _PAGE_HEADS_NEEDED
        if len(places) >= needed and all(b > a for a, b in itertools.pairwise(pages)):
            found.update(i for i, _ in places)
    return found


_NAMES_MINUTES = patterns.compile(r"\b(?:pöytäkirja|protokoll|esityslista|föredragningslista)\b", regex.IGNORECASE)


_DOWNLOAD = patterns.compile(r'^\s*(?:Download|Ladda\sner|Lataa)\s"(?P<title>.*)"\s*$')
_TITLE_SEARCH = 12  # lines from the first in which a transcript's "Download" line stands


def transcript_title(lines: list[str]) -> set[int]:
    """A transcript's title over its chrome: the first words of some page (docplayer), which the
    "Download" line repeats in full; the words stand again in the transcript itself, and out of place
    at the top they read as a heading of their own ("Poissa Temonen Tuukka …" named people absent)."""
    first = next((i for i, line in enumerate(lines[:_TITLE_SEARCH]) if line.strip()), None)
    if first is None:
        return set()
    title = " ".join(lines[first].split())
    for line in lines[first + 1 : first + _TITLE_SEARCH]:
        m = _DOWNLOAD.match(line)
        if m and " ".join(m["title"].split()).startswith(title):
            return {first}
    return set()


# "Esimerkin kaupunki   Pöytäkirja 7/2024   2 (9)" at the top of a page, and the organ and date under it.
_PAGE_OF_PAGES_AT_END = patterns.compile(r"(?<![\d./])(?P<page>\d{1,4})\s?\(\s?(?P<pages>\d{1,4})\s?\)\s*$")
_SHORT_DATED = patterns.compile(r"^\s*\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,4}\s+\d{1,2}\.\d{1,2}\.\d{4}\s*$")


def _numbered_page_tops(lines: list[str], page_starts: frozenset[int], noise: set[int]) -> set[int]:
    """The running header of a page that stands only once (a two-page extract): the first line after a
    page break that ends in "page (pages)", and an "organ date" line right under it."""
    found: set[int] = set()
    for start in page_starts:
        j = next((k for k in range(start, min(len(lines), start + 3)) if lines[k].strip()), None)
        if j is None or j in noise:
            continue
        m = _PAGE_OF_PAGES_AT_END.search(lines[j])
        if not m or len(lines[j]) > 200 or not int(m["page"]) <= int(m["pages"]):
            continue
        found.add(j)
        below = j + 1
        if (
            below < len(lines)
            and _SHORT_DATED.match(lines[below])
            and (below + 1 >= len(lines) or not lines[below + 1].strip())
        ):
            found.add(below)
    return found


# The meeting's number alone on a line of the header: "6/2016" between "KOKOUSKUTSU" and "Sivu 3"
_MEETING_NUMBER_LINE = patterns.compile(r"\d{1,3}\s?/\s?(?:19|20)\d{2}")


def _lines_beside(lines: list[str], indexes: list[int], noise: set[int], first_section: int) -> dict[str, list[int]]:
    """The nearest non-blank lines above and below the given ones, by shape. A line that opens with a
    number is left out (an item's own line), but for the meeting's number on the first page's header, above
    the first section: there it is no item's case number."""
    near: dict[str, list[int]] = {}
    for i in indexes:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= 2 and not lines[j].strip():
                j += step
            near_text = lines[j].strip() if 0 <= j < len(lines) else ""
            # a sentence is an item's last words ("Ehdotus hyväksyttiin."), however often it recurs, and
            # a heading or a case number is the item's own ("Päätös", "NKBY/56/00.02.07/2023" under the
            # header of every page)
            if near_text and j not in noise and len(near_text) < 100 and not near_text.endswith("."):
                shape = _repeat_key(near_text)
                if (
                    not shape.startswith(("§", "#"))
                    and match_heading(near_text) is None
                    and case_number_in_line(near_text) is None
                ):
                    near.setdefault(shape, []).append(j)
                elif _MEETING_NUMBER_LINE.fullmatch(near_text):
                    near.setdefault(" ".join(near_text.split()), []).append(j)
    for key in [k for k, found in near.items() if _MEETING_NUMBER_LINE.fullmatch(k) and min(found) > first_section]:
        del near[key]
    return near
