"""A SQLite database of documents, meetings, items, people, votes and amounts, with full-text search.

Every document is written in one transaction and keyed by its input path, so a run that is killed
leaves a consistent database, and running the same inputs again changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from .atomic import temporary_beside

SCHEMA_VERSION = 1

_SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,            -- the input path as given
    sha256 TEXT NOT NULL,
    encoding TEXT, format TEXT, language TEXT, document_type TEXT,
    item_count INTEGER NOT NULL,
    warnings TEXT NOT NULL,         -- JSON list
    json TEXT NOT NULL              -- the whole Document
);
CREATE TABLE IF NOT EXISTS meetings (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    municipality TEXT, organ TEXT, number TEXT, date TEXT, start_time TEXT, end_time TEXT, place TEXT,
    chair TEXT, secretary TEXT, minutes_checkers TEXT
);
CREATE TABLE IF NOT EXISTS items (
    id TEXT PRIMARY KEY,            -- document id, '#', position
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    section INTEGER, title TEXT, item_kind TEXT, language TEXT,
    case_number TEXT, case_prefix TEXT, case_serial INTEGER, case_task_class TEXT, case_year INTEGER,
    handling_organ TEXT, handling_date TEXT, handling_section INTEGER,
    body TEXT, proposal_text TEXT, proposal_preamble TEXT, proposal_items TEXT,
    decision_text TEXT, outcome TEXT, notes TEXT,
    attachments TEXT, supplementary TEXT, distribution TEXT, history TEXT,
    start_line INTEGER, end_line INTEGER
);
CREATE INDEX IF NOT EXISTS items_document ON items(document_id);
CREATE INDEX IF NOT EXISTS items_outcome ON items(outcome);
CREATE TABLE IF NOT EXISTS people (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id TEXT REFERENCES items(id) ON DELETE CASCADE,   -- null for meeting participants
    role TEXT NOT NULL,             -- preparer, presenter, participant
    position INTEGER NOT NULL,
    name TEXT, title TEXT, phone TEXT, email TEXT, meeting_role TEXT, status TEXT, raw TEXT,
    PRIMARY KEY (document_id, item_id, role, position)
);
CREATE TABLE IF NOT EXISTS votes (
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    yes INTEGER, no INTEGER, blank INTEGER, absent INTEGER, text TEXT,
    PRIMARY KEY (item_id, position)
);
CREATE TABLE IF NOT EXISTS amounts (
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    raw TEXT, value REAL, currency TEXT,
    PRIMARY KEY (item_id, position)
);
CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(title, decision_text, content='items');
CREATE TRIGGER IF NOT EXISTS items_ai AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, title, decision_text) VALUES (new.rowid, new.title, new.decision_text);
END;
CREATE TRIGGER IF NOT EXISTS items_ad AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, title, decision_text)
    VALUES ('delete', old.rowid, old.title, old.decision_text);
END;
CREATE TRIGGER IF NOT EXISTS items_au AFTER UPDATE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, title, decision_text)
    VALUES ('delete', old.rowid, old.title, old.decision_text);
    INSERT INTO items_fts(rowid, title, decision_text) VALUES (new.rowid, new.title, new.decision_text);
END;
"""

SQLITE_MAGIC = b"SQLite format 3\x00"


def _j(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _create_in_place(path: Path) -> None:
    """Create an empty database with its tables under a temporary name and rename it to `path`:
    connecting creates the file at once, and a run killed before the tables were written would leave a
    database without them."""
    with temporary_beside(path) as temp:
        db = sqlite3.connect(temp, isolation_level=None)
        try:
            _create_schema(db)
        finally:
            db.close()


def _create_schema(db: sqlite3.Connection) -> None:
    db.executescript(
        "BEGIN;" + _SCHEMA.replace("PRAGMA foreign_keys = ON;", "") + f"PRAGMA user_version = {SCHEMA_VERSION};COMMIT;"
    )


class Store:
    """An open database to which documents are written one transaction at a time."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            _create_in_place(path)
        self.db = sqlite3.connect(path, isolation_level=None)
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            raise sqlite3.DatabaseError(f"schema version {version} is not {SCHEMA_VERSION}")
        if version == 0:
            self._create()
        self.db.execute("PRAGMA foreign_keys = ON")

    def _create(self) -> None:
        _create_schema(self.db)

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def known(self) -> dict[str, str]:
        """Document id -> sha256 of every document already stored."""
        return dict(self.db.execute("SELECT id, sha256 FROM documents"))

    def write(self, doc_id: str, doc: dict[str, Any], doc_json: str) -> None:
        """Replace one document and everything under it, atomically."""
        db = self.db
        db.execute("BEGIN")
        try:
            db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            source = doc["source"]
            items = doc.get("items") or []
            db.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
                (doc_id, source["sha256"], source.get("encoding"), source.get("format"), doc.get("language"),
                 doc.get("document_type"), len(items), _j(doc.get("warnings") or []), doc_json),
            )  # fmt: skip
            meeting = doc.get("meeting")
            if meeting:
                db.execute(
                    "INSERT INTO meetings VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (doc_id, meeting.get("municipality"), meeting.get("organ"), meeting.get("number"),
                     meeting.get("date"), meeting.get("start_time"), meeting.get("end_time"), meeting.get("place"),
                     meeting.get("chair"), meeting.get("secretary"), _j(meeting.get("minutes_checkers") or [])),
                )  # fmt: skip
                for n, p in enumerate(meeting.get("participants") or []):
                    db.execute(
                        "INSERT INTO people VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (doc_id, None, "participant", n, p.get("name"), None, None, None, p.get("role"),
                         p.get("status"), p.get("name")),
                    )  # fmt: skip
            for position, item in enumerate(items):
                self._write_item(doc_id, position, item)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _write_item(self, doc_id: str, position: int, item: dict[str, Any]) -> None:
        db = self.db
        item_id = f"{doc_id}#{position}"
        case = item.get("case_number") or {}
        handling = item.get("handling") or {}
        proposal = item.get("proposal") or {}
        decision = item.get("decision") or {}
        db.execute(
            "INSERT INTO items VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (item_id, doc_id, position, item.get("section"), item.get("title"), item.get("item_kind"),
             item.get("language"), case.get("raw"), case.get("prefix"), case.get("serial"), case.get("task_class"),
             case.get("year"), handling.get("organ"), handling.get("date"), handling.get("section"),
             item.get("body"), proposal.get("text"), proposal.get("preamble"), _j(proposal.get("items") or []),
             decision.get("text"), decision.get("outcome"), _j(decision.get("notes") or []),
             _j(item.get("attachments") or []), _j(item.get("supplementary") or []),
             _j(item.get("distribution") or []), _j(item.get("history") or []),
             item["span"]["start_line"], item["span"]["end_line"]),
        )  # fmt: skip
        people = [("preparer", p) for p in item.get("preparers") or []]
        if item.get("presenter"):
            people.append(("presenter", item["presenter"]))
        for n, (role, p) in enumerate(people):
            db.execute(
                "INSERT INTO people VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (doc_id, item_id, role, n, p.get("name"), p.get("title"), p.get("phone"), p.get("email"), None,
                 None, p.get("raw")),
            )  # fmt: skip
        for n, v in enumerate(decision.get("votes") or []):
            db.execute(
                "INSERT INTO votes VALUES (?,?,?,?,?,?,?)",
                (item_id, n, v.get("yes"), v.get("no"), v.get("blank"), v.get("absent"), v.get("text")),
            )
        for n, a in enumerate(item.get("amounts") or []):
            db.execute("INSERT INTO amounts VALUES (?,?,?,?,?)", (item_id, n, a["raw"], a["value"], a["currency"]))
