"""The `minutes` command: a thin layer over the library."""

import gc
import os
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__

# The command has no use for Pydantic plugins, and looking for them costs start-up time on every call.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

if TYPE_CHECKING:
    from .models import Document

app = typer.Typer(
    name="minutes",
    help="Turn Finnish and Swedish municipal meeting minutes into structured data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: rich formatting would cost more start-up time than the whole command.
    rich_markup_mode=None,
)


class OutputFormat(StrEnum):
    """How `minutes parse` prints its result."""

    auto = "auto"
    pretty = "pretty"
    json = "json"
    jsonl = "jsonl"


class InputFormat(StrEnum):
    """What an input is."""

    auto = "auto"
    text = "text"
    html = "html"
    pdf = "pdf"


def _fail(message: str, code: int = 1) -> typer.Exit:
    sys.stderr.write(f"minutes: {message}\n")
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"minutes {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn Finnish and Swedish municipal meeting minutes into structured data."""


def _positions(spec: str) -> set[int]:
    """Item positions from "5,7-9"."""
    out: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        try:
            if "-" in part:
                first, last = (int(x) for x in part.split("-", 1))
                out.update(range(first, last + 1))
            elif part:
                out.add(int(part))
        except ValueError:
            raise _fail(f"--items takes positions such as 5,7-9, not {spec!r}", 2) from None
    return out


def _read_one(path: str, encoding: str | None, input_format: str = "auto", max_mb: int = 200) -> "Document":
    from .errors import MinutesError
    from .parser import parse_bytes, parse_file

    name = "<stdin>" if path == "-" else path
    try:
        limit = max_mb * 1024 * 1024
        if path == "-":
            data = sys.stdin.buffer.read(limit + 1)
            if len(data) > limit:
                raise _fail(f"{name}: more than --max-size {max_mb} (megabytes)")
            return parse_bytes(data, path=None, encoding=encoding, input_format=input_format)
        return parse_file(path, encoding=encoding, input_format=input_format, max_size=limit)
    except MinutesError as exc:
        raise _fail(f"{name}: {exc}") from None
    except Exception as exc:  # a bug of ours must not cost the user a traceback or the rest of a batch
        raise _fail(f"{name}: internal error ({type(exc).__name__}: {exc}); please report it") from None


@app.command()
def parse(
    files: Annotated[list[str], typer.Argument(help="Files to parse; - reads standard input.", show_default=False)],
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="pretty (for reading), json, or jsonl; auto is pretty on a terminal and json otherwise.",
        ),
    ] = OutputFormat.auto,
    encoding: Annotated[
        str | None, typer.Option(help="Read the input in this encoding instead of detecting it.")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Exit with 1 when the parser reports warnings.")] = False,
    input_format: Annotated[
        InputFormat, typer.Option("--input-format", help="Read the input as this; auto looks at its content.")
    ] = InputFormat.auto,
    max_size: Annotated[int, typer.Option(help="Refuse inputs larger than this many megabytes.", min=1)] = 200,
    items: Annotated[
        str | None, typer.Option("--items", help="In the pretty view, show these items in full: 5,7-9 (positions).")
    ] = None,
    section: Annotated[
        list[int] | None, typer.Option("--section", help="In the pretty view, show the item with this § in full.")
    ] = None,
) -> None:
    """Parse minutes (text, an HTML page or a PDF) and print its items: section, title, people, decision."""
    fmt = output_format
    if fmt is OutputFormat.auto:
        fmt = OutputFormat.pretty if sys.stdout.isatty() else OutputFormat.json
    if fmt is OutputFormat.json and len(files) > 1:
        fmt = OutputFormat.jsonl
    chosen_positions = _positions(items) if items else set()  # a malformed list fails before any parsing
    if (items or section) and fmt is not OutputFormat.pretty:
        # JSON always holds the whole document; silently ignoring the choice would mislead
        raise _fail("--items and --section choose what the pretty view shows; from JSON select with jq: "
                    "'.items[] | select(.section == 5)'", 2)  # fmt: skip
    from .contract import to_json

    any_warnings = False
    failed = False
    for path in files:
        try:
            doc = _read_one(path, encoding, input_format.value, max_size)
        except typer.Exit:
            failed = True
            continue
        any_warnings = any_warnings or bool(doc.warnings)
        try:
            if fmt is OutputFormat.pretty:
                from .render import render

                chosen = chosen_positions | {
                    n for n, item in enumerate(doc.items, 1) if section and item.section in section
                }
                render(doc, selected=chosen)
            elif fmt is OutputFormat.json:
                sys.stdout.write(to_json(doc, indent=2) + "\n")
            else:
                sys.stdout.write(to_json(doc) + "\n")
            sys.stdout.flush()
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
    if failed or (strict and any_warnings):
        raise typer.Exit(1)


class ConvertFormat(StrEnum):
    """The output formats of `minutes convert`."""

    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    sqlite = "sqlite"


@app.command()
def convert(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files and folders to convert; - reads a list of paths from standard input.", show_default=False
        ),
    ],
    to: Annotated[
        str,
        typer.Option(
            "--to",
            "-o",
            help="Output: a folder for json, a file (or - for "
            "standard output) for jsonl and csv, a database file for sqlite.",
        ),
    ],
    output_format: Annotated[
        ConvertFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ConvertFormat.jsonl,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            "-g",
            help="File name patterns to read in folders (repeatable). Default: *.txt *.text *.htm *.html *.pdf",
        ),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Parallel parsers; 0 means all cores.")] = 0,
    force: Annotated[bool, typer.Option(help="Parse every input again and replace output of another kind.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    encoding: Annotated[str | None, typer.Option(help="Read every input in this encoding.")] = None,
    max_size: Annotated[int, typer.Option(help="Refuse inputs larger than this many megabytes.", min=1)] = 200,
) -> None:
    """Convert many minutes files into JSON files, JSON Lines, CSV or a SQLite database."""
    import sqlite3

    from .batch import default_jobs
    from .convert import Options, UsageError, read_path_list, run

    if paths == ["-"]:
        paths = read_path_list(sys.stdin)
    elif "-" in paths:
        raise _fail("- (a path list on standard input) cannot be mixed with other paths", 2)
    opts = Options(
        paths=paths, to=to, fmt=output_format.value, jobs=jobs or default_jobs(), force=force,
        encoding=encoding, max_size=max_size * 1024 * 1024,
    )  # fmt: skip
    if glob:
        opts.globs = tuple(glob)
    show = not quiet and sys.stderr.isatty()

    def error(message: str) -> None:
        sys.stderr.write(f"minutes: {message}\n")

    try:
        if show:
            from .progress import with_progress

            summary = with_progress(lambda tick: run(opts, tick, error))
        else:
            summary = run(opts, None, error)
    except UsageError as exc:
        raise _fail(str(exc), 2) from None
    except OSError as exc:
        raise _fail(f"{to}: {exc.strerror or exc}") from None
    except sqlite3.Error as exc:
        raise _fail(f"{to}: not a usable SQLite database ({exc})") from None
    if show:
        sys.stderr.write(
            f"converted {summary.converted}, skipped {summary.skipped} (up to date), failed {summary.failed}\n"
        )
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    import json

    from .contract import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


def run() -> None:
    """Entry point of the console script."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("minutes: interrupted\n")
        sys.exit(130)
    finally:
        # The command is done and the process ends: without this, the interpreter's last garbage
        # collections walk every object of typer, pydantic-core and the pattern tables, ~12 ms,
        # a tenth of a one-file parse. Frozen objects are still released; they are only not
        # searched for reference cycles.
        gc.freeze()


if __name__ == "__main__":
    run()
