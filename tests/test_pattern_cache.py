"""The compiled-pattern cache: a second run loads what the first compiled, and a bad file is only a miss."""

from __future__ import annotations

import json
import marshal
import os
import pickle
import subprocess
import sys
from pathlib import Path

from .conftest import SAMPLES

# Parses every sample in a fresh interpreter and reports the cache's counts before the JSON.
_PROBE = """
import json, sys
from minutes_cli import patterns
from minutes_cli.contract import to_json
from minutes_cli.parser import parse_file
documents = [to_json(parse_file(path)) for path in sys.argv[1:]]
path, loaded, compiled = patterns.cache_info()
print(json.dumps({"file": str(path), "loaded": loaded, "compiled": compiled}))
print("\\n".join(documents))
"""


def _run(cache: Path, *, seed: str = "0", **env: str) -> tuple[dict[str, object], str]:
    full_env = {k: v for k, v in os.environ.items() if k != "MINUTES_NO_CACHE"}
    full_env |= {"MINUTES_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed, **env}
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, *map(str, sorted(SAMPLES.glob("*.txt")))],
        capture_output=True,
        text=True,
        check=True,
        env=full_env,
    )
    assert run.stderr == ""  # whatever the cache's state, it never costs the user a message
    info, document = run.stdout.split("\n", 1)
    return json.loads(info), document


def test_second_run_loads_every_pattern_and_parses_the_same(tmp_path: Path) -> None:
    first, first_doc = _run(tmp_path, seed="1")
    assert first["loaded"] == 0 and first["compiled"] > 100
    assert Path(str(first["file"])).is_file()
    # Another hash seed: the patterns must not depend on set or dict order to be found again.
    second, second_doc = _run(tmp_path, seed="2")
    assert second == {"file": first["file"], "loaded": first["compiled"], "compiled": 0}
    assert second_doc == first_doc


def test_damaged_cache_is_a_miss_and_is_rewritten(tmp_path: Path) -> None:
    first, first_doc = _run(tmp_path)
    cache_file = Path(str(first["file"]))
    cache_file.write_bytes(b"\x80\x05not a pickle at all")
    damaged, damaged_doc = _run(tmp_path)
    assert damaged["loaded"] == 0 and damaged_doc == first_doc
    again, _ = _run(tmp_path)
    assert again["compiled"] == 0


def test_cache_builds_nothing_but_patterns(tmp_path: Path) -> None:
    first, _ = _run(tmp_path)
    cache_file = Path(str(first["file"]))
    marker = tmp_path / "ran"
    opens_marker = compile(f"open({str(marker)!r}, 'w')", "payload", "exec")
    # Every pattern's arguments swapped for code that would create a file if it were run ...
    stored = marshal.loads(cache_file.read_bytes())
    cache_file.write_bytes(marshal.dumps(dict.fromkeys(stored, (opens_marker,))))
    swapped, doc = _run(tmp_path)
    # ... and a pickle that would do the same if the file were unpickled.
    cache_file.write_bytes(pickle.dumps(_Opens(marker)))
    pickled, _ = _run(tmp_path)
    assert not marker.exists()
    assert swapped["loaded"] == 0 and pickled["loaded"] == 0 and "items" in doc


def test_no_cache_switch_neither_reads_nor_writes(tmp_path: Path) -> None:
    info, _ = _run(tmp_path, MINUTES_NO_CACHE="1")
    assert info["loaded"] == 0
    assert not any(tmp_path.iterdir())


def test_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    info, doc = _run(blocker / "cache")
    assert info["loaded"] == 0 and "items" in doc


class _Opens:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.path), "w"))
