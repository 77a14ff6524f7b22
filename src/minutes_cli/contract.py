"""The Pydantic side of the contract: JSON out, validation and JSON Schema of the records in `models`."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

import pydantic_core

from .models import Document

if TYPE_CHECKING:
    from pydantic import TypeAdapter


def to_json(doc: Document, indent: int | None = None) -> str:
    """The document as contract JSON, written by pydantic-core's serializer (non-ASCII kept as is)."""
    # Serializing by inference needs no schema, which keeps a one-file parse free of Pydantic's model
    # build; tests check that it writes exactly what the validating adapter writes.
    return pydantic_core.to_json(doc, indent=indent).decode("utf-8")


@cache
def adapter() -> TypeAdapter[Document]:
    """A validating TypeAdapter of Document (built on first use: it costs tens of milliseconds)."""
    from pydantic import TypeAdapter

    return TypeAdapter(Document)


def validate_json(data: str | bytes) -> Document:
    """A document read back from contract JSON; raises pydantic.ValidationError when it breaks the contract."""
    return adapter().validate_json(data)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a document."""
    return adapter().json_schema()
