"""The founding example, field by field, as the project's first issue states it."""

from __future__ import annotations

from minutes_cli import parse_file

from .conftest import SAMPLES


def test_tornio_item_fields() -> None:
    doc = parse_file(SAMPLES / "fi-000-tornio-kh-2024-10-08-278.txt")
    assert len(doc.items) == 1
    item = doc.items[0]
    assert item.section == 278
    assert item.title == "Tornion kaupungin osallistuminen USO-verkostoon kaudelle 2025-2026"
    assert item.case_number is not None
    assert (item.case_number.raw, item.case_number.serial, item.case_number.task_class, item.case_number.year) == (
        "5119/02.05.02/2024",
        5119,
        "02.05.02",
        2024,
    )
    assert item.handling is not None
    assert (item.handling.organ, item.handling.date, item.handling.section) == ("KH", "2024-10-08", 278)
    assert [(p.title, p.name) for p in item.preparers] == [("kehitysjohtaja", "Sampo Kangastalo")]
    assert item.presenter is not None
    assert (item.presenter.title, item.presenter.name) == ("Kaupunginjohtaja", "Kujala Jukka")
    assert item.proposal is not None
    assert item.proposal.preamble == "Tornion kaupunginhallitus päättää, että"
    assert len(item.proposal.items) == 3
    assert item.decision is not None
    assert (item.decision.text, item.decision.outcome) == ("Hyväksyttiin.", "approved")
    assert [(a.value, a.currency) for a in item.amounts] == [(12000, "EUR")]
