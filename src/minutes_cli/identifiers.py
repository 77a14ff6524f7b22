"""Case (diary) numbers, handling lines and euro amounts."""

from __future__ import annotations

import regex

from . import patterns
from .dates import DIGIT_DATE, find_date
from .models import Amount, CaseNumber, Handling

# The label in any case ("DNRO" in older upper-case documents) and with the colon or dot of "D:no" /
# "D.nro".
_LABEL = (
    r"(?:(?i:Dnro|Dno|Dnr|D[:.]no|D[:.]nro|Diaarinumero|Diarienummer|Asianro|Asianumero|Asia\s?nro|CFV|Ärendenr)"
    r"\.?\s*:?\s*)"
)

# 5119/02.05.02/2024, TRE:1770/00.01.03/2022, OUKA/1234/00.01.00/2023, 47/00.02/2016, 205/ /2015
_STANDARD = (
    r"(?:(?P<prefix>[A-ZÄÖÅ]{2,6})[:/]\s?)?(?P<serial>\d{1,6})\s?/\s?"
    r"(?P<cls>\d{2,3}(?:[.\s]\d{2,6}){0,5})?\s?/?\s?(?P<year>(?:19|20)\d{2})"
)
# LAPDno-2024-426, JyväskyläDno-2025-2258 (CaseM)
_CASEM = r"(?P<prefix>[A-ZÄÖÅ][A-Za-zÄÖÅäöå]{1,20})Dno-(?P<year>(?:19|20)\d{2})-(?P<serial>\d{1,7})"
# HEL 2018-012640 T 00 01 01 (Helsinki)
_HELSINKI = r"(?P<prefix>HEL)\s(?P<year>(?:19|20)\d{2})-(?P<serial>\d{4,7})(?:\sT\s(?P<cls>\d{2}(?:\s\d{2}){1,4}))?"
# Dnr 606/2016, Dnr:KST 15/2012 (Swedish and short forms: number/year)
_SHORT = r"(?:(?P<prefix>[A-ZÄÖÅ]{2,6})\s)?(?P<serial>\d{1,6})/(?P<year>(?:19|20)\d{2})"

_HELSINKI_FORM = patterns.compile(_HELSINKI)
_CASE_FORMS = [patterns.compile(_CASEM), _HELSINKI_FORM, patterns.compile(_STANDARD)]
_SHORT_FORM = patterns.compile(_SHORT)
_LABELLED_SHORT = patterns.compile(rf"^\s*(?i:Dnr|Dnro|Dno|D[:.]no|D[:.]nro|CFV)\.?\s*:?\s*(?P<case>{_SHORT})\s*$")


HAS_DIGIT = patterns.compile(r"\d")  # a quick test before the patterns that all need a digit
_NUM_NOISE = patterns.compile(r"[\s−–]")
_DOTTED_THOUSANDS = patterns.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")


_GROUP_NAME = patterns.compile(r"\?P<\w+>")


def _strip_names(pattern: str) -> str:
    return _GROUP_NAME.sub("?:", pattern)


_CASE_ONLY = patterns.compile(
    rf"^\s*{_LABEL}?(?P<case>{_strip_names(_CASEM)}|{_strip_names(_HELSINKI)}|{_strip_names(_STANDARD)})"
    r"\s*(?:\(.*\))?$"
)


def parse_case_number(raw: str) -> CaseNumber:
    """Split a case number into its parts.

    Example: parse_case_number("5119/02.05.02/2024").task_class == "02.05.02"
    """
    raw = " ".join(raw.split())
    helsinki = _HELSINKI_FORM.fullmatch(raw)
    if helsinki:
        # "HEL 2018-012640 T 00 01 01": the number is "HEL 2018-012640", the rest its task class.
        return CaseNumber(
            raw=f"HEL {helsinki['year']}-{helsinki['serial']}",
            prefix="HEL",
            serial=int(helsinki["serial"]),
            task_class=helsinki["cls"],
            year=int(helsinki["year"]),
        )
    for form in (*_CASE_FORMS, _SHORT_FORM):
        m = form.fullmatch(raw)
        if m:
            groups = m.groupdict()
            cls = groups.get("cls")
            return CaseNumber(
                raw=raw,
                prefix=groups.get("prefix"),
                serial=int(groups["serial"]),
                task_class=cls.strip() if cls else None,
                year=int(groups["year"]),
            )
    return CaseNumber(raw=raw)


# "Asemakaavan muutos, Dnro 123/10.02.03/2024", "Asemakaavan muutos (Dnro 123/2024)": a labelled case
# number at the end of a title line.
_CASE_AFTER_TITLE = patterns.compile(
    rf"(?:,\s*|\s+\(|\s+)(?i:dnro|dnr|dno|d[:.]no|d[:.]nro|asianro|diaarinumero|diarienummer)\.?\s*:?\s*"
    rf"(?P<case>{_strip_names(_CASEM)}|{_strip_names(_HELSINKI)}|{_strip_names(_STANDARD)}|{_strip_names(_SHORT)})"
    r"\)?\s*$"
)


def case_number_after_title(title: str) -> tuple[str, CaseNumber] | None:
    """The title without the labelled case number that ends it, and that case number."""
    m = _CASE_AFTER_TITLE.search(title) if "/" in title or "-" in title else None
    if not m or m.start() == 0:
        return None
    return title[: m.start()].rstrip(" ,"), parse_case_number(m["case"])


# "4411-2025 (02 05 00)", "6681-2009 (000, 041)": a diary number, serial and year, over an item page
# (Turku) with the task classes in brackets; the classes tell it from a span of years ("2014-2016").
_DIARY_WITH_CLASSES = patterns.compile(
    rf"^{_LABEL}?(?P<serial>\d{{1,6}})-(?P<year>(?:19|20)\d{{2}})\s?"
    r"\((?P<cls>\d{2,3}(?:\s\d{2}){0,3})(?:,\s?\d{2,3}(?:\s\d{2}){0,3})*\)$"
)


def case_number_in_line(line: str) -> CaseNumber | None:
    """A case number that makes up the whole line, with or without a label such as "Dnro"."""
    line = line.strip()
    if len(line) > 80 or not HAS_DIGIT.search(line):
        return None
    m = _CASE_ONLY.match(line) or _LABELLED_SHORT.match(line)
    if not m:
        diary = _DIARY_WITH_CLASSES.match(line) if "(" in line else None
        if diary is None:
            return None
        serial, year = diary["serial"], diary["year"]
        return CaseNumber(raw=f"{serial}-{year}", serial=int(serial), task_class=diary["cls"], year=int(year))
    return parse_case_number(m.group("case"))


# An organ name or abbreviation: "KH", "Khall", "Aluehallitus", "Tekninen lautakunta",
# "S/Kunnanhallitus salainen", "Helsingin kaupunginvaltuusto".
_ORGAN = r"(?P<organ>[A-ZÄÖÅ][\w.\-/]*(?:\s[\w.\-/]+){0,4}?)"
_SECTION = r"§\s?(?P<section>\d{1,4})"
_DATE = rf"(?P<date>{DIGIT_DATE})"
_HANDLING_FORMS = [
    patterns.compile(p, regex.IGNORECASE if i > 2 else 0)
    for i, p in enumerate(
        (
            rf"^{_ORGAN},?\s{_DATE},?\s?{_SECTION}$",  # KH 08.10.2024 § 278
            rf"^{_ORGAN},\s?{_SECTION},\s?{_DATE}$",  # Kaupunginhallitus, § 317,08.09.2025
            rf"^{_ORGAN},\s?{_DATE},\s?{_SECTION}$",  # Kaupunginhallitus, 08.09.2025, § 317
            rf"^{_ORGAN}\s{_SECTION}\s{_DATE}$",  # Kunnanvaltuusto § 80 31.10.2017
            rf"^{_ORGAN}\s(?P<section>\d{{1,4}})\s?§\s{_DATE}$",  # Kommunstyrelsen 78 § 27.03.2025
            rf"^{_ORGAN},?\s{_DATE}(?:,\s?|\s)(?P<section>\d{{1,4}})\s?§$",  # Ungdomsfullmäktige 28.11.2022, 39 §
            # "§ 4, STST 2015-01-22 16:00" (Jakobstad), and with the sign after the number
            rf"^(?:§\s?(?P<section>\d{{1,4}})|(?P<section>\d{{1,4}})\s?§),\s(?P<organ>[A-ZÄÖÅ][\w.\-]*(?:\s[\w.\-]+){{0,3}}?)"
            rf"\s{_DATE}(?:\s\d{{1,2}}[:.]\d{{2}})?$",
            rf"^(?P<section>\d{{1,4}})\s?§\s?\|\s?{_DATE}$",  # 139 § | 3.9.2015 (organ elsewhere)
        )
    )
]
# Older Dynasty and Raahe stage lines name the organ and the section only: "KHALL § 45", "Kh § 399",
# "Kunnanhallitus § 45", "Tekninen lautakunta § 88". The organ is an abbreviation (at most eight letters:
# "Khall", "Kvalt", "TEKLA") or an organ's name of up to four words, so that "Äänestyslistat § 127" (a
# heading over voting lists) is not one.
_ORGAN_WORD_END = (
    r"(?:hallitus|valtuusto|lautakunta|jaosto|johtokunta|toimikunta|neuvosto|kokous|"
    r"styrelsen|fullmäktige|nämnden|sektionen|direktionen|utskottet|rådet)"
)
_UNDATED_HANDLING = patterns.compile(
    # a longer abbreviation keeps its organ word's end: "Sivistysltk.", "Tekn.ltk"
    rf"^(?P<organ>\p{{Lu}}[\p{{L}}.]{{1,7}}|\p{{Lu}}\p{{Ll}}*\.?(?:ltk|valt|hall)\.?|\p{{Lu}}\p{{L}}*{_ORGAN_WORD_END}"
    rf"|\p{{Lu}}[\p{{L}}\-]*(?:\s[\p{{L}}\-]+){{0,2}}\s(?=\p{{Ll}})[\p{{L}}\-]*{_ORGAN_WORD_END})"
    # the sign before the number or after it ("Khall 48 §", Isokyrö)
    r"\s(?:§\s?(?P<section>\d{1,4})|(?P<section>\d{1,4})\s?§)$"
)
# Words that stand before a section number and are not an organ: "Päätös § 5", "Liite § 2".
_NOT_ABBREVIATION = frozenset(
    {"päätös", "ehdotus", "liite", "liitteet", "bilaga", "beslut", "förslag", "ote", "utdrag", "pykälä", "asia",
     "ärende", "kohta", "sivu", "sida", "ks.", "kts.", "se", "jfr", "vrt.", "laki", "lag", "kl", "kuntalaki"}
)  # fmt: skip
# Where a transcript lost the "§": "Kunnanhallitus 240 12.09.2006", "KEVAL 12.04.2017 35".
_ONE_WORD_ORGAN = r"(?P<organ>[A-ZÄÖÅ][\w.\-/]{1,30})"
_HANDLING_WITHOUT_SIGN = [
    # "332, STST 2018-12-03 16:00": Jakobstad's item line with the § lost in a transcript
    patterns.compile(rf"^(?P<section>\d{{1,4}}),\s(?P<organ>\p{{Lu}}{{2,10}})\s{_DATE}(?:\s\d{{1,2}}[:.]\d{{2}})?$"),
    patterns.compile(rf"^{_ONE_WORD_ORGAN}\s(?P<section>\d{{1,4}})\s{_DATE}$"),
    # "68, SSTYR :00": the same line in a transcript that lost the date and the hour (Närpes, Vörå)
    patterns.compile(r"^(?P<section>\d{1,4}),\s(?P<organ>\p{Lu}{2,10})\s:\d{2}$"),
    patterns.compile(rf"^{_ONE_WORD_ORGAN}\s{_DATE}\s(?P<section>\d{{1,4}})$"),
]
# A row of the handlings table over an item page (Turku): organ, section, date and the item's number
# on the agenda, in cells ("Kaupunginhallitus | 212 | 12.05.2025 | 8 |") or run together when the
# page is copied ("Kaupunginhallitus21212.05.20258"; the day has two digits, so the section ends
# where the date begins).
_HANDLINGS_TABLE_ROW = patterns.compile(
    rf"^(?P<organ>\p{{Lu}}[\p{{L}}\-,]*(?:\s[\p{{L}}\-,]+){{0,5}}?{_ORGAN_WORD_END})\s?\|?\s?(?P<section>\d{{1,4}})\s?\|?\s?(?P<date>\d{{2}}\.\d{{2}}\.\d{{4}})"
    r"\s?\|?\s?\d{1,3}(?:\s\p{L}{1,3})?\s?\|?$"
)
# Words that make a "handling line" really a sentence.
# Words of a sentence, not of an organ's name; "ja"/"och" join a name only after a hyphen
# ("Sosiaali- ja terveyslautakunta", "Bildnings- och kulturnämnden").
_NOT_ORGAN = patterns.compile(
    r"\b(?:sekä|on|oli|päätti|kokous|kokouksessaan|mukaan|jonka)\b|(?<!-\s)\b(?:ja|och)\b"
    r"|^(?:bilaga|liite)\b",  # "Bilaga Välfärdsnämnden, 15.09.2022 § 49": the header of an attachment's page
    regex.I,
)


def parse_handling(line: str) -> Handling | None:
    """Read a handling line such as "KH 08.10.2024 § 278" or "§ 5, STST 2015-01-22 16:00"."""
    if len(line) > 200 or not HAS_DIGIT.search(line):
        return None
    text = " ".join(line.split())
    if len(text) > 90:
        return None
    forms = _HANDLING_FORMS if "§" in text else _HANDLING_WITHOUT_SIGN
    if "§" not in text and (".20" in text or ".19" in text):
        forms = [*forms, _HANDLINGS_TABLE_ROW]  # its date has a four-digit year after a dot
    for form in forms:
        m = form.match(text)
        if not m:
            continue
        groups = m.groupdict()
        organ = (groups.get("organ") or "").strip(" ,")
        if organ and (_NOT_ORGAN.search(organ) or organ.endswith("/")):
            continue  # a sentence, or "Rahkatie 3 / Purku-urakka / 31.10.2024 § 10" in a list of decisions
        date = find_date(groups["date"]) if groups.get("date") else None
        if groups.get("date") and date is None:
            continue
        return Handling(raw=text, organ=organ, date=date, section=int(groups["section"]))
    m = _UNDATED_HANDLING.match(text) if "§" in text else None
    if m and m["organ"].casefold() not in _NOT_ABBREVIATION and not _NOT_ORGAN.search(m["organ"]):
        return Handling(raw=text, organ=m["organ"], date=None, section=int(m["section"]))
    return None


_NUMBER = r"(?P<num>[-−–]?\s?\d{1,3}(?:(?:[ .]\d{3})+|\d*)(?:,\d{1,2})?(?:,-{1,2})?)"
_MILLION = (
    r"(?:(?P<mil>milj\.?|miljoonaa|miljoonan|miljoonalla|miljon(?:er)?|milj\.)"
    r"|(?P<bil>miljardia|miljardin|mrd\.?|miljard(?:er)?)|(?P<thousand>tuhatta|tuhannen|tusen))"
)
_EURO = r"(?P<cur>€|euroa|euron|eurolla|euroon|euro|eur\b|EUR\b|euros?)"
# "1,2 M€" (millions) and "450 t€" / "450 k€" (thousands), as budget texts write them
_SCALE = r"(?P<scale>(?-i:M|t|k)(?=€))"
_AMOUNT = patterns.compile(rf"(?<![\d.,/\-]){_NUMBER}\s?(?:{_MILLION}\s|{_SCALE})?{_EURO}", regex.IGNORECASE)
# the currency first, as tables and English-style texts write it: "EUR 45 000", "€ 1 200"
_CURRENCY_FIRST = patterns.compile(rf"(?P<cur>€|EUR\b)\s?{_NUMBER}(?![\d,.]\d)")


_CURRENCY = patterns.compile(r"€|eur", regex.IGNORECASE)


def _amount_matches(text: str) -> list[regex.Match[str]]:
    """Matches of the amount pattern, looked for only just before each currency word: the pattern
    would otherwise be tried at every character of the item."""
    out: list[regex.Match[str]] = []
    last_end = 0
    for cur_start, cur_end in _currency_words(text):
        if cur_start < last_end:
            continue
        if cur_start and text[cur_start - 1].isalpha() and text[cur_start] != "€":
            continue  # "seuraava", "neuro": before "eur" the pattern has a digit, a space, "-" or ","
        # A window of ~50 characters bounds the pattern's work, so it needs no time limit.
        pos, end = max(last_end, cur_start - 40), min(len(text), cur_end + 12)
        m = _AMOUNT.search(text, pos, end)
        while m is not None and m.end() < cur_end:
            m = _AMOUNT.search(text, max(m.end(), m.start() + 1), end)
        if m is None or m.start("cur") != cur_start:
            m = _CURRENCY_FIRST.match(text, cur_start, min(len(text), cur_end + 25))
            # its number may be the start of an amount that ends at the next currency word ("€1euroa")
            after = _AMOUNT.search(text, cur_end, min(len(text), m.end() + 60)) if m else None
            if m is not None and after is not None and after.start() < m.end():
                m = None
        if m is not None and m.start("cur") == cur_start:
            out.append(m)
            last_end = m.end()
    return out


def _currency_words(text: str) -> list[tuple[int, int]]:
    """Where "€" or "eur" (any case) stands, in order: found with str.find on the lower-cased text,
    which is ~20 times faster than the case-blind pattern over a whole item."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer would shift the positions
        return [m.span() for m in _CURRENCY.finditer(text)]
    spans = []
    for word in ("€", "eur"):
        at = low.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = low.find(word, at + len(word))
    spans.sort()
    return spans


def find_amounts(text: str) -> list[Amount]:
    """Euro amounts in a text, each value once, in order of appearance.

    Example: find_amounts("12 000 euroa / vuosi")[0].value == 12000
    """
    out: list[Amount] = []
    seen: set[float] = set()
    for m in _amount_matches(text):
        digits = _NUM_NOISE.sub("", m.group("num")).rstrip("-").rstrip(",")
        negative = digits.startswith("-")
        digits = digits.lstrip("-")
        if _DOTTED_THOUSANDS.fullmatch(digits):
            digits = digits.replace(".", "")
        try:
            value = float(digits.replace(",", "."))
        except ValueError:
            continue
        scale = m.groupdict()
        if scale.get("bil"):
            value *= 1_000_000_000
        elif scale.get("mil") or scale.get("scale") == "M":
            value *= 1_000_000
        elif scale.get("scale") or scale.get("thousand"):
            value *= 1_000
        if negative:
            value = -value
        if value in seen:
            continue
        seen.add(value)
        out.append(Amount(raw=" ".join(m.group(0).split()), value=value))
    return out
