"""Dates as Finnish and Swedish minutes write them, to ISO 8601."""

from __future__ import annotations

import datetime as _dt

import regex

from . import patterns

_FI_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")
_SV_MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS: dict[str, int] = {}
for _n, _stem in enumerate(_FI_MONTHS, 1):
    for _ending in ("kuuta", "kuu", "kuun"):
        MONTHS[_stem + _ending] = _n
for _n, _name in enumerate(_SV_MONTHS, 1):
    MONTHS[_name] = _n

NUMERIC_DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}"
ISO_DATE = r"(?:19|20)\d{2}-\d{2}-\d{2}"
_LONG = r"\d{1,2}\.?\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+(?:19|20)\d{2}"
ANY_DATE = f"(?:{NUMERIC_DATE}|{ISO_DATE}|{_LONG})"
# Handling lines and date-only lines write dates with digits; the month names are left out there,
# which also keeps those patterns quick to compile.
DIGIT_DATE = f"(?:{NUMERIC_DATE}|{ISO_DATE})"
_ANY_DATE_RE = patterns.compile(ANY_DATE, regex.IGNORECASE)
_ISO_DATE_RE = patterns.compile(ISO_DATE)
_NUMERIC_PARTS = patterns.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})")
_LONG_PARTS = patterns.compile(r"(\d{1,2})\.?\s+(\w+)\s+(\d{4})")


def to_iso(text: str) -> str | None:
    """Read one date ("8.10.2024", "08.10.2024", "2015-01-22", "4 juni 2008"); None if invalid.

    Example: to_iso("8. lokakuuta 2024") == "2024-10-08"
    """
    text = text.strip()
    try:
        if _ISO_DATE_RE.fullmatch(text):
            return _dt.date.fromisoformat(text).isoformat()
        m = _NUMERIC_PARTS.fullmatch(text)
        if m:
            return _dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        m = _LONG_PARTS.fullmatch(text)
        if m and m[2].casefold() in MONTHS:
            return _dt.date(int(m[3]), MONTHS[m[2].casefold()], int(m[1])).isoformat()
    except ValueError:
        return None
    return None


# A meeting over days writes the first without its year: "12.3.–13.3.2024", "12.–13.3.2024"
_DAY_RANGE = patterns.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.(?:(?P<m>\d{1,2})\.)?\s?[-–]\s?\d{1,2}\.(?P<m2>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})"
)


def find_date(text: str) -> str | None:
    """The first valid date anywhere in the text, as ISO; of days in a range, the first."""
    for m in _ANY_DATE_RE.finditer(text):
        iso = to_iso(m.group(0))
        if iso:
            days = _DAY_RANGE.search(text, 0, m.end()) if "-" in text or "–" in text else None
            if days and days.end() == m.end():
                month = int(days["m"] or days["m2"])
                year = int(days["y"]) - (month > int(days["m2"]))  # "31.12.–2.1.2025" began the year before
                return to_iso(f"{days['d']}.{month}.{year}") or iso
            return iso
    return None
