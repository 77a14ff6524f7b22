"""What kind of item it is, from its title and what was decided."""

from __future__ import annotations

import regex

from . import patterns
from .models import Item

_PROCEDURAL = patterns.compile(
    r"laillisuu|päätösvaltaisuu|pöytäkirjan\s?tarkast|pöytäkirjantarkast|esityslistan\shyväksy|"
    r"työjärjestyksen\shyväksy|käsittelyjärjestys|kokouksen\savaus|kokouksen\späättäminen|nimenhuuto|"
    r"tarkastajien\svalinta|asialistan\shyväksy|laglighet|beslutförhet|lagenlighet|protokolljuster|"
    r"protokollsjuster|föredragningslistan|sammanträdets\söppnande|mötets\söppnande|namnupprop|"
    r"sammanträdets\savslutande|mötets\savslutande|"
    # opening and closing formalities: the right to attend, the order of business, the next meeting,
    # putting the minutes on view
    r"kokouksen\ssulkeminen|kokouksen\styöjärjestys|läsnäolo-?\s(?:ja\s)?puheoikeu|pöytäkirjan\snähtävä|"
    r"seuraava\skokous|nästa\ssammanträde|(?:mötets|sammanträdets)\skonstituer(?:ing|ande)|protokollets\sframläggande|"
    # older PDFs end with the appeal instructions as a last pseudo-item ("69 § OIKAISUVAATIMUSOHJEET JA
    # VALITUSOSOITUS")
    r"^(?:oikaisuvaatimusohjeet|muutoksenhakuohjeet|valitusosoitus|besvärsanvisning|anvisning\som\s)",
    regex.IGNORECASE,
)
# "Muut asiat", "Övriga ärenden": whatever came up, of no one kind
_OTHER = patterns.compile(
    r"^(?:muut\s(?:mahdolliset\s)?(?:esille\stulevat\s)?asiat|övriga\s(?:eventuella\s)?ärenden)\.?$", regex.IGNORECASE
)
_INFORMATION = patterns.compile(
    r"ilmoitusasia|tiedoksi|tiedotusasia|tiedoksi\smerkittävät|tiedoksi\ssaatettavat|viranhaltijapäätö|"
    r"viranhaltijoiden\späätökset|otto-?oikeu|pöytäkirjat|katsaus|anmälningsärende|för\skännedom|"
    r"delgivning|tjänsteinnehavarbeslut|övertagande\sav\särenden|delegointipäätö|delegoidut\späätökset|"
    r"delegeringsbeslut|delegationsbeslut|viranhaltijoiden\sja\s|meddelanden|saapuneet\skirjeet|"
    r"inkomna\sskrivelser|ilmoitukset|tjänstemannabeslut",
    regex.IGNORECASE,
)
_ELECTION = patterns.compile(
    r"valinta|valitseminen|vaali\b|vaalit\b|nimeäminen|edustajan|edustajien|jäsenen\s|varajäsen|"
    r"eron\smyöntäminen|eroanomus|eronpyyntö|\bval\sav|\bval\stil|ledamot|ersättare|representant|befrielse\sfrån",
    regex.IGNORECASE,
)
_STATEMENT = patterns.compile(r"lausunto|lausunnon|utlåtande|yttrande|ställningstagande", regex.IGNORECASE)


def item_kind(item: Item) -> str | None:
    """procedural, information, election, statement, decision or other; None when nothing tells."""
    title = item.title or ""
    outcome = item.decision.outcome if item.decision else None
    if title and _PROCEDURAL.search(title):
        return "procedural"
    if title and _OTHER.match(title):
        return "other"
    if outcome == "noted" or (title and _INFORMATION.search(title)):
        return "information"
    if title and _STATEMENT.search(title):
        return "statement"
    if title and _ELECTION.search(title):
        return "election"
    if item.decision or item.proposal:
        return "decision"
    return "other" if title else None
