"""The header of a whole meeting document: organ, number, date and time, place, who attended.

Headers are read by their labels ("Aika", "Paikka", "Saapuvilla olleet jäsenet", "Poissa",
"Tid", "Närvarande" …) in the lines before the first item, including transcripts that flattened
a page onto one line, where the labels are the only structure left.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

import regex

from . import patterns
from .dates import ANY_DATE, DIGIT_DATE, find_date
from .guard import scan
from .identifiers import HAS_DIGIT
from .models import Attendance, Meeting, Participant
from .people import NAME_PARTICLES, TWO_WORD_NAME, find_email, is_title_word

_LABELS: dict[str, str] = {
    # one label for both: "Tid och plats  12.5.2025 kl. 18.00–20.00, Stadshuset"
    "when_where": r"tid\soch\splats|aika\sja\spaikka|kokousaika\sja\s-?paikka|sammanträdestid\soch\s-?plats|"
    r"plats\soch\stid|paikka\sja\saika|mötesplats\soch\s-?tid|mötestid\soch\s-?plats",
    "date": r"aika|kokousaika|kokouspäivä|kokouspäivämäärä|kokousaika\sja\s-paikka|tid|sammanträdestid|"
    r"sammanträdesdatum|mötestidpunkt|mötestid|tid\s-\saika|tid\s/\saika|kellonaika|klockslag",
    "start": r"kokouksen\salkuaika|alkamisaika|alkuaika|sammanträdet\sbörjade|början",
    "finish": r"kokouksen\späättymisaika|kokouksen\sloppumisaika|päättymisaika|loppumisaika|sammanträdet\savslutades",
    "place": r"paikka|kokouspaikka|plats|sammanträdesplats|mötesplats|plats\s-\spaikka|plats\s/\spaikka",
    # the day on a line of its own, with the time under "Aika" / "Tid"
    "day": r"päivämäärä|päiväys|datum",
    "present": r"saapuvilla\solleet\sjäsenet|saapuvilla\solleet|läsnä\solleet\sjäsenet|"
    # deputies called in: present, as the members they stand in for
    r"läsnä\solleet\svarajäsenet|närvarande\sersättare|närvarande\ssuppleanter|"
    r"läsnä|läsnäolijat|saapuvilla|"
    r"jäsenet|päättäjät(?!\smuut\b)|osallistujat|närvarande\sledamöter|närvarande\smedlemmar|närvarande|beslutande|"
    r"beslutsfattare|deltagare|"
    r"ordinarie\sledamöter|ordinarie\sledamot|närvarande\sledamöter\s-\släsnä\solleet\sjäsenet",
    "other": r"muut\ssaapuvilla\solleet|muut\släsnä\solleet|muut\släsnäolijat|muut\släsnä\solevat|"
    r"muut\sosallistujat|muut|muu|övriga\snärvarande|övriga\sdeltagare|övriga|asiantuntijat|sakkunniga",
    "absent": r"poissa\solleet\sjäsenet|poissa\solleet|poissa\soleva(?:t)?|poissa|frånvarande\sledamöter|"
    r"frånvarande",
    "checkers": r"pöytäkirjan\starkastajat|pöytäkirjantarkastajat|tarkastajat|protokolls?justerare|justerare",
    # "Päättäjät Muut": two columns' heads side by side, their names mixed by a transcript
    "end": r"päättäjät\smuut|allekirjoitukset|paragrafer|pykälät|käsitellyt\sasiat|käsiteltävät\sasiat|asiat|asialista|"
    r"pöytäkirjan\starkastus|"
    r"pöytäkirjan\snähtävänäolo|pöytäkirja\son\snähtävänä|underskrifter|protokolls?justering|justering|"
    r"ärenden|innehållsförteckning|kokouksen\savaus|(?:kokouksen\s)?laillisuus\sja\späätösvaltaisuus|otsikko\ssivu|"
    r"pöytäkirjan\sallekirjoitus|kokouksen\spuheenjohtaja|sammanträdets\sordförande|puheenjohtaja|ordförande|"
    r"sihteeri|pöytäkirjanpitäjä|sekreterare|protokollförare|"
    r"kokouskutsu|esityslista|elektroniska?\s(?:underskrif\w*|protokolls?justering)|"
    r"sähköi\w*\s(?:allekirjoitu\w*|pöytäkirjan\starkastus)|underskrif\w*",
    "organ": r"organ|toimielin",
}
_LABEL = patterns.compile(
    r"^\s*(?P<label>" + "|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items()) + r")"
    r"(?:\s?[-–/]\s?\p{Lu}[\p{Lu}\s]*?\p{Lu}(?=\s+\p{Lu}\p{Ll}|\s*$|\s*:))?"  # "TID - AIKA": the other language
    r"(?:\s*:\s*|\s{2,}|\s+(?=[\p{Lu}\d(])|\s*$)(?P<rest>.*)$",
    regex.IGNORECASE,
)
# Labels that open a new line inside a flattened transcript line.
_FLAT_SPLIT = patterns.compile(
    # not inside a label of several words or languages ("ÖVRIGA NÄRVARANDE - MUUT SAAPUVILLA OLLEET"), but
    # after an address's house letter ("Brandensteininkatu 27 B LÄSNÄ …")
    r"(?:(?<![\p{Lu}\-])|(?<=\d\s\p{Lu}))\s(?=(?:AIKA|PAIKKA|KOKOUSAIKA|KOKOUSPAIKKA|SAAPUVILLA\sOLLEET|LÄSNÄ|POISSA|MUU(?:T)?\b|OSALLISTUJAT|"
    r"ALLEKIRJOITUKSET|KÄSITELLYT\sASIAT|KÄSITELTÄVÄT\sASIAT|Käsiteltävät\sasiat|Pöytäkirjan\sallekirjoitus|"
    r"Aika\s|Paikka\s|Kokousaika|Kokouspaikka|Saapuvilla\solleet|"
    r"Muut\ssaapuvilla|Muut\sosallistujat|Poissa|Päättäjät:|Päättäjät\sMuut\s|Poissa\soleva|Muut\släsnä|Allekirjoitukset|Käsitellyt\sasiat|"
    # a table's part in mixed case, before a name ("Muu Hekkanen Rauno …", "Läsnä Hietala Jaakko …")
    r"(?<!Päättäjät\s)(?:Muut?|Saapuvilla|Läsnä)(?=\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+\s)|"
    # the deputies' list in a Swedish run of "Surname, Given" names: "… Forsblom, Greger Ersättare Borg, Yvonne …"
    r"(?<=\p{Ll}\s)Ersättare(?=\s\p{Lu}\p{Ll}+,\s)|"
    r"SAMMANTRÄDESTID|SAMMANTRÄDESPLATS|NÄRVARANDE|FRÅNVARANDE|ÖVRIGA|Närvarande|Frånvarande|Övriga|"
    r"(?<!Namn\s)Tid[\s:]|Plats\s|Ärendets\snr|Underskrifter|UNDERSKRIFTER|OSALLISTUJAT|Osallistujat|TID\s-\sAIKA|PLATS\s-\sPAIKKA|"
    r"Beslutande|Sammanträdestid|Sammanträdesplats|"
    # the first item's title after the lists: "… kunnanjohtaja, esittelijä Kokouksen laillisuus ja …"
    r"Kokouksen\slaillisuus|KOKOUKSEN\sLAILLISUUS|LAILLISUUS\sJA\sPÄÄTÖSVALTAISUUS|Asialista:|ASIALISTA:|"
    # the signatures' part of a Swedish front page: "Paragrafer Jomala den 12 februari 2018 …"
    r"Paragrafer(?=[\s:])|Protokolls?justering(?=[\s:])|"
    # Åland's front pages: "Tid och plats 7 april 2021 Klockan 18: Plats: Kommunkansliet Ordinarie ledamot Närv. …"
    r"Plats:|Ordinarie\sledamot\b|"
    # Lappträsk's: "MÖTESTIDPUNKT kl MÖTESPLATS … DELTAGARE Beslutsfattare Aino Villikka …"
    r"MÖTESTIDPUNKT|MÖTESPLATS|DELTAGARE|Mötestidpunkt|Mötesplats|Beslutsfattare|"
    # the signatures' heads side by side after the lists: "… hallintojohtaja Puheenjohtaja Sihteeri Anneli Jalo …"
    r"(?<!Allekirjoitukset\s)Puheenjohtaja\s(?:Sihteeri|Pöytäkirjanpitäjä)\b|"
    # the list of the items after the lists: "… vik kommundirektör Ärenden Underskrifter …"
    # "Asiat 29-36 §:t", whose numbers a transcript may lose ("Asiat :t", "Asiat Allekirjoitukset")
    r"Ärenden(?=[\s:])|Asiat(?=\s\d|\s§|\s:t\b|\s(?i:allekirjoitu\w*)|\s*$)))"
)
_TIME = patterns.compile(
    # the minutes may be left out: "klo 18", "klo 18 - 20.30"
    r"(?:\bklo|\bkello|\bklockan|\bkl)\.?\s*(?:/\s*klo\s*)?(?P<h1>\d{1,2})(?:[.:](?P<m1>\d{2}))?(?![\d.:])"
    # the end may repeat the day: "klo 18.00 - 12.3.2024 klo 20.15"
    r"(?:\s*[-–—]\s*(?:\d{1,2}\.\d{1,2}\.\d{4},?\s*)?(?:klo\s*)?(?P<h2>\d{1,2})(?:[.:](?P<m2>\d{2}))?(?![\d.:]))?",
    regex.IGNORECASE,
)
_CLOCK = patterns.compile(r"\b(?P<h>\d{1,2})[.:](?P<m>\d{2})\b")
# under a label of the hours alone, a time with a dot is no date: "Tid   18.00"
_HOURS_ALONE = patterns.compile(
    r"^\s*(?P<h1>\d{1,2})[.:](?P<m1>\d{2})(?:\s*[-–—]\s*(?P<h2>\d{1,2})[.:](?P<m2>\d{2}))?\s*$"
)
# A date field's times without "klo": "12.5.2025 18.00–20.15", "15.1.2025 17:00". A range needs the
# minutes on both sides and a lone time a colon, so that no part of a date reads as a time; a lone
# time beside a dash is half of a range that lost its other half (":00-20:50"), and not read.
_BARE_TIME = patterns.compile(
    r"(?<![\d.:])(?P<h1>\d{1,2})[.:](?P<m1>\d{2})\s*[-–—]\s*(?P<h2>\d{1,2})[.:](?P<m2>\d{2})(?![\d.:])"
    r"|(?<![\d.:\-–—])(?<![-–—]\s)(?P<h1>\d{1,2}):(?P<m1>\d{2})(?![\d.:\-–—])(?!\s[-–—])"
)


# A range whose dash the extraction lost: "klo 14:0015:41" (Helsinki), "klo 9.3011.45".
_GLUED_RANGE = patterns.compile(
    r"(?:\bklo|\bkello|\bklockan|\bkl)\.?\s*(?P<h1>\d{1,2})([.:])(?P<m1>\d{2})(?P<h2>\d{1,2})\2(?P<m2>\d{2})(?![\d.:])",
    regex.IGNORECASE,
)


def _clock(hours: str, minutes: str | None) -> str | None:
    """ "HH:MM", or None for a time of day that cannot be."""
    h, m = int(hours), int(minutes or 0)
    return f"{h:02d}:{m:02d}" if h <= 23 and m <= 59 else None


def _hours(text: str) -> tuple[str | None, str | None]:
    """The meeting's start and end in the value of its time label, either perhaps missing."""
    t = _TIME.search(text) or _GLUED_RANGE.search(text) or _BARE_TIME.search(text) or _HOURS_ALONE.match(text)
    if t is None:
        return None, None
    return _clock(t["h1"], t["m1"]), _clock(t["h2"], t["m2"]) if t["h2"] else None


_NUMBER = patterns.compile(
    r"\b(?:pöytäkirja|kokouspöytäkirja|esityslista|kokouskutsu|protokoll|sammanträdesprotokoll|"
    r"föredragningslista|kallelse|päätöstiedote|kokousnumero|kokous|sammanträde|nro|no|nr|n:o)\b\.?\s*"
    r"(?:nro|no|nr|n:o)?\.?\s*"
    r"(?P<n>\d{1,3}\s?/\s?(?:19|20)\d{2})",
    regex.IGNORECASE,
)
# "Pöytäkirja nro 1": a number without its year, only after the word for number.
_NUMBER_WITHOUT_YEAR = patterns.compile(
    r"\b(?:(?:pöytäkirja|kokouspöytäkirja|esityslista|protokoll|föredragningslista|kokous|sammanträde)\s+(?:nro|no|nr)"
    r"|kokousnumero)\.?\s*(?P<n>\d{1,3})\b(?!\s?[/.,]\s?\d)",
    regex.IGNORECASE,
)
# "12/2008 370 Stadsstyrelsen TID …", "1 2/2015 KUTSU …": the number alone opens the document (after a
# transcript's page number); it counts only when its year is the meeting's.
_LEADING_NUMBER = patterns.compile(r"^\s*(?:\d{1,3}\s+)?(?P<n>\d{1,3})\s?/\s?(?P<year>(?:19|20)\d{2})(?![/.\d])")
_DOCUMENT_KIND = patterns.compile(
    r"\s+(?:pöytäkirja|kokouspöytäkirja|esityslista|kokouskutsu|kutsu|protokoll|föredragningslista|kallelse)\b",
    regex.IGNORECASE,
)
_MUNICIPALITY = patterns.compile(
    r"\b(?P<m>\p{Lu}[\p{L}\-]+n\s(?:kaupunki|kunta|kuntayhtymä|hyvinvointialue)|"
    r"\p{Lu}[\p{L}\-]+\s(?:stad|kommun|samkommun|välfärdsområde)|"
    r"\p{Lu}[\p{L}\-]+N\s(?:KAUPUNKI|KUNTA)|\p{Lu}[\p{L}\-]+\s(?:STAD|KOMMUN))\b"
)
_ORGAN_WORD = (
    r"(?:hallitus|valtuusto|lautakunta|jaosto|johtokunta|toimikunta|edustajainkokous|yhtymäkokous|"
    r"yhtymähallitus|aluehallitus|aluevaltuusto|styrelsen|styrelse|fullmäktige|nämnden|nämnd|sektionen|sektion|"
    r"direktionen|neuvosto|rådet|utskottet)"
)
_ORGAN = patterns.compile(
    rf"(?:^|(?<=\s))(?P<o>(?:\p{{Lu}}[\p{{L}}]*-\s(?:ja|och)\s)?(?:\p{{Lu}}\p{{Ll}}+\s)?[\p{{L}}\-]*{_ORGAN_WORD}"
    r")(?=\s|$|,)",
    regex.IGNORECASE,
)
# A sub-committee named with its parent organ in the genitive before it: "Kaupunkiympäristölautakunnan
# ympäristö- ja lupajaosto", "Bildningsnämndens svenska sektion", "Kaupunginhallituksen konsernijaosto".
_PARENT_ORGAN = patterns.compile(
    r"(?:^|(?<=\s))\p{Lu}[\p{L}\-]*(?:lautakunnan|hallituksen|valtuuston|nämndens|styrelsens|fullmäktiges)\s"
    r"(?:[\p{L}\-]+\s(?:ja|och)\s)?(?:\p{Ll}+\s)?$"
)
_CHAIR = patterns.compile(r"^(?:\p{L}+n\s)?(?:puheenjohtaja|pj\.?|ordförande|ordf\.?)$", regex.IGNORECASE)
_SECRETARY = patterns.compile(
    r"sihteeri|pöytäkirjanpitäjä|pöytäkirjapitäjä|pöytäkirjan\spitäjä|ptk:n\spitäjä|ptk[-.]\s?pitäjä|sekreterare|protokollförare",
    regex.IGNORECASE,
)
_NAME_TOKEN = patterns.compile(r"^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$|^\p{Lu}\.(?:-?\p{Lu}\.){0,2}$")
_ROLE_START = patterns.compile(
    r"^(?:\p{Ll}|[IV]+\b|\d\.|\(|\p{Lu}[\p{L}]*(?:valtuuston|hallituksen|lautakunnan|jaoston|kunnan|kaupungin|"
    r"fullmäktiges|styrelsens|nämndens)$"
    # the body alone: "Valle Heikki Hallituksen edustaja"
    r"|(?:Valtuuston|Hallituksen|Lautakunnan|Jaoston|Fullmäktiges|Styrelsens|Nämndens)$)",
)
# The checkers elected in the meeting's second item, named in the nominative: "Pöytäkirjan tarkastajiksi
# valittiin (yksimielisesti) X ja Y", "Till protokolljusterare valdes X och Y", "X och Y utsågs till
# protokolljusterare". The label may open the sentence, so its case is free; the names' is not.
_CHECKER_NAME = rf"\p{{Lu}}[\p{{L}}\-]+(?:\s(?:{'|'.join(sorted(NAME_PARTICLES))}))*\s\p{{Lu}}[\p{{L}}\-]+"
_TWO_CHECKERS = rf"(?P<a>{_CHECKER_NAME})\s(?:ja|och)\s(?P<b>{_CHECKER_NAME})"
_CHECKERS_DECISION = patterns.compile(
    r"(?i:pöytäkirjan\s?tarkastajiksi|protokolls?justerare)\s(?:valittiin|valdes|utsågs)\s(?:\p{Ll}+\s)*?"
    rf"{_TWO_CHECKERS}"
    rf"|(?P<a>{_CHECKER_NAME})\s(?:och|ja)\s(?P<b>{_CHECKER_NAME})\s(?:utsågs|valdes)\still\sprotokolls?justerare",
)

# The same in a proposal that was approved as it stood: "Valitaan (tämän kokouksen) pöytäkirjan
# tarkastajiksi (jäsenet) X ja Y", "Till protokolljusterare utses X och Y". After the active "valitsee"
# the names are inflected ("Eeva Kallion"), not as the header would print them.
_CHECKERS_PROPOSED = patterns.compile(
    r"(?i:valitaan|väljs|väljer|utses|utser)\s(?:\p{Ll}+\s){0,4}?"
    rf"(?i:pöytäkirjan\s?tarkastajiksi|(?:till\s)?protokolls?justerare)\s(?:\p{{Ll}}+\s){{0,3}}?{_TWO_CHECKERS}"
    r"|(?i:pöytäkirjan\s?tarkastajiksi|till\sprotokolls?justerare)\s(?i:valitaan|väljs|utses)\s(?:\p{Ll}+\s){0,3}?"
    rf"{_TWO_CHECKERS}",
)


@dataclass
class _Person:
    name: str
    role: str | None
    status: Attendance


@dataclass
class _Header:
    fields: dict[str, str] = field(default_factory=dict)
    people: list[_Person] = field(default_factory=list)
    checkers: list[str] = field(default_factory=list)
    # "Puheenjohtaja" / "Pöytäkirjanpitäjä" alone on a line with the name on the next line
    signed: dict[str, str] = field(default_factory=dict)


# An upper-case label glued to the name before it: "Olli SeppäläPOISSA OLLEET JÄSENET".
_GLUED_LABEL = patterns.compile(
    r"(?<=\p{Ll})(?=(?:POISSA|LÄSNÄ|MUUT\s|SAAPUVILLA|ALLEKIRJOITUKSET|FRÅNVARANDE|NÄRVARANDE|ÖVRIGA)\b"
    # a heading glued to the first label: "KokoustiedotAika 24.10.2006 kello 19.00"
    r"|(?:Aika|Paikka|Tid|Plats)\s+\d)"
)


# A flattened table of contents is left whole: its item titles ("Närvarande", "Läsnäolijat") are not labels.
_CONTENTS_OPENING = patterns.compile(
    r"innehållsförteckning|ärendeförteckning|sisällysluettelo|asialuettelo|käsitellyt\sasiat", regex.IGNORECASE
)


_WHOLE_LABEL = patterns.compile("|".join(_LABELS.values()), regex.IGNORECASE)
# The first words of the labels of several words, the only ones that wrap: "saapuvilla", "muut" …
_WRAPPING_LABEL_STARTS = frozenset(
    alternative.split("\\s")[0]
    for value in _LABELS.values()
    for alternative in value.split("|")
    if "\\s" in alternative and alternative.split("\\s")[0].isalpha()
)


def _left_cell(line: str) -> tuple[int, str]:
    """Where the cell of a left label column starts, and its words: those before the first gap of two
    spaces or more."""
    text = line.lstrip()
    gap = text.find("  ")
    return len(line) - len(text), (text if gap < 0 else text[:gap]).rstrip()


def _join_wrapped_labels(lines: list[str]) -> list[str]:
    """Older PDFs print a long label in a narrow left column, wrapped: "SAAPUVILLA" over "OLLEET
    JÄSENET", "Muut saapuvilla" over "olleet", names beside both halves. The label is made whole on its
    first line; the second keeps its names in their column."""
    out = list(lines)
    cells = [_left_cell(line) for line in out]
    for i in range(len(out) - 1):
        (indent, a), (indent_b, b) = cells[i], cells[i + 1]
        if not a or not b or indent != indent_b or len(a) > 30 or len(b) > 30:
            continue
        if a.split()[0].casefold() not in _WRAPPING_LABEL_STARTS:
            continue
        joined = f"{a} {b}"
        if _WHOLE_LABEL.fullmatch(joined):
            out[i] = " " * indent + joined + "  " + out[i].lstrip()[len(a) :].lstrip()
            out[i + 1] = " " * (indent + len(b)) + out[i + 1].lstrip()[len(b) :]
            cells[i + 1] = (indent, "")
    return out


def _virtual_lines(lines: list[str]) -> list[str]:
    return _split_virtual(_join_wrapped_labels(lines))


def _split_virtual(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if _GLUED_LABEL.search(line):
            line = _GLUED_LABEL.sub("\n", line)
            out.extend(_split_virtual(line.split("\n")))
            continue
        flattened = len(line) > 250 or _TRANSCRIPT_PAGE.match(line)
        if flattened and not _CONTENTS_OPENING.search(line[:80]):
            out.extend(part for part in _FLAT_SPLIT.sub("\n", line).split("\n"))
        else:
            out.append(line)
    return out


# a transcript's page, however short, opens with its number and the minutes' head: "3 LOVIISAN KAUPUNKI
# PÖYTÄKIRJA 11/ ALLEKIRJOITUKSET Puheenjohtaja …" (its labels end the list that the page before ran on)
_TRANSCRIPT_PAGE = patterns.compile(r"^\d{1,3}\s.{0,60}?\b(?:PÖYTÄKIRJA|Pöytäkirja|PROTOKOLL|Protokoll)\b")
_MARK = patterns.compile(r"^(?:x|\(x\)|-|\*)\s+")
_HEADING_WORD = patterns.compile(r"^\p{Lu}{5,}$")
# A note on the label kept with the list: "MUUT SAAPUVILLA OLLEET (ja läsnäolon peruste) x Olavi …".
_LABEL_NOTE = patterns.compile(r"^\(\p{Ll}[^()]{0,40}\)\s+(?=\S)")


_HOURS_RANGE = r"\d{1,2}[:.]\d{2}\s?[-–]\s?\d{1,2}[:.]\d{2}"  # "18:00-20:17"

# Remarks on arriving and leaving are not a role: "Pia Kauma, saapui klo 16.53 § 146 käsittelyn aikana".
_REMARK = patterns.compile(
    r"^(?:saapui|poistui|lähti|poissa|läsnä\sklo|paikalla|kom\b|anlände|avlägsnade|avvek|lämnade|närvarande\skl)"
    # the hours of attendance in a table's own column: "Pahkala Lauri   18:00-20:17   valt. pj."
    rf"|^{_HOURS_RANGE}$"
    # the sections a remark names, cut from it at a comma: "poistui 11:15, § 80"
    r"|^§{1,2}\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?$",
    regex.IGNORECASE,
)


def _role_of(parts: list[str]) -> str | None:
    return ", ".join(p.strip() for p in parts if p.strip() and not _REMARK.match(p.strip())) or None


def _names_after_role(tail: str) -> bool:
    """True when a name follows the role: "puheenjohtaja Mikko Virta, …" is a run of people, not one."""
    words = tail.replace(",", " ").split()
    role_seen = False
    for k, (a, b) in enumerate(itertools.pairwise(words)):
        role_seen = role_seen or a[:1].islower()
        before = words[k - 1] if k else ""
        after = words[k + 2] if k + 2 < len(words) else ""
        if (
            role_seen
            and _NAME_TOKEN.match(a)
            and _NAME_TOKEN.match(b)
            and not is_title_word(a)
            and before.casefold() not in _STANDS_IN_FOR
            and after.casefold() not in _IN_PLACE_OF
        ):
            return True
    return False


# "Tom Björk, ersättare för Mikael Ek", "Anna Laine, varajäsen Sari Niemen tilalla": the name is the
# member a deputy stands in for, not another person present
_STANDS_IN_FOR = frozenset({"för", "ersätter", "ersättande"})
_IN_PLACE_OF = frozenset({"tilalla", "sijasta", "sijaisena", "varajäsenenä", "varalla"})


def _split_people(text: str, status: Attendance) -> list[_Person]:
    """People in one entry: "Kai Pöntinen, puheenjohtaja", "Matti Leppihalme puheenjohtaja",
    "Bryggare, Arto", or a flattened run "Matinlauri Minna Kunnanvaltuuston puheenjohtaja Ylitalo Jussi …"."""
    # columns of a table row are apart by three spaces or more: "Matti Virtanen     puheenjohtaja     kesk."
    text = _MARK.sub("", _LABEL_NOTE.sub("", " ".join(_COLUMN_GAP.sub(", ", text.strip()).split())))
    if not text or text.startswith("(") or find_email(text):
        return []
    if all(word.strip(",").casefold() in _TABLE_HEADS for word in text.split()):
        return []  # the heads of an attendance table: "Nimi Tehtävä Lisätiedot"
    # a second column's head left before the names ("Beslutande: Ersättare: Albäck, Peter Backman, Inger …")
    headed = _LEADING_HEAD.match(text)
    text = text[headed.end() :] if headed else text
    surname_first = _SURNAME_FIRST_RUN.match(text) if text.count(",") >= 2 else None
    if surname_first:
        # "Back, Eva Backlund, Carl Berger, Helena": a transcript ran a column of "Surname, Given" together
        run = surname_first.group()
        rest = text[surname_first.end() :].strip(" ,")
        rest = "" if _SECTIONS_ONLY.fullmatch(rest) else rest
        pairs = _SURNAME_GIVEN.findall(run)
        if headed and not _in_order([surname for surname, _ in pairs[:-1]]):
            # under two columns' heads, names out of alphabetical order are the two columns read across
            # (members and their deputies in turn): who was which is not known
            return []
        people = [_Person(f"{surname}, {given}", None, status) for surname, given in pairs]
        return people + (_split_people(rest, status) if rest else [])
    surnames_with_roles = _surname_given_with_roles(text)
    if surnames_with_roles:
        return [_Person(name, role, status) for name, role in surnames_with_roles]
    listed = _names_in_a_row(text)
    if listed:
        return [_Person(name, role, status) for name, role in listed]
    head, comma, tail = _partition_outside_brackets(text)
    if comma and len(text) < 120 and not _names_after_role(tail) and not _names_after_role(head):
        parts = [p.strip() for p in tail.split(",") if p.strip()]
        # "Matti Virtanen (kesk.), puheenjohtaja": the party goes after the role
        noted = _NAME_WITH_NOTE.match(head.strip())
        party = None
        if noted and noted["note"] and _looks_like_name(noted["name"].strip()):
            head, party = noted["name"].strip(), noted["note"].strip()
        head_words = head.split()
        if (
            parts
            and len(head_words) == 1
            and len(parts[0].split()) <= 2
            and _NAME_TOKEN.match(head_words[0])
            and all(_NAME_TOKEN.match(w) for w in parts[0].split())
            and not is_title_word(parts[0])
        ):
            name = f"{head}, {parts[0]}"  # "Bryggare, Arto"
            role = _role_of(parts[1:])
        else:
            name, role = head.strip(), _role_of(parts)
            # the hours of a table's own column are no part of the name: "Ström Gun 17:00-19:10 sihteeri"
            words = [word for word in name.split() if not _HOURS_WORD.fullmatch(word)]
            cut = next((k for k, word in enumerate(words) if word[:1].islower()), len(words))
            if not _looks_like_name(name) and 2 <= cut <= 4 and _looks_like_name(" ".join(words[:cut])):
                # "Niemi Matti kunnanjohtaja, esittelijä": the title runs on from the name without a comma
                name, role = " ".join(words[:cut]), _role_of([" ".join(words[cut:]), *parts])
        if not _looks_like_name(name):
            return []
        if party:
            role = f"{role} ({party})" if role else f"({party})"
        return [_Person(name, role, status)]
    if any(word in NAME_PARTICLES for word in text.split()) and _looks_like_name(text):
        return [_Person(text, None, status)]  # "Anna von Schantz" alone on its line
    return _split_run(text, status)


def _partition_outside_brackets(text: str) -> tuple[str, str, str]:
    """Split at the first comma that is not inside brackets: a note on a member's coming and going has
    commas of its own ("Pekka Pouta (poistui klo 18.30, § 45 aikana)")."""
    depth = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            return text[:index], ",", text[index + 1 :]
    return text, "", ""


_HOURS_WORD = patterns.compile(_HOURS_RANGE.replace("\\s?", ""))
_COLUMN_GAP = patterns.compile(r"(?<=\S)\s{3,}(?=\S)")


_TABLE_HEADS = frozenset(
    {"nimi", "tehtävä", "tehtävät", "rooli", "lisätiedot", "lisätieto", "klo", "kello", "läsnä", "saapui", "poistui",
     "namn", "uppdrag", "roll", "tilläggsuppgifter", "tilläggsinformation", "tid", "kl", "närvaro", "anlände",
     "avlägsnade", "anmärkning", "anmärkningar", "närv", "funktion", "tehtävä/funktion",
     # a column's head left inside the run: "DELTAGARE Beslutsfattare Aino Villikka …"
     "beslutsfattare", "päätöksentekijät", "ledamöter", "jäsenet", "deltagare"}
)  # fmt: skip
_NAME_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*"
_LEADING_HEAD = patterns.compile(r"^(?:\p{Lu}\p{Ll}+:\s+)+(?=\p{Lu})")
# the last name may be followed by the sections of its service: "Borg, Yvonne Ede, Tor, 8"
_SURNAME_FIRST_RUN = patterns.compile(rf"{_NAME_WORD},\s{_NAME_WORD}(?:\s{_NAME_WORD},\s{_NAME_WORD})+(?=[\s,]|$)")
_SECTIONS_ONLY = patterns.compile(r"[\d\s,\-–§]*")
_SURNAME_GIVEN = patterns.compile(rf"({_NAME_WORD}),\s({_NAME_WORD})")
# "Djupsjöbacka, Michael kommundir. Bjon, Inger kommunsekr.": each "Surname, Given" with its role after it
_SURNAME_GIVEN_ROLE = patterns.compile(
    rf"(?P<surname>{_NAME_WORD}),\s(?P<given>{_NAME_WORD})(?P<role>(?:,?\s(?!{_NAME_WORD},\s)[^\s,]+)*),?\s*"
)


def _in_order(surnames: list[str]) -> bool:
    return all(a.casefold() <= b.casefold() for a, b in itertools.pairwise(surnames))


def _surname_given_with_roles(text: str) -> list[tuple[str, str | None]] | None:
    """People written "Surname, Given role" one after another, or None unless the whole text is such."""
    if text.count(",") < 2:
        return None
    out: list[tuple[str, str | None]] = []
    at = 0
    for m in _SURNAME_GIVEN_ROLE.finditer(text):
        if m.start() != at:
            return None
        role = m["role"].strip(" ,") or None
        if role and not role[:1].islower():
            return None  # a capitalised word after the name: another layout
        out.append((f"{m['surname']}, {m['given']}", role))
        at = m.end()
    return out if len(out) >= 2 and at == len(text) else None


# "Liisa Laine (pj.)": a name with a note in brackets after it.
_NAME_WITH_NOTE = patterns.compile(r"^(?P<name>[^()]+?)(?:\s*\((?P<note>[^()]{1,40})\))?$")


def _names_in_a_row(text: str) -> list[tuple[str, str | None]] | None:
    """ "Liisa Laine (pj.), Pekka Koski, Anna Virta": whole names separated by commas, each perhaps with
    a note; None unless every part is a name (so "Bryggare, Arto" and "Kai Pöntinen, puheenjohtaja" are not)."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) < 2:
        return None
    out: list[tuple[str, str | None]] = []
    for part in parts:
        m = _NAME_WITH_NOTE.match(part)
        if not m or not _looks_like_name(m["name"]) or any(is_title_word(w) for w in m["name"].split()):
            return None
        out.append((m["name"].strip(), m["note"].strip() if m["note"] else None))
    return out


# Why a member was away, written in capitals in a table's last column: "Työeste", "Henkilökohtainen este"
_ABSENCE_REASONS = frozenset(
    {"työeste", "este", "henkilökohtainen", "estynyt", "sairas", "sairaus", "sairausloma", "loma", "lomalla",
     "virkamatka", "förhinder", "sjuk", "ledig"}
)  # fmt: skip


# A remark's first word in a table's last column: "Läsnä §:t 103-104", "poistui klo 20.20", "klo" (its time lost)
_REMARK_WORDS = frozenset(
    {"läsnä", "poissa", "saapui", "poistui", "lähti", "paikalla", "klo", "anlände", "avlägsnade", "avvek", "kl"}
)


# the next page's header inside a run of people: "… kaupunginsihteeri, sihteeri Pöytäkirja Kaupunginhallitus Sivu 2"
_PAGE_HEADER_WORDS = frozenset(
    {"pöytäkirja", "esityslista", "kokouskutsu", "sivu", "protokoll", "föredragningslista", "kallelse", "sida",
     "toimielin", "laatimispäivä", "kokouspäivä", "sammanträdesdatum"}
)  # fmt: skip


# a meeting's day after its place: "… Klemetsby, Lumparland Onsdagen den 6 februari 2013 kl Annsofi …"
_WEEKDAYS = frozenset(
    {"maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina",
     "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
     "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
     "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen"}
)  # fmt: skip


def _run_name_word(token: str) -> bool:
    return bool(
        _NAME_TOKEN.match(token)
        and token.casefold() not in _WEEKDAYS
        and not _ROLE_START.match(token)
        and not is_title_word(token)
        and token.casefold() not in _ABSENCE_REASONS
        and token.casefold() not in _TABLE_HEADS  # "Nimi Klo Tehtävä Läsnä" over the run
        and token.casefold() not in _PAGE_HEADER_WORDS
        and token.casefold() not in _REMARK_WORDS  # "Nissilä Anne Lähti kokouksesta: 20:26"
    )


# A role's last word: a job ("jäsen", "kunnanjohtaja") or a rank's abbreviation ("varapj", "vpj.")
_RANK_ABBREVIATIONS = frozenset({"pj", "vpj", "varapj", "vara", "ordf", "viceordf"})


def _role_units(role: str) -> list[str]:
    """A run of roles split after each role's last word; a comma joins the next words to the same role
    ("palkanlaskija-arkistonhoitaja, ptk-pitäjä")."""
    units: list[str] = []
    current: list[str] = []
    for token in role.split():
        current.append(token)
        if not token.endswith(",") and (is_title_word(token) or token.rstrip(".").casefold() in _RANK_ABBREVIATIONS):
            units.append(" ".join(current))
            current = []
    if current:
        units.append(" ".join(current))
    return units


def _roles_in_a_column(people: list[_Person]) -> list[_Person]:
    """A transcript that read a table column by column gives the names first and then the roles, all
    after the last name ("Hietala Jaakko … Erkkilä Mari jäsen jäsen … puheenjohtaja jäsen varajäsen"):
    with one role for each name, each takes its own; with fewer, only the chair's and vice-chairs' roles
    that open the column are placed, on the first names, and the rest is not known."""
    if len(people) < 2 or people[-1].role is None or any(p.role for p in people[:-1]):
        return people
    units = _role_units(people[-1].role)
    if len(units) == len(people):
        return [_Person(p.name, unit, p.status) for p, unit in zip(people, units, strict=True)]
    if len(units) > 1:
        # a table lists its chair and vice-chairs first: the roles that open the column are theirs
        return _ranked(people, _opening_ranks(units)[: len(people) - 1])
    return people


def _opening_ranks(units: list[str]) -> list[str]:
    """The chair's and vice-chairs' ranks a column of roles opens with; none unless the chair's is first."""
    ranks = list(itertools.takewhile(lambda unit: _CHAIR_RANK_UNIT.fullmatch(unit) is not None, units))
    return ranks if ranks and ranks[0].casefold() in _CHAIR_WORDS else []


def _ranked(people: list[_Person], ranks: list[str]) -> list[_Person]:
    """The first people with those ranks as their roles, the rest with none."""
    return [_Person(p.name, ranks[n] if n < len(ranks) else None, p.status) for n, p in enumerate(people)]


def _ranks_before_the_names(lead: list[str], people: list[_Person]) -> list[_Person]:
    """A table whose role column came out as a stack of heads before the names ("Puheenjohtaja
    Varapuheenjohtaja Muut jäsenet Kärkkäinen Margaretha Mustonen Reijo …"): the chair's and vice-chairs'
    ranks that open it are the first names' roles; the rest is not known."""
    if not lead or len(people) < 2 or any(p.role for p in people):
        return people
    ranks = _opening_ranks(_role_units(" ".join(lead)))
    return _ranked(people, ranks) if ranks and len(ranks) < len(people) else people


_CHAIR_WORDS = frozenset({"puheenjohtaja", "ordförande", "pj", "pj.", "ordf", "ordf."})
_CHAIR_RANK_UNIT = patterns.compile(
    r"(?:(?:I{1,3}|[1-3]\.)\s)?(?:puheenjohtaja|varapuheenjohtaja|pj\.?|vpj\.?|varapj\.?|ordförande|"
    r"vice\s?ordförande|viceordf\.?|ordf\.?)",
    regex.IGNORECASE,
)


# a party's abbreviation in brackets, not a remark ("(klo )", "(ers. för X)", "(poistui 18.30)")
_PARTY_FIRST = patterns.compile(r"(?P<party>\((?!\s*(?:klo|kl|ers|för)\b)[^()\d]{1,20}\)),\s*")
_PLACE_WORD = patterns.compile(r"(?:kansliet|kansli|huset|gården|salen|rummet|talo|virasto|sali|huone)$", regex.I)
# the full stop that ends the list after its last name or role: "…, Hamberg Annika, Milestad Susanne."
_LIST_END = patterns.compile(r"(?<=\s\p{Lu}\p{Ll}+|\p{Ll}{6})\.$")  # not an abbreviation's: "ers.", "vpj."


def _split_run(text: str, status: Attendance) -> list[_Person]:
    """People in a run of names and roles: "Matinlauri Minna Kunnanvaltuuston puheenjohtaja Ylitalo Jussi …"."""
    tokens = _LIST_END.sub("", text).replace(",", " , ").split()
    # a table that marks who came, "X" or "-" after each name or role ("Ingvar Björkman, ordf X Kim
    # Björkman - …", Geta): the mark is the person's attendance, not part of the role
    marked = any(t in ("X", "x") for t in tokens) and "-" in tokens
    people: list[_Person] = []
    lead: list[str] | None = None  # the words before the first name
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and _run_name_word(tokens[j]) and j - i < 4:
            j += 1
        particle = j < len(tokens) - 1 and j > i and tokens[j] in NAME_PARTICLES and _run_name_word(tokens[j + 1])
        if particle and (j - i) % 2 == 1:
            # "… Christina Gestrin Nina af Hällström (SFP)": the particle joins the given name to the surname
            if j - i == 3:
                people.append(_Person(" ".join(tokens[i : i + 2]), None, status))
                i += 2
            j += 2
        if j - i >= 2:
            if lead is None:
                lead = tokens[:i]
            names = tokens[i:j]
            if len(names) == 3 and _PLACE_WORD.search(names[0]):
                names = names[1:]  # the meeting's place before the first name: "Kommunkansliet Jansson Harald, …"
            if len(names) == 4:  # two people without a role between them
                people.append(_Person(" ".join(names[:2]), None, status))
                names = names[2:]
            if len(names) == 3 and j < len(tokens) and _opens_role(names[2], tokens[j]):
                # whom a person stands for opens the role: "Nurmela Janne-Pekka Pornaisten edustaja"
                j -= 1
                names = names[:2]
            k = j
            while k < len(tokens) and tokens[k] == ",":
                k += 1
            j = k
            while k < len(tokens) and not (
                _run_name_word(tokens[k]) and k + 1 < len(tokens) and _NAME_TOKEN.match(tokens[k + 1])
            ):
                k += 1
            role_tokens = tokens[j:k]
            # an upper-case heading after the last person ends the role ("kirjanpitäjä LAILLISUUS JA …")
            cut = next((n for n, t in enumerate(role_tokens) if _HEADING_WORD.match(t)), len(role_tokens))
            # a remark in the table's last column is no part of the role: "varajäsen Läsnä §:t 103-104"
            said = next((n for n, t in enumerate(role_tokens) if t.casefold() in _REMARK_WORDS), cut)
            # a job after the remark is the role's own end, the columns interleaved: "kv:n I poistui klo
            # 20.20 varapuheenjohtaja"
            kept = role_tokens[: min(cut, said)] + [t for t in role_tokens[said:cut] if is_title_word(t)]
            absent = False
            if marked:
                absent = "-" in kept[:1] or "-" in kept[-1:]
                kept = [t for t in kept if t not in ("X", "x", "-")]
            if all(t.strip(".").casefold() in _TABLE_HEADS for t in kept):
                kept = []  # the next table's heads: "Namn Närv. Funktion"
            # the next list's label: "Gäddnäs Katarina Ersättare: Mattsson Thomas …"
            kept = list(itertools.takewhile(lambda t: not (t.endswith(":") and t[:1].isupper()), kept))
            while len(kept) > 1 and kept[-1].isdigit() and len(kept[-1]) <= 3:
                kept.pop()  # a page's number the transcript put between the rows: "asiantuntija 85"
            role = " ".join(kept).replace(" , ", ", ").strip(" ,") or None
            party = _PARTY_FIRST.match(role) if role else None
            if party and role:
                # "(Kok.), puheenjohtaja": the party goes after the role, as in "puheenjohtaja (Kok.)"
                role = f"{role[party.end() :]} {party['party']}".strip() if role[party.end() :] else party["party"]
            people.append(_Person(" ".join(names), role, "absent" if absent else status))
            if cut < len(role_tokens):
                break
            i = k
        else:
            i = max(j, i + 1)
    return _ranks_before_the_names(lead or [], _roles_in_a_column(people))


_ORGAN_IN_GENITIVE = patterns.compile(r"\p{Lu}\p{Ll}*(?:hallituksen|valtuuston|lautakunnan|jaoston|toimikunnan)")


def _opens_role(word: str, next_word: str) -> bool:
    """True for a capitalised genitive that opens the role after it: an organ's ("Kunnanhallituksen
    puheenjohtaja") or a place's before "edustaja" ("Pukkilan edustaja"; not a surname, "Virtanen")."""
    if not is_title_word(next_word):
        return False
    if _ORGAN_IN_GENITIVE.fullmatch(word):
        return True
    # a place's genitive, and not a surname that ends alike ("Virtanen", "Sjögren")
    place = word.endswith(("an", "än", "en")) and not word.endswith(("nen", "gren"))
    return next_word in ("edustaja", "edustajana") and place


_PRESENCE_MARK = patterns.compile(r"(?:^|\s)x\s+(?=\p{Lu})")
_DISPLACED_MARKS = patterns.compile(r"(?:^|\s)x\s+x(?:\s|$)")
_DEPUTY_ROLE = patterns.compile(r"^(?:vj|vjäs|varajäsen|vara|ersättare|ers|suppleant)\b", regex.IGNORECASE)


def _split_marked(text: str, status: Attendance) -> list[_Person] | None:
    """A flattened attendance table whose ticks survived: "x Erkki Leppänen, pj. Ossi Hämäläinen, vj. x Risto Holm".

    A tick stands before each member who came; a name after the ticked one is the member's deputy who was
    not called (left out) or a member who did not come (absent). None when the entry has no usable ticks,
    or when ticks stand in a row with the names after them, which says they were moved by the extraction.
    """
    if status != "present" or len(_PRESENCE_MARK.findall(text)) < 2 or _DISPLACED_MARKS.search(text):
        return None
    chunks = _PRESENCE_MARK.split(text)
    people: list[_Person] = []
    for index, chunk in enumerate(chunks):
        for position, person in enumerate(_split_run(_MARK.sub("", chunk.strip()), status)):
            if index > 0 and position == 0:
                people.append(person)
            elif not (person.role and _DEPUTY_ROLE.match(person.role)):
                people.append(_Person(person.name, person.role, "absent"))
    return people


# A ticked list in columns: "[X] Lindvall Mikael, ordförande      [ ] Eklund Karita".
_CHECKBOX = patterns.compile(r"\[\s?(?P<tick>[xX✓✔])?\s?\]\s*")
# The heads of such columns: "ordinarie      ersättare", "varsinaiset jäsenet     varajäsenet".
_COLUMN_HEADS = patterns.compile(
    r"(?:ordinarie|ledamöter|ersättare|suppleanter|varsinaiset(?:\sjäsenet)?|jäsenet|varajäsenet)"
    r"(?:\s{2,}(?:ordinarie|ledamöter|ersättare|suppleanter|varsinaiset(?:\sjäsenet)?|jäsenet|varajäsenet))*",
    regex.IGNORECASE,
)
_DEPUTY_HEAD = ("ersättare", "suppleant", "varajäsen")


def _split_checkboxes(line: str, status: Attendance, heads: list[str]) -> list[_Person]:
    """People in a ticked list. A ticked box is a person who came; an unticked member did not come
    (absent); an unticked deputy, in a column headed as deputies, was not called and is left out."""
    people: list[_Person] = []
    boxes = list(_CHECKBOX.finditer(line))
    for column, box in enumerate(boxes):
        end = boxes[column + 1].start() if column + 1 < len(boxes) else len(line)
        entry = line[box.end() : end].strip()
        deputy = column < len(heads) and heads[column].startswith(_DEPUTY_HEAD)
        found = _split_people(entry, status)
        for person in found[:1]:
            if box["tick"]:
                people.append(person)
            elif not deputy:
                people.append(_Person(person.name, person.role, "absent"))
        if column == len(boxes) - 1:
            # after the table, the deputies who stood in: "Björkman Roy (ers. för T Saari), Kass Mathias (…)"
            people.extend(p for p in found[1:] if p.role and _STOOD_IN_FOR.search(p.role))
    return people


_STOOD_IN_FOR = patterns.compile(
    r"\b(?:ers\.|ersättare|ersätter|ersättande)(?:\s+för)?(?!\w)|\b(?:tilalla|sijasta|sijaisena|varajäsenenä)\b",
    regex.IGNORECASE,
)


def _looks_like_name(name: str) -> bool:
    words = name.replace(",", " ").split()
    # particles only between the given name and the surname: "Carl af Hällström", "Anna von Schantz"
    particles = sum(1 for w in words[1:-1] if w in NAME_PARTICLES)
    return (
        2 <= len(words) - particles <= 4
        and all(_NAME_TOKEN.match(w) or w in NAME_PARTICLES for w in words)
        and (words[0] not in NAME_PARTICLES and words[-1] not in NAME_PARTICLES)
    )


def _place_beside_time(text: str) -> str | None:
    """The place in a value of "Tid och plats": the comma-separated parts without a digit
    ("12.5.2025 kl. 18.00–20.00, Stadshuset" gives "Stadshuset"). A value without a date or time is
    not the meeting's (the same label stands over the checking of the minutes), and a place is short."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    place = [p for p in parts if not any(c.isdigit() for c in p)]
    if len(place) == len(parts) or not place or any(len(p.split()) > 6 for p in place):
        return None
    return ", ".join(place)


# A run of six capitalised words after the place is a list of people that lost its label: "Kunnanvirasto,
# kunnanhallituksen kokoushuone Anneli Jalo Ari Weid Jarmo Hänni …" (labels stacked before their values)
_NAMES_AFTER_PLACE = patterns.compile(r"\s(?=(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s){5}\p{Lu}\p{Ll}+)")


# the day and hours, whose date a transcript lost, before the place under stacked labels: "Maanantai klo
# Kunnanvirasto, …", "kl. 16:00 Kommunkansliet"
_TIME_BEFORE_PLACE = patterns.compile(
    rf"^(?i:(?:{'|'.join(sorted(_WEEKDAYS, key=lambda w: (-len(w), w)))})\s+)?(?i:klo|kl\.?|kello|klockan)"
    r"(?:\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\.?)?\s+(?=\p{Lu})"
)


def _with_names_after_place(header: _Header) -> list[_Person]:
    """The people listed, and where no one was read as present, the run of names after the place: the
    decision-makers whose label was stacked with the time's and the place's before all the values
    ("Päätöksentekijät Aika Paikka … Kunnanvirasto, … Anneli Jalo Ari Weid … puheenjohtaja …")."""
    people = _once_each(header.people)
    value = " ".join(header.fields.get("place", "").split())
    names = _NAMES_AFTER_PLACE.search(value)
    if names is None or names.start() == 0 or any(p.status == "present" for p in people):
        return people
    return [*_split_run(value[names.end() :], "present"), *people]


def _place_of(value: str | None) -> str | None:
    if not value:
        return None
    place = _TIME_BEFORE_PLACE.sub("", " ".join(value.split()))
    names = _NAMES_AFTER_PLACE.search(place)
    place = place[: names.start()] if names and names.start() > 0 else place
    # a flattened page's sentence stop after the place ("… Kairatie 75."), not an abbreviation's ("2. krs.")
    return _STOP_AFTER_PLACE.sub("", place) or None


_STOP_AFTER_PLACE = patterns.compile(r"(?<=\d|\p{L}{4})\.$")


# A member's own role and nothing else: "puheenjohtaja", "II varapuheenjohtaja", "varajäsen", "ledamot"
_MEMBERS_OWN_ROLE = patterns.compile(
    r"(?:(?:I{1,3}|[1-3]\.)\s)?(?:puheenjohtaja|varapuheenjohtaja|pj\.?|vpj\.?|jäsen|varajäsen|ordförande|"
    r"vice\s?ordförande|ordf\.?|ledamot|medlem|ersättare)",
    regex.IGNORECASE,
)


def _members_under_stacked_labels(people: list[_Person]) -> list[_Person]:
    """An older front page stacks its labels ("SAAPUVILLA OLLEET JÄSENET … MUUT SAAPUVILLA OLLEET") before
    one list of names, so everyone is read under the last label, the others'. Where no one was read as
    present and two or more of the others hold a member's own role ("puheenjohtaja", "varajäsen"), the
    list is the members': all but the officials (sorted out later by their jobs) are present."""
    if any(p.status == "present" for p in people):
        return people
    members = [p for p in people if p.status == "other" and p.role and _MEMBERS_OWN_ROLE.fullmatch(p.role)]
    if len(members) < 2:
        return people
    return [_Person(p.name, p.role, "present") if p.status == "other" else p for p in people]


def _with_signers(people: list[_Person], signed: dict[str, str]) -> list[_Person]:
    """The list with the chair and the minute-taker named under labels of their own beside it ("Puheenjohtaja"
    / "Tammi Leila", "Pöytäkirjanpitäjä" / "Sillanpää Matti" over "Osallistujat"), where the list has
    members but not them: the chair was present and presided, the minute-taker took part as an official."""
    if not any(p.status == "present" for p in people):
        return people
    listed = {_name_key(p.name) for p in people}
    added = [
        _Person(name.strip(" ,"), None, "present" if role == "chair" else "other")
        for role, name in sorted(signed.items())
        if role in ("chair", "secretary") and _name_key(name) not in listed
    ]
    return [*added, *people]


def _once_each(people: list[_Person]) -> list[_Person]:
    """The people in their order, a person listed twice alike once: a deputy who served is named under
    "Ersättare" and again under "Närvarande ersättare"."""
    seen: set[tuple[str, str | None, str]] = set()
    out: list[_Person] = []
    for p in people:
        key = (p.name, p.role, p.status)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def opens_attendance(line: str) -> bool:
    """True for a line that opens with an attendance list's label ("Poissa Temonen Tuukka …")."""
    m = _LABEL.match(line)
    return m is not None and _label_kind(m) in ("present", "absent", "other")


def _label_kind(m: regex.Match[str]) -> str:
    """Which of the header's labels a _LABEL match is: "date", "present", "checkers" …"""
    return next(k for k in _LABELS if m.group(k))


# Within an attendance list, the deputies and the presenter under labels of their own; alone on its line
# such a word heads a column or opens a block inside an item, so a name must follow it.
# The meeting's roles as labels there too: "Puheenjohtaja   Karl Nyman" (a member), "Sihteeri   Aila Koski".
_SUB_LABEL = patterns.compile(
    r"^(?:(?P<deputies>varajäsenet|suppleanter|ersättare)|(?P<presenter>esittelijä|esittelijät|föredragande)|"
    r"(?P<member>puheenjohtaja|(?:I{1,3}\s|[1-3]\.\s)?varapuheenjohtaja|ordförande|(?:I{1,3}\s)?vice\s?ordförande)|"
    r"(?P<official>sihteeri|pöytäkirjanpitäjä|sekreterare|protokollförare))"
    # one space before a run of "Surname, Given" names: "Ersättare Borg, Yvonne Ede, Tor" (a transcript)
    r"(?:\s*:\s*|\s{2,}|\s(?-i:(?=\p{Lu}\p{Ll}+,\s\p{Lu}\p{Ll})))(?P<rest>\S.*)$",
    regex.IGNORECASE,
)
_CHECKED = patterns.compile(r"protokolls?justering|pöytäkirjan\starkastus$", regex.IGNORECASE)
# The statement over the checkers' signatures, and the day they signed on.
_CHECKED_FI = r"pöytäkirja\s(?:on\s)?tarkastettu"
_CHECKED_SV = r"protokollet\s(?:är|har)\s(?:justerat|justerats|granskat)"
_SIGNING_DAY = r"\d{1,2}\.\d{1,2}\.\d{4}"
_CHECKED_STATEMENT = patterns.compile(rf"^(?:{_CHECKED_FI}|{_CHECKED_SV})", regex.IGNORECASE)
_DATES_ONLY = patterns.compile(rf"^(?:\s*{_SIGNING_DAY})+\s*$")
# the place and day of signing over the signatures: "Kihniössä 15.5.2024", "Pedersöre 6.4.2016"
_PLACE_AND_DAY = patterns.compile(rf"^\p{{Lu}}[\p{{L}}\-]+,?\s+{_SIGNING_DAY}\s*$")
_ATTENDANCE_STATE: dict[str, Attendance] = {"present": "present", "other": "other", "absent": "absent"}


def _stacked_labels_above(virtual: list[str], index: int) -> list[str]:
    """The attendance labels alone on the lines right above, top first: labels stacked before their values
    ("Saapuvilla olleet jäsenet" / "Muut saapuvilla olleet" / "Poissa Lyly Lauri, puheenjohtaja …")."""
    kinds: list[str] = []
    for k in range(index - 1, max(-1, index - 8), -1):
        text = virtual[k].strip()
        if not text:
            continue
        m = _LABEL.match(text)
        if m is None or m.group("rest").strip() or _label_kind(m) not in ("present", "other", "absent"):
            break
        kinds.append(_label_kind(m))
    return kinds[::-1]


# another body's office in a role: "valtuuston pj.", "kommunstyrelsens ordförande"
_OTHER_BODY_ROLE = patterns.compile(
    r"(?:valtuuston|hallituksen|lautakunnan|fullmäktiges|styrelsens|nämndens)\b", regex.IGNORECASE
)


def _by_stacked_labels(found: list[_Person], order: list[str]) -> list[_Person]:
    """The people under labels stacked before their values come in the labels' order: the members first,
    then the others (officials, other bodies' people), then, where the last label is the absent one's,
    those after the others."""
    # the list opens with the one who presides, whatever body's chair the role names ("Annsofi Jansson,
    # kommunfullmäktiges ordförande" at the council)
    others = [
        n for n, p in enumerate(found)
        if p.role and (_official(_Person(p.name, p.role, "present")) or _OTHER_BODY_ROLE.search(p.role))
        and not (n == 0 and p.role.split()[-1].strip(" ,.").casefold() in _CHAIR_WORDS)
    ]  # fmt: skip
    if not others:
        return [replace(p, status="present") for p in found]
    tail: Attendance = "absent" if order[-1] == "absent" else "other"
    return [
        replace(p, status="present" if n < others[0] else "other" if n <= others[-1] else tail)
        for n, p in enumerate(found)
    ]


def _read_labels(virtual: list[str]) -> _Header:
    header = _Header()
    state: str | None = None
    pending_role_for: _Person | None = None
    column_heads: list[str] = []
    label_role: str | None = None  # the role a sub-label gives the people on its line ("Esittelijä")
    stacked_order: list[str] | None = None  # the attendance labels stacked over the values being read
    previous = ""
    for index, raw in enumerate(virtual):
        line = raw.strip()
        if not line:
            continue
        wrapped = line[:1].islower() and line.endswith(".") and previous[-1:] not in ("", ".", ":", ";", "!", "?")
        previous = line
        if wrapped:
            continue  # "… puolet jäsenistä on" / "läsnä (Kuntalaki 103 §).": a sentence, not the label "Läsnä"
        if state in ("chair", "secretary"):
            if _looks_like_name(line):
                header.signed.setdefault(state, line)
            state = None
            continue
        if state == "checked":
            # the checkers' signatures in columns under "Elektronisk protokolljustering" or "Pöytäkirjan
            # tarkastus", perhaps under a line saying it was checked and the dates of signing
            if _above_signatures(line):
                continue
            if not header.checkers:
                header.checkers.extend(_signature_row(line))
            state = None
            continue
        if (
            state in ("present", "other", "absent")
            and pending_role_for is not None
            and pending_role_for.role is None
            and _ROLE_START.match(line)
            and len(line.split(",")[0].split()) <= 4
        ):
            # Helsinki and Dynasty pages put the role on the line under the name
            pending_role_for.role = _role_of(line.split(","))
            continue
        sub = _SUB_LABEL.match(line) if state in ("present", "other", "absent") else None
        if sub and (sub["deputies"] or _looks_like_name(sub["rest"].split(",")[0])):
            # inside the attendance list: "Varajäsenet   Tom Ek", "Esittelijä   Jukka Niemi, kunnanjohtaja"
            state = "present" if sub["deputies"] or sub["member"] else "other"
            role = sub["presenter"] or sub["member"] or sub["official"]
            label_role = role.casefold() if role else None
            line = sub["rest"]
            m = None
        else:
            m = _LABEL.match(line)
        if m:
            kind = _label_kind(m)
            rest = m.group("rest").strip()
            inner = _LABEL.match(rest) if kind in ("date", "place") else None
            if inner and _label_kind(inner) in ("present", "other", "absent"):
                # an empty label straight before the attendance label ("KOKOUSPAIKKA SAAPUVILLA OLLEET …")
                m, kind = inner, _label_kind(inner)
                rest = m.group("rest").strip()
            if kind in ("start", "finish"):
                if rest:
                    header.fields.setdefault(kind, rest)
                state = None
                continue
            if kind == "when_where":
                if rest and not HAS_DIGIT.search(rest):
                    state = None
                    continue  # the time and place of checking the minutes, with the date lost
                kind = "date"
                place = _place_beside_time(rest)
                if place and "place" not in header.fields:
                    header.fields["place"] = place
            if kind in ("date", "place", "day"):
                # a place label whose value a transcript lost leaves room for the next one's (an invitation's
                # "Paikka" over the agenda, the minutes' "Paikka Kunnanvirasto …" on the next page)
                if (rest or kind == "place") and (kind not in header.fields or (rest and not header.fields[kind])):
                    header.fields[kind] = rest
                elif kind == "date" and rest:
                    # "Sammanträdesdatum 12.3.2024" / "Tid kl. 18.00–20.00": the hours under a label of their own
                    header.fields.setdefault("time", rest)
                state = kind if not rest else None
                continue
            if kind in ("present", "other", "absent", "checkers"):
                stacked = [*_stacked_labels_above(virtual, index), kind] if rest else []
                stacked_order = stacked if stacked[:2] == ["present", "other"] else None
                state = kind
                label_role = None
                line = rest
                if not line:
                    continue
            else:
                state = None
                label = m.group("label")
                role = "chair" if _CHAIR.match(label) else "secretary" if _SECRETARY.fullmatch(label) else None
                if not rest:
                    above = virtual[index - 1].strip() if index else ""
                    below = virtual[index + 1].strip() if index + 1 < len(virtual) else ""
                    if role and _looks_like_name(above) and not _looks_like_name(below):
                        # "Matti Virtanen" / "puheenjohtaja" / blank: the role under a signature
                        header.signed.setdefault(role, above)
                    elif role:
                        state = role
                    elif _CHECKED.search(label):
                        state = "checked"
                elif role and _looks_like_name(rest) and not _SIGNATURE_ROLE_FIRST.match(rest):
                    header.signed.setdefault(role, rest)  # "Pöytäkirjanpitäjä: Sari Mäki"
                elif _CHECKED.search(label) and len(rest.split()) <= 5 and _ANY_DATE.search(rest):
                    state = "checked"  # "Protokolljustering  Pedersöre 6.4.2016", the signatures under it
                continue
        if state in ("date", "place", "day"):
            header.fields.setdefault(state, line)
            header.fields[state] = header.fields[state] or line
            state = None
        elif (status := _ATTENDANCE_STATE.get(state or "")) is not None:
            if _CHECKBOX.search(line):
                header.people.extend(_split_checkboxes(line, status, column_heads))
                pending_role_for = None
                continue
            if status == "present" and _COLUMN_HEADS.fullmatch(line):
                column_heads = [h.casefold() for h in _COLUMNS.split(line)]
                continue
            marked = _split_marked(line, status)
            found = marked if marked is not None else _split_people(line, status)
            if stacked_order and marked is None:
                found = _by_stacked_labels(found, stacked_order)
            if label_role:  # the people on the sub-label's own line
                found = [_Person(p.name, ", ".join(filter(None, (p.role, label_role))), p.status) for p in found]
                label_role = None
            header.people.extend(found)
            pending_role_for = found[-1] if found else None
        elif state == "checkers":
            header.checkers.extend(p.name for p in _split_people(line, "other"))
    return header


_ANY_DATE = patterns.compile(ANY_DATE, regex.IGNORECASE)
_DATED_TITLE = patterns.compile(
    r"^\s*(?:pöytäkirja|kokouspöytäkirja|esityslista|kokouskutsu|protokoll|föredragningslista|kallelse)\s+"
    rf"(?P<date>{ANY_DATE})(?:\s+(?:klo|kl\.?|kello)\s*(?P<h>\d{{1,2}})[.:](?P<m>\d{{2}}))?",
    regex.IGNORECASE,
)
# "Tiistaina 8.10.2024 klo 17.00", "Torsdagen den 22 januari 2015 kl. 16:00": an invitation's or a
# header's opening line without a label. The weekday is capitalised: in a sentence ("… äger rum
# torsdagen den 29 januari") it is another day.
_WEEKDAY_DATE = patterns.compile(
    r"(?<!\S)(?:Maanantaina|Tiistaina|Keskiviikkona|Torstaina|Perjantaina|Lauantaina|Sunnuntaina|"
    r"Måndag(?:en)?|Tisdag(?:en)?|Onsdag(?:en)?|Torsdag(?:en)?|Fredag(?:en)?|Lördag(?:en)?|Söndag(?:en)?)"
    rf"\s+(?:den\s+)?(?i:(?P<date>{ANY_DATE})(?:,?\s+(?:klo|kl\.?|kello)\s*(?P<h>\d{{1,2}})[.:](?P<m>\d{{2}}))?)"
)
_COLUMNS = patterns.compile(r"\s{2,}")


def _signatures(lines: list[str]) -> dict[str, str]:
    """Chair and secretary from a signature block: names in columns above their roles, or a row of
    roles above the names ("Puheenjohtaja     Pöytäkirjanpitäjä" / "Matti Virtanen     Aila Koski")."""
    out: dict[str, str] = {}
    rows = [line.strip() for line in lines if line.strip()]
    for n, row in enumerate(rows):
        if "  " not in row:
            continue
        columns = [c.strip() for c in _COLUMNS.split(row) if c.strip()]
        if not any(_CHAIR.match(c) or _SECRETARY.search(c) for c in columns):
            continue
        names = _beside_label(rows[n - 1], len(columns)) if n else []
        if not (len(names) == len(columns) and any(_looks_like_name(name) for name in names)) and n + 1 < len(rows):
            names = _beside_label(rows[n + 1], len(columns))
        if len(names) != len(columns):
            continue
        for name, role in zip(names, columns, strict=True):
            if not _looks_like_name(name):
                continue
            if _CHAIR.match(role) and "chair" not in out:
                out["chair"] = name
            elif _SECRETARY.search(role) and "secretary" not in out:
                out["secretary"] = name
    return out


# The hours of attendance before a role in a flattened table: "Parkkonen Aki 12:00-16:16 puheenjohtaja"
_HOURS = patterns.compile(rf"^{_HOURS_RANGE}[\s,]*")


def _without_hours(role: str | None) -> str | None:
    return (_HOURS.sub("", role) or None) if role else role


# Roles of the organ's own members; any other job title beside a name present is an official's.
_MEMBER_ROLE = patterns.compile(
    r"puheenjohtaja|jäsen|valtuutettu|\bv?pj\b|ordförande|\bordf|ledamot|medlem|ersättare|suppleant|fullmäktig|"
    # a member's task at the meeting: "Pöytäkirjan tarkastaja", "ääntenlaskija", "protokolljusterare"
    r"pöytäkirjan\s?tarkastaja|ääntenlaskija|protokolls?justerare|rösträknare",
    regex.IGNORECASE,
)


def _official(person: _Person) -> bool:
    """A person listed as present whose role is an official's job ("Vt. kaupunginjohtaja",
    "Valmistelusihteeri"): the contract counts them as others present, not members."""
    if person.status != "present" or not person.role or _MEMBER_ROLE.search(person.role):
        return False
    first = person.role.split(",")[0].split("(")[0].split()
    return (
        any(is_title_word(word) for word in first)
        or _has_secretary_role(person.role)
        or bool(_REPRESENTATIVE.search(person.role))
    )


def _of_another_body(person: _Person, organ: str | None) -> bool:
    """A person listed as present in the role of the council's chair or a vice-chair ("maakuntavaltuuston pj.")
    at another organ's meeting: present by right, not a member, so counted with the others. At the
    council's own meeting the role is a member's; the board's chair at the council is a councillor."""
    if person.status != "present" or not person.role or not organ:
        return False
    own = organ.casefold()
    if _COMMITTEE.search(own) and _BOARD_ROLE.match(person.role):
        return True  # the board's chair at a committee ("kh:n pj"), there by right as the board's eye
    return "valtuusto" not in own and "fullmäktige" not in own and bool(_COUNCIL_ROLE.match(person.role))


# the role of the council's chair or a vice-chair: "kaupunginvaltuuston pj.", "Maakuntavaltuuston I vpj.",
# "fullmäktiges ordförande"
# a chair's or vice-chair's rank after the body it names: "pj.", "I varapuheenjohtaja", "2. vpj", "ordförande"
_CHAIR_RANK = (
    r"(?:[IV]+\s|\d\.\s?)?(?:puheenjohtaja|varapuheenjohtaja|pj\.?|vpj\.?|ordförande|vice\s?ordförande|ordf\.?)(?!\w)"
)
_COUNCIL_ROLE = patterns.compile(
    r"^(?:[\p{L}\-]*(?:valtuuston|fullmäktiges)\s|(?:kvalt\.?|kv:n|valt\.|kfge:s|fullm\.)\s?)" + _CHAIR_RANK,
    regex.IGNORECASE,
)


def _chairs_organ(role: str, organ: str) -> bool:
    """A role "khall puheenjohtaja", "kunnanhallituksen pj.": the chair of the organ whose meeting it is."""
    m = _ORGAN_CHAIR.match(role)
    if m is None:
        return False
    return ("hallitus" if m["board"] else "valtuusto") in organ.casefold()


_ORGAN_CHAIR = patterns.compile(
    r"^(?:(?P<board>[\p{L}\-]*hallituksen|khall\.?|kh:n|kh)|(?P<council>[\p{L}\-]*valtuuston|kvalt\.?|kv:n|kv|valt\.))"
    r"\s(?:puheenjohtaja|pj\.?)$",
    regex.IGNORECASE,
)
_COMMITTEE = patterns.compile(r"lautakun|nämnd|johtokun|direktion")
_BOARD_ROLE = patterns.compile(
    r"^(?:[\p{L}\-]*hallituksen|kh:n|khall\.?|[\p{L}\-]*styrelsens|ks:n)\s" + _CHAIR_RANK, regex.IGNORECASE
)


# another body's representative at the meeting: "KH:n edustaja", "stadsstyrelsens representant"
_REPRESENTATIVE = patterns.compile(r"edustaja\b|representant\b", regex.IGNORECASE)


def _beside_label(row: str, count: int) -> list[str]:
    """The cells of a row of names; a label in the left column ("Underskrifter   Anna Berg   Aila Koski")
    is left out when the row has one cell more than the roles under it."""
    cells = [c.strip() for c in _COLUMNS.split(row) if c.strip()]
    return cells[1:] if len(cells) == count + 1 and not _looks_like_name(cells[0]) else cells


_PARTY = patterns.compile(r"\([^()]{1,40}\)")  # "puheenjohtaja (kesk.)", "(kesk.) pj."
# "ordförande / puheenjohtaja", "puheenjohtaja, kesk." (a column of parties after the roles)
_ROLE_PARTS = patterns.compile(r"\s*[/,]\s*")
_VICE_CHAIR = patterns.compile(r"(?:vara|vice)\s?(?:puheenjohtaja|ordförande|ordf)|\bvpj\b", regex.IGNORECASE)
_SECOND = patterns.compile(r"\b(?:II|III|2\.|3\.|toinen|andra)\s", regex.IGNORECASE)


def _vice_rank(role: str | None) -> int:
    # "I varapuheenjohtaja" / "1. vpj" before "II varapuheenjohtaja" / "2. vpj"
    return 1 if role and _SECOND.search(role + " ") else 0


def _has_chair_role(role: str) -> bool:
    # "puheenjohtaja", "pj.", and in two languages "ordförande / puheenjohtaja"
    return any(_CHAIR.match(part.strip(" ,.")) for part in _ROLE_PARTS.split(_PARTY.sub(" ", role)))


def _has_secretary_role(role: str) -> bool:
    return any(_SECRETARY.fullmatch(part.strip(" .")) for part in role.replace("/", ",").split(","))


def has_meeting_labels(lines: list[str]) -> bool:
    """True when lines open like a meeting's header: a time or place label and an attendance label."""
    kinds = set()
    for line in _virtual_lines(lines):
        m = _LABEL.match(line.strip())
        if m:
            kinds.add(_label_kind(m))
    return bool(kinds & {"date", "place"}) and bool(kinds & {"present", "absent", "other"})


def read_meeting(
    head: list[str], body_text: str = "", approved_proposals: str = "", tail: list[str] | None = None
) -> Meeting | None:
    """The meeting header found in the lines before the first item, or None if there is none."""
    if not any(line.strip() for line in head):
        return None
    virtual = _virtual_lines(head)
    header = _read_labels(virtual)
    header.people = [replace(p, role=_without_hours(p.role)) for p in header.people]
    flat = "\n".join(virtual)
    number_m = _NUMBER.search(flat[:3000])
    has_header = bool(header.fields.get("date") or header.fields.get("place") or header.people or number_m)
    if not has_header:
        return None
    municipality_m = _MUNICIPALITY.search(flat[:2000])
    organ = _find_organ(virtual[:40])
    if organ is None:
        # "-1, SSTYR 2015-04-14 18:00" (or ":00" where a transcript lost the date): the front page's own
        # handling line names the organ by its abbreviation
        front = _FRONT_PAGE_HANDLING.search(flat[:3000])
        organ = front["organ"] if front else None
    date = None
    start = end = None
    when = header.fields.get("date", "")
    if when:
        date = find_date(when)
        start, end = _hours(when)
    hours = header.fields.get("time", "")
    if start is None and hours:
        start, end = _hours(hours)
    if date is None and header.fields.get("day"):
        date = find_date(header.fields["day"])
    if date is None and not when:
        date = _date_beside_organ(head[:15])
    # Without a label: a meeting page's title ("Pöytäkirja 08.05.2017 klo 15:30 / Tarkastettu", Dynasty),
    # then a line that opens with the weekday ("Torsdagen den 22 januari 2015 kl. 16:00").
    for find in (_DATED_TITLE.match, _WEEKDAY_DATE.search):
        if date is not None or when:
            break
        dated = next((m for line in head[:15] if (m := find(line))), None)
        if dated:
            date = find_date(dated["date"])
            if dated["h"] and start is None:
                start = _clock(dated["h"], dated["m"])
    for key in ("start", "finish"):
        m = _CLOCK.search(header.fields.get(key, ""))
        if m and key == "start" and start is None:
            start = _clock(m["h"], m["m"])
        elif m and key == "finish" and end is None:
            end = _clock(m["h"], m["m"])
    present = [p for p in header.people if p.status == "present"]
    chair = next((p.name for p in present if p.role and _has_chair_role(p.role)), None)
    if chair is None and organ:
        # "Mäki Jouko khall puheenjohtaja": the chair named by the meeting's own organ
        chair = next((p.name for p in present if p.role and _chairs_organ(p.role, organ)), None)
    if chair is None and any(p.status == "absent" and p.role and _has_chair_role(p.role) for p in header.people):
        # the chair is away: the first vice chair present presides (Kuntalaki; "[ ] Kronqvist Bo,
        # ordförande" / "[X] Lindvall Mikael, I viceordf.")
        vice = sorted((p for p in present if p.role and _VICE_CHAIR.search(p.role)), key=lambda p: _vice_rank(p.role))
        chair = vice[0].name if vice else None
    # The meeting role ("pöytäkirjanpitäjä", "sihteeri") before a signature label, and a label before a
    # job title that merely contains the word ("kaupunginsihteeri" of a city with several of them).
    secretary = next((p.name for p in header.people if p.role and _has_secretary_role(p.role)), None)
    job_title_secretary = next((p.name for p in header.people if p.role and _SECRETARY.search(p.role)), None)
    signatures = _signatures(head) or _flat_signatures("\n".join(head))
    # minutes that sign at the end: the signatures and the checking after the last item
    closing = _closing_block(tail) if tail else _Header()
    chair = (chair or header.signed.get("chair") or signatures.get("chair") or _named_with(flat, _CHAIR_AFTER_NAME)
             or _named_with(flat, _CHAIR_BEFORE_NAME) or closing.signed.get("chair"))  # fmt: skip
    secretary = (secretary or header.signed.get("secretary") or job_title_secretary or signatures.get("secretary")
                 or _named_with(flat, _SECRETARY_AFTER_NAME) or _named_with(flat, _SECRETARY_BEFORE_NAME)
                 or closing.signed.get("secretary"))  # fmt: skip
    checkers = header.checkers or _checkers_after_statement(flat) or closing.checkers
    if not checkers:
        m = _CHECKERS_DECISION.search(body_text) or _CHECKERS_PROPOSED.search(approved_proposals)
        if m:
            checkers = [m["a"], m["b"]]
    return Meeting(
        municipality=municipality_m["m"] if municipality_m else None,
        organ=organ,
        number=" ".join(number_m["n"].split()) if number_m else _unlabelled_number(head, flat, date),
        date=date,
        start_time=start,
        end_time=end,
        place=_place_of(header.fields.get("place")),
        participants=_participants(header, organ, chair, secretary),
        chair=chair.strip(" ,;") if chair else None,
        secretary=secretary.strip(" ,;") if secretary else None,  # "Katariina Serenius," wrapped before its title
        minutes_checkers=checkers,
    )


def _participants(header: _Header, organ: str | None, chair: str | None, secretary: str | None) -> list[Participant]:
    """The people of the header's lists as the contract counts them: officials and other bodies' people
    present are others, and the chair and the minute-taker who signed were there, whatever list they stand
    in (Lumparland's minute-taker came out under "Frånvarande", its label stacked before the values)."""
    signers: tuple[tuple[str | None, Attendance], ...] = ((chair, "present"), (secretary, "other"))
    signed = {_name_key(name): status for name, status in signers if name}
    out: list[Participant] = []
    above: str | None = None  # the role in the row above, which a ditto mark repeats
    people = _with_signers(_members_under_stacked_labels(_with_names_after_place(header)), header.signed)
    for p in _whom_deputies_stand_for(people):
        role = _tidy_role(p.role, above)
        above = role or above
        status: Attendance = "other" if _official(p) or _of_another_body(p, organ) else p.status
        if status == "absent":
            status = signed.get(_name_key(p.name), status)
        out.append(Participant(name=p.name, role=role, status=status))
    return out


def _whom_deputies_stand_for(people: list[_Person]) -> list[_Person]:
    """A deputy's role names the member they stand for in the genitive, which a flattened list runs into the
    name: "Holm Eeva Grönqvistin varajäsen" is Eeva Holm, Grönqvist's deputy, when a Grönqvist is listed."""
    surnames = {p.name.split()[0].casefold() for p in people if p.name.split()}
    out = []
    for p in people:
        words = p.name.split()
        deputy = p.role is None or _DEPUTY_ROLE.match(p.role)  # the role may have gone to a column of roles
        if len(words) >= 3 and deputy and _genitive_of(words[-1], surnames - {words[0].casefold()}):
            p = _Person(" ".join(words[:-1]), f"{words[-1]} {p.role}" if p.role else None, p.status)
        out.append(p)
    return out


def _genitive_of(word: str, surnames: set[str]) -> bool:
    """True when the word is the genitive of one of the surnames: "Grönqvistin", "Peren", "Virtasen"."""
    low = word.casefold()
    stems = {low[:-2] if low.endswith("in") else "", low[:-1] if low.endswith("n") else ""}
    if low.endswith("sen"):
        stems.add(low[:-3] + "nen")
    return bool((stems - {""}) & surnames)


# the hours of attendance a transcript lost, leaving their brackets: "Hellberg Eva-Stina (klo )"
# (and the section they were for: "Nummelin Lars 167. (klo ), tekninen johtaja 169. (klo )")
_EMPTY_HOURS = patterns.compile(r"(?:\b\d{1,4}\.\s*)?\((?:klo|kl|kello)\.?\s*\)", regex.IGNORECASE)
_DITTO = frozenset({'"', "”", "〃", "''", '-"-'})


def _tidy_role(role: str | None, above: str | None) -> str | None:
    """A role as the list meant it: a ditto mark ("Lindgren Kerstin  \"") repeats the role above, and
    brackets emptied of their hours are nothing."""
    if role is None:
        return None
    role = " ".join(_EMPTY_HOURS.sub(" ", role).split()).replace(" ,", ",").strip(" ,;")
    if role in _DITTO:
        return above
    return role or None


def _name_key(name: str) -> frozenset[str]:
    """A name's words in any order: "Virtanen Matti" and "Matti Virtanen" are one person."""
    return frozenset(name.casefold().replace(",", " ").split())


# "Pöytäkirja on tarkastettu ja hyväksytty 15.05.2019 15.05.2019 Jaska Salonen Juha Timonen Pöytäkirjan
# nähtävänäolo …": a transcript that flattened the checking box onto one line.
_CHECKED_RUN = patterns.compile(
    rf"(?i:{_CHECKED_FI}(?:\sja\s(?:hyväksytty|todettu\skokouksen\skulun\smukaiseksi))?\.?|"
    rf"{_CHECKED_SV}(?:\soch\sgodkänt)?\.?)"
    rf"(?P<after>(?:\s+{_SIGNING_DAY})*(?:\s+\S+){{1,8}})"
)
_PLACE_LOCATIVE = patterns.compile(r"^\p{Lu}\p{Ll}+(?:llä|lla|ssä|ssa)$")
_AFTER_CHECKERS = frozenset({"pöytäkirja", "pöytäkirjan", "protokollet", "allekirjoitukset", "underskrifter"})


def _closing_block(tail: list[str]) -> _Header:
    """The chair, secretary and checkers from the signatures after the last item."""
    virtual = _virtual_lines(tail[:60])
    found = _read_labels(virtual)
    found.signed = {**_signatures(virtual), **found.signed}
    statement = next((i for i, line in enumerate(virtual) if _CHECKED_STATEMENT.match(line.strip())), None)
    if not found.checkers and statement is not None:
        # "Pöytäkirja tarkastettu ja hyväksytty" / "Kihniössä 15.5.2024" / "Karl Nyman     Sara Lund"
        row = next((text for line in virtual[statement:] if (text := line.strip()) and not _above_signatures(text)), "")
        found.checkers = _signature_row(row)
    return found


def _above_signatures(line: str) -> bool:
    """A line over the checkers' signatures: that the minutes were checked, the days, the place and day."""
    return bool(_CHECKED_STATEMENT.match(line) or _DATES_ONLY.match(line) or _PLACE_AND_DAY.match(line))


def _signature_row(line: str) -> list[str]:
    """Two or three names side by side in columns, or none."""
    names = [c for c in _COLUMNS.split(line) if c]
    return names if 2 <= len(names) <= 3 and all(_looks_like_name(n) for n in names) else []


def _checkers_after_statement(flat: str) -> list[str]:
    """Two checkers named right after the statement that the minutes were checked, when exactly four
    name words stand between it (and its dates) and the next label: two names of two words each."""
    m = _CHECKED_RUN.search(flat[:6000])
    if not m:
        return []
    words = [w for w in m["after"].split() if not w[:1].isdigit()]
    while words and _PLACE_LOCATIVE.match(words[0]):
        words.pop(0)  # the place of signing, its dates lost: "Kiteellä Kiteellä Liisa Pirhonen Jouni Pulkkinen"
    names: list[str] = []
    for word in words:
        if word.casefold() in _AFTER_CHECKERS:
            break
        if not _NAME_TOKEN.match(word) or is_title_word(word):
            return []
        names.append(word)
    if len(names) != 4 or len(names) == len(words):
        return []  # three or five words cannot be split into two names; six words may run on
    return [" ".join(names[:2]), " ".join(names[2:])]


def _unlabelled_number(head: list[str], flat: str, date: str | None) -> str | None:
    m = _NUMBER_WITHOUT_YEAR.search(flat[:3000])
    if m:
        return m["n"]
    opening = [line for line in head if line.strip()][:3]
    for i, line in enumerate(opening):
        m = _LEADING_NUMBER.match(line)
        # under a transcript's title line, the page's top says what the document is: "1 2/2015 KUTSU …"
        if m and (i == 0 or _DOCUMENT_KIND.match(line, m.end())) and date and date.startswith(m["year"]):
            return f"{m['n']}/{m['year']}"
    return None


_NOT_ORGAN_START = frozenset(
    {"pöytäkirja", "kokouspöytäkirja", "esityslista", "kokouskutsu", "protokoll", "kallelse", "päätöstiedote",
     "kunta", "kaupunki", "stad", "kommun", "nr", "no", "nro", "sivu", "sida", "aika", "paikka", "tid", "plats"}
)  # fmt: skip


# a name stands on one line: its words are apart by a space, never by a line break
_PERSON_NAME = r"(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,?[ \t]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
# "Peter Boström, ordförande", "Marjakangas Kati 17:30-20:35 Puheenjohtaja": a name and the chair's role
# right after it (not "valtuuston puheenjohtaja", which names another organ's chair).
# Case-sensitive on purpose: names start with a capital, and a case-blind name pattern would try
# every word of a long header.
# A capitalised role with a name after it opens the next signature or label ("Ordförande Sven Grankulla
# Protokollförare Carola Löf", "Pöytäkirjanpitäjä: Sari Mäki"): it is not the role of the name before it.
_NOT_BEFORE_A_NAME = r"(?!\w)(?!:?\s+\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll})"
# A signature block flattened by a transcript: the two names, then their two roles ("Pöytäkirjan
# allekirjoitus ja varmennus Matti Roivainen Kirsti Lehtinen puheenjohtaja pöytäkirjanpitäjä").
_FLAT_SIGNATURES = patterns.compile(
    rf"(?i:allekirjoitu\w*(?:\sja\svarmennus)?|underskrift\w*):?\s(?:"
    rf"(?P<chair>{TWO_WORD_NAME})\s(?P<secretary>{TWO_WORD_NAME})\s(?i:puheenjohtaja|ordförande)\s"
    r"(?i:pöytäkirjanpitäjä|sihteeri|sekreterare|protokollförare)\b"
    # each name with its role after it: "Allekirjoitukset Jouko Mäki Puheenjohtaja Eero Aalto Pöytäkirjanpitäjä"
    rf"|(?P<chair>{TWO_WORD_NAME})\s(?i:puheenjohtaja|ordförande)\s(?P<secretary>{TWO_WORD_NAME})\s"
    r"(?i:pöytäkirjanpitäjä|sihteeri|sekreterare|protokollförare)\b"
    # the roles first, as the table's heads: "ALLEKIRJOITUS Puheenjohtaja Pöytäkirjanpitäjä Pekka Nyberg Anja Nurmi"
    r"|(?i:puheenjohtaja|ordförande):?\s(?i:pöytäkirjanpitäjä|sihteeri|sekreterare|protokollförare):?\s"
    # another column's head may come between ("Tarkistus, paikka ja aika", "PROTOKOLLET HAR JUSTERATS"), and
    # its value between the names ("Tid", "Kunnantoimisto, 6. maaliskuuta 2015")
    r"(?:(?P<gap>[^\n]{1,40}?)\s)??"
    rf"(?P<chair>{TWO_WORD_NAME})\s(?:(?:\p{{Lu}}\p{{Ll}}+|[^\n]{{1,50}}?\d{{4}})\s)??"
    rf"(?!(?:Tid|Aika|Plats|Paikka)\s)(?P<secretary>{TWO_WORD_NAME})(?!\S))"
)

_A_NAME = patterns.compile(TWO_WORD_NAME)


def _flat_signatures(flat: str) -> dict[str, str]:
    head = flat[:6000]
    m = _NAMES_THEN_ROLES.search(head)
    if m is None:
        m = _FLAT_SIGNATURES.search(head) or _SIGNATURE_HEADS.search(head)
        if m is None or any(_LABEL.match(word) for word in f"{m['chair']} {m['secretary']}".split()):
            return {}  # "Roger Höglund Protokolljustering Godby": the next label, not a second signature
        gap = m.groupdict().get("gap")
        if gap and _A_NAME.search(gap):
            return {}  # the chair's name would be skipped
    return {"chair": " ".join(m["chair"].split()), "secretary": " ".join(m["secretary"].split())}


# the second head of a signature table, not a name: "Puheenjohtaja Sihteeri Anneli Jalo"
_SIGNATURE_ROLE_FIRST = patterns.compile(r"(?i:sihteeri|pöytäkirjanpitäjä|sekreterare|protokollförare)\b")
# The signature table's heads side by side in capitals, without the table's label, and the names under them:
# "… hallintojohtaja Puheenjohtaja Sihteeri Anneli Jalo Tapio Katala"
_SIGNATURE_HEADS = patterns.compile(
    r"(?:Puheenjohtaja|PUHEENJOHTAJA|Ordförande|ORDFÖRANDE)\s(?:Sihteeri|Pöytäkirjanpitäjä|Sekreterare|Protokollförare|"
    rf"SIHTEERI|PÖYTÄKIRJANPITÄJÄ|SEKRETERARE|PROTOKOLLFÖRARE)\s(?P<chair>{TWO_WORD_NAME})\s"
    rf"(?P<secretary>{TWO_WORD_NAME})(?!\S)"
)


# Signatures flattened name first, each role after its name: "Roger Höglund Ordförande Erik Brunström
# Sekreterare Torbjörn Björkman Protokolljusterare" (the secretary's role before the next name is no
# role-first signature).
_NAMES_THEN_ROLES = patterns.compile(
    _PERSON_NAME.replace("?P<name>", "?P<chair>")
    + r"\s(?:Ordförande|Puheenjohtaja|ORDFÖRANDE|PUHEENJOHTAJA)\s"
    + _PERSON_NAME.replace("?P<name>", "?P<secretary>")
    + r"\s(?:Sekreterare|Protokollförare|Sihteeri|Pöytäkirjanpitäjä|SEKRETERARE|PROTOKOLLFÖRARE|SIHTEERI|"
    r"PÖYTÄKIRJANPITÄJÄ)(?!\w)"
)
_CHAIR_AFTER_NAME = patterns.compile(
    _PERSON_NAME + r",?\s(?:"
    # a table row "Marjakangas Kati 17:30-20:35 Puheenjohtaja Lepistö Jari 17:30-20:35 Jäsen": the role after
    # the hours is the row's, whatever follows it
    r"\d{1,2}[:.]\d{2}\s?[-–]\s?\d{1,2}[:.]\d{2}\s(?:[Pp]uheenjohtaja|PUHEENJOHTAJA|pj\.|[Oo]rdförande|ORDFÖRANDE|ordf\.)(?!\w)"
    r"|(?:puheenjohtaja|pj\.|ordförande|ordf\.)(?!\w)"
    rf"|(?:Puheenjohtaja|PUHEENJOHTAJA|Ordförande|ORDFÖRANDE){_NOT_BEFORE_A_NAME})"
    # the first of a column of roles that lost its names: "Linus Guseff puheenjohtaja I varapuheenjohtaja …"
    r"(?!\s+(?:(?:I|II|1\.|2\.)\s)?(?i:varapuheenjohtaja|vice\s?ordförande|viceordförande|jäsen|ledamot)\b)"
    # the first head of a signature table: "Puheenjohtaja Sihteeri"
    r"(?!\s+(?:[Ss]ihteeri|[Pp]öytäkirjanpitäjä|[Ss]ekreterare|[Pp]rotokollförare)\b)"
)
# Up to two lower-case words (titles) between the name and the role: "Aila Koski, hallintosihteeri, sihteeri".
_SECRETARY_AFTER_NAME = patterns.compile(
    _PERSON_NAME + r",?\s(?:\p{Ll}[\p{L}\-]*(?:,\s|/|\s)){0,2}"
    r"(?:(?:sihteeri|pöytäkirjanpitäjä|ptk:n\spitäjä|sekreterare|protokollförare)(?!\w)|"
    rf"(?:Sihteeri|Pöytäkirjanpitäjä|Sekreterare|Protokollförare){_NOT_BEFORE_A_NAME})"
)
# A signature or label line with the role first: "Ordförande JAN-ERIK HÖGDAHL Jan-Erik Högdahl",
# "Puheenjohtaja   Kai Pöntinen" (an upper-case typed signature may stand between).
# The role may carry its other-language twin and a colon: "Ordförande/Puheenjohtaja: Gia Alexandersson".
_ROLE_FIRST_NAME = (
    r"(?:\s?/\s?\p{L}+)?:?\s+(?:(?P<typed>\p{Lu}[\p{Lu}\-]+(?:\s+\p{Lu}[\p{Lu}\-]+){0,2})\s+)?"
    + _PERSON_NAME.replace(",?", "")
)
_CHAIR_BEFORE_NAME = patterns.compile(
    r"(?<!\S)(?:Ordförande|ORDFÖRANDE|Puheenjohtaja|PUHEENJOHTAJA)" + _ROLE_FIRST_NAME
)
_SECRETARY_BEFORE_NAME = patterns.compile(
    r"(?<!\S)(?:Sekreterare|SEKRETERARE|Protokollförare|PROTOKOLLFÖRARE|Sihteeri|SIHTEERI|Pöytäkirjanpitäjä|"
    r"PÖYTÄKIRJANPITÄJÄ)" + _ROLE_FIRST_NAME
)
_NOT_A_NAME = frozenset(
    {"kunnanvaltuuston", "kaupunginvaltuuston", "valtuuston", "fullmäktiges", "stadsfullmäktiges",
     "kommunfullmäktiges", "kunnanhallituksen", "kaupunginhallituksen", "i", "ii", "vice",
     # the labels of a flattened header that run into a signature's role: "Asiat Allekirjoitus Puheenjohtaja"
     "asiat", "allekirjoitus", "allekirjoitukset", "ärenden", "underskrift", "underskrifter"}
)  # fmt: skip


_CAPITAL_FIRST = patterns.compile(r"\p{Lu}\p{Ll}")


def _named_with(text: str, pattern: regex.Pattern[str]) -> str | None:
    for m in scan(pattern, text, "meeting header"):
        name: str = m.group("name")
        words = name.replace(",", "").split()
        if any(w.casefold() in _NOT_A_NAME or is_title_word(w) for w in words) or not name[:1].isupper():
            continue
        if not all(_CAPITAL_FIRST.match(w) for w in words):
            continue
        typed = m.groupdict().get("typed")
        if typed and set(typed.casefold().split()) != {w.casefold() for w in words}:
            continue  # upper case words between role and name that are not the typed name: a heading
        return name
    return None


_ORGAN_LABEL = patterns.compile(r"^\s*(?:toimielin|organ)\b", regex.IGNORECASE)


_FRONT_PAGE_HANDLING = patterns.compile(
    r"(?:^|\s)§?\s?-\d,\s(?P<organ>\p{Lu}{2,10})\s(?::\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})", regex.MULTILINE
)


def _find_organ(lines: list[str]) -> str | None:
    for line in lines:
        if _LABEL.match(line) and not _ORGAN_LABEL.match(line):
            continue
        for m in _ORGAN.finditer(line):
            parent = _PARENT_ORGAN.search(line, 0, m.start()) if m.start() else None
            words = ((parent.group(0) if parent else "") + m["o"]).split()
            if len(words) > 1 and words[0].casefold().strip(".") in _NOT_ORGAN_START:
                words = words[1:]
            organ = " ".join(words)
            if not organ[:1].isupper():
                continue
            if words[0].casefold() in ("kunnan", "kaupungin") and len(words) > 1:
                continue
            return organ
    return None


_BESIDE = 80  # characters after the organ's name that its date stands within


def _date_beside_organ(lines: list[str]) -> str | None:
    for i, line in enumerate(lines):
        organ = _ORGAN.search(line)
        if organ:
            # before it or beside it, not further on in a flattened page ("… Paragrafer Jomala den 15 maj
            # 2017": the day of signing)
            m = _ANY_DATE.search(line, 0, organ.end() + _BESIDE)
            if m:
                return find_date(m.group(0))
            # a header of one value a line: "Kaupunginhallitus" / "Asia/2" / "17.06.2019"
            below = [text for text in (other.strip() for other in lines[i + 1 : i + 6]) if text][:3]
            dated = next((text for text in below if _DATE_LINE.fullmatch(text)), None)
            if dated:
                return find_date(dated)
    return None


_DATE_LINE = patterns.compile(DIGIT_DATE)
