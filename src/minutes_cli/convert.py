"""`minutes convert`: many inputs into JSON files, JSON Lines, CSV or SQLite, safely and re-runnably."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .atomic import TEMP_PREFIX, atomic_writer, remove_stale_temps
from .batch import Result, parse_many, relative_json_name
from .inputs import DEFAULT_GLOBS, Input, collect
from .parser import DEFAULT_MAX_SIZE

FORMATS = ("json", "jsonl", "csv", "sqlite")


class UsageError(Exception):
    """The command's arguments cannot work together (exit code 2)."""


@dataclass
class Summary:
    """What a conversion did."""

    converted: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Options:
    """Everything `minutes convert` was asked to do."""

    paths: list[str]
    to: str
    fmt: str
    globs: tuple[str, ...] = DEFAULT_GLOBS
    jobs: int = 1
    force: bool = False
    encoding: str | None = None
    max_size: int = DEFAULT_MAX_SIZE


def existing_kind(path: Path) -> str | None:
    """What kind of output already stands at a path: json (a folder), jsonl, csv, sqlite, other, or None."""
    from .csv_export import COLUMNS
    from .sqlite_export import SQLITE_MAGIC

    if not path.exists():
        return None
    if path.is_dir():
        return "json"
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return "other"
    if not head:
        return None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(",".join(COLUMNS[:3]).encode()):
        return "csv"
    if head.startswith(b'{"schema_version"'):
        return "jsonl"
    return "other"


def _sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None


def read_path_list(stream: IO[str]) -> list[str]:
    """Paths from standard input, one a line (as `find` prints them)."""
    return [line.rstrip("\n\r") for line in stream if line.strip()]


def _check_target(opts: Options) -> None:
    target = Path(opts.to)
    if opts.to == "-":
        if opts.fmt not in ("jsonl", "csv"):
            raise UsageError(f"--to - (standard output) works with jsonl and csv, not {opts.fmt}")
        return
    kind = existing_kind(target)
    if kind is None or kind == opts.fmt:
        return
    if not opts.force:
        what = "a folder" if kind == "json" else f"a {kind} file" if kind != "other" else "a file of another kind"
        raise UsageError(f"{opts.to} is {what}, not {opts.fmt} output; use --force to replace it")
    if target.is_dir():
        shutil.rmtree(target)
    else:
        target.unlink()


def run(
    opts: Options, on_progress: Callable[[int], None] | None = None, on_error: Callable[[str], None] | None = None
) -> Summary:
    """Convert the inputs; report each failure through `on_error` and every finished input through `on_progress`."""
    _check_target(opts)
    summary = Summary()

    def fail(where: str, problem: str) -> None:
        summary.failed += 1
        message = f"{where}: {problem}"
        summary.errors.append(message)
        if on_error:
            on_error(message)

    inputs: list[Input] = []
    for entry in collect(opts.paths, opts.globs):
        if isinstance(entry, Input):
            inputs.append(entry)
        else:
            fail(*entry)
            if on_progress:
                on_progress(1)
    writer = {"json": _to_json_files, "jsonl": _to_jsonl, "csv": _to_csv, "sqlite": _to_sqlite}[opts.fmt]
    writer(opts, inputs, summary, fail, on_progress or (lambda n: None))
    return summary


def _results(opts: Options, todo: list[Input], indent: int | None = None) -> Iterator[Result]:
    return parse_many(todo, jobs=opts.jobs, encoding=opts.encoding, max_size=opts.max_size, indent=indent)


def _to_json_files(opts: Options, inputs: list[Input], summary: Summary, fail: Any, progress: Any) -> None:
    root = Path(opts.to)
    root.mkdir(parents=True, exist_ok=True)
    names: dict[Path, int] = {}
    todo: list[tuple[Input, Path]] = []
    for item in inputs:
        name = relative_json_name(item)
        count = names.get(name, 0)
        names[name] = count + 1
        if count:  # two inputs of the same name given directly
            name = name.with_name(f"{name.stem}-{count + 1}{name.suffix}")
        out = root / name
        if not opts.force and out.exists() and _stored_sha(out) == _sha256(item.path):
            summary.skipped += 1
            progress(1)
            continue
        todo.append((item, out))
    for folder in {root, *(p.parent for p in root.rglob(f"{TEMP_PREFIX}*"))}:
        remove_stale_temps(folder)
    outs = {id(item): out for item, out in todo}
    for result in _results(opts, [item for item, _ in todo], indent=2):
        if result.error is not None or result.json is None:
            fail(str(result.input.path), result.error or "no output")
        else:
            with atomic_writer(outs[id(result.input)]) as handle:
                handle.write(result.json + "\n")
            summary.converted += 1
        progress(1)


def _stored_sha(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
        return str(data["source"]["sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _reuse_plan(opts: Options, inputs: list[Input], stored: dict[str, tuple[str, Any]]) -> list[Any]:
    """For each input, what was stored for it and is still up to date, or None to parse it again."""
    plan: list[Any] = []
    for item in inputs:
        old = stored.get(str(item.path))
        plan.append(old[1] if old and not opts.force and old[0] == _sha256(item.path) else None)
    return plan


def _write_stream(
    opts: Options, inputs: list[Input], summary: Summary, fail: Any, progress: Any,
    stored: dict[str, tuple[str, Any]], emit: Callable[[IO[str], Any], None],
    render: Callable[[str], Any], header: Callable[[IO[str]], None] | None = None,
) -> None:  # fmt: skip
    plan = _reuse_plan(opts, inputs, stored)
    parsed = _results(opts, [item for item, old in zip(inputs, plan, strict=True) if old is None])
    target = Path(opts.to)
    if opts.to != "-":
        remove_stale_temps(target.parent if str(target.parent) else Path("."))
    newline = "" if opts.fmt == "csv" else None
    context = nullcontext(sys.stdout) if opts.to == "-" else atomic_writer(target, newline=newline)
    with context as handle:
        if header:
            header(handle)
        for item, old in zip(inputs, plan, strict=True):
            if old is not None:
                emit(handle, old)
                summary.skipped += 1
            else:
                result = next(parsed)
                if result.error is not None or result.json is None:
                    fail(str(item.path), result.error or "no output")
                else:
                    emit(handle, render(result.json))
                    summary.converted += 1
            progress(1)


def _to_jsonl(opts: Options, inputs: list[Input], summary: Summary, fail: Any, progress: Any) -> None:
    stored: dict[str, tuple[str, Any]] = {}
    target = Path(opts.to)
    if opts.to != "-" and existing_kind(target) == "jsonl":
        with target.open(encoding="utf-8") as handle:
            for line in handle:
                try:
                    source = json.loads(line)["source"]
                    stored[str(source["path"])] = (source["sha256"], line.rstrip("\n"))
                except (ValueError, KeyError, TypeError):
                    continue

    def emit(handle: IO[str], line: str) -> None:
        handle.write(line + "\n")

    _write_stream(opts, inputs, summary, fail, progress, stored, emit, lambda doc_json: doc_json)


def _to_csv(opts: Options, inputs: list[Input], summary: Summary, fail: Any, progress: Any) -> None:
    from .csv_export import COLUMNS, rows, writer

    stored: dict[str, tuple[str, Any]] = {}
    target = Path(opts.to)
    if opts.to != "-" and existing_kind(target) == "csv":
        with target.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            if next(reader, None) == list(COLUMNS):
                for row in reader:
                    if len(row) == len(COLUMNS):
                        entry = stored.setdefault(row[0], (row[1], []))
                        entry[1].append(row)
    state: dict[str, Any] = {}

    def header(handle: IO[str]) -> None:
        state["writer"] = writer(handle)

    def emit(handle: IO[str], doc_rows: list[list[str]]) -> None:
        state["writer"].writerows(doc_rows)

    _write_stream(opts, inputs, summary, fail, progress, stored, emit, lambda j: rows(json.loads(j)), header)


def _to_sqlite(opts: Options, inputs: list[Input], summary: Summary, fail: Any, progress: Any) -> None:
    from .sqlite_export import Store

    target = Path(opts.to)
    remove_stale_temps(target.parent if str(target.parent) else Path("."))
    store = Store(target)
    try:
        known = store.known()
        todo: list[Input] = []
        for item in inputs:
            if not opts.force and known.get(str(item.path)) == _sha256(item.path):
                summary.skipped += 1
                progress(1)
            else:
                todo.append(item)
        for result in _results(opts, todo):
            if result.error is not None or result.json is None:
                fail(str(result.input.path), result.error or "no output")
            else:
                store.write(str(result.input.path), json.loads(result.json), result.json)
                summary.converted += 1
            progress(1)
    finally:
        store.close()
