"""The time limit on patterns: a pattern that backtracks badly gives a warning, not a hang."""

from __future__ import annotations

import time

import pytest
import regex

from minutes_cli import decision, guard
from minutes_cli.parser import parse_text


def test_a_catastrophic_pattern_becomes_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a|a)+b backtracks exponentially on a run of a's without a b, even in the regex module.
    monkeypatch.setattr(decision, "_LABELLED", regex.compile(r"(a|a)+b"))
    monkeypatch.setattr(guard, "TIME_LIMIT", 0.2)
    text = "§ 5 Talousarvio\n\nPäätös\n\nHyväksyttiin " + "a" * 40 + "!\n"
    start = time.perf_counter()
    doc = parse_text(text)
    assert time.perf_counter() - start < 5
    assert doc.items[0].decision is not None
    assert doc.items[0].decision.votes == []
    assert [w.code for w in doc.warnings] == ["pattern-timeout"]
    assert "votes" in doc.warnings[0].message


def test_no_warning_without_a_timeout() -> None:
    doc = parse_text("§ 5 Talousarvio\n\nPäätös\n\nHyväksyttiin äänin 8-5.\n")
    assert doc.warnings == []
    assert [(v.yes, v.no) for v in doc.items[0].decision.votes] == [(8, 5)]  # type: ignore[union-attr]
