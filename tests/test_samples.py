"""Every sample parses to exactly its reviewed JSON, through the library and through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from minutes_cli.cli import app
from minutes_cli.contract import adapter, to_json, validate_json
from minutes_cli.parser import parse_bytes, parse_text

from .conftest import ROOT, SAMPLES

INPUTS = sorted(p for p in SAMPLES.iterdir() if p.suffix == ".txt")


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("txt", INPUTS, ids=lambda p: p.stem)
def test_sample_matches_golden(txt: Path, update_golden: bool) -> None:
    doc = parse_bytes(txt.read_bytes(), path=_relative(txt))
    got = to_json(doc, indent=2) + "\n"
    # the fast serializer writes what the validating adapter writes, and what it writes reads back whole
    assert got == adapter().dump_json(doc, indent=2).decode("utf-8") + "\n"
    assert validate_json(got) == doc
    golden = txt.with_suffix(".json")
    if update_golden:
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"{golden.name} missing: run pytest --update-golden and review the diff"
    assert json.loads(got) == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("txt", INPUTS, ids=lambda p: p.stem)
def test_cli_prints_golden_bytes(txt: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["parse", _relative(txt), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout == txt.with_suffix(".json").read_text(encoding="utf-8")


def test_no_orphan_samples() -> None:
    stems_txt = {p.stem for p in SAMPLES.glob("*.txt")}
    stems_json = {p.stem for p in SAMPLES.glob("*.json")}
    assert stems_txt == stems_json
    assert len(stems_txt) >= 9


@pytest.mark.parametrize("txt", INPUTS, ids=lambda p: p.stem)
def test_windows_line_ends_and_a_byte_order_mark_change_nothing(txt: Path) -> None:
    # Texts saved on Windows end their lines in CR LF and often open with a BOM.
    text = txt.read_text(encoding="utf-8")
    plain = parse_text(text)
    for variant in (text.replace("\n", "\r\n"), "\ufeff" + text):
        doc = parse_text(variant)
        assert (doc.document_type, doc.language, doc.meeting, doc.items, doc.warnings) == (
            plain.document_type, plain.language, plain.meeting, plain.items, plain.warnings
        )  # fmt: skip


@pytest.mark.parametrize("txt", INPUTS, ids=lambda p: p.stem)
def test_tabs_between_columns_read_as_a_column_gap(txt: Path) -> None:
    # Text copied from a word processor or a table puts a tab where a PDF's text has a run of spaces.
    text = txt.read_text(encoding="utf-8")
    plain = parse_text(text)
    tabbed = parse_text(regex.sub(r"(?<=\S) {4,}(?=\S)", "\t", text))
    assert (tabbed.document_type, tabbed.meeting, [(i.section, i.title, i.decision) for i in tabbed.items]) == (
        plain.document_type, plain.meeting, [(i.section, i.title, i.decision) for i in plain.items]
    )  # fmt: skip


def test_items_written_number_then_sign_at_the_top_of_pages_are_not_page_furniture() -> None:
    # "41 §" (Helsinki, older PDFs) opening each page repeats like a running header but is the item's own line.
    text = (SAMPLES / "pdf-meeting-page-headers.txt").read_text(encoding="utf-8")
    written_after = regex.sub(r"(?m)^([ \t]*)§[ \t]?(\d{1,4})\b", r"\1\2 §", text)
    assert [(i.section, i.title) for i in parse_text(written_after).items] == [
        (i.section, i.title) for i in parse_text(text).items
    ]
