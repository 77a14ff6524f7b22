"""A time limit on the patterns that scan whole texts: the last guard against a pattern that
backtracks badly on some input nobody has seen. A pattern that runs out of time gives no match,
and the document gets a warning instead of the parser hanging."""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import TypeVar

import regex

T = TypeVar("T")

# Seconds one pattern call may take. Ordinary calls take microseconds; this is far from them.
TIME_LIMIT = 2.0

_timed_out: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("timed_out", default=None)


def guarded(call: Callable[[float], T], fallback: T, what: str) -> T:
    """Run a pattern call given the time limit; on a timeout note `what` and return the fallback."""
    try:
        return call(TIME_LIMIT)
    except TimeoutError:
        noted = _timed_out.get()
        if noted is not None:
            noted.append(what)
        return fallback


def scan(pattern: regex.Pattern[str], text: str, what: str, pos: int = 0, endpos: int | None = None
         ) -> list[regex.Match[str]]:  # fmt: skip
    """Every match of a pattern in a text, within the time limit; none if it runs out."""
    found: list[regex.Match[str]] = []
    end = len(text) if endpos is None else endpos
    return guarded(lambda limit: list(pattern.finditer(text, pos, end, timeout=limit)), found, what)


def collect() -> contextvars.Token[list[str] | None]:
    """Start noting timeouts for one document."""
    return _timed_out.set([])


def finish(token: contextvars.Token[list[str] | None]) -> list[str]:
    """Stop noting and return what timed out."""
    noted = _timed_out.get() or []
    _timed_out.reset(token)
    return noted
