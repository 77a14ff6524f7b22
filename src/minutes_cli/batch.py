"""Parse many files, in parallel if asked, yielding results in input order."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .inputs import Input
from .parser import DEFAULT_MAX_SIZE


@dataclass(frozen=True)
class Result:
    """The outcome of one input: its Document as JSON text, or the problem that stopped it."""

    input: Input
    json: str | None
    error: str | None


def _parse_one(args: tuple[str, str | None, int, int | None]) -> tuple[str | None, str | None]:
    path, encoding, max_size, indent = args
    from .contract import to_json
    from .errors import MinutesError
    from .parser import parse_file

    try:
        return to_json(parse_file(path, encoding=encoding, max_size=max_size), indent=indent), None
    except MinutesError as exc:
        return None, str(exc)
    except OSError as exc:
        return None, exc.strerror or str(exc)
    except Exception as exc:  # a parser bug stops one file, never the batch
        return None, f"internal error ({type(exc).__name__}: {exc}); please report it"


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the converting process dies, even by SIGKILL.

    Without it, workers of a killed conversion wait forever on a queue that their siblings keep open.
    """
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the request took effect
            os._exit(1)
    except (OSError, AttributeError):
        pass  # not Linux: workers end with their queue


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def parse_many(
    inputs: Sequence[Input],
    *,
    jobs: int,
    encoding: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    indent: int | None = None,
) -> Iterator[Result]:
    """Parse every input; results come in the order of `inputs` whatever the number of jobs."""
    work = [(str(i.path), encoding, max_size, indent) for i in inputs]
    if jobs <= 1 or len(work) <= 1:
        for item, args in zip(inputs, work, strict=True):
            doc_json, error = _parse_one(args)
            yield Result(item, doc_json, error)
        return
    chunk = max(1, min(64, len(work) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent) as pool:
        for item, (doc_json, error) in zip(inputs, pool.map(_parse_one, work, chunksize=chunk), strict=True):
            yield Result(item, doc_json, error)


def relative_json_name(item: Input) -> Path:
    """The output name of an input in `json` format: its relative path with a .json suffix."""
    rel = Path(item.relative.as_posix())
    return rel.with_name(rel.name + ".json") if rel.suffix == "" else rel.with_suffix(".json")
