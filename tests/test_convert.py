"""`minutes convert`: every format, stable order under --jobs, failures, re-runs and interruption."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_cli.cli import app
from minutes_cli.csv_export import COLUMNS, safe_cell

from .conftest import SAMPLES

runner = CliRunner()
TEXTS = sorted(SAMPLES.glob("*.txt"))


def _tree(root: Path, copies: int = 1, bad: bool = True) -> Path:
    """A folder of inputs: the samples (in sub-folders), plus a binary and an empty file."""
    src = root / "in"
    for n in range(copies):
        for text in TEXTS:
            target = src / f"part{n % 3}" / f"{n:03d}-{text.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(text, target)
    if bad:
        (src / "broken.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
        (src / "empty.txt").write_bytes(b"")
    (src / ".hidden.txt").write_bytes(TEXTS[0].read_bytes())
    (src / "notes.md").write_text("not an input", encoding="utf-8")
    return src


def _convert(*args: str) -> object:
    return runner.invoke(app, ["convert", *args])


def test_jsonl_counts_errors_and_exit_code(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    out = tmp_path / "out.jsonl"
    result = _convert(str(src), "--to", str(out), "--format", "jsonl", "--jobs", "1")
    assert result.exit_code == 1  # type: ignore[attr-defined]
    errors = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert sorted(e.split(": ")[1].rsplit("/", 1)[-1] for e in errors) == ["broken.txt", "empty.txt"]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(TEXTS)
    docs = [json.loads(line) for line in lines]
    assert all(d["schema_version"] == "1" for d in docs)
    assert not any(".hidden" in d["source"]["path"] or d["source"]["path"].endswith(".md") for d in docs)


def test_order_is_the_same_whatever_the_jobs(tmp_path: Path) -> None:
    src = _tree(tmp_path, copies=4, bad=False)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert _convert(str(src), "--to", str(one), "--jobs", "1").exit_code == 0  # type: ignore[attr-defined]
    assert _convert(str(src), "--to", str(two), "--jobs", "2").exit_code == 0  # type: ignore[attr-defined]
    assert one.read_bytes() == two.read_bytes()
    paths = [json.loads(line)["source"]["path"] for line in one.read_text(encoding="utf-8").splitlines()]
    assert paths == sorted(paths)


def test_json_folder_keeps_relative_paths(tmp_path: Path) -> None:
    src = _tree(tmp_path, bad=False)
    out = tmp_path / "json"
    assert _convert(str(src), "--to", str(out), "--format", "json").exit_code == 0  # type: ignore[attr-defined]
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == sorted(f"part0/000-{t.stem}.json" for t in TEXTS)
    first = json.loads((out / f"part0/000-{TEXTS[0].stem}.json").read_text(encoding="utf-8"))
    assert first["items"]


def test_csv_rows_and_formula_safety(tmp_path: Path) -> None:
    src = _tree(tmp_path, bad=False)
    out = tmp_path / "out.csv"
    assert _convert(str(src), "--to", str(out), "--format", "csv").exit_code == 0  # type: ignore[attr-defined]
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(COLUMNS)
    tornio = [r for r in rows if "tornio" in r["source_path"]]
    assert [(r["section"], r["outcome"]) for r in tornio] == [("278", "approved")]
    assert json.loads(tornio[0]["proposal_items"])[0].startswith("Tornion kaupunki")
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("-12 000 euroa") == "'-12 000 euroa"
    assert safe_cell("@SUM") == "'@SUM"
    assert safe_cell("Hyväksyttiin.") == "Hyväksyttiin."


def test_sqlite_tables_search_and_rerun(tmp_path: Path) -> None:
    src = _tree(tmp_path, bad=False)
    out = tmp_path / "out.db"
    assert _convert(str(src), "--to", str(out), "--format", "sqlite").exit_code == 0  # type: ignore[attr-defined]
    before = out.read_bytes()
    db = sqlite3.connect(out)
    outcomes = dict(db.execute("select outcome, count(*) from items group by outcome"))
    assert outcomes["approved"] >= 5 and outcomes["tabled"] >= 1
    assert db.execute("select count(*) from documents").fetchone()[0] == len(TEXTS)
    hits = db.execute("select title from items_fts where items_fts match 'USO'").fetchall()
    assert hits == [("Tornion kaupungin osallistuminen USO-verkostoon kaudelle 2025-2026",)]
    roles = {r for (r,) in db.execute("select distinct role from people")}
    assert {"preparer", "presenter"} <= roles
    assert sorted(db.execute("select yes, no from votes").fetchall()) == [(4, 3), (7, 2), (8, 3), (9, 4)]
    db.close()
    again = _convert(str(src), "--to", str(out), "--format", "sqlite")
    assert again.exit_code == 0  # type: ignore[attr-defined]
    assert out.read_bytes() == before


def test_rerun_skips_up_to_date_and_reparses_changed(tmp_path: Path) -> None:
    src = _tree(tmp_path, bad=False)
    out = tmp_path / "out.jsonl"
    assert _convert(str(src), "--to", str(out)).exit_code == 0  # type: ignore[attr-defined]
    first = out.read_text(encoding="utf-8")
    changed = next(src.rglob("*tornio*"))
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Hyväksyttiin.", "Pantiin pöydälle."), encoding="utf-8"
    )
    assert _convert(str(src), "--to", str(out)).exit_code == 0  # type: ignore[attr-defined]
    second = out.read_text(encoding="utf-8")
    assert first != second
    docs = {json.loads(line)["source"]["path"]: json.loads(line) for line in second.splitlines()}
    assert docs[str(changed)]["items"][0]["decision"]["outcome"] == "tabled"
    assert len(docs) == len(TEXTS)


def test_other_kind_of_output_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "out.db"
    assert _convert(str(TEXTS[0]), "--to", str(out), "--format", "sqlite").exit_code == 0  # type: ignore[attr-defined]
    refused = _convert(str(TEXTS[0]), "--to", str(out), "--format", "jsonl")
    assert refused.exit_code == 2  # type: ignore[attr-defined]
    assert "use --force" in refused.stderr  # type: ignore[attr-defined]
    forced = _convert(str(TEXTS[0]), "--to", str(out), "--format", "jsonl", "--force")
    assert forced.exit_code == 0  # type: ignore[attr-defined]
    assert json.loads(out.read_text(encoding="utf-8"))["items"]


def test_paths_from_stdin_and_stdout(tmp_path: Path) -> None:
    listing = "\n".join(str(t) for t in TEXTS[:3]) + "\n"
    result = runner.invoke(app, ["convert", "-", "--to", "-", "--format", "jsonl"], input=listing)
    assert result.exit_code == 0
    assert [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()] == [str(t) for t in TEXTS[:3]]


def test_names_cannot_leave_the_output_folder(tmp_path: Path) -> None:
    from minutes_cli.inputs import safe_relative

    assert safe_relative("../../etc/passwd").as_posix() == "etc/passwd"
    assert safe_relative("/abs/x.txt").as_posix() == "abs/x.txt"
    assert safe_relative("C:\\x\\y.txt").as_posix() == "x/y.txt"
    assert safe_relative("..").as_posix() == "input"


def test_symlink_loop_is_skipped(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copyfile(TEXTS[0], src / "a.txt")
    (src / "loop").symlink_to(src, target_is_directory=True)
    out = tmp_path / "o.jsonl"
    assert _convert(str(src), "--to", str(out)).exit_code == 0  # type: ignore[attr-defined]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite", "json"])
def test_killed_conversion_leaves_complete_output_and_rerun_finishes(tmp_path: Path, fmt: str) -> None:
    src = _tree(tmp_path, copies=40, bad=False)
    reference = tmp_path / f"reference.{fmt}"
    subprocess.run([sys.executable, "-m", "minutes_cli", "convert", str(src), "--to", str(reference),
                    "--format", fmt, "--jobs", "1"], check=True, capture_output=True)  # fmt: skip
    out = tmp_path / f"killed.{fmt}"
    for delay in (0.3, 0.5, 0.8):
        proc = subprocess.Popen([sys.executable, "-m", "minutes_cli", "convert", str(src), "--to", str(out),
                                 "--format", fmt, "--jobs", "2"], stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _assert_complete_or_absent(out, fmt)
    # workers get SIGKILL from the kernel when their parent dies; give a loaded machine a moment to reap them
    deadline = time.monotonic() + 10
    while _processes_naming(src) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _processes_naming(src), "parallel workers outlived the killed conversion"
    subprocess.run([sys.executable, "-m", "minutes_cli", "convert", str(src), "--to", str(out),
                    "--format", fmt, "--jobs", "2"], check=True, capture_output=True)  # fmt: skip
    assert _content(out, fmt) == _content(reference, fmt)
    assert not list(tmp_path.rglob(".minutes-tmp-*"))


def test_a_database_interrupted_while_its_tables_are_made_is_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Connecting creates the file at once: a run killed before the tables were written left a database
    # without them at the output path (seen once in the kill test above).
    from minutes_cli import sqlite_export

    def interrupted(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half (x)")
        raise KeyboardInterrupt

    monkeypatch.setattr(sqlite_export, "_create_schema", interrupted)
    out = tmp_path / "minutes.sqlite"
    with pytest.raises(KeyboardInterrupt):
        sqlite_export.Store(out)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    sqlite_export.Store(out).close()
    assert sqlite3.connect(out).execute("select count(*) from documents").fetchone() == (0,)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite", "json"])
def test_outputs_get_the_mode_a_new_file_gets(tmp_path: Path, fmt: str) -> None:
    # written under a private temporary name (0600), an output must still be readable as any file the
    # user writes is: by the umask for a new file
    src = _tree(tmp_path, bad=False)
    out = tmp_path / f"out.{fmt}"
    assert _convert(str(src), "--to", str(out), "--format", fmt).exit_code == 0  # type: ignore[attr-defined]
    umask = os.umask(0)
    os.umask(umask)
    written = next(out.rglob("*.json")) if fmt == "json" else out
    assert written.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_replaced_output_keeps_its_mode(tmp_path: Path) -> None:
    src = _tree(tmp_path, bad=False)
    out = tmp_path / "out.jsonl"
    assert _convert(str(src), "--to", str(out)).exit_code == 0  # type: ignore[attr-defined]
    out.chmod(0o640)
    assert _convert(str(src), "--to", str(out), "--force").exit_code == 0  # type: ignore[attr-defined]
    assert out.stat().st_mode & 0o777 == 0o640


def _processes_naming(text: Path) -> list[str]:
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if str(text) in cmdline:
            found.append(cmdline)
    return found


def _assert_complete_or_absent(out: Path, fmt: str) -> None:
    if fmt == "json":
        for path in out.rglob("*.json") if out.exists() else []:
            json.loads(path.read_text(encoding="utf-8"))
    elif fmt == "jsonl":
        if out.exists():
            for line in out.read_text(encoding="utf-8").splitlines():
                json.loads(line)
    elif out.exists():
        db = sqlite3.connect(out)
        assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        counts = db.execute("select count(*), sum(item_count) from documents").fetchone()
        assert counts[0] == 0 or counts[1] == db.execute("select count(*) from items").fetchone()[0]
        db.close()


def _content(out: Path, fmt: str) -> object:
    if fmt == "json":
        return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in out.rglob("*.json")}
    if fmt == "jsonl":
        return out.read_text(encoding="utf-8")
    db = sqlite3.connect(out)
    rows = db.execute("select id, sha256, json from documents order by id").fetchall()
    items = db.execute("select * from items order by id").fetchall()
    db.close()
    return rows, items


def test_no_temporary_files_left_after_a_clean_run(tmp_path: Path) -> None:
    src = _tree(tmp_path, bad=False)
    out = tmp_path / "o.jsonl"
    _convert(str(src), "--to", str(out))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".minutes-tmp")]
    assert os.path.exists(out)
