"""One CSV row per item, with the document's source and meeting columns; lists as JSON text."""

from __future__ import annotations

import csv
import json
from typing import IO, Any

COLUMNS = (
    "source_path", "source_sha256", "document_type", "language", "meeting_municipality", "meeting_organ",
    "meeting_number", "meeting_date", "item_position", "section", "title", "item_kind", "item_language",
    "case_number", "handling_organ", "handling_date", "handling_section", "preparers", "presenter",
    "proposal_preamble", "proposal_items", "decision_text", "outcome", "votes", "conflicts", "notes",
    "attachments", "supplementary", "distribution", "amounts", "history", "start_line", "end_line",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet will not run as a formula: such text gets a leading apostrophe."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _person_name(person: dict[str, Any] | None) -> str | None:
    if not person:
        return None
    return person.get("name") or person.get("raw")


def rows(doc: dict[str, Any]) -> list[list[str]]:
    """The CSV rows of one document: one per item, or one with empty item columns if it has none."""
    source = doc["source"]
    meeting = doc.get("meeting") or {}
    base = [
        source.get("path"), source["sha256"], doc.get("document_type"), doc.get("language"),
        meeting.get("municipality"), meeting.get("organ"), meeting.get("number"), meeting.get("date"),
    ]  # fmt: skip
    out: list[list[str]] = []
    for position, item in enumerate(doc.get("items") or []):
        case = item.get("case_number") or {}
        handling = item.get("handling") or {}
        proposal = item.get("proposal") or {}
        decision = item.get("decision") or {}
        values = [
            *base, position, item.get("section"), item.get("title"), item.get("item_kind"), item.get("language"),
            case.get("raw"), handling.get("organ"), handling.get("date"), handling.get("section"),
            _json([_person_name(p) for p in item.get("preparers") or []]), _person_name(item.get("presenter")),
            proposal.get("preamble"), _json(proposal.get("items") or []),
            decision.get("text"), decision.get("outcome"), _json(decision.get("votes") or []),
            _json(decision.get("conflicts") or []), _json(decision.get("notes") or []),
            _json(item.get("attachments") or []), _json(item.get("supplementary") or []),
            _json(item.get("distribution") or []), _json(item.get("amounts") or []),
            _json(item.get("history") or []), item["span"]["start_line"], item["span"]["end_line"],
        ]  # fmt: skip
        out.append([safe_cell(v) for v in values])
    if not out:
        out.append([safe_cell(v) for v in base] + [""] * (len(COLUMNS) - len(base)))
    return out


def writer(handle: IO[str]) -> Any:
    """A CSV writer with the header row written."""
    w = csv.writer(handle, lineterminator="\n")
    w.writerow(COLUMNS)
    return w
