"""Text to clean lines: one output line per input line, so that line numbers stay true.

Invisible characters are removed, space-like characters become spaces, and
UTF-8 text that was once read as Windows-1252 ("Ã¤" for "ä") is repaired.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import NamedTuple

import regex

from . import patterns
from .decision import opens_with_decision_verb
from .guard import guarded
from .listing import Listing, listed_items, restore_starts
from .people import TWO_WORD_NAME, is_title_word

# Zero-width space, soft hyphen, BOM, word joiner, zero-width (non-)joiners, LTR/RTL marks.
_INVISIBLE = "\u200b\u00ad\ufeff\u2060\u200c\u200d\u200e\u200f"
_SPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u3000\v"
_CONTROL_CHARS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]))
_CONTROL_TO_SPACE = dict.fromkeys(map(ord, _CONTROL_CHARS), " ")


def _replace_each(text: str, chars: str, by: str) -> str:
    # str's own search skips a text without the character far faster than a character-class pattern
    for ch in chars:
        if ch in text:
            text = text.replace(ch, by)
    return text


_MOJIBAKE = patterns.compile(r"Ã[\x80-\xbf¤¶¥–—…€„]|Â[§\xa0°½]")


class Lines(NamedTuple):
    """The normalised lines of a text, the lines that start a new page, and for each line the
    input line it came from (a flattened page is split into several)."""

    lines: list[str]
    page_starts: frozenset[int]
    origin: list[int]
    restored: bool = False
    """Item starts of a transcript were put back from its own listing of items."""


# Transcripts (docplayer) flatten a whole page onto one line. Where such a line names an item
# ("§ 332, STST 2018-12-03", "§ 46 Kokouksen …") or a heading after a sentence ("… 2015. Beslut
# Stadsstyrelsen …"), a line break is put back so that the usual rules can read it.
FLAT_LINE = 400
# not the "§ N" of an earlier stage's line ("Kaupunginhallitus 21.11.2016 § 576 Kaupunginhallitus esittää …"),
# which goes on a line of its own
_FLAT_ITEM = patterns.compile(r"(?<!\d{1,2}\.\d{1,2}\.\d{4})\s+(?=§\s?\d{1,4},?\s\p{Lu})")
_FLAT_STAGE = patterns.compile(
    r"(?<=[.!?:]\s)(\p{Lu}[\p{L}\-]*(?:\s[\p{L}\-]+){0,3}\s\d{1,2}\.\d{1,2}\.\d{4}\s§\s?\d{1,4})\s(?=\p{Lu})"
)
_FLAT_HEADING = patterns.compile(
    r"(?:(?<=[.!?:)]\s|\d\s|\n)|^)(?P<h>Päätösehdotus|Ehdotus|Päätös|Valmistelija|Lisätiedot|Esittelijä|Käsittely|Liitteet|"
    r"Beslutsförslag|Beslut|Förslag|Beredare|Beredning|Föredragande|Behandling|Bilagor)"
    r"(?P<c>(?:\s?/\s?lisätiedot)?:?)\s(?=\p{Lu})"
    # words that are capitalised only as headings split after any word: "… Väliraportti Päätösehdotus
    # Kaupunginjohtaja …", "puh. Liitteet 1 Lausunto"
    r"|(?<=\s)(?P<h>Päätösehdotus|Beslutsförslag|Liitteet|Bilagor)(?P<c>:?)\s(?=\p{Lu}|\d\s)"
    # an official's proposal after a sentence: "… en fastighet. Stadsdirektörens förslag: Stadsstyrelsen …"
    r"|(?<=[.!?]\s)(?P<h>\p{Lu}\p{Ll}+[ns]\s(?:ehdotus|päätösehdotus|förslag|beslutsförslag))(?P<c>:)\s(?=\p{Lu})"
    # the official who proposes, by title, after a sentence or the organ's section: "… 4 kappaletta.
    # Rehtori: Sivistyslautakunta päättää …", "Siv.ltk 50 Kunnanjohtaja: Puheenjohtaja avaa …"
    r"|(?<=[.!?]\s|\d\s)(?P<official>\p{Lu}\p{Ll}{3,}:)\s(?=\p{Lu})"
    # the decision heading before its text whose first word, a capital one, the transcript lost: "… Mustosen.
    # Päätös hyväksyttiin yksimielisesti." (from "Päätös Ehdotus hyväksyttiin …")
    r"|(?<=[.!?]\s)(?P<verdict>Päätös|Beslut):?\s(?=\p{Ll})"
)


def _heading_on_its_line(m: regex.Match[str]) -> str:
    if m["verdict"]:
        return "\n" + m["verdict"] + "\n" if opens_with_decision_verb(m.string[m.end() : m.end() + 80]) else m[0]
    if m["official"]:
        # the title opens a paragraph of its own and keeps its text, as a speaker's line does
        return "\n\n" + m["official"] + " " if is_title_word(m["official"]) else m[0]
    return "\n" + m["h"] + m["c"] + "\n"


_PREPARER_HEADING = patterns.compile(r"(?:Valmistelija|Lisätiedot|Beredare)(?:\s?/\s?lisätiedot)?:?")
_PRESENTING_HEADING = patterns.compile(r"Päätösehdotus|Ehdotus|Esittelijä|Beslutsförslag|Förslag|Föredragande")
_TITLE_NAME_THEN_TEXT = patterns.compile(rf"((?P<title>\p{{Lu}}\p{{Ll}}+)\s{TWO_WORD_NAME})\s(?=\p{{Lu}})")
# the name with its title after it: "Juuso Kattila vs. kaupunkitarkastaja Toimielimeen valitut …"
_NAME_TITLE_THEN_TEXT = patterns.compile(
    rf"({TWO_WORD_NAME},?\s(?:(?:vs|vt|va|t\.f|tf)\.?\s)?(?:\p{{Ll}}[\p{{Ll}}\-]*\s){{0,2}}(?P<title>\p{{Ll}}[\p{{Ll}}\-]+))"
    r"\s(?=\p{Lu})"
)
_NAME_THEN_TEXT = patterns.compile(rf"({TWO_WORD_NAME})\s(?=\p{{Lu}}[\p{{Ll}}\-]*\s+\S+\s+\S+)")


# Dynasty 5's text files put a whole item on one line, opening with its handling, its upper-case
# title and the organ's abbreviation: "Tekninen lautakunta § 94 15.12.2020 PÖYTÄKIRJAN TARKASTUS
# TEKLTK § 94 …". It is put back as "§ 94 PÖYTÄKIRJAN TARKASTUS" over the handling line.
_ONE_LINE_ITEM = patterns.compile(
    r"^\s*(?P<organ>\p{Lu}[\p{L}\-]*(?:\s[\p{L}\-]+){0,4}?)\s§\s?(?P<n>\d{1,4})\s(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s+"
    r"(?P<title>\p{Lu}[\p{Lu}\d\s,.\-–/()&:]{2,250}?)\s+\p{Lu}{2,12}\s§\s?(?P=n)\b\s*(?P<rest>.*)$"
)


# A flattened page's footer at its end: "… valittiin Sari Mietti ja Timo Mykkä. Sivu 5/56"
_PAGE_FOOTER_AT_END = patterns.compile(r"(?<=\S)\s+((?:Sivu|Sida)\s\d{1,4}\s?/\s?\d{1,4})\s*$")


def _unflatten(line: str, flattened: bool = False) -> list[str]:
    if len(line) < FLAT_LINE and not flattened:
        return [line]
    footer = _PAGE_FOOTER_AT_END.search(line[-20:])
    if footer:
        cut = len(line) - 20 + footer.start() if len(line) > 20 else footer.start()
        return [*_unflatten(line[:cut], flattened), footer.group(1)]
    item = _ONE_LINE_ITEM.match(line) if "§" in line[:120] else None
    if item:
        head = [f"§ {item['n']} {item['title'].strip()}", f"{item['organ']} {item['date']} § {item['n']}"]
        return head + _unflatten(item["rest"], flattened=True)
    line = guarded(lambda t: _FLAT_STAGE.sub("\n\\1\n", line, timeout=t), line, "flattened lines")
    line = guarded(lambda t: _FLAT_ITEM.sub("\n", line, timeout=t), line, "flattened lines")
    line = guarded(lambda t: _FLAT_HEADING.sub(_heading_on_its_line, line, timeout=t), line,
                   "flattened lines")  # fmt: skip
    pieces = line.split("\n")
    for n in range(1, len(pieces)):
        titled = _NAME_TITLE_THEN_TEXT.match(pieces[n]) if _PREPARER_HEADING.fullmatch(pieces[n - 1]) else None
        if titled and is_title_word(titled["title"]):
            # "Valmistelija / lisätiedot: Juuso Kattila vs. kaupunkitarkastaja Toimielimeen …"
            pieces[n : n + 1] = [titled.group(1), pieces[n][titled.end() :]]
        elif _PREPARER_HEADING.fullmatch(pieces[n - 1]) and (name := _NAME_THEN_TEXT.match(pieces[n])):
            # "Valmistelija / lisätiedot: Liisa Leino Etelä-Suomen aluehallintovirasto on pyytänyt …": the
            # preparer's name alone, then the text; a name with its title or contacts is left whole
            pieces[n : n + 1] = [name.group(1), pieces[n][name.end() :]]
        elif (
            _PRESENTING_HEADING.fullmatch(pieces[n - 1])
            and (official := _TITLE_NAME_THEN_TEXT.match(pieces[n]))
            and is_title_word(official["title"])
        ):
            # "Päätösehdotus Kaupunginjohtaja Jukka Mäkelä Kaupunginhallitus toteaa …": the heading with its
            # presenter, as Dynasty prints them on one line, then the text
            pieces[n - 1 : n + 1] = [f"{pieces[n - 1]} {official.group(1)}", pieces[n][official.end() :]]
    return pieces


def _unflatten_pieces(rest: str) -> list[str]:
    """The lines of a flattened page's text whose line breaks were put back as newlines."""
    return [part for piece in rest.split("\n") for part in _unflatten(piece, True)]


# KTweb minutes flattened by a transcript print an item's title before the organ's section line, whose
# § is lost: "3 HAUKIPUTAAN KUNTA PÖYTÄKIRJA 5/ Kokouksen laillisuus ja päätösvaltaisuus KVALT 37
# Suoritetaan nimenhuuto …". The organ and number must open a sentence, and the same organ must come
# with rising numbers on two pages or more; the page's header is the words all those pages begin with.
# an organ's abbreviation before a section: "KVALT", "SSTYR", "Kvalt", "Khall", "Tekltk"
_ORGAN_ABBREVIATION = r"\p{Lu}{3,8}|\p{Lu}\p{Ll}{0,9}?\.?(?:valt|hall|ltk)\.?"
_PAGE_ORGAN_SECTION = patterns.compile(
    rf"\s(?P<organ>{_ORGAN_ABBREVIATION}|\p{{Lu}}\p{{Ll}}+(?:hallitus|valtuusto|lautakunta|jaosto)|K[hv])"
    r"\s(?P<n>\d{1,4})\s(?=\p{Lu}\p{Ll})"
)
_PAGE_NUMBER = patterns.compile(r"^\d{1,3}\s")
_TRAILING_CASE_NUMBER = patterns.compile(r"\s(\d{1,5}/[\d.\s]{0,20}/\s?(?:19|20)\d{2})$")
# the case number ends the title, and an earlier stage without its organ's number may follow it: "Valtuustoaloite
# … 988/00.02.02/2014 Kunnanvaltuusto Valtuutettu … on jättänyt …"
_CASE_NUMBER_IN_TITLE = patterns.compile(r"\s(\d{1,5}/\d{2}\.\d{2}\.\d{2}(?:\.\d{2})?/\s?(?:19|20)\d{2})\s(?=\p{Lu})")


def _rises(numbers: list[int]) -> bool:
    """True when each section is above the one before it, as an item's pages go through the meeting."""
    return all(a < b for a, b in itertools.pairwise(numbers))


_NEXT_TITLE_WORDS = 12


def _next_item_title(text: str) -> int | None:
    """Where the title of an item that follows another on its page begins: after the last sentence of the
    text before its organ's line, when what is left is a short run of words opening with a capital."""
    end = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    if end < 0:
        return None
    title = text[end + 2 :].strip()
    if not title[:1].isupper() or len(title.split()) > _NEXT_TITLE_WORDS or title.endswith((".", ":")):
        return None
    return end + 2


def _titled_pages(lines: list[str], listed: bool) -> dict[int, list[str]]:
    """The flattened pages of title-first items, each put back as "§ N Title", the organs' lines and the
    rest; empty unless the text has that shape. N is the number of the organ named most often; another
    organ's line before it on the page is an earlier stage of the same item."""
    pages: list[tuple[int, list[regex.Match[str]]]] = []
    for index, line in enumerate(lines):
        if len(line) >= _SHORT_PAGE and _PAGE_NUMBER.match(line):
            found = list(_PAGE_ORGAN_SECTION.finditer(line, 0, 4000))
            if found:
                pages.append((index, found))
    if len(pages) < 2:
        return {}
    organ = Counter(m["organ"] for _, found in pages for m in found).most_common(1)[0][0]
    own = [(index, found, next((m for m in found if m["organ"] == organ), None)) for index, found in pages]
    if any(m is None for _, _, m in own):
        return {}
    numbers = [int(m["n"]) for _, _, m in own if m]
    if not _rises(numbers):
        return {}
    heads = [lines[index][: found[0].start()].split()[1:] for index, found, _ in own]
    # every page says the same before the organ's line ("3 KITEEN KAUPUNKI Pöytäkirja 4/ Perusturvalautakunta
    # 29 Kokouksen …"): that is the page's head, and the title runs on after the organ's line, where only
    # the listing tells where it ends
    untitled = len({tuple(h) for h in heads}) == 1
    if untitled:
        if listed:
            return {}
        common = len(heads[0])  # all of it is the head: no title before the organ's line
    else:
        common = 0
        while all(common < len(h) - 1 for h in heads) and len({h[common] for h in heads}) == 1:
            common += 1
        if all(common < len(h) - 1 and h[common].isdigit() for h in heads):
            common += 1  # the minutes' own sheet number after the header: "Utsjoen kunta 111 Kokouksen …"
    out: dict[int, list[str]] = {}
    for (index, found, m), head in zip(own, heads, strict=True):
        title = " ".join(head[common:])
        if (not title and not untitled) or m is None:
            return {}
        line = lines[index]
        # each organ's line on a line of its own, and the decision labelled with the organ ("KVALT:
        # Todettiin …"); the page's header is left out (the first page, which has it, gives the meeting)
        pieces: list[str] = []
        cursor = found[0].start()
        for stage in found:
            before = line[cursor : stage.start()]
            title_at = _next_item_title(before) if stage["organ"] == organ and int(stage["n"]) > int(m["n"]) else None
            if title_at is not None:
                # the next item on the same page: "… Mustosen. Pöytäkirjantarkastajien valinta Sivistysltk. 30 …"
                next_title = before[title_at:].strip()
                pieces += [before[:title_at], f"\n\n§ {stage['n']} {next_title}\n\n{stage['organ']} § {stage['n']}\n"]
            else:
                pieces += [before, f"\n{stage['organ']} § {stage['n']}\n"]
            cursor = stage.end()
        pieces.append(line[cursor:])
        rest = "".join(pieces).replace(f" {organ}: ", f"\n{organ}: ")
        # the case number between the title and the first organ's line goes on a line of its own
        case = _TRAILING_CASE_NUMBER.search(title)
        inside = None if case else _CASE_NUMBER_IN_TITLE.search(title)
        if inside:
            head_lines = [f"§ {m['n']} {title[: inside.start()]}", inside.group(1), "", title[inside.end() :]]
        elif case:
            head_lines = [f"§ {m['n']} {title[: case.start()]}", case.group(1)]
        else:
            head_lines = [f"§ {m['n']} {title}".rstrip()]
        out[index] = ["", *head_lines, *_unflatten_pieces(rest)]
    return out


# Older KTweb minutes flattened by a transcript, several items to a page, each an upper-case title over
# the organ's line that lost its §: "… KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS Kvalt 42 Kutsu … Kvalt:
# Todettiin … PÖYTÄKIRJAN TARKISTAJIEN VALINTA Kvalt 43 …". The organ may be a mixed-case abbreviation.
_CAPTIONED_SECTION = patterns.compile(
    rf"(?<=\s)(?P<organ>{_ORGAN_ABBREVIATION})\s(?P<n>(?!(?:19|20)\d\d\b)\d{{1,4}})\s(?=\p{{Lu}}\p{{Ll}})"
)
_CAPS_WORD = patterns.compile(r"[\p{Lu}\d][\p{Lu}\d\-,./:()&]*")
_CAPTION_WINDOW = 200  # characters before an organ's line searched for its title
_CAPTIONED_MAX = 2_000


def _caption_before(line: str, at: int) -> int | None:
    """Where the upper-case title that ends just before `at` begins, if there is one of two words or more
    (or one long word)."""
    window = line[max(0, at - _CAPTION_WINDOW) : at]
    words = window.split()
    if at - _CAPTION_WINDOW > 0 and words and not window[:1].isspace():
        words = words[1:]  # cut mid-word
    taken: list[str] = []
    for word in reversed(words):
        if not _CAPS_WORD.fullmatch(word):
            break
        taken.append(word)
    while taken and not any(c.isalpha() for c in taken[-1]):
        taken.pop()  # a title opens with a word ("42, 43, 44 KOKOUKSEN …": the page's sections before it)
    letters = sum(c.isalpha() for w in taken for c in w)
    if not taken or (len(taken) < 2 and letters < 6) or letters < 5:
        return None
    start = window.rfind(" ".join(reversed(taken)))
    return None if start < 0 else max(0, at - _CAPTION_WINDOW) + start


def _captioned_items(lines: list[str]) -> dict[int, list[str]]:
    """The flattened pages holding several title-first items, each put back as "§ N TITLE", the organs'
    lines and the rest; empty unless some page holds two of the meeting's organ's lines with titles and
    its sections rise through the text."""
    # (line, organ's line, where its title begins; None without one)
    found: list[tuple[int, regex.Match[str], int | None]] = []
    for index, line in enumerate(lines):
        if len(line) >= _LISTING_LINE and _PAGE_NUMBER.match(line):
            found += [
                (index, m, _caption_before(line, m.start())) for m in _CAPTIONED_SECTION.finditer(line, 0, 20_000)
            ]
            if len(found) > _CAPTIONED_MAX:
                return {}  # no meeting has so many: text of another kind, not read further
    titled = Counter(m["organ"] for _, m, begin in found if begin is not None)
    if sum(titled.values()) < 2:
        return {}
    organ = titled.most_common(1)[0][0]
    own = [(index, m) for index, m, _ in found if m["organ"] == organ]
    numbers = [int(m["n"]) for _, m in own]
    per_page = Counter(index for index, _ in own)
    if len(own) < 2 or max(per_page.values()) < 2 or not _rises(numbers):
        return {}
    out: dict[int, list[str]] = {}
    organs = {m["organ"] for _, m, _ in found}
    for index in sorted(per_page):
        line = lines[index]
        stages = [(m, begin) for i, m, begin in found if i == index]  # in the order of the line
        # an item opens at the first titled line since the page's last own one: another organ's earlier
        # stage ("TALOUSARVION MUUTOS Khall 88 …") opens it when it comes first
        starts: list[tuple[int, int, regex.Match[str]]] = []  # (title's start, its stage, the own line)
        first_titled: int | None = None
        for n, (m, begin) in enumerate(stages):
            if begin is not None and first_titled is None:
                first_titled = n
            if m["organ"] == organ:
                if first_titled is None:
                    return {}  # an organ's line with no title before it: not this layout
                starts.append((stages[first_titled][1] or 0, first_titled, m))
                first_titled = None
        lead = _PAGE_NUMBER.sub("", line[: starts[0][0]]).strip()
        parts = [lead] if len(lead) > 80 or "." in lead else []  # a short lead is the page's header
        for k, (begin, first, m) in enumerate(starts):
            last = starts[k + 1][1] if k + 1 < len(starts) else len(stages)
            end = starts[k + 1][0] if k + 1 < len(starts) else len(line)
            if k + 1 < len(starts) and line[:end].rstrip().endswith(f" {starts[k + 1][2]['n']}"):
                end = len(line[:end].rstrip()) - len(starts[k + 1][2]["n"])  # its number: "… 51 PÖYTÄKIRJAN …"
            pieces = [f"§ {m['n']} {line[begin : stages[first][0].start()].strip()}"]
            for n in range(first, last):
                stage = stages[n][0]
                text_end = stages[n + 1][0].start() if n + 1 < last else end
                if n + 1 < last and stages[n + 1][1] is not None:
                    text_end = stages[n + 1][1] or 0  # the next stage's own title is no text of this one
                pieces += [f"\n{stage['organ']} § {stage['n']}\n", line[stage.end() : text_end]]
            text = "".join(pieces[1:])
            for name in organs:
                text = text.replace(f" {name}: ", f"\n{name}: ")
            parts += ["", pieces[0], *_unflatten_pieces(text)]
        out[index] = parts
    return out


# Transcripts of Närpes' and Vörå's minutes open each flattened page with its number and the item's
# handling, whose date the transcript lost: "3 68, SSTYR :00 Sida 3 Sammanträdets laglighet och
# beslutförhet Sammanträdet konstaterades …". The item's title runs on into its text; where the first
# pages list the titles (the table of contents), the title is the longest run of the page's first
# words that the listing holds.
_DATELESS_ITEM_PAGE = patterns.compile(
    r"^\d{1,4}\s(?P<handling>(?P<n>\d{1,4}),\s(?P<organ>\p{Lu}{2,10})\s:\d{2})(?:\s+Sida\s\d{1,4})?\s+(?P<rest>\S.*)$"
)
# Without a listing, a title in capitals, perhaps with a lower-case qualifier: "FÖREDRAGNINGSLISTAN, godkännande".
_CAPS_TITLE_FIRST = patterns.compile(r"^\p{Lu}{3,}(?:[\s\-]\p{Lu}{2,})*(?:,(?:\s\p{Ll}[\p{Ll}\-]*)+)?(?=\s\p{Lu})")
# a category in capitals and the title after a comma, up to the official's heading: "FÖRVALTNINGSÄRENDEN, Val av
# fullmäktiges presidium Kommundirektörens beredning: …" (Vörå)
_CATEGORY_AND_TITLE = patterns.compile(
    r"^\p{Lu}{3,}(?:[\s\-]\p{Lu}{2,})*,(?:\s[\p{L}\d\-]+){1,12}?"
    r"(?=\s\p{Lu}\p{Ll}+[ns]\s(?:beredning|förslag|beslutsförslag|ehdotus|päätösehdotus|valmistelu):)"
)
# the earlier stage's case number and the item's register number before the title: "KST: 15/2012 VÖRÅ KOMMUN
# Kommunstyrelsen Dnr:KST 15/2012 FÖRVALTNINGSÄRENDEN, …"
_CASE_BEFORE_TITLE = patterns.compile(
    r"^.{0,120}?\bDnr:?\s?(?P<case>(?:\p{Lu}{2,10}\s)?\d{1,5}/(?:19|20)\d{2})\s(?=\p{Lu})"
)
_TITLE_WORDS = 25
_LISTING_CHARS = 20_000


def _listing_text(lines: list[str], first_page: int) -> str:
    """The words of the pages before the first item page, where a listing of the titles stands; a
    bounded text keeps each page's look-up short."""
    return " " + " ".join(" ".join(lines[:first_page])[:_LISTING_CHARS].split()) + " "


def _listed_title(rest: str, listing: str) -> tuple[str, str]:
    """The title at the start of a page's text that runs into the text: the longest run of its first
    words that the listing holds (two words or more), and the rest."""
    words = rest.split()
    taken = 0
    for k in range(2, min(len(words), _TITLE_WORDS) + 1):
        if f" {' '.join(words[:k])} " not in listing:
            break
        taken = k
    return " ".join(words[:taken]), " ".join(words[taken:])


def _dateless_item_pages(lines: list[str]) -> dict[int, list[str]]:
    """The flattened item pages whose handling lost its date, each put back as "§ N Title", the
    handling and the rest of the page."""
    pages = {i: m for i, line in enumerate(lines) if line[:1].isdigit() and (m := _DATELESS_ITEM_PAGE.match(line))}
    if not pages:
        return {}
    listing = _listing_text(lines, min(pages))
    out: dict[int, list[str]] = {}
    for index, m in pages.items():
        title, rest = _listed_title(m["rest"], listing)
        case = _CASE_BEFORE_TITLE.match(rest) if not title else None
        if case:
            rest = rest[case.end() :]
        caps = (_CATEGORY_AND_TITLE.match(rest) or _CAPS_TITLE_FIRST.match(rest)) if not title else None
        if caps:
            title, rest = caps.group(0), rest[caps.end() :].lstrip()
        head = f"§ {m['n']} {title}" if title else f"§ {m['n']}"
        # "KST 30 Föredragningslistan godkändes …": the organ and section over the decision on a line of its own
        rest = rest.replace(f" {m['organ']} {m['n']} ", f"\n{m['organ']} {m['n']}\n")
        rest = rest.removesuffix(f" {m['organ']} {m['n']}")  # the line alone at the page's end: no text under it
        out[index] = ["", head, *([f"Dnr {case['case']}"] if case else []), m["handling"], *_unflatten_pieces(rest)]
    return out


# Transcripts of Kyrkslätt's minutes open each item's page with the page's header and the organ's
# abbreviation and section, the title running on into the text: "3 MÖTESPROTOKOLL Sida 3 Nr 2/2013 KST 24
# Mötets konstituering Ordföranden konstaterar …". The title is read from the listing on the first pages.
_HEADED_ITEM_PAGE = patterns.compile(
    # the header holds no other section line: a listing's "KST 24 KST 25 Mötets …" is no item page
    r"^\d{1,4}\s(?P<header>(?:(?!\p{Lu}{2,10}\s\d)[^§]){0,100}?)\s(?P<organ>\p{Lu}{2,10})\s(?P<n>\d{1,4})\s"
    r"(?P<rest>\p{Lu}\p{Ll}.*)$"
)


_SHORT_PAGE = 80


def _headed_item_pages(lines: list[str]) -> dict[int, list[str]]:
    """The flattened pages of items under an organ's section line, each put back as "§ N Title", the
    organ's line and the rest; empty unless one organ's sections rise through the pages and the listing
    holds the titles of two of them or more."""
    pages = {
        i: m
        for i, line in enumerate(lines)
        if len(line) >= _SHORT_PAGE and line[:1].isdigit() and (m := _HEADED_ITEM_PAGE.match(line))
    }
    if len(pages) < 2 or len({m["organ"] for m in pages.values()}) != 1:
        return {}
    numbers = [int(m["n"]) for _, m in sorted(pages.items())]
    if not _rises(numbers):
        return {}
    listing = _listing_text(lines, min(pages))
    titled = {index: _listed_title(m["rest"], listing) for index, m in pages.items()}
    if sum(1 for title, _ in titled.values() if title) < 2:
        return {}
    out: dict[int, list[str]] = {}
    for index, m in pages.items():
        title, rest = titled[index]
        head = f"§ {m['n']} {title}" if title else f"§ {m['n']}"
        out[index] = ["", head, f"{m['organ']} § {m['n']}", *_unflatten_pieces(rest if title else m["rest"])]
    return out


# A transcript of an item's pages without a listing: the page's header names the document or the page,
# then the item's number and title run on into the text. A title in mixed case ends at the case's
# identifier or a heading ("1 Helsingfors stad Protokoll 10/ (10) 141 Den av … servicecentral HEL T
# Beslut …"), one in capitals where the text begins ("3 J O M A L A K O M M U N Sida 1 20 SAMMANTRÄDETS
# KONSTITUERANDE Sammanträdets laglighet …").
_NUMBERED_ITEM_PAGE = patterns.compile(
    r"^\d{1,4}\s(?P<header>[^§]{0,80}?(?:\b(?i:\w*pöytäkirja|\w*protokoll|esityslista|föredragningslista)\b[^§]{0,40}?"
    r"|\b(?i:sivu|sida)\s\d{1,4}))"
    # the page's own number is no item's: "… Kunnanhallitus Sivu 425 KOKOUSTIEDOT …"
    r"(?<!\b(?i:sivu|sida|nro|nr|n:o))\s(?P<n>\d{1,4})\s"
    r"(?:(?P<title>\p{Lu}\p{Ll}[^.:;]{5,250}?)"
    r"(?:\s(?P<case>(?:HEL|Dnr)(?:\s[\w\-:/]+){0,3}?))?"
    r"\s(?P<rest>(?:Beslut|Beslutsförslag|Förslag|Föredragande|Beredare|Päätös|Päätösehdotus|Ehdotus|"
    r"Esittelijä|Valmistelija|Asia)\s.*)"
    r"|(?P<title>\p{Lu}{2,}[\p{Lu}\d\s,\-–/()&]{3,200}?)\s(?P<rest>\p{Lu}\p{Ll}.*))$"
)


def _numbered_item_pages(lines: list[str]) -> dict[int, list[str]]:
    """The flattened pages that open an item with its number and title after the page's header, each
    put back as "§ N Title" and the rest; empty unless the numbers rise through the pages."""
    pages = {
        i: m
        for i, line in enumerate(lines)
        if len(line) >= _SHORT_PAGE and line[:1].isdigit() and (m := _NUMBERED_ITEM_PAGE.match(line))
    }
    numbers = [int(m["n"]) for _, m in sorted(pages.items())]
    if not pages or not _rises(numbers):
        return {}
    return {
        index: [
            "",
            f"§ {m['n']} {m['title'].strip()}",
            *([m["case"]] if m["case"] else []),
            *_unflatten_pieces(m["rest"]),
        ]
        for index, m in pages.items()
    }


# Older KTweb minutes as PDF text put each item's title in capitals over the organ's line, whose § the
# layout left out: "KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS" / "Kvalt 42" / text / "Kvalt: Todettiin …".
# The organ's line gets its § back, and the usual rules read the rest.
_BARE_ORGAN_LINE = patterns.compile(
    rf"^(?P<indent>\s*)(?P<organ>{_ORGAN_ABBREVIATION}|K[hv])\s(?P<n>\d{{1,4}})(?P<rest>\s{{2,}}\S.*|\s*)$"
)
_CAPS_TITLE_LINE = patterns.compile(r"^\s*\p{Lu}[\p{Lu}\d\s,.\-–/()&:]{4,200}$")
_TITLE_ABOVE = 3  # lines above an organ's line searched for its title


def _bare_organ_lines(lines: list[str]) -> dict[int, list[str]]:
    """The organ lines of such minutes with their § put back; empty unless one organ's titled lines rise
    through the text, two or more."""
    found = [(i, m) for i, line in enumerate(lines) if len(line) < 200 and (m := _BARE_ORGAN_LINE.match(line))]
    if len(found) < 2:
        return {}

    def titled(i: int) -> bool:
        above = next((k for k in range(i - 1, max(-1, i - 1 - _TITLE_ABOVE), -1) if lines[k].strip()), None)
        return (
            above is not None and bool(_CAPS_TITLE_LINE.match(lines[above])) and any(c.isalpha() for c in lines[above])
        )

    counts = Counter(m["organ"] for i, m in found if titled(i))
    if not counts or counts.most_common(1)[0][1] < 2:
        return {}
    organ = counts.most_common(1)[0][0]
    numbers = [int(m["n"]) for _, m in found if m["organ"] == organ]
    if not _rises(numbers):
        return {}
    out: dict[int, list[str]] = {}
    for i, m in found:
        if m["organ"] not in counts:
            continue  # an organ never seen under a title: "SIVU 3" at a page's foot
        head = f"{m['indent']}{m['organ']} § {m['n']}"
        # text beside the organ's line keeps its column on a line of its own
        text = [" " * m.start("rest") + m["rest"]] if m["rest"].strip() else []
        out[i] = [head, *text]
    return out


# A listing of items on one line is a flattened page even when the page is short.
_LISTING_LINE = 150


def _listing(lines: list[str]) -> tuple[Listing | None, int]:
    """The first flattened listing of items, and its line."""
    for index, line in enumerate(lines[:50]):
        if len(line) >= _LISTING_LINE:
            listing = listed_items(line)
            if listing:
                return listing, index
    return None, 0


def _repair_mojibake(text: str) -> str:
    if len(_MOJIBAKE.findall(text[:200_000])) < 3:
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return _MOJIBAKE_PAIRS.sub(lambda m: _MOJIBAKE_MAP[m.group(0)], text)


_MOJIBAKE_MAP = {ch.encode("utf-8").decode("cp1252", errors="replace"): ch for ch in "äöåÄÖÅéü§"}
_MOJIBAKE_PAIRS = patterns.compile("|".join(regex.escape(k) for k in _MOJIBAKE_MAP))


def normalize(text: str) -> Lines:
    """Split text into clean lines; form feeds (PDF page breaks) are recorded, not kept."""
    text = _repair_mojibake(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _replace_each(text, _INVISIBLE, "")
    text = _replace_each(text, _SPACES, " ")
    if "\t" in text:
        # a tab separates columns (text copied from a table or a word processor): three spaces keep it
        # a gap wider than the two that justified PDF text leaves between words
        text = text.replace("\t", "   ")
    has_control = any(ch in text for ch in _CONTROL_CHARS)
    out: list[str] = []
    origin: list[int] = []
    pages: set[int] = set()
    raw_lines = text.split("\n")
    listing, listing_line = _listing(raw_lines)
    titled = (
        _dateless_item_pages(raw_lines)
        or _headed_item_pages(raw_lines)
        or _captioned_items(raw_lines)
        or _titled_pages(raw_lines, listed=listing is not None)
        or (_numbered_item_pages(raw_lines) if listing is None else {})
        or _bare_organ_lines(raw_lines)
    )
    done: set[int] = set()
    for index, line in enumerate(raw_lines):
        if "\f" in line:
            pages.add(len(out))
            line = line.replace("\f", " ")
        if has_control:
            line = line.translate(_CONTROL_TO_SPACE)
        found: set[int] = set()
        if listing and index >= listing_line and index not in titled:
            line, found = restore_starts(line, listing, listing.end if index == listing_line else 0, done)
            done |= found
        if index in titled:
            parts = titled[index]
        else:
            # after a flattened listing every page is a flattened line, however short
            parts = _unflatten(line, flattened=bool(found) or (listing is not None and index > listing_line))
        for part in parts:
            out.append(part.rstrip())
            origin.append(index)
    return Lines(out, frozenset(pages), origin, restored=bool(done))
