"""Compiled patterns, kept from one run to the next.

The `regex` module parses a pattern in Python before its C code takes over, and the parser's
~160 patterns cost about 80 ms of every start-up that way: more than the parse of a
whole meeting. A compiled pattern pickles as the arguments of its C constructor, so
loading the patterns of an earlier run takes about 2 ms. Like Python's own bytecode cache,
the file is only a copy: one per `regex` and Python version, read with an unpickler that
builds nothing but patterns, ignored when missing or damaged, rewritten when the patterns
change.

The folder is `$MINUTES_CACHE_DIR`, else the platform's user cache folder; `MINUTES_NO_CACHE=1`
turns the cache off.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import regex

_Key = tuple[str, int]

_FILE_NAME = f"patterns-regex{regex.__version__}-{sys.implementation.cache_tag}.pickle"
# The pickled form of a pattern is a call of this one function with plain data.
_PATTERN_CONSTRUCTOR = ("regex._regex", "compile")


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


class _PatternUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) != _PATTERN_CONSTRUCTOR:
            raise pickle.UnpicklingError(f"not a compiled pattern: {module}.{name}")
        return super().find_class(module, name)


def _load(path: Path) -> dict[_Key, regex.Pattern[str]]:
    try:
        with path.open("rb") as handle:
            found = _PatternUnpickler(handle).load()
    except Exception:  # a damaged or foreign file is a cache miss, whatever broke in reading it
        return {}
    if not isinstance(found, dict):
        return {}
    return {
        key: pattern
        for key, pattern in found.items()
        if isinstance(key, tuple) and isinstance(pattern, regex.Pattern) and pattern.pattern == key[0]
    }


class _Cache:
    def __init__(self, folder: Path, *, enabled: bool) -> None:
        self.path = folder / _FILE_NAME
        self.enabled = enabled
        self.loaded = _load(self.path) if enabled else {}
        self.used: dict[_Key, regex.Pattern[str]] = {}
        self.compiled = 0

    def compile(self, pattern: str, flags: int) -> regex.Pattern[str]:
        key = (pattern, int(flags))
        found = self.used.get(key) or self.loaded.get(key)
        if found is None:
            found = regex.compile(pattern, flags)
            self.compiled += 1
        self.used[key] = found
        return found

    def save(self) -> None:
        """Write the patterns this run used, if any of them had to be compiled."""
        if not self.compiled or not self.enabled:
            return
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(pickle.dumps(self.used, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temp, self.path)
        except OSError:  # a read-only or full disk only costs the next run its head start
            temp.unlink(missing_ok=True)


_cache = _Cache(cache_folder(), enabled=os.environ.get("MINUTES_NO_CACHE", "") in ("", "0"))
atexit.register(_cache.save)


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile`, from the cache when an earlier run compiled the same pattern."""
    return _cache.compile(pattern, flags)


def cache_info() -> tuple[Path, int, int]:
    """The cache file, how many patterns this run took from it and how many it compiled."""
    return _cache.path, len(_cache.used) - _cache.compiled, _cache.compiled
