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


def _meeting(doc: Document) -> Panel:
    meeting = doc.meeting
    assert meeting is not None
    rows = Table.grid(padding=(0, 2))
    rows.add_column(style="bold", no_wrap=True)
    rows.add_column()
    times = "-".join(filter(None, [meeting.start_time, meeting.end_time]))
    when = " ".join(filter(None, [meeting.date, times]))
    for label, value in (("Municipality", meeting.municipality), ("Organ", meeting.organ),
                         ("Number", meeting.number), ("Time", when or None), ("Place", meeting.place),
                         ("Chair", meeting.chair), ("Secretary", meeting.secretary)):  # fmt: skip
        if value:
            rows.add_row(label, value)
    for status, label in (("present", "Present"), ("absent", "Absent"), ("other", "Also present")):
        people = [p.name + (f" ({p.role})" if p.role else "") for p in meeting.participants if p.status == status]
        if people:
            rows.add_row(label, "; ".join(people))
    if meeting.minutes_checkers:
        rows.add_row("Checkers", ", ".join(meeting.minutes_checkers))
    return Panel(rows, title=Text("Meeting", style="bold"), title_align="left")


def _contents(items: list[tuple[int, Item]]) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    table.add_column("#", justify="right", style="dim")
    table.add_column("§", justify="right")
    table.add_column("Title")
    table.add_column("Outcome")
    for position, item in items:
        outcome = item.decision.outcome if item.decision and item.decision.outcome else ""
        table.add_row(str(position), str(item.section or ""), item.title or "",
                      Text(outcome, style=_OUTCOME_STYLE.get(outcome, "")))  # fmt: skip
    return table


def render(doc: Document, console: Console | None = None, selected: set[int] | None = None) -> None:
    """Print a Document for reading: a meeting as its header and a table of contents, with the items
    whose positions (from 1) are in `selected` in full; a document of one item in full."""
    console = console or Console()
    parts: list[object] = []
    source = doc.source.path or "<stdin>"
    parts.append(
        Text(f"{source}  ·  {doc.document_type}  ·  {doc.language or '?'}  ·  {len(doc.items)} item(s)", style="dim")
    )
    if doc.meeting:
        parts.append(_meeting(doc))
    numbered = list(enumerate(doc.items, 1))
    if len(numbered) > 1:
        parts.append(_contents(numbered))
    for position, item in numbered:
        if len(numbered) == 1 or (selected and position in selected):
            parts.append(_item(item))
    for warning in doc.warnings:
        where = f" (line {warning.line})" if warning.line else ""
        parts.append(Text(f"warning: {warning.code}: {warning.message}{where}", style="yellow"))
    console.print(Group(*parts))  # type: ignore[arg-type]
