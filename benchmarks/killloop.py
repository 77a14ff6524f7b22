"""Kill conversions at random moments and check that every output is complete or absent, and that a
re-run ends with the same output as an uninterrupted run.

    python benchmarks/killloop.py --kills 60 --format sqlite
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def convert(src: Path, out: Path, fmt: str) -> list[str]:
    return [sys.executable, "-m", "minutes_cli", "convert", str(src), "--to", str(out), "--format", fmt, "--jobs", "2"]


def check(out: Path, fmt: str) -> None:
    """Raise if any output present is partial or corrupt."""
    if not out.exists():
        return
    if fmt == "json":
        for path in out.rglob("*.json"):
            json.loads(path.read_text(encoding="utf-8"))
    elif fmt == "jsonl":
        for line in out.read_text(encoding="utf-8").splitlines():
            json.loads(line)
    elif fmt == "csv":
        text = out.read_text(encoding="utf-8")
        assert text.startswith("source_path,") and text.endswith("\n")
    else:
        db = sqlite3.connect(out)
        assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        stored, items = db.execute("select coalesce(sum(item_count), 0), (select count(*) from items) "
                                   "from documents").fetchone()  # fmt: skip
        assert stored == items, (stored, items)
        db.close()


def snapshot(out: Path, fmt: str) -> object:
    if fmt == "json":
        return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json"))}
    if fmt in ("jsonl", "csv"):
        return out.read_bytes()
    db = sqlite3.connect(out)
    rows = db.execute("select id, sha256, json from documents order by id").fetchall()
    db.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--format", default="sqlite", choices=["json", "jsonl", "csv", "sqlite"])
    parser.add_argument("--copies", type=int, default=60, help="copies of each sample in the input folder")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "in"
        for n in range(args.copies):
            for text in sorted((ROOT / "samples").glob("*.txt")):
                target = src / f"d{n % 5}" / f"{n:03d}-{text.name}"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(text, target)
        reference = tmp / f"reference.{args.format}"
        start = time.perf_counter()
        subprocess.run(convert(src, reference, args.format), check=True, capture_output=True)
        full = time.perf_counter() - start
        out = tmp / f"out.{args.format}"
        for kill in range(args.kills):
            proc = subprocess.Popen(convert(src, out, args.format), stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.05, full))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            check(out, args.format)
            if kill % 10 == 9:
                print(f"{kill + 1} kills: outputs complete")
        subprocess.run(convert(src, out, args.format), check=True, capture_output=True)
        same = snapshot(out, args.format) == snapshot(reference, args.format)
        leftovers = list(tmp.rglob(".minutes-tmp-*"))
        print(f"format {args.format}: {args.kills} kills, every output complete; re-run equals an uninterrupted "
              f"run: {same}; temporary files left after the re-run: {len(leftovers)}")  # fmt: skip
        if not same or leftovers:
            sys.exit(1)


if __name__ == "__main__":
    main()
