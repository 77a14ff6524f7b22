"""Write files so that they are complete or absent: a temporary name in the same folder, then rename."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

TEMP_PREFIX = ".minutes-tmp-"


@contextlib.contextmanager
def temporary_beside(path: Path) -> Iterator[Path]:
    """A new empty file in `path`'s folder that replaces `path` when the block completes and is removed
    when it fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The temporary name ends in .tmp so that globs for the real outputs never match it; a run that
    # is killed leaves it behind, and the next run in the same folder removes it.
    fd, temp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        # mkstemp makes the file private (0600); the output gets the mode a file written in place would
        # have: the replaced file's, or the one the umask gives a new file
        os.chmod(temp, _mode_for(path))
        yield Path(temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_writer(path: Path, *, newline: str | None = None) -> Iterator[IO[str]]:
    """Open a text file for writing that appears at `path` only when the block completes."""
    with temporary_beside(path) as temp, open(temp, "w", encoding="utf-8", newline=newline) as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def remove_stale_temps(folder: Path) -> None:
    """Delete temporary files that a killed run left behind in a folder."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name.startswith(TEMP_PREFIX) and entry.is_file():
                with contextlib.suppress(OSError):
                    entry.unlink()
