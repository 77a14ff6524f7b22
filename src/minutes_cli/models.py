"""The JSON contract: what `minutes parse` prints and batch conversion writes.

The records are plain dataclasses, so that parsing a file does not pay for building Pydantic models
at start-up. Pydantic still owns the contract: `contract.py` validates, serializes and describes
these same classes (JSON Schema) through a TypeAdapter.
"""

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

SCHEMA_VERSION: Literal["1"] = "1"

Outcome = Literal["approved", "amended", "rejected", "tabled", "returned", "noted", "withdrawn", "other"]
ItemKind = Literal["procedural", "information", "decision", "election", "statement", "other"]
DocumentType = Literal["minutes", "agenda", "decision", "unknown"]
Language = Literal["fi", "sv", "mixed"]
SourceFormat = Literal["text", "html", "pdf"]
Attendance = Literal["present", "absent", "other"]


class _Model:
    __slots__ = ()
    # read by Pydantic when it builds the validator, serializer and JSON Schema of a record
    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid", "use_attribute_docstrings": True}
    __dataclass_fields__: ClassVar[dict[str, Any]]

    # The records share one __eq__ and __repr__, which behave as @dataclass's would: generating a
    # pair for every class took a third of this module's import time, paid on every start.
    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable records, unhashable like @dataclass(eq=True) makes them

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__dataclass_fields__)
        return f"{type(self).__qualname__}({fields})"

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__dataclass_fields__)


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Source(_Model):
    """Where the document came from."""

    path: str | None = None
    """The input path as given; null for standard input."""
    sha256: str
    """SHA-256 of the input bytes."""
    encoding: str
    """The character encoding the bytes were decoded with."""
    format: SourceFormat = "text"
    """The input format."""


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Warning(_Model):
    """Something the parser could not read, with the line it concerns."""

    code: str
    message: str
    line: int | None = None


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Participant(_Model):
    """A person in a meeting's attendance list."""

    name: str
    role: str | None = None
    status: Attendance = "present"


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Meeting(_Model):
    """The header of a whole meeting document."""

    municipality: str | None = None
    organ: str | None = None
    number: str | None = None
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    place: str | None = None
    participants: list[Participant] = field(default_factory=list)
    chair: str | None = None
    secretary: str | None = None
    minutes_checkers: list[str] = field(default_factory=list)


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class CaseNumber(_Model):
    """A registry (diary) number split into its parts."""

    raw: str
    prefix: str | None = None
    serial: int | None = None
    task_class: str | None = None
    year: int | None = None


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Handling(_Model):
    """One handling line: organ, date and section, e.g. "KH 08.10.2024 § 278"."""

    raw: str
    organ: str
    date: str | None = None
    section: int | None = None


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Person(_Model):
    """A preparer or presenter as written, split into parts."""

    raw: str
    title: str | None = None
    name: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Proposal(_Model):
    """The decision proposal: its preamble and numbered or bulleted points."""

    text: str
    preamble: str | None = None
    items: list[str] = field(default_factory=list)


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Vote(_Model):
    """One vote result."""

    yes: int | None = None
    no: int | None = None
    blank: int | None = None
    absent: int | None = None
    text: str


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Conflict(_Model):
    """A declared conflict of interest (esteellisyys / jäv)."""

    name: str
    text: str


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Decision(_Model):
    """What the organ decided."""

    text: str
    outcome: Outcome | None = None
    """Null when the wording fits no known outcome."""
    votes: list[Vote] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Remarks put on the record ("Merkittiin, että …") and dissents ("X jätti eriävän mielipiteen")."""


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Amount(_Model):
    """A euro amount stated in the item."""

    raw: str
    value: float
    currency: Literal["EUR"] = "EUR"


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Stage(_Model):
    """An earlier handling of the same case."""

    handling: Handling | None = None
    preparers: list[Person] = field(default_factory=list)
    presenter: Person | None = None
    body: str | None = None
    proposal: Proposal | None = None
    decision: Decision | None = None


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Span(_Model):
    """1-based first and last line of the input."""

    start_line: int
    end_line: int


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Item(_Model):
    """One item (pykälä / paragraf) as handled at this meeting."""

    section: int | None = None
    title: str | None = None
    item_kind: ItemKind | None = None
    language: Literal["fi", "sv"] | None = None
    case_number: CaseNumber | None = None
    handling: Handling | None = None
    preparers: list[Person] = field(default_factory=list)
    presenter: Person | None = None
    body: str | None = None
    proposal: Proposal | None = None
    decision: Decision | None = None
    attachments: list[str] = field(default_factory=list)
    supplementary: list[str] = field(default_factory=list)
    distribution: list[str] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    history: list[Stage] = field(default_factory=list)
    span: Span


@dataclass(slots=True, kw_only=True, repr=False, eq=False)
class Document(_Model):
    """One parsed input file."""

    schema_version: Literal["1"] = "1"
    source: Source
    language: Language | None = None
    document_type: DocumentType = "unknown"
    meeting: Meeting | None = None
    items: list[Item] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
