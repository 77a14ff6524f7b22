"""Start-up stays cheap: modules that only some commands need are not imported by the others."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import SAMPLES

WATCHED = ["rich", "pypdfium2", "html.parser", "sqlite3", "pydantic.main", "minutes_cli.parser"]


def _imported_after(code: str) -> set[str]:
    probe = f"import json, sys\n{code}\nprint(json.dumps([m for m in {WATCHED!r} if m in sys.modules]))\n"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_cli_module_imports_no_command_libraries() -> None:
    assert _imported_after("import minutes_cli.cli") == set()


def test_parsing_text_to_json_needs_neither_html_pdf_rich_nor_pydantic_models() -> None:
    sample = SAMPLES / "fi-000-tornio-kh-2024-10-08-278.txt"
    code = (
        "from minutes_cli.parser import parse_file\nfrom minutes_cli.contract import to_json\n"
        f"assert to_json(parse_file({str(sample)!r}))"
    )
    assert _imported_after(code) == {"minutes_cli.parser"}
