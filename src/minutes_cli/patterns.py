"""Compiled patterns, kept from one run to the next.

The `regex` module parses a pattern in Python before its C code takes over, and the parser's
~160 patterns cost about 80 ms of every start-up that way: more than the parse of a
whole meeting. A compiled pattern is rebuilt from the arguments of its C constructor (what
`regex` itself pickles), so this module keeps those arguments in a file, written with `marshal`
(plain data, nothing that runs), and later runs rebuild the patterns in about 2 ms. Like
Python's bytecode cache the file is only a copy: one per `regex` and Python version, ignored
when missing or damaged, rewritten when the patterns change.

The folder is `$MINUTES_CACHE_DIR`, else the platform's user cache folder; `MINUTES_NO_CACHE=1`
turns the cache off.
"""

from __future__ import annotations

import atexit
import contextlib
import copyreg
import marshal
import os
import sys
from pathlib import Path
from typing import Any

import regex

_Key = tuple[str, int]

_FILE_NAME = f"patterns-regex{regex.__version__}-{sys.implementation.cache_tag}.marshal"


def cache_folder() -> Path:
    """Where the compiled patterns are kept."""
    chosen = os.environ.get("MINUTES_CACHE_DIR")
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "minutes" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "minutes"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "minutes"


# `regex` registers with copyreg how a pattern pickles: a call of its C constructor with plain data.
_REDUCE = copyreg.dispatch_table.get(regex.Pattern)


def _reduced(pattern: regex.Pattern[str]) -> tuple[Any, tuple[Any, ...]] | None:
    reduced = _REDUCE(pattern) if _REDUCE else None
    if isinstance(reduced, tuple) and len(reduced) == 2 and callable(reduced[0]) and isinstance(reduced[1], tuple):
        return reduced[0], reduced[1]
    return None


_CONSTRUCTOR = (_reduced(regex.compile("a")) or (None,))[0]


def _constructor_args(pattern: regex.Pattern[str]) -> tuple[Any, ...] | None:
    reduced = _reduced(pattern)
    return reduced[1] if reduced else None


def _load(path: Path) -> dict[_Key, tuple[Any, ...]]:
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {key: args for key, args in found.items() if isinstance(key, tuple) and isinstance(args, tuple)}


def _rebuild(key: _Key, args: tuple[Any, ...]) -> regex.Pattern[str] | None:
    if _CONSTRUCTOR is None:
        return None
    try:
        pattern = _CONSTRUCTOR(*args)
    except Exception:  # arguments from another regex build or a damaged file: compile afresh
        return None
    return pattern if isinstance(pattern, regex.Pattern) and pattern.pattern == key[0] else None


class _Cache:
    def __init__(self, folder: Path, *, enabled: bool) -> None:
        self.path = folder / _FILE_NAME
        self.enabled = enabled
        self.stored = _load(self.path) if enabled else {}
        self.used: dict[_Key, regex.Pattern[str]] = {}
        self.compiled = 0

    def compile(self, pattern: str, flags: int) -> regex.Pattern[str]:
        key = (pattern, int(flags))
        found = self.used.get(key)
        if found is None:
            args = self.stored.get(key)
            found = _rebuild(key, args) if args is not None else None
        if found is None:
            found = regex.compile(pattern, flags)
            self.compiled += 1
        self.used[key] = found
        return found

    def save(self) -> None:
        """Write the patterns this run used, if any of them had to be compiled."""
        if not self.compiled or not self.enabled:
            return
        data = {key: _constructor_args(pattern) for key, pattern in self.used.items()}
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            payload = marshal.dumps({key: args for key, args in data.items() if args is not None})
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(payload)
            os.replace(temp, self.path)
        except (OSError, ValueError):  # a read-only or full disk only costs the next run its head start
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)


def _make_cache() -> _Cache:
    enabled = os.environ.get("MINUTES_NO_CACHE", "") in ("", "0")
    try:
        folder = cache_folder()
    except (RuntimeError, KeyError, OSError):  # no home folder to be found: run without the cache
        return _Cache(Path(), enabled=False)
    return _Cache(folder, enabled=enabled)


_cache = _make_cache()
atexit.register(_cache.save)


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile`, from the cache when an earlier run compiled the same pattern."""
    return _cache.compile(pattern, flags)


def cache_info() -> tuple[Path, int, int]:
    """The cache file, how many patterns this run took from it and how many it compiled."""
    return _cache.path, len(_cache.used) - _cache.compiled, _cache.compiled
