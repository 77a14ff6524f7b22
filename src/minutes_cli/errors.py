"""Exceptions the library raises on purpose; the CLI turns them into one-line messages."""

from __future__ import annotations


class MinutesError(Exception):
    """Base class for every error this package raises on purpose."""

    code = "error"


class InputError(MinutesError):
    """The input could not be read or decoded as text."""

    code = "input"


class NotMinutesError(MinutesError):
    """The text holds nothing that reads as minutes."""

    code = "not-minutes"
