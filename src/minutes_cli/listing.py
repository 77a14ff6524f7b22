"""A transcript's own list of its items, used to find where each item starts when the § signs are lost.

Transcripts (docplayer) flatten each page onto one line and drop the § signs: "… 4/2019 3 ( 16) 38 Kokouksen
laillisuus ja päätösvaltaisuus Todetaan läsnäolijat. Ehdotus …". The first page lists the items,
"Käsitellyt asiat 38 Kokouksen laillisuus ja päätösvaltaisuus 39 Pöytäkirjan tarkastus …"; where a later
page repeats a listed number and its title, the item starts there.
"""

from __future__ import annotations

import itertools
from collections.abc import Set as AbstractSet
from typing import NamedTuple

import regex

from . import patterns

_LABEL = patterns.compile(
    r"\b(?:käsitellyt\sasiat|käsiteltävät\sasiat|asialista|asialuettelo|sisällysluettelo|asia\sliite|"
    r"ärendets\snr\särende|ärendeförteckning|innehållsförteckning)\b",
    regex.IGNORECASE,
)
_TOKEN = patterns.compile(r"\S+")
# A title runs at most this many words; a longer run means the list has ended.
_MAX_TITLE = 30
# Numbers a listing may lose in a row.
_MAX_SKIP = 5
# Words between the label and the first entry ("Ärendets nr Ärende", "Sivu", a date).
_MAX_LEAD = 6


class Listing(NamedTuple):
    """The items a flattened listing names (number -> title), and where the listing ends in its line."""

    titles: dict[int, str]
    end: int
    first: int
    last: int


def listed_items(line: str) -> Listing | None:
    """The items a flattened listing in the line names, or None when the line holds no listing.

    The first number follows the label within a few words ("Ärendets nr Ärende 19 …"). Numbers must
    follow each other (38, 39, 40 …), or skip a few that the transcript lost: a number inside a title
    ("Personalberättelse 2015") is not the next one. An entry without a title ("41 42 Kotieläinsuojan …")
    is left out.
    """
    label = _LABEL.search(line)
    if not label:
        return None
    tokens = list(_TOKEN.finditer(line, label.end()))
    first = next(
        (k for k, t in enumerate(tokens[: min(len(tokens) - 1, _MAX_LEAD)])
         if t.group().isdigit() and tokens[k + 1].group()[:1].isupper()),
        None,
    )  # fmt: skip
    if first is None:
        return None
    number = int(tokens[first].group())
    words: list[str] = []
    titles: dict[int, str] = {}
    end = tokens[first].end()
    for k in range(first + 1, len(tokens)):
        token = tokens[k]
        text = token.group()
        following = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        # the next number, or one a little further on where a transcript lost the numbers between
        # ("311 Pöytäkirjan tarkastus Monio … toimenpiteet 315 Tuusulan kunnan …")
        skipped = (text.isdigit() and number + 1 < int(text) <= number + _MAX_SKIP and len(words) >= 2
                   and following[:1].isupper())  # fmt: skip
        if text == str(number + 1) or skipped:
            if words:
                titles[number] = " ".join(words)
            number, words, end = int(text), [], token.end()
            continue
        words.append(token.group())
        end = token.end()
        if len(words) > _MAX_TITLE:
            words = []
            break
    if words and len(words) <= 15:
        titles[number] = " ".join(words)  # the last entry, where the line ends soon after it
    if len(titles) < 2:
        return None
    return Listing(titles, end, min(titles), max(titles))


# A number that may open a listed item on a page: not part of a longer number, a date or a reference,
# and not an item that kept its §.
# The case number may stand between, its year and class lost: "150 2145/ / Lausunto …".
_NUMBER_BEFORE_WORD = patterns.compile(
    r"(?<![\w§/.,:\-])(?<!§\s)(?P<n>\d{1,4})\s+(?:(?P<case>\d{1,6}/[\d.\s/]{0,24}?)\s+)?(?=\p{L})"
)


_PAGE_COLUMN_WORD = patterns.compile(r"^(?:\d{1,3}|\d{1,4}/\d{1,4}|sivu|sida)$")


_CAPS_MORE = 12  # words a title in capitals may run on beyond its listed length


def _in_capitals(word: str) -> bool:
    """A word of a title in capitals; a number in it ("VUODEN 2011 TILINPÄÄTÖS") goes with it."""
    return not any(c.islower() for c in word)


def _page_column(words: list[str]) -> int:
    """How many of a listed title's last words are the listing's page column or the page's footer
    ("pöytäkirjantarkastajat 5", "ilmoitusasiat 6 sivu 1/56"); the first word is always the title's."""
    n = 0
    while n < min(3, len(words) - 1) and _PAGE_COLUMN_WORD.match(words[-1 - n]):
        n += 1
    return n


def restore_starts(line: str, listing: Listing, start: int = 0, done: AbstractSet[int] = frozenset()
                   ) -> tuple[str, set[int]]:  # fmt: skip
    """The line with "§ N Title" on a line of its own where a listed number and its title stand, and the
    numbers found (those in `done` were found before). Only the text from `start` on is searched (a
    listing does not open its own items). One pass over the line, whatever the length of the listing.

    The title on the page must agree with the listed one word for word, for three words or the whole
    title; it ends where they part. A listing may run two titles together after a bare number
    ("53 54 Kevyen … hankinta Liikuntapaikkojen käyttövuorot"): then 53's title is the run's start
    and 54's is its end.
    """
    found: set[int] = set()
    pieces: list[str] = [line[:start]]
    cursor = start
    titles, first, last = listing.titles, listing.first, listing.last
    for m in _NUMBER_BEFORE_WORD.finditer(line, start):
        number = int(m["n"])
        if m.start() < cursor or number in found or number in done or not first <= number <= last:
            continue
        bare = number not in titles
        listed = titles.get(number + 1) if bare else titles.get(number)
        if not listed:
            continue
        words = [w.casefold() for w in listed.split()]
        core = len(words) - _page_column(words)
        page_words = list(itertools.islice(_TOKEN.finditer(line, m.end()), len(words) + _CAPS_MORE))
        page = [w.group().casefold() for w in page_words]
        same = 0
        while same < min(len(page), len(words)) and page[same] == words[same]:
            same += 1
        if (
            2 <= same < len(words)
            and all(_in_capitals(w.group()) for w in page_words[:same])
            and any(c.isalpha() for c in page_words[0].group())
        ):
            # a title in capitals that the listing broke ("TILINPÄÄTÖS/PERUSTURVALAUTAKUN- 28 NAN …"): it
            # runs on while the page's words are in capitals
            while same < len(page_words) and _in_capitals(page_words[same].group()):
                same += 1
        # two words, or the whole of a one-word title (without the page's number in the listing's last
        # column): the listed title may run on into lost entries
        need = min(2, core)
        if same < need and not bare and number - 1 not in titles and number > first:
            # the end of a run: the longest tail of the listed words that opens the page
            same, need = next((k for k in range(len(words) - 1, 1, -1) if page[:k] == words[-k:]), 0), 2
        if same < need:
            continue
        title = " ".join(w.group() for w in page_words[:same])
        case = f"{m['case'].strip()}\n" if m["case"] else ""
        pieces += [line[cursor : m.start()].rstrip(), f"\n§ {number} {title}\n{case}"]
        cursor = page_words[same - 1].end()
        while cursor < len(line) and line[cursor] == " ":
            cursor += 1
        found.add(number)
    pieces.append(line[cursor:])
    return "".join(pieces), found
