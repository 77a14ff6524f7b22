"""minutes: Finnish and Swedish municipal meeting minutes into structured data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["InputError", "MinutesError", "NotMinutesError", "__version__", "parse_file", "parse_text", "to_json"]

if TYPE_CHECKING:
    from .contract import to_json
    from .errors import InputError, MinutesError, NotMinutesError
    from .parser import parse_file, parse_text


def __getattr__(name: str) -> Any:
    # The CLI imports this package for --version; the parser loads only when asked for.
    if name in ("parse_text", "parse_file"):
        from . import parser

        return getattr(parser, name)
    if name == "to_json":
        from .contract import to_json

        return to_json
    if name in ("InputError", "MinutesError", "NotMinutesError"):
        from . import errors

        return getattr(errors, name)
    raise AttributeError(name)
