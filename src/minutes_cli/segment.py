"""Find where each item starts and ends, leaving out tables of contents and repeated listings."""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import dataclass

import regex

from . import patterns
from .blocks import join_lines, list_marker
from .decision import decision_reading, opens_with_decision_verb, reads_as_decision
from .identifiers import case_number_in_line, parse_handling
from .items import ATTACHMENT_LINK, ORGAN_LINE, ItemRegion
from .models import Handling
from .vocab import LISTED_ROW, match_heading

# "Pöytäkirja 04.12.2023/Pykälä 198": Dynasty's one-item page names its item.
DYNASTY_MARKER = patterns.compile(
    r"^\s*(?P<doc>Pöytäkirja|Esityslista|Protokoll|Föredragningslista|Kokouskutsu)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"\s?/?\s?(?P<unit>Pykälä|Asianro|Paragraf|Ärende(?:nr)?|Asia)\s+(?P<n>\d{1,4})\s*$",
    regex.IGNORECASE,
)
_NEWS_ITEM = patterns.compile(r"^\s*(?:Pyk\p{Ll}{3,7}|Paragraf(?:en)?)\s(?P<n>\d{1,4}):\s+(?P<rest>\p{Lu}.*)$")
_STARTS = (
    # § 278 Title; "§ 12." of documents typed in a word processor, but not "§ 12.3" or "§ 5:n"
    patterns.compile(r"^§\s?(?P<n>\d{1,4})(?![\d,:/]|\.\S)\.?(?:\s+(?P<rest>.*))?$"),
    patterns.compile(r"^(?P<n>\d{1,4})\s?§(?![:\w])\.?(?:\s+(?P<rest>.*))?$"),  # 57 § TITLE
    # Helsinki: "Case 9. / 409 §", "Ärende 5. / 86 §", "13. / 249 §"
    patterns.compile(
        r"^(?:(?:Case|Ärende|Asia|Ärende\snr)\s?)?\d{1,3}\.?\s?/\s?(?P<n>\d{1,4})\s?§\s*(?P<rest>.*)$", regex.I
    ),
    # "Pykälä 12", and in capitals in older documents: "PYKÄLÄ 12", "PARAGRAF 12"
    patterns.compile(r"^(?:Pykälä|Paragraf|PYKÄLÄ|PARAGRAF)\s(?P<n>\d{1,4})\b\.?(?:\s+(?P<rest>.*))?$"),
    # A news page of decisions: "Pykälään 161: Talousarvion laadintaohjeet, tehtiin lisäys." (any case
    # ending of "pykälä", and its typing slips: "Pykäälä 163: …").
    _NEWS_ITEM,
    # 292 KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS: older PDFs print the number and an upper-case title.
    patterns.compile(r"^(?P<n>\d{1,4})\s{1,12}(?P<rest>[A-ZÄÖÅ][A-ZÄÖÅ0-9 ,.\-/:()&\"'–]{5,}(?:\s+Sivu\s\d+)?)$"),
)
# "§ 9 Lausunto opetussuunnitelmasta, 28.10.2025": a line in a list of officials' decisions.
_DATED_REFERENCE = patterns.compile(r",\s\d{1,2}\.\d{1,2}\.\d{4}\s*$")
# "§ 5, STST 2015-01-22 16:00" (Jakobstad) opens an item with its handling; a transcript may lose
# the "§" and run the title and text on: "332, STST 2018-12-03 16:00 PROTOKOLLJUSTERING Stadssekr…".
# "332, STST 2018-12-03 16:00" (the § lost in a transcript) and "4 §, STST 2015-01-22 16:00"
_LOST_SIGN_ITEM = patterns.compile(r"^\d{1,4}(?:\s?§)?,\s\p{Lu}{2,10}\s(?:19|20)\d{2}-\d{2}-\d{2}\b")
_HANDLING_PREFIX = patterns.compile(
    r"^(?P<head>§?\s?\d{1,4}(?:\s?§)?,\s\S+\s(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?:\s\d{1,2}[:.]\d{2})?)"
    r"(?:\s+(?P<rest>.*))?$"
)
_CAPS_TITLE = patterns.compile(
    r"^(?P<title>(?:[\p{Lu}\d][\p{Lu}\d\-–,.:/&()]*\s){0,30}?[\p{Lu}\d][\p{Lu}\d\-–,.:/&()]*)(?:\s+(?P<rest>\p{Lu}\p{Ll}.*))?$"
)
_PAGE_INSIDE = patterns.compile(r"\b(?:Sivu|Sida)\s?\d{1,4}", regex.IGNORECASE)
_PAGE_ONLY = patterns.compile(r"^\s*(?:Sivu|Sida|s\.)\s?\d{1,4}\s*$", regex.IGNORECASE)
_PAGE_TAIL_STRICT = patterns.compile(r"(?:\s*\.{2,}\s*|\s{3,}|\s*\bSivu\s?|\s*\bSida\s?)\d{1,4}$", regex.IGNORECASE)
_PAGE_TAIL = patterns.compile(r"(?:\s*\.{2,}\s*|\s{2,}|\s*Sivu\s?|\s*Sida\s?|\s)(?P<page>\d{1,4})$", regex.IGNORECASE)
_INLINE_DECISION = patterns.compile(r"^(?P<title>.{3,200}?):\s+(?P<decision>\p{Lu}.*[.!])$")
# "Organisaation virtaviivaistamisselvitys, palautettiin valmisteluun yksimielisesti.": the decision
# after the title's last comma, in lower case.
_TRAILING_DECISION = patterns.compile(r"^(?P<title>.{3,200}),\s+(?P<decision>\p{Ll}[^,]*\.)$")
_TITLE_JUNK = patterns.compile(r"\s+pdf\s+html\s*$|\s+\(\d+\)\s*$", regex.IGNORECASE)


@dataclass
class Candidate:
    """A line that may start an item."""

    line: int
    section: int
    rest: str
    handling: Handling | None = None
    toc: bool = False


def _candidate(line: str, index: int) -> Candidate | None:
    text = " ".join(line.split())
    if not text or text[0] not in "§0123456789CÄAPcäap":
        return None
    if text.startswith("§") or _LOST_SIGN_ITEM.match(text):
        m = _HANDLING_PREFIX.match(text)
        head, rest = (m.group("head"), m.group("rest")) if m else (text, "")
        handling = parse_handling(head)
        if handling and handling.section is not None:
            return Candidate(index, handling.section, (rest or "").strip(), handling)
    for pattern in _STARTS:
        m = pattern.match(text)
        if m:
            rest = (m.groupdict().get("rest") or "").strip()
            if rest.startswith((":", "mukaan", "mukais", "nojalla", "perusteella")):
                return None
            if pattern is _STARTS[-1] and rest.upper() != rest:
                return None
            if _DATED_REFERENCE.search(rest):
                return None
            return Candidate(index, int(m["n"]), rest)
    return None


def _is_content(line: str) -> bool:
    return bool(line.strip())


def find_candidates(lines: list[str], noise: set[int]) -> list[Candidate]:
    """Item-start lines, with tables of contents marked."""
    found = [c for i, line in enumerate(lines) if i not in noise and (c := _candidate(line, i))]
    bare = []
    for n, cand in enumerate(found):
        nxt = found[n + 1].line if n + 1 < len(found) else len(lines)
        bare.append(not any(i not in noise and _is_content(lines[i]) for i in range(cand.line + 1, nxt)))
    for n, cand in enumerate(found):
        nxt_line = next(
            (i for i in range(cand.line + 1, min(cand.line + 3, len(lines))) if i not in noise and lines[i].strip()),
            None,
        )
        if nxt_line is not None and _PAGE_ONLY.match(lines[nxt_line]):
            cand.toc = True  # a listed title that wrapped before its page number
            continue
        if _PAGE_INSIDE.search(cand.rest):
            cand.toc = True  # "164 HIIHTOHISSIN UUSIMINEN Sivu 182": a listing with its page
            continue
        if not cand.rest or cand.rest.endswith("."):
            continue
        listed = bare[n] and n + 1 < len(found) and bare[n + 1]
        # the page number in its own column: the line as written keeps the gap that the rest lost
        if (
            _PAGE_TAIL_STRICT.search(cand.rest)
            or _PAGE_TAIL_STRICT.search(lines[cand.line].rstrip())
            or (listed and _PAGE_TAIL.search(cand.rest))
        ):
            cand.toc = True
    return found


def _shape(cand: Candidate) -> tuple[bool, bool]:
    return (cand.handling is not None, bool(cand.rest))


def _inline_decision(rest: str) -> tuple[str, str] | None:
    """(title, decision) of a line that states both: "Laina-aika: Hyväksyttiin.", "Selvitys, palautettiin
    valmisteluun.", and in lower case after a colon, comma or semicolon, perhaps without a full stop:
    "Palveluverkko: merkittiin tiedoksi", "Pelastuslain muuttaminen, lausunto: hyväksyttiin"."""
    for pattern in (_INLINE_DECISION, _TRAILING_DECISION):
        m = pattern.match(rest)
        if m and reads_as_decision(m["decision"]):
            return m["title"], m["decision"]
    clause = _decision_clause(rest)
    return (rest[: clause.start()], rest[clause.end() :]) if clause else None


def _decision_clause(rest: str) -> regex.Match[str] | None:
    """The colon, comma or semicolon after which a title's line goes on with what was decided, in lower case."""
    for m in _CLAUSE_END.finditer(rest, 3, 200):
        after = rest[m.end() : m.end() + 200]
        if after[:1].islower() and opens_with_decision_verb(after):
            return m
    return None


def _increasing(cands: list[Candidate]) -> list[Candidate]:
    """The longest run of candidates whose sections rise: § references inside an item fall out."""
    if len(cands) < 2:
        return cands
    # Walk from the end looking for falling sections, so that among equally long runs the one
    # that starts earliest wins (a cut-off reference at the end must not displace the real item).
    backwards = cands[::-1]
    tails: list[int] = []
    tail_index: list[int] = []
    parent = [-1] * len(backwards)
    for n, cand in enumerate(backwards):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < -cand.section:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            parent[n] = tail_index[lo - 1]
        if lo == len(tails):
            tails.append(-cand.section)
            tail_index.append(n)
        else:
            tails[lo] = -cand.section
            tail_index[lo] = n
    out: list[int] = []
    k = tail_index[-1] if tail_index else -1
    while k >= 0:
        out.append(k)
        k = parent[k]
    return [backwards[n] for n in out]


# "CFV: 22/2018 ÖVERTAGANDE AV ÄRENDEN …": the number another organ gave the case, before the title.
_ORGAN_CASE_PREFIX = patterns.compile(r"^\p{Lu}{2,8}:\s?\d{1,4}/(?:19|20)\d{2}\s+(?=\p{Lu})")


def _clean_title(rest: str) -> str:
    rest = _ORGAN_CASE_PREFIX.sub("", _TITLE_JUNK.sub("", rest))
    return rest.strip(" :-–")


_APPEAL_HEADING = patterns.compile(
    r"^\s*(?:Muutoksenhakukielto|Oikaisuvaatimus(?:ohjeet?)?|Kunnallisvalitus(?:ohjeet?)?|Hallintovalitus|"
    r"Valitusosoitus|Muutoksenhakuohjeet?|Oikaisuvaatimusohjeet\sja\svalitusosoitus|Hankintaoikaisu|"
    r"Valituskielto|Besvärsanvisning|Besvärsförbud|Anvisning\sför\sbegäran\som\somprövning|"
    r"Begäran\som\somprövning|Kommunalbesvär|Förvaltningsbesvär)\b.{0,60}$",
    regex.IGNORECASE,
)
# The items an appeal instruction covers: "§ 124", "§§ 121–123, 125", "§:t 1-13", "124 §", "Pykälät 121-135".
_ONE_SECTION = r"(?:§§?(?::t|:ien)?\s?)?\d{1,4}(?:\s?§§?)?"
_SECTION_LIST = patterns.compile(
    rf"^(?=.*(?:§|pykäl|paragraf))\s*(?:(?:Pykälät|Pykälä|Paragrafer(?:na)?|Paragraf)\s?:?\s*)?"
    rf"{_ONE_SECTION}(?:\s*(?:[,\-–]|ja|och)\s*{_ONE_SECTION})*\s*[.:]?\s*$",
    regex.IGNORECASE,
)


def may_open_appeal_heading(line: str) -> bool:
    # every appeal heading starts with one of these letters: most lines are passed over in C
    return line.lstrip()[:1].lower() in "mokhvbaf"


def appeal_start(lines: list[str], noise: set[int], after: int) -> int | None:
    """Where the appeal instructions after the last item begin: a heading such as "Oikaisuvaatimus"
    with the list of sections it covers ("§158", "§ 330, § 331") on the same or the next lines."""
    for i in range(after, len(lines)):
        if i in noise:
            continue
        heading = _APPEAL_HEADING.match(lines[i]) if may_open_appeal_heading(lines[i]) else None
        if not heading:
            continue
        tail = lines[i][heading.end() :]
        near = [lines[j] for j in range(i + 1, min(len(lines), i + 4)) if j not in noise and lines[j].strip()]
        if _SECTION_LIST.match(tail) or any(_SECTION_LIST.match(text) for text in near[:2]):
            return i
    return None


# The signatures and the checking of the minutes after the last item ("Vakuudeksi", "Pöytäkirja
# tarkastettu ja hyväksytty", "Underskrifter"), in older minutes that sign at the end.
_CLOSING = patterns.compile(
    r"^\s*(?:vakuudeksi|pöytäkirjan\svakuudeksi|in\sfidem|allekirjoitukset|underskrifter|"
    r"pöytäkirja\s(?:on\s)?tarkastettu(?:\sja\shyväksytty)?|protokollet\s(?:har\s)?justerats|"
    r"protokollet\sär\sjusterat|pöytäkirja\s(?:on\s)?(?:ollut\s|pidetty\s)?(?:yleisesti\s)?nähtävänä|"
    # an extract's certificate: "Pöytäkirjanotteen oikeaksi todistaa", "Utdragets riktighet bestyrks"
    r"(?:pöytäkirjan\s?)?otteen\soikeaksi\stodistaa|(?:protokolls)?utdragets\sriktighet\s(?:intygar|bestyr\w*)|"
    r"protokollet\s(?:har\svarit\s)?(?:framlagt|offentligt\sframlagt))\b.{0,60}$"
    # the heads of the signatures, the names under them: "Puheenjohtaja      Pöytäkirjanpitäjä"
    r"|^\s*(?:puheenjohtaja|ordförande)\s+(?:pöytäkirjanpitäjä|sihteeri|sekreterare|protokollförare)\s*$",
    regex.IGNORECASE,
)


def closing_start(lines: list[str], noise: set[int], region: ItemRegion) -> int | None:
    """Where the closing signatures begin inside the last item: the first such line after its decision
    heading (before it, "Pöytäkirja on tarkastettu" is a page's banner, not the end of the minutes)."""
    decided, read = False, region.start  # the decision heading is looked for once, up to each candidate
    for i in range(region.start, region.end):
        # every closing line opens with one of these letters: most lines are passed over in C
        if lines[i].lstrip()[:1] in _CLOSING_INITIALS and i not in noise and _CLOSING.match(lines[i]):
            while not decided and read < i:
                decided = read not in noise and _opens_decision(lines[read])
                read += 1
            if decided:
                return i
    return None


_CLOSING_INITIALS = frozenset("VvPpIiAaUuOo")


def _opens_decision(line: str) -> bool:
    heading = match_heading(line) if line.strip() else None
    return heading is not None and heading.kind == "decision"


def regions_from_candidates(lines: list[str], noise: set[int], found: list[Candidate]) -> list[ItemRegion]:
    """Item regions from the start lines: the last listing of each section wins over earlier ones."""
    kept = [c for c in found if not c.toc]
    if kept:
        cut = appeal_start(lines, noise, kept[0].line + 1)
        if cut is not None:
            kept = [c for c in kept if c.line < cut]
    else:
        cut = None
    last_of: dict[int, int] = {}
    for n, cand in enumerate(kept):
        last_of[cand.section] = n
    kept = [c for n, c in enumerate(kept) if last_of[c.section] == n]
    if kept:
        # Items of one document share one layout: "§ 12 Title" or "§ 12" above its title, the first
        # item's; one in the other layout is kept where its section is the next one (a list of "§ 194"
        # lines inside an item's text is not).
        shape = _shape(kept[0])
        chosen = _increasing([c for c in kept if _shape(c) == shape])
        kept = _with_next_sections(chosen, [c for c in kept if _shape(c) != shape])
    regions: list[ItemRegion] = []
    for n, cand in enumerate(kept):
        end = kept[n + 1].line if n + 1 < len(kept) else (cut if cut is not None else len(lines))
        start = _pull_up(lines, noise, cand.line, regions[-1].start + 1 if regions else 0)
        if regions and start < regions[-1].end:
            regions[-1].end = start
        region = ItemRegion(start=start, end=end, section=cand.section, handling=cand.handling)
        _title_from(lines, noise, region, cand)
        regions.append(region)
    return regions


def _with_next_sections(chosen: list[Candidate], others: list[Candidate]) -> list[Candidate]:
    """The chosen items, and those of the others whose section follows the item before them and leads
    to the item after them ("§ 44 Title", "§ 45" over its title, "§ 46 Title")."""
    kept = list(chosen)
    lines = [c.line for c in kept]
    for cand in others:  # in the order of the text, so that "§ 45", "§ 46 …" after "§ 44" both stay
        at = bisect.bisect_left(lines, cand.line)
        before = kept[at - 1] if at else None
        after = kept[at] if at < len(kept) else None
        follows = before is None or before.section + 1 == cand.section
        leads = after is None or after.section == cand.section + 1
        if follows and leads and (before is not None or after is not None):
            kept.insert(at, cand)
            lines.insert(at, cand.line)
    return kept


def _pull_up(lines: list[str], noise: set[int], line: int, floor: int) -> int:
    """Lines just above a § line that belong to its item: case number, handling lines, blank lines."""
    start = line
    i = line - 1
    while i >= floor:
        text = lines[i]
        if i in noise or not text.strip():
            i -= 1
            continue
        heading = match_heading(text)
        if case_number_in_line(text) or parse_handling(text) or (heading and heading.kind in {"history", "noise"}):
            start = i
            i -= 1
            continue
        break
    return start


def _title_from(lines: list[str], noise: set[int], region: ItemRegion, cand: Candidate) -> None:
    rest = _clean_title(cand.rest)
    if rest and cand.handling is not None:
        # After a handling, an upper-case title may run on into the text.
        m = _CAPS_TITLE.match(rest)
        if m and m["rest"]:
            rest = m["title"]
            region.lead = [m["rest"]]
    if rest:
        stated = _inline_decision(rest)
        last = cand.line
        if stated is None and not region.lead and _NEWS_ITEM.match(lines[cand.line]):
            # the news line wrapped: "Pykälään 161: Vuoden 2017 talousarvion ja vuosien" / "2017 - 2019 …
            # laadintaohjeiden hyväksyminen, tehtiin lisäys."
            last, joined = _paragraph_from(lines, noise, cand.line, rest, region.end)
            stated = _inline_decision(joined) if last > cand.line else None
            last = last if stated else cand.line
        if stated:
            region.title = stated[0].strip()
            region.inline_decision = stated[1].strip()
            region.skip.update(range(cand.line + 1, last + 1))
            region.body_start = last + 1
        elif region.lead:
            region.title = rest
            region.body_start = cand.line + 1
        else:
            region.title, last = _title_beside_section(lines, noise, cand.line, rest, region.end)
            region.skip.update(range(cand.line + 1, last + 1))
            region.body_start = last + 1
        region.title_line = cand.line
        return
    region.title_line = cand.line
    title_line = first_title_line(lines, noise, cand.line + 1, region.end)
    if title_line is not None:
        region.title, last = wrapped_title(lines, noise, title_line, region.end)
        region.skip.update(range(title_line, last + 1))
        region.body_start = last + 1
    else:
        region.body_start = cand.line + 1


_WRAPPED_NEWS_LINES = 3


def _paragraph_from(lines: list[str], noise: set[int], start: int, rest: str, end: int) -> tuple[int, str]:
    """The last line of the paragraph that a candidate's line opens, at most a few lines on, and its text
    from the rest on; the start itself where the paragraph does not end a sentence there."""
    parts = [rest]
    for i in range(start + 1, min(end, start + 1 + _WRAPPED_NEWS_LINES)):
        text = lines[i].strip()
        if i in noise or not text or match_heading(text):
            break
        parts.append(text)
        if text.endswith("."):
            return i, " ".join(parts)
    return start, rest


def wrapped_title(lines: list[str], noise: set[int], title_line: int, end: int) -> tuple[str, int]:
    """The title that starts on a line, with the lines it wraps onto, and the last line it takes."""
    parts = [" ".join(lines[title_line].split())]
    last = title_line
    # A long title wraps onto the next lines in PDF text; a blank line or a heading ends it.
    for j in range(title_line + 1, min(end, title_line + 3)):
        years = _YEARS_ONLY.match(lines[j]) and parts[-1][-1:].islower()
        if j in noise or (not years and (not _continues_title(parts, lines[j]) or _starts_text(parts, lines[j]))):
            break
        parts.append(" ".join(lines[j].split()))
        last = j
    return _clean_title(join_lines(parts)), last


def _starts_text(parts: list[str], text: str) -> bool:
    """The line under a title begins the item's text, not the title's second line.

    Where no blank line ends a title (text taken from a web page without its paragraph breaks), a
    title wraps on from a long line or mid-phrase; a list point, or the deciding organ's name under
    the title (Ahjo), starts what follows.
    """
    text = text.strip()
    if list_marker(text):
        return True
    if parts[0].isupper() or text[:1].islower() or text[:1].isdigit():
        return False
    return bool(ORGAN_LINE.match(text)) or (len(parts[-1]) < 50 and not _OPEN_END.search(parts[-1]))


def _continues_title(parts: list[str], text: str) -> bool:
    if not text.strip() or len(text.strip()) > 120 or parts[-1].endswith("."):
        return False
    if match_heading(text) or case_number_in_line(text) or parse_handling(text) or _DATE_OR_SECTION.match(text):
        return False
    # a label, or body text under an upper-case title
    return not text.rstrip().endswith(":") and parts[0].isupper() == text.isupper()


_YEARS_ONLY = patterns.compile(r"^\s*(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)\d{2})?\s*$")


def _title_beside_section(lines: list[str], noise: set[int], line: int, title: str, end: int) -> tuple[str, int]:
    """A title beside its § that wraps in its own column (PDF text): "§ 198     Yhteistoiminta-
    neuvottelujen tuloksen hyväksyminen osana" / "          vuoden 2024 talousarviovalmistelua"."""
    column = lines[line].find(title[:20])
    parts, last = [title], line
    for j in range(line + 1, min(end, line + 3)):
        text = lines[j]
        indent = len(text) - len(text.lstrip())
        if column < 3 or j in noise or abs(indent - column) > 1:
            break
        # "… talousarvio vuosille" / "2025-2027": the years a title ends in, wrapped into its column
        years = _YEARS_ONLY.match(text) and parts[-1][-1:].islower()
        if not years and not _continues_title(parts, text):
            break
        # The text of an item may start right under its title in the same column: a line that begins
        # in capitals goes on the title only after a word that cannot end one, or as the next line of
        # a title in capitals ("MÄÄRÄRAHAN MYÖNTÄMINEN KOULUN PIHAN" / "PERUSKORJAUKSEEN")
        opens = text.lstrip()[:1]
        if not (opens.islower() or opens.isdigit() or _OPEN_END.search(parts[-1]) or parts[0].isupper()):
            break
        parts.append(" ".join(text.split()))
        last = j
    return join_lines(parts), last


_OPEN_END = patterns.compile(r"(?:[,/\-–]|\s(?:ja|sekä|tai|eli|och|samt|eller))$", regex.IGNORECASE)
_DATE_OR_SECTION = patterns.compile(r"^\s*(?:\d{1,2}\.\d{1,2}\.\d{4}|§\s?\d+|\d+\s?§|[\d\s.:\-–]+)\s*$")


# A municipality's name or a date label above a title (TWeb: "Oulun kaupunki" / "Päivämäärä").
# Rules and a filing note above a Dynasty title: "______", "# 240422 Oikaisuvaatimus".
_NOT_A_TITLE = patterns.compile(
    r"^\s*(?:[_\-=]{5,}|#\s?\d+\b.*"
    # the meeting's line over an item's page: "Hallitus 1 / 2017 18.09.2017" (organ, number, date)
    r"|\p{Lu}[\p{L}\-]*(?:\s[\p{L}\-]+){0,4}\s\d{1,3}\s?/\s?(?:19|20)\d{2}\s+\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})\s*$"
)
_PAGE_FURNITURE = patterns.compile(
    r"^\s*(?:\p{Lu}[\p{L}\-]+n\s(?:kaupunki|kunta)|\p{Lu}[\p{L}\-]+\s(?:stad|kommun)|Päivämäärä|Datum|Sivu|Sida)"
    r"(?:\s+\S+)?\s*$"
)


def first_title_line(lines: list[str], noise: set[int], start: int, end: int) -> int | None:
    """The first line that can be a title: not a date, §, case number, handling line or heading."""
    skipping = False
    for i in range(start, min(end, start + 40)):
        text = lines[i]
        if i in noise or not text.strip():
            skipping = False
            continue
        if skipping:
            continue
        if _DATE_OR_SECTION.match(text) or case_number_in_line(text) or parse_handling(text):
            continue
        if DYNASTY_MARKER.match(text) or _PAGE_FURNITURE.match(text) or _NOT_A_TITLE.match(text):
            continue
        if ATTACHMENT_LINK.match(text):
            continue
        heading = match_heading(text)
        if heading:
            if heading.kind in {"history", "noise", "close"}:
                continue
            if heading.kind == "attachments":
                # Dynasty lists the attachments above the title.
                skipping = True
                continue
            if heading.kind == "distribution" and not heading.rest and _heading_follows(lines, noise, i + 1, end):
                return i  # an item titled "För kännedom" / "Tiedoksi": a list heading with no list under it
            return None
        if len(text.strip()) > 300:
            return None
        return i
    return None


def _heading_follows(lines: list[str], noise: set[int], start: int, end: int) -> bool:
    """True when the next line with text is a heading."""
    j = _next_content(lines, noise, start, limit=4)
    return j is not None and j < end and match_heading(lines[j]) is not None


_NUMBERED = patterns.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<rest>\p{Lu}.*)$")
_SENTENCE_END = patterns.compile(r"\.\s+(?=\p{Lu})")


_NUMBER_ALONE = patterns.compile(r"^\s*(?P<n>\d{1,3})\.?\s*$")


def _next_content(lines: list[str], noise: set[int], start: int, limit: int = 4) -> int | None:
    for j in range(start, min(len(lines), start + limit)):
        if j not in noise and lines[j].strip():
            return j
    return None


def numbered_regions(lines: list[str], noise: set[int]) -> list[ItemRegion]:
    """Items numbered 1, 2, 3 … with no § sign: news digests ("1. Title. Decision.", Oulu) and
    decision bulletins with the number alone above the title (Helsinki "Päätöstiedote").

    Only a run that counts from one qualifies, so proposal points inside prose do not. Points on
    consecutive lines (a digest that lost its blank lines) qualify when most of them state a decision.
    """
    tight = False
    starts = _numbered_starts(lines, noise, tight)
    if len(starts) < 2:
        tight = True
        starts = _numbered_starts(lines, noise, tight)
    if len(starts) < 2:
        return _section_point_regions(lines, noise)
    regions = _numbered_items(lines, starts)
    if tight and sum(1 for r in regions if r.inline_decision) * 2 < len(regions):
        return []  # a list of points, not items that each say what was decided
    if all(r.title_line != r.start for r in regions):
        # Bare numbers must head items with decisions, or they are page numbers.
        with_decision = sum(
            1
            for r in regions
            if any((h := match_heading(lines[k])) and h.kind == "decision" for k in range(r.start, r.end))
        )
        if with_decision * 2 < len(regions):
            return []
    return regions


# "304. Kokouksen laillisuus ja päätösvaltaisuus": an item's section written as a point's number
_SECTION_POINT = patterns.compile(r"^(?P<n>\d{1,4})\.\s+(?P<rest>\p{Lu}.*)$")


def _section_point_regions(lines: list[str], noise: set[int]) -> list[ItemRegion]:
    """Items of a digest numbered by their sections, not from one ("304. Kokouksen laillisuus …", "305. …",
    "308. Poikkeaminen … / Kaupunginhallitus hyväksyi esittelijän ehdotuksen.", Hämeenlinna): three or more
    in a row after blank lines, half of them at least with what was decided."""
    starts: list[tuple[int, int | None, str]] = []
    numbers: list[int] = []
    for i, line in enumerate(lines):
        if i in noise or (i and lines[i - 1].strip()):
            continue
        m = _SECTION_POINT.match(line)
        if m is None:
            continue
        n = int(m["n"])
        if numbers and n != numbers[-1] + 1:
            if len(numbers) >= 3:
                break  # the run is over: a list of points below it is text
            starts, numbers = [], []
        if numbers or n > 1:
            starts.append((i, i, " ".join(m["rest"].split())))
            numbers.append(n)
    if len(starts) < 3:
        return []
    regions = _numbered_items(lines, starts)
    decided = sum(
        1 for r in regions if r.inline_decision or any(reads_as_decision(lines[k]) for k in range(r.start + 1, r.end))
    )
    if decided * 2 < len(regions):
        return []
    for region, n in zip(regions, numbers, strict=True):
        region.section = n
    return regions


def _numbered_starts(lines: list[str], noise: set[int], tight: bool) -> list[tuple[int, int | None, str]]:
    """(number line, title line, title text) of each item counting from one; a point opens an item
    after a blank line, or anywhere when `tight`."""
    starts: list[tuple[int, int | None, str]] = []
    expected = 1
    for i, line in enumerate(lines):
        if i in noise:
            continue
        m = _NUMBERED.match(line)
        if m and int(m["n"]) == expected and (tight or i == 0 or not lines[i - 1].strip() or expected == 1):
            starts.append((i, i, " ".join(m["rest"].split())))
            expected += 1
            continue
        m = _NUMBER_ALONE.match(line)
        if m and int(m["n"]) == expected:
            j = _next_content(lines, noise, i + 1)
            if j is not None and not match_heading(lines[j]) and lines[j].strip()[:1].isupper():
                starts.append((i, j, " ".join(lines[j].split())))
                expected += 1
    return starts


def _numbered_items(lines: list[str], starts: list[tuple[int, int | None, str]]) -> list[ItemRegion]:
    regions: list[ItemRegion] = []
    for n, (i, title_line, rest) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        region = ItemRegion(start=i, end=end, title_line=title_line)
        if title_line is not None and title_line != i:
            region.skip.add(title_line)
        region.body_start = (title_line or i) + 1
        title, decision, region.inline_proposal = _digest_line(_clean_title(rest))
        region.title = title.rstrip(" .") if title else None
        if decision and reads_as_decision(decision):
            region.inline_decision = decision
        regions.append(region)
    return regions


def _digest_line(rest: str) -> tuple[str | None, str | None, tuple[str, str] | None]:
    """(title, what was decided, the proposal's heading and text) of a digest's numbered line: "Title.
    Päätösesitys hyväksyttiin.", "Title, merkittiin tiedoksi", "Title. Kaupunginjohtajan päätösesitys: …",
    and a line that only tells what was decided ("Kaupunginhallitus hyväksyi … toimintasäännön"), no title."""
    title: str | None = rest
    decision = None
    # else "Palveluverkkoseminaari 29.9.2025, merkittiin tiedoksi", "… päätökset: ei käytetty otto-oikeutta."
    split = _first_decision_split(rest) or _decision_clause(rest)
    if split is not None:
        title, decision = rest[: split.start()], rest[split.end() :]
    elif _ORGAN_DECIDED.match(rest) and opens_with_decision_verb(rest[:200]):
        title, decision = None, rest
    opened = _opening_proposal(decision) if decision else None
    if opened is None:
        return title, decision, None
    label, proposed, decision = opened
    return title, decision, (label, proposed)


# a line that opens with the organ that decided: "Kaupunginhallitus hyväksyi …", "Stadsstyrelsen beslöt …"
_ORGAN_DECIDED = patterns.compile(
    r"^\p{Lu}\w*(?:hallitus|valtuusto|lautakunta|jaosto|toimikunta|johtokunta|styrelsen|fullmäktige|nämnden)\s"
)


def _first_decision_split(rest: str) -> regex.Match[str] | None:
    """The first sentence end after which the line reads as a decision or opens a heading ("Title. Esittelijä
    muutti ehdotusta. Hyväksyttiin."): read from the last sentence back, so that each is read once."""
    splits = list(_SENTENCE_END.finditer(rest))
    found = None
    later = False  # a sentence after the one at hand states an outcome
    for k in range(len(splits) - 1, -1, -1):
        start = splits[k].end()
        sentence = rest[start : splits[k + 1].start() + 1 if k + 1 < len(splits) else len(rest)]
        head = rest[start : start + 200]  # a heading's label stands at the start
        reads, states = decision_reading(sentence)
        if later or reads or match_heading(head.split(":")[0] + ":"):
            found = splits[k]
        later = later or states
    return found


_CLAUSE_END = patterns.compile(r"(?:,|;|:)\s+")
# A sentence of the digest that tells how the meeting handled the proposal, not what was proposed
_HANDLED = patterns.compile(
    r"\b(?:teki\s(?:\w+\s)?(?:vasta|muutos|palautus|pöydällepano)?(?:esityksen|ehdotuksen)|esitti,?\s(?:että|ettei)|"
    r"ehdotti,?\s(?:että|ettei)|kannatti|äänestettiin|muutti\s(?:päätös)?(?:esitystä|ehdotusta)|täydensi|"
    r"ilmoitti\solevansa\sesteellinen)",
    regex.IGNORECASE,
)


def _opening_proposal(text: str) -> tuple[str, str, str | None] | None:
    """(heading, proposal, the rest) of a digest line's text that opens with the proposal ("Kaupunginjohtajan
    päätösesitys: Kaupunki käyttää etuosto-oikeutta … Asiasta äänestettiin. …", "Uusi päätösesitys. "…"
    Päätösesitys hyväksyttiin."): the proposal runs until a sentence tells of its handling or decision."""
    mark = _LABEL_END.search(text, 0, 60)
    if mark is None:
        return None
    label = text[: mark.start()]
    heading = match_heading(label + ":")
    if heading is None or heading.kind != "proposal" or heading.rest:
        return None
    body = text[mark.end() :]
    splits = list(_QUOTED_SENTENCE_END.finditer(body))
    for n, split in enumerate(splits):
        sentence = body[split.end() : splits[n + 1].start() if n + 1 < len(splits) else len(body)]
        if reads_as_decision(sentence) or _HANDLED.search(sentence):
            return label, body[: split.start()], body[split.end() :]
    return label, body, None


_LABEL_END = patterns.compile(r":\s+|\.\s+(?=\p{Lu}|[\"”])")
# a sentence's end, also after the quotation it closes: "… varataan talousarvioon.” Päätösesitys hyväksyttiin."
_QUOTED_SENTENCE_END = patterns.compile(r"(?<=[.!?][\"”]?)\s+(?=\p{Lu}|[\"”])")


def titled_stage_regions(lines: list[str], noise: set[int]) -> list[ItemRegion]:
    """Items that open with their title over the organ's own section line and no § line of their own:
    "KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS" / "Kunnanvaltuusto § 39" (Tyrnävä, Pyhäntä, "KHALL § 335").

    The meeting's organ is the one named most often; its sections must rise through the text, or these
    are only stage lines. Another organ's lines between two of them are the next item's earlier stages.
    """
    stages: list[tuple[int, Handling]] = []
    for i, line in enumerate(lines):
        if i in noise or "§" not in line:
            continue
        handling = parse_handling(line)
        if handling and handling.section is not None and handling.raw == " ".join(line.split()):
            stages.append((i, handling))
    if len(stages) < 2:
        return []
    organ = Counter(h.organ.casefold() for _, h in stages).most_common(1)[0][0]
    own = [n for n, (_, h) in enumerate(stages) if h.organ.casefold() == organ]
    dates = Counter(stages[n][1].date for n in own if stages[n][1].date)
    if dates:
        # the meeting's own lines share its date; the organ's earlier lines in an item's history do not
        day = dates.most_common(1)[0][0]
        own = [n for n in own if stages[n][1].date in (day, None)]
    # the item's own stage line under its title line names the same section: one item
    own = [n for k, n in enumerate(own) if not k or stages[n][1].section != stages[own[k - 1]][1].section]
    sections = [stages[n][1].section or 0 for n in own]
    if len(own) < 2 or any(b <= a for a, b in itertools.pairwise(sections)):
        return []
    below = _titles_below(lines, noise, [stages[n] for n in own])
    if below is not None:
        return below
    regions: list[ItemRegion] = []
    previous = -1
    for n in own:
        first_stage = stages[previous + 1][0]
        floor = regions[-1].title_line + 1 if regions and regions[-1].title_line is not None else 0
        title_at = _title_above(lines, noise, first_stage, floor)
        if title_at is None:
            return []  # a stage line under the text of the one before: one item's stages, not items
        start = title_at[0]
        if regions:
            regions[-1].end = start
        region = ItemRegion(start=start, end=len(lines), section=stages[n][1].section)
        region.title_line = title_at[0]
        region.title = join_lines([lines[k] for k in range(title_at[0], title_at[1] + 1)])
        region.skip.update(range(title_at[0] + 1, title_at[1] + 1))
        regions.append(region)
        previous = n
    return regions


def _titles_below(lines: list[str], noise: set[int], starts: list[tuple[int, Handling]]) -> list[ItemRegion] | None:
    """Items opened by the organ's line with the title under it: "Kunnanhallitus   § 78   27.03.2025" /
    "Kokouksen laillisuus ja päätösvaltaisuus" (KTweb's meeting PDFs). None unless two of three of those
    lines at least have a title right under them, after a blank line or a diary number; the others'
    items are read without a title (one titled "Tiedoksi" looks like a heading)."""
    regions: list[ItemRegion] = []
    for n, (at, handling) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        region = ItemRegion(start=at, end=end, section=handling.section)
        regions.append(region)
        title_line = _next_content(lines, noise, at + 1, limit=3)
        if title_line is not None and case_number_in_line(lines[title_line]):
            title_line = _next_content(lines, noise, title_line + 1, limit=3)  # the diary number over the title
        if title_line is None or title_line >= end or not _may_be_title(lines[title_line].strip()):
            continue
        region.title, last = wrapped_title(lines, noise, title_line, end)
        region.title_line = title_line
        region.skip.update(range(title_line + 1, last + 1))
    titled = sum(1 for region in regions if region.title)
    return regions if titled >= 2 and 3 * titled >= 2 * len(regions) else None


def _may_be_title(text: str) -> bool:
    return not (
        text.endswith((".", ":"))
        or len(text) > 150
        or _heading_not_title(text)
        or case_number_in_line(text)
        or parse_handling(text)
        or _DATE_OR_SECTION.match(text)
    )


def _title_above(lines: list[str], noise: set[int], at: int, floor: int) -> tuple[int, int] | None:
    """The lines of the title above a stage line, past blank lines and a case number; a sentence or a
    heading there is the end of the item before, not a title."""
    j = at - 1
    while j >= floor and (j in noise or not lines[j].strip() or case_number_in_line(lines[j])):
        j -= 1
    last = j
    while j >= floor and j not in noise and lines[j].strip() and last - j < 3:
        j -= 1
    first = j + 1
    if first > last or (first > floor and lines[first - 1].strip() and first - 1 not in noise):
        return None  # no title, or the lines run on from a paragraph above
    text = join_lines([lines[k] for k in range(first, last + 1)])
    if text.endswith((".", ":")) or _heading_not_title(lines[first]):
        return None
    return first, last


def _heading_not_title(line: str) -> bool:
    """A heading, not a title; but an item may be titled with a list's heading alone ("Tiedoksi",
    "För kännedom"), as the matters brought to the organ's notice are."""
    heading = match_heading(line)
    return heading is not None and not (heading.kind == "distribution" and not heading.rest)


_UPPER = patterns.compile(r"\p{Lu}")


def lists_items(lines: list[str], noise: set[int]) -> bool:
    """True when the text lists three or more items by rising number in a table ("Pykälä  Otsikko" of a
    meeting's index page): a text of that shape is an index of items, not one item without a §."""
    run = 0
    previous = -1
    for i, line in enumerate(lines):
        if i in noise or not line.strip():
            continue
        m = LISTED_ROW.match(line)
        if m and _UPPER.match(line, m.end()) and int(m["n"]) > previous:
            run += 1
            previous = int(m["n"])
            if run >= 3:
                return True
        else:
            run = 0
            previous = -1
    return False
