"""Which files a batch reads: paths, folders walked recursively, or a list of paths on stdin."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

DEFAULT_GLOBS = ("*.txt", "*.text", "*.htm", "*.html", "*.pdf")


@dataclass(frozen=True)
class Input:
    """One input file and the relative name its outputs are written under."""

    path: Path
    relative: PurePosixPath


def _matches(name: str, globs: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(name.lower(), g.lower()) for g in globs)


def _walk(root: Path, globs: tuple[str, ...]) -> Iterator[Input]:
    seen: set[tuple[int, int]] = set()
    for directory, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            stat = os.stat(directory)
        except OSError:
            dirnames[:] = []
            continue
        key = (stat.st_dev, stat.st_ino)
        if key in seen:  # a symlink loop, or the same folder reached twice
            dirnames[:] = []
            continue
        seen.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not _matches(name, globs):
                continue
            path = Path(directory) / name
            yield Input(path, PurePosixPath(path.relative_to(root).as_posix()))


def safe_relative(name: str) -> PurePosixPath:
    """A relative path that cannot leave the output folder: no root, no "..", no empty parts."""
    parts = [p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("", ".", "..", "/")]
    parts = [p.replace("\x00", "") for p in parts if not p.endswith(":")]  # drive letters
    return PurePosixPath(*parts) if parts else PurePosixPath("input")


def collect(paths: Iterable[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> Iterator[Input | tuple[str, str]]:
    """Inputs in a stable order; a path that does not exist comes back as (path, problem)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, globs)
        elif path.exists():
            yield Input(path, safe_relative(path.name))
        else:
            yield (raw, "no such file")
