"""The command line: outputs, stdin, and one-line errors with the documented exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_cli import __version__
from minutes_cli.cli import app

from .conftest import SAMPLES

TORNIO = SAMPLES / "fi-000-tornio-kh-2024-10-08-278.txt"
runner = CliRunner()


def _one_line_error(result: object) -> str:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    return str(stderr)


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"minutes {__version__}"


def test_parse_json_and_stdin_agree() -> None:
    from_file = runner.invoke(app, ["parse", str(TORNIO), "--format", "json"])
    from_stdin = runner.invoke(app, ["parse", "-", "--format", "json"], input=TORNIO.read_bytes())
    assert from_file.exit_code == 0 and from_stdin.exit_code == 0, from_stdin.output
    a, b = json.loads(from_file.stdout), json.loads(from_stdin.stdout)
    assert b["source"]["path"] is None
    assert a["source"]["sha256"] == b["source"]["sha256"]
    assert a["items"] == b["items"]
    assert b["items"][0]["section"] == 278


def test_auto_format_is_json_when_not_a_terminal() -> None:
    result = runner.invoke(app, ["parse", str(TORNIO)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["items"][0]["decision"]["outcome"] == "approved"


def test_several_files_give_json_lines() -> None:
    files = [str(p) for p in sorted(SAMPLES.glob("*.txt"))[:3]]
    result = runner.invoke(app, ["parse", *files, "--format", "jsonl"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["source"]["path"] for line in lines] == files


def test_pretty_view_shows_item() -> None:
    result = runner.invoke(app, ["parse", str(TORNIO), "--format", "pretty"])
    assert result.exit_code == 0
    assert "§ 278" in result.stdout
    assert "Kujala Jukka" in result.stdout
    assert "approved" in result.stdout


def test_schema_is_json_schema_of_document() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Document"
    assert {"schema_version", "source", "items", "warnings", "meeting"} <= set(schema["properties"])


def test_strict_turns_warnings_into_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_text(
        "Pöytäkirja 3/2025\n\n§ 12 Talousarvion muutos\n\nPäätösehdotus\n\nHyväksytään muutos.\n", encoding="utf-8"
    )
    plain = runner.invoke(app, ["parse", str(path), "--format", "json"])
    assert plain.exit_code == 0
    assert json.loads(plain.stdout)["warnings"][0]["code"] == "no-decision"
    strict = runner.invoke(app, ["parse", str(path), "--format", "json", "--strict"])
    assert strict.exit_code == 1


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "empty file"),
        (lambda d: _write(d / "blank.txt", b"  \n\n \r\n"), "empty file"),
        # files of another kind are named, with what to do about them
        (lambda d: _write(d / "minutes.docx", b"PK\x03\x04\x14\x00\x00\x00binary"), "Word .docx"),
        (lambda d: _write(d / "minutes.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200)), "Word .doc"),
        (lambda d: _write(d / "minutes.rtf", b"{\\rtf1\\ansi P\\'e4\\'e4t\\'f6s}"), "RTF"),
        (lambda d: _write(d / "scan.png", b"\x89PNG\r\n\x1a\n" + bytes(200)), "an image"),
        (lambda d: _write(d / "nul.txt", b"abc\x00\x01\x02def" * 20), "binary file"),
        (lambda d: _write(d / "recipe.txt", "Pullataikina: vehnäjauhot, maito ja hiiva.\n".encode()), "no minutes"),
    ],
    ids=["missing", "directory", "empty", "blank", "docx", "doc", "rtf", "png", "nul-bytes", "not-minutes"],
)
def test_bad_input_gives_one_line_and_exit_1(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 1
    line = _one_line_error(result)
    assert line.startswith(f"minutes: {path}: ")
    assert message in line


def test_input_over_max_size_is_refused_naming_the_option(tmp_path: Path) -> None:
    path = _write(tmp_path / "big.txt", TORNIO.read_bytes() * 600)  # about 1.4 MB
    result = runner.invoke(app, ["parse", str(path), "--max-size", "1"])
    assert result.exit_code == 1
    assert "--max-size" in _one_line_error(result)
    assert runner.invoke(app, ["parse", str(path), "--max-size", "2", "--format", "json"]).exit_code == 0


def test_wrong_encoding_option_is_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.txt", "Päätös\nHyväksyttiin.\n".encode())
    result = runner.invoke(app, ["parse", str(path), "--encoding", "no-such-codec"])
    assert result.exit_code == 1
    assert "unknown encoding" in _one_line_error(result)


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = _write(tmp_path / "secret.txt", b"Paatos")
    path.chmod(0)
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 1
    assert "permission denied" in _one_line_error(result)


def test_usage_error_exits_2() -> None:
    result = runner.invoke(app, ["parse", str(TORNIO), "--format", "xml"])
    assert result.exit_code == 2


def test_good_files_still_print_when_one_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(TORNIO), str(tmp_path / "nope.txt"), "--format", "jsonl"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "nope.txt: no such file" in result.stderr


def test_installed_command_runs() -> None:
    # The console script as a user runs it, in a separate process.
    out = subprocess.run(
        [sys.executable, "-m", "minutes_cli", "parse", str(TORNIO), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout)["items"][0]["section"] == 278


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_pretty_meeting_is_a_table_of_contents_with_chosen_items_in_full() -> None:
    meeting = str(SAMPLES / "pdf-meeting-page-headers.txt")
    overview = runner.invoke(app, ["parse", meeting, "--format", "pretty"])
    assert overview.exit_code == 0
    assert "Tekninen lautakunta" in overview.stdout and "Eeva Kallio" in overview.stdout
    assert "Katuvalojen uusiminen LED-valaisimiksi" in overview.stdout
    assert "Proposal" not in overview.stdout
    by_section = runner.invoke(app, ["parse", meeting, "--format", "pretty", "--section", "43"])
    by_position = runner.invoke(app, ["parse", meeting, "--format", "pretty", "--items", "3"])
    assert "NIIDno-2025-77" in by_section.stdout and "NIIDno-2025-77" in by_position.stdout
    assert runner.invoke(app, ["parse", meeting, "--format", "pretty", "--items", "x-y"]).exit_code == 2


@pytest.mark.parametrize("choice", [["--items", "3"], ["--section", "43"], ["--items", "x-y"]])
def test_choosing_items_with_json_output_is_refused_in_one_line(choice: list[str]) -> None:
    meeting = str(SAMPLES / "pdf-meeting-page-headers.txt")
    result = runner.invoke(app, ["parse", meeting, "--format", "json", *choice])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("minutes: --items")
