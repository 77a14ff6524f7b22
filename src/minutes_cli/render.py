"""The pretty terminal view of a Document, made for reading one item or a meeting's list."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .models import Document, Item, Person

_OUTCOME_STYLE = {
    "approved": "green",
    "amended": "yellow",
    "rejected": "red",
    "tabled": "magenta",
    "returned": "magenta",
    "noted": "cyan",
    "withdrawn": "red",
    "other": "white",
}


def _person(person: Person) -> str:
    parts = [p for p in (person.title, person.name) if p]
    text = " ".join(parts) or person.raw
    contact = ", ".join(p for p in (person.phone, person.email) if p)
    return f"{text} ({contact})" if contact else text


def _item(item: Item) -> Panel:
    rows = Table.grid(padding=(0, 2))
    rows.add_column(style="bold", no_wrap=True)
    rows.add_column()
    if item.case_number:
        rows.add_row("Case", item.case_number.raw)
    if item.handling:
        rows.add_row("Handling", item.handling.raw)
    for stage in item.history:
        rows.add_row("Earlier", stage.handling.raw if stage.handling else "(stage)")
    for person in item.preparers:
        rows.add_row("Preparer", _person(person))
    if item.presenter:
        rows.add_row("Presenter", _person(item.presenter))
    if item.proposal:
        proposal = Text(item.proposal.preamble or ("" if item.proposal.items else item.proposal.text))
        for n, point in enumerate(item.proposal.items, 1):
            proposal.append(f"\n{n}. {point}")
        rows.add_row("Proposal", proposal)
    if item.decision:
        decision = Text(item.decision.text)
        if item.decision.outcome:
            style = _OUTCOME_STYLE.get(item.decision.outcome, "white")
            decision = Text.assemble((f"[{item.decision.outcome}] ", f"bold {style}"), decision)
        rows.add_row("Decision", decision)
        for vote in item.decision.votes:
            rows.add_row("Vote", vote.text)
        for conflict in item.decision.conflicts:
            rows.add_row("Conflict", f"{conflict.name}: {conflict.text}")
    for amount in item.amounts:
        rows.add_row("Amount", f"{amount.value:,.2f} EUR".replace(",", " ") + f"  ({amount.raw})")
    for label, values in (
        ("Attachment", item.attachments),
        ("Material", item.supplementary),
        ("To", item.distribution),
    ):
        for value in values:
            rows.add_row(label, value)
    head = f"§ {item.section}" if item.section is not None else "§ ?"
    title = f"{head}  {item.title or ''}".strip()
    return Panel(
        rows,
        title=Text(title, style="bold"),
        title_align="left",
        subtitle=f"lines {item.span.start_line}-{item.span.end_line}",
        subtitle_align="right",
    )


def render(doc: Document, console: Console | None = None) -> None:
    """Print a Document for reading."""
    console = console or Console()
    parts: list[object] = []
    source = doc.source.path or "<stdin>"
    parts.append(
        Text(f"{source}  ·  {doc.document_type}  ·  {doc.language or '?'}  ·  {len(doc.items)} item(s)", style="dim")
    )
    for item in doc.items:
        parts.append(_item(item))
    for warning in doc.warnings:
        where = f" (line {warning.line})" if warning.line else ""
        parts.append(Text(f"warning: {warning.code}: {warning.message}{where}", style="yellow"))
    console.print(Group(*parts))  # type: ignore[arg-type]
