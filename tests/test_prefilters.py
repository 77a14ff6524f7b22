"""The cheap string tests that let most lines skip a costly pattern never turn away a line the
pattern would match: strings generated from each pattern pass their test."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_cli import noise, segment, vocab


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
