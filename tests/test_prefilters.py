"""The cheap string tests that let most lines skip a costly pattern never turn away a line the
pattern would match: strings generated from each pattern pass their test. The fast word count
gives the pattern's counts."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_cli import language, noise, segment, vocab


def _matching(pattern: str) -> st.SearchStrategy[str]:
    return st.from_regex(re.compile(pattern, re.IGNORECASE))


_SETTINGS = settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)


@_SETTINGS
@given(_matching(vocab._PERSON_HEADING_START.pattern))
def test_person_heading_stems(text: str) -> None:
    if vocab._PERSON_HEADING_START.match(text):
        assert vocab.may_open_person_heading(text)


@_SETTINGS
@given(_matching(noise._PAGE_NUMBER.pattern))
def test_page_number_marks(text: str) -> None:
    if noise._PAGE_NUMBER.search(text):
        assert noise.may_hold_page_number(text)


@_SETTINGS
@given(_matching(segment._APPEAL_HEADING.pattern))
def test_appeal_heading_initials(text: str) -> None:
    if segment._APPEAL_HEADING.match(text):
        assert segment.may_open_appeal_heading(text)


# Letters, ASCII and non-ASCII non-letters, whitespace of both kinds and lone surrogates, so that
# every way a word can end is drawn often.
_WORDY = st.text(
    alphabet=st.one_of(
        st.sampled_from("aäöåAÄÖÅ ja on och, .:;-–€§”\u00a0\u2009\u200b\x1c\n\t0123"),
        st.characters(blacklist_categories=()),
    ),
    max_size=80,
)


@_SETTINGS
@given(_WORDY)
def test_word_counts_equal_counting_letter_runs(text: str) -> None:
    assert language.word_counts(text) == Counter(language._WORD.findall(text))


def test_word_counts_split_inside_glued_pieces() -> None:
    counts = language.word_counts("ja–och ja€on 2025ja ja")
    assert counts == Counter({"ja": 4, "och": 1, "on": 1})
