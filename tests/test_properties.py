"""Properties that hold for any input: the parser is total, spans stay inside the text, and text
fields come from the text. Generated minutes are read back exactly."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from minutes_cli.contract import to_json, validate_json
from minutes_cli.errors import MinutesError, NotMinutesError
from minutes_cli.identifiers import _AMOUNT, _CURRENCY, _CURRENCY_FIRST, _amount_matches, _currency_words
from minutes_cli.models import Document
from minutes_cli.normalize import normalize
from minutes_cli.parser import parse_text

from .conftest import SAMPLES

SAMPLE_LINES = [line for p in sorted(SAMPLES.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]


def _check(text: str) -> Document | None:
    try:
        doc = parse_text(text)
    except MinutesError:
        return None
    assert validate_json(to_json(doc)) == doc
    lines = normalize(text).lines
    haystack = " ".join(" ".join(lines).split())
    # A word broken at a line-end hyphen is rejoined, with or without its hyphen.
    rejoined = haystack.replace("- ", "-") + " " + haystack.replace("- ", "")
    for item in doc.items:
        assert 1 <= item.span.start_line <= item.span.end_line <= len(lines)
        for field in (item.title, item.decision.text if item.decision else None):
            for word in (field or "").split():
                word = word.strip(".,:;")
                assert word in haystack or word in rejoined, word
    return doc


@given(st.text(max_size=2000))
def test_any_unicode_text(text: str) -> None:
    _check(text)


@given(st.binary(max_size=2000))
def test_any_bytes_decoded_as_latin1(data: bytes) -> None:
    _check(data.decode("latin-1"))


@given(st.lists(st.sampled_from(SAMPLE_LINES), max_size=150))
def test_shuffled_sample_lines(lines: list[str]) -> None:
    _check("\n".join(lines))


@given(
    st.lists(st.sampled_from(SAMPLE_LINES), max_size=80),
    st.lists(
        st.sampled_from(
            [
                "§",
                "§ §",
                "§ 1",
                "Päätös",
                "Päätös:",
                "1.",
                "- ",
                "Sivu 1 (2)",
                "\f",
                "",
                "KH 1.1.2024 § 1",
                "Esittelijä",
                "Valmistelija",
                "x" * 500,
            ]
        ),
        max_size=40,
    ),
)
def test_sample_lines_with_noise(lines: list[str], noise: list[str]) -> None:
    _check("\n".join(lines + noise))


_TITLES = st.text(alphabet="abcdefghijklmnoprstuvyäö ", min_size=5, max_size=40).map(
    lambda s: "Asia " + " ".join(s.split())
)
_DECISIONS = {
    "approved": "Hyväksyttiin.",
    "tabled": "Kaupunginhallitus päätti panna asian pöydälle.",
    "returned": "Asia palautettiin valmisteluun.",
    "noted": "Merkittiin tiedoksi.",
}


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.integers(min_value=1, max_value=900),
    st.lists(st.tuples(_TITLES, st.sampled_from(sorted(_DECISIONS))), min_size=1, max_size=8),
)
def test_generated_minutes_read_back(date: dt.date, first: int, items: list[tuple[str, str]]) -> None:
    day = f"{date.day}.{date.month}.{date.year}"
    parts = [f"Kunnanhallitus, kokous {day}", ""]
    for n, (title, outcome) in enumerate(items):
        parts += [
            f"§ {first + n} {title}",
            "",
            "Päätösehdotus",
            "",
            "Kunnanhallitus päättää asiasta.",
            "",
            "Päätös",
            "",
            _DECISIONS[outcome],
            "",
        ]
    doc = _check("\n".join(parts))
    assert doc is not None
    assert [i.section for i in doc.items] == [first + n for n in range(len(items))]
    assert [i.title for i in doc.items] == [t for t, _ in items]
    assert [i.decision.outcome if i.decision else None for i in doc.items] == [o for _, o in items]


@given(st.text(alphabet=st.sampled_from([*"euroEURO€ 12,.", "İ", "ß", "ẞ", "ǅ"]), max_size=40))
def test_currency_words_are_where_the_case_blind_pattern_finds_them(text: str) -> None:
    # amounts look for currency words with str.find on the lower-cased text, for speed
    assert _currency_words(text) == [m.span() for m in _CURRENCY.finditer(text)]


_AMOUNT_PARTS = ["euroa", "eur", "EUR", "€", "seuraava", "neuro", "milj.", "M", "t", "k", " ", "1", "05", "000", ","]
_AMOUNT_PARTS += ["-", "."]


@given(st.lists(st.sampled_from(_AMOUNT_PARTS), max_size=14).map("".join))
@example("€1euroa")  # the currency first would take the number of the amount that ends at "euroa"
def test_amounts_searched_near_currency_words_are_those_a_full_scan_finds(text: str) -> None:
    # the pattern is tried only in a window before each currency word that can end an amount; an
    # amount with the currency first ("EUR 45 000") is found where no amount ends at that word
    found = _amount_matches(text)
    assert [m.span() for m in found if m.re is _AMOUNT] == [m.span() for m in _AMOUNT.finditer(text)]
    ends = {m.end("cur") for m in _AMOUNT.finditer(text)}
    assert all(m.re is _CURRENCY_FIRST and m.end("cur") not in ends for m in found if m.re is not _AMOUNT)


@pytest.mark.parametrize("collecting", [True, False])
def test_parsing_leaves_the_callers_garbage_collector_as_it_was(collecting: bool) -> None:
    # parse_text pauses the cycle collector while it works; the caller's setting comes back, also
    # when the text is refused.
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        parse_text("§ 5 Talousarvio\n\nPäätös\n\nHyväksyttiin.\n")
        assert gc.isenabled() is collecting
        with pytest.raises(NotMinutesError):
            parse_text("")
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
