"""Table-driven checks of the small readers: identifiers, dates, people, outcomes, votes, text joining."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest
import regex

from minutes_cli.blocks import build_proposal, join_lines
from minutes_cli.dates import find_date, to_iso
from minutes_cli.decision import build_decision, classify_outcome, find_conflicts, find_votes
from minutes_cli.decode import decode_bytes
from minutes_cli.errors import InputError
from minutes_cli.identifiers import case_number_in_line, find_amounts, parse_handling
from minutes_cli.normalize import normalize
from minutes_cli.parser import parse_bytes, parse_text
from minutes_cli.people import authors_of_text, parse_person
from minutes_cli.vocab import match_heading

from .conftest import SAMPLES


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5119/02.05.02/2024", (None, 5119, "02.05.02", 2024)),
        ("Dnro 47/00.02/2016", (None, 47, "00.02", 2016)),
        ("TRE:1770/00.01.03/2022", ("TRE", 1770, "00.01.03", 2022)),
        ("OUKA/1234/00.01.00/2023", ("OUKA", 1234, "00.01.00", 2023)),
        ("LAPDno-2024-426", ("LAP", 426, None, 2024)),
        ("HEL 2018-012640 T 00 01 01", ("HEL", 12640, "00 01 01", 2018)),
        ("HEL 2024-001234", ("HEL", 1234, None, 2024)),
        ("Dnr 606/2016", (None, 606, None, 2016)),
        # older documents print the label in capitals or as "D:no"
        ("DNRO 5119/02.05.02/2024", (None, 5119, "02.05.02", 2024)),
        ("DNRO: KH 123/2024", ("KH", 123, None, 2024)),
        ("D:no 234/2024", (None, 234, None, 2024)),
        ("D:nro 12/00.01.02/2011", (None, 12, "00.01.02", 2011)),
        ("D.nro 88/2019", (None, 88, None, 2019)),
        ("D.no 12/00.01.02/2011", (None, 12, "00.01.02", 2011)),
        ("Kuntien kehittämisverkosto USO:n 8.kausi käynnistyy vuosille 2025 – 2026.", None),
        # Turku's item pages: serial-year, then the task classes in brackets (the first is the item's)
        ("4411-2025 (02 05 00)", (None, 4411, "02 05 00", 2025)),
        ("13710-2021 (00 01 02, 06 00 00)", (None, 13710, "00 01 02", 2021)),
        ("2682-2013 (000, 041)", (None, 2682, "000", 2013)),
        # a span of years is no case number, bracketed or not
        ("2014-2016 (2015)", None),
        ("2014-2016", None),
    ],
)
def test_case_numbers(line: str, expected: tuple[object, ...] | None) -> None:
    case = case_number_in_line(line)
    if expected is None:
        assert case is None
    else:
        assert case is not None
        assert (case.prefix, case.serial, case.task_class, case.year) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KH 08.10.2024 § 278", ("KH", "2024-10-08", 278)),
        ("Aluehallitus 04.12.2023 § 198", ("Aluehallitus", "2023-12-04", 198)),
        ("Kaupunginhallitus, § 317,08.09.2025", ("Kaupunginhallitus", "2025-09-08", 317)),
        ("Kaupunginhallitus, 08.09.2025, § 317", ("Kaupunginhallitus", "2025-09-08", 317)),
        ("§ 5, STST 2015-01-22 16:00", ("STST", "2015-01-22", 5)),
        ("5 §, STST 2015-01-22 16:00", ("STST", "2015-01-22", 5)),
        ("Kunnanhallitus 240 12.09.2006", ("Kunnanhallitus", "2006-09-12", 240)),
        # rows of the handlings table over a Turku item page: organ, section, date, number on the agenda
        ("Kaupunginhallitus | 212 | 12.05.2025 | 8 |", ("Kaupunginhallitus", "2025-05-12", 212)),
        ("Kaupunginhallitus   572   02.11.2009   9 Kj", ("Kaupunginhallitus", "2009-11-02", 572)),
        ("Kaupunginvaltuusto7811.04.202215", ("Kaupunginvaltuusto", "2022-04-11", 78)),
        ("Rakennus- ja lupalautakunta | 45 | 02.03.2021 | 3 |", ("Rakennus- ja lupalautakunta", "2021-03-02", 45)),
        ("Vuosi 2024 12.05.2025 8", None),
        ("Kommunstyrelsen   78 §   27.03.2025", ("Kommunstyrelsen", "2025-03-27", 78)),
        # the organs of joint authorities and councils of the elderly, without a date
        ("Yhtymäkokous § 5", ("Yhtymäkokous", None, 5)),
        ("Vanhusneuvosto § 12", ("Vanhusneuvosto", None, 12)),
        ("Äldrerådet § 4", ("Äldrerådet", None, 4)),
        ("Edellinen kokous § 5", None),
        # the organ and the section with the sign after it (Isokyrö)
        ("Khall 48 §", ("Khall", None, 48)),
        ("Tekninen lautakunta 12 §", ("Tekninen lautakunta", None, 12)),
        ("Päätös 5 §", None),
        ("Turun kaupunki | § | Kokouspvm | Asia | 1 |", None),
        ("Sosiaali- ja terveyslautakunta 21.05.2024 § 88", ("Sosiaali- ja terveyslautakunta", "2024-05-21", 88)),
        ("Bildnings- och kulturnämnden 12.3.2024 § 45", ("Bildnings- och kulturnämnden", "2024-03-12", 45)),
        ("Kaupunginhallitus 8.10.2024 278 §", ("Kaupunginhallitus", "2024-10-08", 278)),
        ("Kaupunginhallitus ja valtuusto 12.3.2024 § 4", None),
        ("Kaupunginhallitus päätti 8.10.2024 § 278 mukaisesti", None),
        ("KH 31.02.2024 § 5", None),
        # older Dynasty and Raahe stage lines without a date
        ("KHALL § 45", ("KHALL", None, 45)),
        ("Kh § 399", ("Kh", None, 399)),
        ("Kunnanhallitus § 45", ("Kunnanhallitus", None, 45)),
        ("Tekninen lautakunta § 88", ("Tekninen lautakunta", None, 88)),
        ("Sosiaali- ja terveyslautakunta § 12", ("Sosiaali- ja terveyslautakunta", None, 12)),
        ("Tekniska nämnden § 5", ("Tekniska nämnden", None, 5)),
        ("Kuntalain mukaan lautakunta § 5", None),
        ("Äänestyslistat § 127", None),
        ("Päätös § 5", None),
        ("hallintosäännön § 12", None),
    ],
)
def test_handling_lines(line: str, expected: tuple[object, ...] | None) -> None:
    handling = parse_handling(line)
    if expected is None:
        assert handling is None
    else:
        assert handling is not None
        assert (handling.organ, handling.date, handling.section) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8.10.2024", "2024-10-08"),
        ("08.10.2024", "2024-10-08"),
        ("2015-01-22", "2015-01-22"),
        ("4 juni 2008", "2008-06-04"),
        ("8. lokakuuta 2024", "2024-10-08"),
        ("31.2.2024", None),
    ],
)
def test_dates(text: str, expected: str | None) -> None:
    assert to_iso(text) == expected


@pytest.mark.parametrize(
    ("raw", "title", "name", "phone", "email"),
    [
        ("kehitysjohtaja Sampo Kangastalo", "kehitysjohtaja", "Sampo Kangastalo", None, None),
        ("Kaupunginjohtaja Kujala Jukka", "Kaupunginjohtaja", "Kujala Jukka", None, None),
        (
            "Niko Kinnunen, tietohallintopäällikkö, niko.kinnunen@tuusula.fi",
            "tietohallintopäällikkö",
            "Niko Kinnunen",
            None,
            "niko.kinnunen@tuusula.fi",
        ),
        (
            "Valmistelija Kehitysjohtaja Sampo Kangastalo, 040 764 0559".removeprefix("Valmistelija "),
            "Kehitysjohtaja",
            "Sampo Kangastalo",
            "040 764 0559",
            None,
        ),
        ("Syrjänen Markus", None, "Syrjänen Markus", None, None),
        # Finland-Swedish names with a particle, and an initial
        ("förvaltningsdirektör Carl af Hällström", "förvaltningsdirektör", "Carl af Hällström", None, None),
        ("Anna von Schantz, stadsjurist", "stadsjurist", "Anna von Schantz", None, None),
        ("Ann-Christin de la Chapelle, sekreterare", "sekreterare", "Ann-Christin de la Chapelle", None, None),
        ("Mäki M., rehtori", "rehtori", "Mäki M", None, None),
        # initials joined, and the initial's dot lost at the end of the line
        ("J.P. Roos, lakimies", "lakimies", "J.P. Roos", None, None),
        ("hallintopäällikkö J.-P. Aho", "hallintopäällikkö", "J.-P. Aho", None, None),
        ("talousjohtaja Mäki M", "talousjohtaja", "Mäki M", None, None),
        ("Ungdomsledare Katarina Östman", "Ungdomsledare", "Katarina Östman", None, None),
        (
            "Olli Lahtinen, erityissuunnittelija, puhelin: 310 36055",
            "erityissuunnittelija",
            "Olli Lahtinen",
            "310 36055",
            None,
        ),
        (
            "Anna Berg, stadssekreterare, tfn 06 123 4567, anna.berg@stad.fi",
            "stadssekreterare",
            "Anna Berg",
            "06 123 4567",
            "anna.berg@stad.fi",
        ),
    ],
)
def test_people(raw: str, title: str | None, name: str | None, phone: str | None, email: str | None) -> None:
    person = parse_person(raw)
    assert person is not None
    assert (person.title, person.name, person.phone, person.email) == (title, name, phone, email)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Hyväksyttiin.", "approved"),
        ("Aluehallitus hyväksyi päätösehdotuksen yksimielisesti.", "approved"),
        ("Kaupunginhallitus hyväksyi esittelijän muutetun ehdotuksen.", "amended"),
        ("Kaupunginhallitus päätti panna asian pöydälle.", "tabled"),
        ("Asia päätettiin palauttaa yksimielisesti uudelleen valmisteltavaksi.", "returned"),
        ("Merkittiin tiedoksi.", "noted"),
        ("Kaupunginhallitus päätti hylätä oikaisuvaatimuksen.", "rejected"),
        ("Poistettiin esityslistalta.", "withdrawn"),
        ("Päätösehdotukseen tehtiin lisäys.", "amended"),
        ("Lautakunta päätti yksimielisesti hyväksyä ehdotuksen.", "approved"),
        ("Kaupunginhallitus päätti äänin 8–3 hyväksyä ehdotuksen.", "approved"),
        ("Ärendet flyttades till följande möte.", "tabled"),
        ("Päätän hyväksyä Valo Oy:n tarjouksen, jonka hinta on 48 500 euroa.", "approved"),
        ("Kaupunginjohtaja täydensi päätösesitystään: kaupunki toteaa linjauksen. Muutoin hyväksyttiin.", "amended"),
        ("Behandlingen av ärendet sköts upp till nästa sammanträde.", "tabled"),
        ("Kaupunginhallitus päätti äänestyksen jälkeen hyväksyä esittelijän ehdotuksen.", "approved"),
        ("Äänestyksen jälkeen kaupunginhallitus hyväksyi Virtasen vastaehdotuksen.", "amended"),
        ("Ehdotus hyväksyttiin sillä muutoksella, että kohta 3 poistetaan.", "amended"),
        ("Kaupunginhallitus päätti hyväksyä esityksen seuraavin lisäyksin.", "amended"),
        ("Stadsstyrelsen godkände förslaget med den ändringen att punkt 2 stryks.", "amended"),
        ("Kaupunginjohtaja täydensi ehdotustaan seuraavasti: X. Kaupunginhallitus päätti hyväksyä sen.", "amended"),
        ("Kaupunginjohtaja poisti asian esityslistalta.", "withdrawn"),
        ("Kaupunginhallitus päätti olla hyväksymättä esitystä.", "rejected"),
        ("Nämnden beslöt att inte godkänna förslaget.", "rejected"),
        ("Tehtiin muutos.", "amended"),
        ("Stadsstyrelsen beslutade bordlägga ärendet.", "tabled"),
        ("Godkändes.", "approved"),
        (
            "Harri Moisio esitti asian palauttamista. Esitystä ei kannatettu, joten se raukesi. "
            "Päätösesitys hyväksyttiin.",
            "approved",
        ),
        ("Kokous todettiin lailliseksi ja päätösvaltaiseksi.", None),
        ("Antecknades till kännedom.", "noted"),
        ("Lautakunta päätti siirtää asian käsittelyn seuraavaan kokoukseen.", "tabled"),
        ("Hyväksyttiin lisäyksellä, että hankkeesta raportoidaan.", "amended"),
        ("Beslutsförslaget godkändes med tillägget att arbetet rapporteras.", "amended"),
        ("Godkändes i ändrad form.", "amended"),
        ("Stadsstyrelsen godkände det ändrade förslaget.", "amended"),
        ("Hyväksyttiin muutetussa muodossa.", "amended"),
        ("Hyväksyttiin korjattuna.", "amended"),
        ("Hyväksyttiin täydennettynä.", "amended"),
        # short forms alone
        ("Merkittiin.", "noted"),
        ("Antecknades.", "noted"),
        ("Hyväksytty.", "approved"),
        ("Hyväksytty talousarvio on liitteenä.", None),
        ("Godkändes inte.", "rejected"),
        ("Ehdotusta ei hyväksytty.", "rejected"),
        # set phrases whose PDF font lost or swapped a letter
        ("-nligt förslag.", "approved"),
        ("Antecknades ör kännedom.", "noted"),
        ("Hyväksyttiin", "approved"),
        ("Todettiin.", None),
        ("Poistettiin.", None),
        # the matter not examined or lapsed
        ("Lautakunta päätti jättää oikaisuvaatimuksen tutkimatta liian myöhään tehtynä.", "other"),
        ("Asian käsittely raukeaa.", "other"),
        ("Rättelseyrkandet lämnades utan prövning.", "other"),
        # the matter itself lapsed; a counter-proposal that lapsed is no outcome
        ("Asia raukesi.", "other"),
        ("Ärendet förföll.", "other"),
        ("Virtasen vastaehdotus raukesi kannattamattomana.", None),
        ("Vastaehdotus raukesi kannattamattomana. Hyväksyttiin.", "approved"),
        # an addition made at the meeting, wherever the sentence names it
        ("Päätösehdotus hyväksyttiin lisäyksellä, että selvitys tuodaan lautakunnalle.", "amended"),
        ("Esittelijä esitti päätösehdotuksen hyväksymistä lisäyksellä. Hyväksyttiin.", "approved"),
        ("Ärendet remitteras tillbaka till beredningen.", "returned"),
        # the matter taken back by the presenter; a member taking back a counter-proposal is no outcome
        ("Föredraganden drog tillbaka ärendet.", "withdrawn"),
        ("Esittelijä veti asian pois esityslistalta.", "withdrawn"),
        ("Ärendet togs bort från föredragningslistan.", "withdrawn"),
        ("Matti Mäki veti vastaehdotuksensa pois. Hyväksyttiin.", "approved"),
        ("Lisa Ek drog tillbaka sitt motförslag. Godkändes.", "approved"),
        ("Motförslaget drogs tillbaka. Godkändes.", "approved"),
        ("Ärendet drogs tillbaka.", "withdrawn"),
        ("Direktionen antecknade rapporten till kännedom.", "noted"),
        ("Tiedoksi.", "noted"),
        ("Förslaget godkändes med följande tillägg: punkt 4 läggs till.", "amended"),
    ],
)
def test_outcomes(text: str, outcome: str | None) -> None:
    assert classify_outcome(text) == outcome


@pytest.mark.parametrize(
    ("text", "yes", "no"),
    [
        ("Äänin 8-5 Sami Pikkuahon vastaesitys voitti.", 8, 5),
        # Espoo: the chair's statement of each vote
        ("Puheenjohtaja totesi kaupunginhallituksen 9 äänellä 6 ääntä vastaan hylänneen muutosehdotuksen.", 9, 6),
        ("Suoritetussa nimenhuutoäänestyksessä annettiin 2 JAA-ääntä ja 8 EI-ääntä.", 2, 8),
        ("Efter omröstning med rösterna 9 (Andersson, Holm) – 4 (Berg) beslutade", 9, 4),
        ("Jaa 52, Ei 10, Tyhjä 2, Poissa 3", 52, 10),
        # Borgå: "med röster" without the article, each count followed by the names
        ("Stadsstyrelsen beslutade efter omröstning fortsätta med röster 10 (Välimäki, Lund) – 3 (Oksanen)", 10, 3),
        ("Förslaget godkändes med 7 röster mot 2.", 7, 2),
        ("Nämnden beslöt med rösterna 6 mot 5 att återremittera ärendet.", 6, 5),
        ("Valtuusto hyväksyi ehdotuksen äänillä 40–12.", 40, 12),
        ("Ja 6, Nej 5, Blanka 1", 6, 5),
        ("Röstningsresultat: 6 ja-röster, 5 nej-röster och 1 blank röst.", 6, 5),
        # the count after a verb, each with the voters' names: Ylivieska's roll-call votes
        (
            "Nimenhuutoäänestyksessä EI-ääniä annettiin 6 (Aho, Koski, Mäki, Salo, Niemi) ja JAA-ääniä 3 (Ek, Berg).",
            3,
            6,
        ),
    ],
)
def test_votes(text: str, yes: int, no: int) -> None:
    votes = find_votes(text)
    assert [(v.yes, v.no) for v in votes] == [(yes, no)]


def test_the_finnish_and_before_a_number_is_not_a_swedish_yes() -> None:
    assert find_votes("Kohdat 1 ja 2 hyväksyttiin, ei 3 kohtaa.") == []
    assert [(v.yes, v.no, v.blank) for v in find_votes("Ja 6, Nej 5, Blanka 1")] == [(6, 5, 1)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("12 000 euroa / vuosi ja 12 000 euroa", [12000]),
        # budget texts: millions and thousands before the euro sign (Helsinki: "1,1M€")
        ("hankinnan arvo on 1,1M€ ja vuosikustannus 450 t€", [1_100_000, 450_000]),
        ("1,2 m€", []),  # a small m is not the million
        ("5.250.000 euroa ja 85.000 euroa", [5250000, 85000]),
        ("17,3 milj. euroa", [17300000]),
        ("2 000,00 € per månad", [2000]),
        ("kiinteistö 408-401-35-3 ja kaava 564-2353", []),
        # the currency first, thousands and billions in words
        ("hinta EUR 45 000 ja € 1 200 kuukaudessa", [45000, 1200]),
        ("500 tuhatta euroa ja 1,5 miljardia euroa", [500_000, 1_500_000_000]),
        ("EURO 5 ja Neuro 12", []),
    ],
)
def test_amounts(text: str, values: list[float]) -> None:
    assert [a.value for a in find_amounts(text)] == values


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["Valai-", "sinten vaihto"], "Valaisinten vaihto"),
        (["vuokra-", "alueelta"], "vuokra-alueelta"),
        (["LED-", "valaisin"], "LED-valaisin"),
        (["sosiaali-", "ja terveyslautakunta"], "sosiaali- ja terveyslautakunta"),
        (["yksi", "  kaksi  "], "yksi kaksi"),
    ],
)
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


def test_proposal_points_and_preamble() -> None:
    proposal = build_proposal(
        [
            "Kunnanhallitus päättää",
            "",
            "1. hyväksyä suunnitelman;",
            "",
            "2. myöntää määrärahan",
            "   vuodelle 2025 ja",
            "",
            "Lisäksi todetaan asia.",
        ]
    )
    assert proposal is not None
    assert proposal.preamble == "Kunnanhallitus päättää"
    assert proposal.items == ["hyväksyä suunnitelman;", "myöntää määrärahan vuodelle 2025 ja"]


@pytest.mark.parametrize(
    ("line", "kind", "rest"),
    [
        ("Päätös", "decision", ""),
        ("Tilläggsinformation: Anna Berg, stadssekreterare", "preparer", "Anna Berg, stadssekreterare"),
        ("Delgivning", "distribution", ""),
        ("Utdrag: Sökanden", "distribution", "Sökanden"),
        ("Anvisning om rättelseyrkande", "appeal", ""),
        ("Utdrag ur protokollet", None, None),
        ("Ytterligare information: Anna Berg, stadssekreterare", "preparer", "Anna Berg, stadssekreterare"),
        ("Lisätiedot antaa: kaupunginsihteeri Aila Koski", "preparer", "kaupunginsihteeri Aila Koski"),
        ("Päätös:", "decision", ""),
        ("Päätös: Hyväksyttiin.", "decision", "Hyväksyttiin."),
        ("Päätösehdotus Hyvinvointialuejohtaja Svahn Sanna", "proposal", "Hyvinvointialuejohtaja Svahn Sanna"),
        ("Kaupunginjohtajan ehdotus:", "proposal", ""),
        ("Valmistelijat ja lisätiedot (etunimi.sukunimi@luvn.fi):", "preparer", ""),
        ("Beslut", "decision", ""),
        ("Beredare", "preparer", ""),
        ("Asia        Kuopion kaupungin yleiskaava", "body", "Kuopion kaupungin yleiskaava"),
        ("Päätös on ehdotuksen mukainen.", None, None),
        ("Stadsdirektörens beslut:", None, None),
        # justified PDF text leaves two spaces between words; a column gap is wider
        ("Ledamoten Petrus Pennanens förslag  till hemställningskläm JA, motsätter sig NEJ", None, None),
        ("Päätösehdotus   Kunnanhallitus päättää hyväksyä", "proposal", "Kunnanhallitus päättää hyväksyä"),
    ],
)
def test_headings(line: str, kind: str | None, rest: str | None) -> None:
    heading = match_heading(line)
    if kind is None:
        assert heading is None
    else:
        assert heading is not None
        assert (heading.kind, heading.rest) == (kind, rest)


def test_a_tab_is_a_column_gap() -> None:
    item = parse_text(
        "§ 5\nTalousarvio\n\nPäätösehdotus\tKunnanhallitus hyväksyy talousarvion.\n\nPäätös\tHyväksyttiin.\n"
    ).items[0]
    assert item.proposal is not None and item.proposal.text == "Kunnanhallitus hyväksyy talousarvion."
    assert item.decision is not None and item.decision.text == "Hyväksyttiin."


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Ordförande Emilia Haverinens förslag", "Emilia Haverinen"),
        ("ORDFÖRANDE EMILIA HAVERINENS FÖRSLAG", "EMILIA HAVERINEN"),  # older documents' capitals
        ("KAUPUNGINJOHTAJA JUKKA VIRTASEN EHDOTUS", "JUKKA VIRTANEN"),
        ("Kaupunginjohtajan ehdotus", None),
    ],
)
def test_presenter_named_in_a_proposal_heading(label: str, name: str | None) -> None:
    from minutes_cli.people import presenter_from_label

    person = presenter_from_label(label)
    assert (person.name if person else None) == name


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Kaupunginjohtajan ehdotus", "Kaupunginjohtaja"),
        ("Vs. kaupunginjohtajan ehdotus", "Vs. kaupunginjohtaja"),
        ("Palvelupäällikön päätösehdotus", "Palvelupäällikkö"),
        ("Teknisen johtajan ehdotus", "Tekninen johtaja"),
        ("Sosiaali- ja terveysjohtajan ehdotus", "Sosiaali- ja terveysjohtaja"),
        ("Kaupunginlakimiehen esitys", "Kaupunginlakimies"),
        ("Kommundirektörens förslag", "Kommundirektören"),
        ("Kaupunginhallituksen ehdotus", None),  # a body, not an office
    ],
)
def test_the_office_a_proposal_heading_names_in_the_genitive(label: str, office: str | None) -> None:
    from minutes_cli.people import presenter_from_label

    person = presenter_from_label(label)
    assert (person.title if person else None) == office
    assert person is None or person.name is None


def test_decoding() -> None:
    text = "Päätös § 5"
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")
    assert decode_bytes(text.encode("utf-16")) == (text, "utf-16")
    with pytest.raises(InputError):
        decode_bytes(b"%PDF-1.7 binary")


def test_normalize_keeps_line_count_and_cleans() -> None:
    raw = "Kaupungintalo,\u200b kokous\r\nklo\u00a017.00\r\n\fSivu 2"
    normal = normalize(raw)
    assert normal.lines == ["Kaupungintalo, kokous", "klo 17.00", " Sivu 2"]
    assert normal.page_starts == frozenset({2})


def test_mojibake_repaired() -> None:
    text = "PÃ¤Ã¤tÃ¶s: HyvÃ¤ksyttiin. Â§ 5"
    assert normalize(text).lines == ["Päätös: Hyväksyttiin. § 5"]


def test_garbled_heading_words_are_read_and_warned() -> None:
    text = (
        "§ 44 Budget 2023\n\nStadsdirektör Anna Berg förslag:\nNämnden godkänner budgeten.\n\n"
        "Välfärdsnämndens besftt:\nFörslaget godkändgs.\n"
    )
    doc = parse_text(text)
    item = doc.items[0]
    assert item.decision is not None and item.decision.text == "Förslaget godkändgs."
    assert item.proposal is not None and item.proposal.text == "Nämnden godkänner budgeten."
    assert [w.code for w in doc.warnings] == ["garbled-text"]


def test_a_letter_after_the_colon_of_a_garbled_heading_is_left_out() -> None:
    # the font gave a letter for the tab after the colon: "Vvllvrdsnvmndens beslut:i"
    text = "§ 42 Presentation\n\nVvllvrdsnvmndens beslut:i\nAntecknades för kännedom.\n"
    decision = parse_text(text).items[0].decision
    assert decision is not None and decision.text == "Antecknades för kännedom."
    text = "§ 42 Presentation\n\nVälfärdsnämndens beslut:i\nAntecknades för kännedom.\n"
    decision = parse_text(text).items[0].decision
    assert decision is not None and decision.text == "Antecknades för kännedom."


def test_a_garbled_heading_word_with_its_text_on_the_line() -> None:
    # "Bgrgdning:" for "Beredning:" (Nykarleby's fonts), the preparer after it on the same line
    text = "§ 8 Vårens möten\n\nBgrgdning: Ungdomsledare Katarina Östman\n\nDatum fastställs.\n\nBeslut:\nGodkändes.\n"
    doc = parse_text(text)
    item = doc.items[0]
    assert [(p.title, p.name) for p in item.preparers] == [("Ungdomsledare", "Katarina Östman")]
    assert item.body == "Datum fastställs."
    assert [w.code for w in doc.warnings] == ["garbled-text"]


def test_dates_listed_in_a_decision_are_its_text() -> None:
    text = "§ 8 Kevään kokoukset\n\nPäätös\nKokoukset pidetään seuraavasti:\n20.2.2023 klo 16.15\n20.3.2023 klo 16.15\n"
    decision = parse_text(text).items[0].decision
    assert decision is not None
    assert decision.text == "Kokoukset pidetään seuraavasti: 20.2.2023 klo 16.15 20.3.2023 klo 16.15"


def test_adopted_amendment_in_the_handling_makes_the_outcome_amended() -> None:
    restated = ["Kaupunginhallitus ehdottaa, että valtuusto hyväksyy hallintosäännön."]
    adopted = ["Puheenjohtaja totesi hallituksen 11 äänellä 3 ääntä vastaan hyväksyneen Ojalan muutosehdotuksen."]
    rejected = ["Puheenjohtaja totesi hallituksen 9 äänellä 6 ääntä vastaan hylänneen Ojalan muutosehdotuksen."]
    decision = build_decision(restated, adopted)
    assert decision is not None and decision.outcome == "amended"
    decision = build_decision(restated, rejected)
    assert decision is not None and decision.outcome is None
    # the decision's own words win over the handling
    decision = build_decision(["Asia jätettiin pöydälle."], adopted)
    assert decision is not None and decision.outcome == "tabled"


def test_presenter_in_a_column_beside_the_proposal_heading() -> None:
    text = (
        "§ 12 Hallintosäännön hyväksyminen\n\nPäätösehdotus   Kaupunginjohtaja Jukka Salonen\n\n"
        "Kaupunginhallitus ehdottaa, että valtuusto hyväksyy hallintosäännön.\n\nPäätös\n\nHyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert item.presenter is not None and item.presenter.name == "Jukka Salonen"
    assert item.proposal is not None
    assert item.proposal.text == "Kaupunginhallitus ehdottaa, että valtuusto hyväksyy hallintosäännön."


@pytest.mark.parametrize("label", ["Päätösehdotus   Kaupunginjohtaja", "Päätösehdotus: Kaupunginjohtaja"])
def test_an_officials_title_beside_the_proposal_heading_is_the_presenter(label: str) -> None:
    # the office alone, as item PDFs print it: the title is no part of the proposal
    text = f"§ 12 Hallintosäännön hyväksyminen\n\n{label}\n\nKaupunginhallitus päättää hyväksyä hallintosäännön.\n"
    item = parse_text(text).items[0]
    assert item.presenter is not None and (item.presenter.title, item.presenter.name) == ("Kaupunginjohtaja", None)
    assert item.proposal is not None and item.proposal.text == "Kaupunginhallitus päättää hyväksyä hallintosäännön."


@pytest.mark.parametrize(
    "text",
    [
        "Enligt förslag.",
        "Beslut enligt förslaget.",
        "Esityksen mukaan.",
        "Päätettiin ehdotuksen mukaisesti.",
        # whose proposal it was, named in the genitive
        "Stadsstyrelsens beslut i enlighet med stadsdirektörens förslag.",
        "Stadsfullmäktige beslutade i enlighet med stadsstyrelsens förslag anse motionen vara slutligt behandlad.",
    ],
)
def test_according_to_the_proposal_is_an_approval(text: str) -> None:
    assert classify_outcome(text) == "approved"


def test_second_list_after_a_lead_in_holds_points_too() -> None:
    lines = [
        "Kaupunginhallitus esittää valtuustolle tilinpäätöksen, joka sisältää:",
        "- investointivarausten lisäykset 13 000 000 euroa",
        "- tilikauden alijäämän siirron omaan pääomaan",
        "",
        "Kaupunginhallitus:",
        "- hyväksyy ja allekirjoittaa tilinpäätöksen",
        "- lähettää tilinpäätöksen tarkastettavaksi",
    ]
    proposal = build_proposal(lines)
    assert proposal is not None
    assert proposal.items == [
        "investointivarausten lisäykset 13 000 000 euroa",
        "tilikauden alijäämän siirron omaan pääomaan",
        "hyväksyy ja allekirjoittaa tilinpäätöksen",
        "lähettää tilinpäätöksen tarkastettavaksi",
    ]
    # prose after a list, with no second list, stays out of the points
    prose = build_proposal(["Lautakunta päättää:", "1. hyväksyä", "2. valtuuttaa", "", "Asia on kiireellinen."])
    assert prose is not None and prose.items == ["hyväksyä", "valtuuttaa"]


def test_preparers_written_as_one_run() -> None:
    text = (
        "§ 72 Tilinpäätös 2024\n\nValmistelijat\nKonsernihallinto, talousjohtaja Jukka Salo\n"
        "puh. 040 123 4567, talouspäällikkö Armi Koski puh. 044 703\n1236 ja controller Jaana Vuori\n\n"
        "Päätösesitys\nKaupunginhallitus hyväksyy tilinpäätöksen.\n\nPäätös\nHyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert [(p.title, p.name, p.phone) for p in item.preparers] == [
        ("talousjohtaja", "Jukka Salo", "040 123 4567"),
        ("talouspäällikkö", "Armi Koski", "044 703 1236"),
        ("controller", "Jaana Vuori", None),
    ]


@pytest.mark.parametrize(
    "line",
    [
        # Jämsä's Dynasty: each title before its name, the phone after a comma
        "Valmistelu: hallintojohtaja Anna Korpela, puh. 040 123 4567, talouspäällikkö Mari Mäntylä, puh. 040 765 4321",
        "Valmistelija: hallintojohtaja Anna Korpela, anna.korpela@kunta.fi, talouspäällikkö Mari Mäntylä, "
        "mari.mantyla@kunta.fi",
        "Valmistelija: Anna Korpela, hallintojohtaja, puh. 040 123 4567, Mari Mäntylä, talouspäällikkö, "
        "puh. 040 765 4321",
    ],
)
def test_several_preparers_on_one_line_keep_their_own_contacts(line: str) -> None:
    text = f"§ 5 Henkilöstösuunnitelma\n\n{line}\n\nEhdotus:\nHyväksytään.\n\nPäätös:\nHyväksyttiin.\n"
    preparers = parse_text(text).items[0].preparers
    assert [(p.name, p.title) for p in preparers] == [
        ("Anna Korpela", "hallintojohtaja"),
        ("Mari Mäntylä", "talouspäällikkö"),
    ]
    assert [p.phone or p.email for p in preparers] == (
        ["040 123 4567", "040 765 4321"] if "puh." in line else ["anna.korpela@kunta.fi", "mari.mantyla@kunta.fi"]
    )


def test_prose_under_a_preparer_heading_is_not_a_run_of_people() -> None:
    text = (
        "§ 73 Selvitys\n\nValmistelija\nAsian on valmistellut talousjohtaja Jukka Salo. Lisätietoja antaa "
        "controller Jaana Vuori.\n\nPäätös\nHyväksyttiin.\n"
    )
    assert parse_text(text).items[0].preparers == []


TITLES_ABOVE_NAMES = [
    "kaupunginjohtaja",
    "va. kaupunkiympäristön toimialajohtaja",
    "sosiaali- ja terveystoimen johtaja",
]


@pytest.mark.parametrize("title", TITLES_ABOVE_NAMES)
def test_presenter_title_on_the_line_above_the_name(title: str) -> None:
    text = f"§ 312 Määrärahojen kohdennus\n\nPäätös\n\nHyväksyttiin.\n\nEsittelijä\n\n{title}\n\nJuha Salonen\n"
    presenter = parse_text(text).items[0].presenter
    assert presenter is not None and (presenter.title, presenter.name) == (title, "Juha Salonen")


def test_decision_in_the_past_tense_under_a_proposal_heading() -> None:
    tabled = (
        "§ 409 Yleiskaavan toteuttamisohjelma\n\nEsitys\n\nKaupunginhallitus päätti panna asian pöydälle 13.6.2022 "
        "saakka.\n\nKäsittely\n\nAsia pantiin pöydälle.\n"
    )
    item = parse_text(tabled).items[0]
    assert item.decision is not None and item.decision.outcome == "tabled"
    assert item.decision.text == "Kaupunginhallitus päätti panna asian pöydälle 13.6.2022 saakka."
    # a proposal in the present tense stays a proposal
    proposal = "§ 410 Kaava\n\nEsitys\n\nKaupunginhallitus päättää hyväksyä kaavan.\n"
    item = parse_text(proposal).items[0]
    assert item.decision is None and item.proposal is not None


def test_title_skips_filing_notes_and_other_organs_case_numbers() -> None:
    dynasty = (
        "Virolahden kunnanhallitus\nPöytäkirja 06.05.2024/Pykälä 79\n\n# 240422 Oikaisuvaatimus\n\n"
        "________________\n\nOikaisuvaatimus kaavoitusaloitteesta\n\nPäätös\n\nHylättiin.\n"
    )
    assert parse_text(dynasty).items[0].title == "Oikaisuvaatimus kaavoitusaloitteesta"
    flat = "§ 335, STST 2018-12-03 16:00 CFV: 22/2018 ÖVERTAGANDE AV ÄRENDEN\n\nBeslut\n\nGodkändes.\n"
    assert parse_text(flat).items[0].title == "ÖVERTAGANDE AV ÄRENDEN"


def test_decision_labelled_with_the_organs_abbreviation() -> None:
    # Older minutes: the stage opens "KHALL § 45" and the decision is labelled "KHALL:" or "Khall:".
    text = (
        "§ 45\nTALOUSARVION MUUTOS\n\nKHALL § 45\n\nKunnanjohtajan päätösehdotus:\n\n"
        "Kunnanhallitus esittää valtuustolle talousarvion muutoksen hyväksymistä.\n\nKHALL:\n\nHyväksyttiin.\n\n"
        "§ 46\nVALTUUSTOALOITE\n\nKhall 12.3.2012 § 46\nKunnanjohtajan päätösehdotus: Merkitään tiedoksi.\n\n"
        "Khall: Merkittiin tiedoksi.\n"
    )
    items = parse_text(text).items
    assert [(i.decision.text, i.decision.outcome) if i.decision else None for i in items] == [
        ("Hyväksyttiin.", "approved"),
        ("Merkittiin tiedoksi.", "noted"),
    ]
    assert [i.proposal.text if i.proposal else None for i in items] == [
        "Kunnanhallitus esittää valtuustolle talousarvion muutoksen hyväksymistä.",
        "Merkitään tiedoksi.",
    ]


def test_undated_stage_lines_under_a_dated_summary() -> None:
    # Raahe (domain notes): every handling listed with its date, then each stage opened by "KH § N"
    text = (
        "Raahen kaupunki\nPöytäkirja 12.08.2019/Pykälä 249\n\nKAUPUNGINHALLITUS § 399 19.11.2018\n"
        "KAUPUNGINHALLITUS § 249 12.08.2019\n\nKaupungintalon korjaus\n\nKH § 399\n\n"
        "Kaupunginjohtajan ehdotus: Kaupunginhallitus päättää käynnistää suunnittelun.\n\nPäätös: Hyväksyttiin.\n\n"
        "KH § 249\n\nKaupunginjohtajan ehdotus: Kaupunginhallitus hyväksyy hankesuunnitelman.\n\n"
        "Päätös: Palautettiin valmisteluun.\n"
    )
    item = parse_text(text).items[0]
    assert item.handling is not None and (item.handling.date, item.handling.section) == ("2019-08-12", 249)
    assert item.decision is not None and item.decision.outcome == "returned"
    assert [
        (s.handling.date if s.handling else None, s.decision.outcome if s.decision else None) for s in item.history
    ] == [("2018-11-19", "approved")]


def test_an_organs_full_name_with_a_colon_leads_into_proposal_points() -> None:
    text = (
        "§ 105\nHallintosääntö\n\nKaupunginhallitus 10.4.2017 § 105\n\nPäätösehdotus\n\nKaupunginhallitus:\n\n"
        "1. hyväksyy hallintosäännön\n2. kumoaa johtosäännöt\n\nPäätös\n\nHyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert item.proposal is not None and item.proposal.items == ["hyväksyy hallintosäännön", "kumoaa johtosäännöt"]
    assert item.decision is not None and item.decision.text == "Hyväksyttiin."


def test_handling_line_organ_is_not_a_subject_in_a_list_of_decisions() -> None:
    assert parse_handling("Rahkatie 3 / Purku-urakka / 31.10.2024 § 10") is None
    handling = parse_handling("Tekninen lautakunta 12.11.2024 § 164")
    assert handling is not None and handling.organ == "Tekninen lautakunta"


def test_one_item_without_a_section_is_not_titled_with_the_documents_name() -> None:
    text = "Helsingfors stad Protokoll 10/2012 Stadsfullmäktige\n\nBeslut\n\nStadsfullmäktige godkände förslaget.\n"
    item = parse_text(text).items[0]
    assert item.title is None
    assert item.decision is not None and item.decision.outcome == "approved"
    titled = "Katuvalojen uusiminen\n\nPäätös\n\nHyväksyttiin.\n"
    assert parse_text(titled).items[0].title == "Katuvalojen uusiminen"


def test_preparers_side_by_side_with_their_emails_and_titles_below() -> None:
    text = (
        "§ 8 Asemakaavan muutos\n\nValmistelija / lisätiedot:\nMirva Koski, Jarkko Pelto\n"
        "mirva.koski@kunta.fi, jarkko.pelto@kunta.fi\nYmpäristöinsinööri, Rakennustarkastaja\n\n"
        "Kaava on ollut nähtävillä.\n\nPäätös\n\nHyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert [(p.name, p.email, p.title) for p in item.preparers] == [
        ("Mirva Koski", "mirva.koski@kunta.fi", "Ympäristöinsinööri"),
        ("Jarkko Pelto", "jarkko.pelto@kunta.fi", "Rakennustarkastaja"),
    ]
    assert item.body == "Kaava on ollut nähtävillä."


def test_a_paragraph_ends_a_sentence_when_reading_the_outcome() -> None:
    text = (
        "Sivistysjohtaja esitti korjatun päätösehdotuksen, jonka mukaan:\n\nLautakunta:\n\n1) kuulee asiassa\n\n"
        "Lautakunta hyväksyi sivistysjohtajan korjatun päätösehdotuksen."
    )
    assert classify_outcome(text) == "amended"


def test_title_of_an_item_without_a_section_sign_keeps_its_wrapped_lines() -> None:
    # A decision page printed on its own (Vantaa, PDF text): no §, the title wraps over three lines.
    text = (
        "             Kaupunginhallituksen lausunto ympäristöministeriölle maankäyttö- ja\n"
        "             rakennuslain kokonaisuudistuksen luonnoksesta sekä sen vaikutuksista\n"
        "             kuntien kaavoitukseen\n\n"
        "VD/2210/10.03.00/2021\n\n"
        "Ehdotus\n\nKaupunginhallitus päättää antaa liitteen mukaisen lausunnon.\n\n"
        "Päätös\n\nEhdotus hyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert item.title == (
        "Kaupunginhallituksen lausunto ympäristöministeriölle maankäyttö- ja rakennuslain kokonaisuudistuksen "
        "luonnoksesta sekä sen vaikutuksista kuntien kaavoitukseen"
    )
    assert item.body is None or "kaavoitukseen" not in item.body
    assert item.decision is not None and item.decision.outcome == "approved"


def test_news_page_items_introduced_by_the_word_for_section() -> None:
    # A city's news page of a board meeting: "Pykälään N:" (any case of "pykälä") opens an item whose
    # title and decision share one line, the decision after the last comma.
    text = (
        "Kaupunginhallituksen päätökset\n\n"
        "Kaupunginhallitus päätti asiat esityslistan mukaisesti, paitsi:\n\n"
        "Pykälään 88: Palveluverkkoselvitys, palautettiin valmisteluun yksimielisesti.\n\n"
        "Pykälä 91: Kaupungintalon peruskorjauksen hankesuunnitelma, tehtiin lisäys.\n"
        "Anna Virtanen esitti lisäystä, jonka mukaan hankkeen kustannukset tuodaan uudelleen käsittelyyn. "
        "Esitystä kannatettiin ja se hyväksyttiin yksimielisesti.\n"
    )
    items = parse_text(text).items
    assert [(i.section, i.title) for i in items] == [
        (88, "Palveluverkkoselvitys"),
        (91, "Kaupungintalon peruskorjauksen hankesuunnitelma"),
    ]
    assert [i.decision.outcome if i.decision else None for i in items] == ["returned", "amended"]
    assert items[1].decision is not None and items[1].decision.text == "tehtiin lisäys."


def test_a_news_pages_item_line_wrapped_onto_the_next_lines() -> None:
    # the same page copied from a PDF, the line wrapped before its decision
    text = (
        "Kaupunginhallitus päätti asiat esityslistan mukaisesti, paitsi:\n\n"
        "Pykälään 161: Vuoden 2017 talousarvion ja vuosien\n2017 - 2019 taloussuunnitelman laadintaohjeiden\n"
        "hyväksyminen, tehtiin lisäys.\nAnna Virtanen esitti lisäystä. Esitys hyväksyttiin yksimielisesti.\n\n"
        "Pykälä 163: Organisaation ja toiminnan\nvirtaviivaistamisselvitys, palautettiin valmisteluun.\n"
    )
    items = parse_text(text).items
    assert [(i.section, i.title, i.decision.outcome if i.decision else None) for i in items] == [
        (161, "Vuoden 2017 talousarvion ja vuosien 2017 - 2019 taloussuunnitelman laadintaohjeiden hyväksyminen",
         "amended"),
        (163, "Organisaation ja toiminnan virtaviivaistamisselvitys", "returned"),
    ]  # fmt: skip
    assert items[0].body == "Anna Virtanen esitti lisäystä. Esitys hyväksyttiin yksimielisesti."


@pytest.mark.parametrize("head", ["§ {n}.\n{title}", "§ {n}. {title}", "§{n}.\n{title}"])
def test_section_sign_with_a_full_stop_after_the_number(head: str) -> None:
    # Minutes typed in a word processor: "§ 12." opens the item as "§ 12" does.
    text = "Kunnanhallitus          Pöytäkirja 3/2025\n\n" + "".join(
        head.format(n=n, title=title) + "\n\nPäätösehdotus\nHyväksytään.\n\nPäätös\nHyväksyttiin.\n\n"
        for n, title in ((12, "Vuokrasopimuksen hyväksyminen"), (13, "Avustushakemus"))
    )
    items = parse_text(text).items
    assert [(i.section, i.title) for i in items] == [(12, "Vuokrasopimuksen hyväksyminen"), (13, "Avustushakemus")]
    assert all(i.decision is not None and i.decision.outcome == "approved" for i in items)


def test_a_section_reference_with_a_decimal_does_not_open_an_item() -> None:
    text = "§ 12\nAvustushakemus\n\nPäätösehdotus\nMyönnetään avustus hallintosäännön\n§ 12.3 mukaisesti.\n"
    assert [i.section for i in parse_text(text).items] == [12]


def test_language_of_a_page_with_only_a_header_and_titles() -> None:
    from minutes_cli.language import detect

    listing = "KÄSITELLYT ASIAT\n62 Kokouksen laillisuus ja päätösvaltaisuus\n63 Pöytäkirjantarkastajien valinta"
    assert detect(listing) == "fi"
    assert detect("Kokousaika 21.12.2009 kello 16.00\nKokouspaikka Istuntosali\nLäsnä\nJäsenet\nPuheenjohtaja") == "fi"
    assert detect("Tid 3.2.2026 kl. 18\nPlats Stadshuset\nNärvarande ledamöter\nOrdförande\nSekreterare") == "sv"
    # header words do not outvote the running text: a Swedish item under a bilingual header is Swedish
    bilingual = "TID - AIKA 2.6.2025 kl./klo 15\nPLATS - PAIKKA Stadshuset\n"
    assert detect(bilingual + "Stadsstyrelsen föreslår att budgeten ändras och att beslutet verkställs.") == "sv"


@pytest.mark.parametrize(
    "shape", [str, lambda t: t.replace("\n", "\r\n"), lambda t: "\ufeff" + t], ids=["lf", "crlf", "bom"]
)
def test_a_page_that_records_how_an_item_was_handled_is_minutes(shape: Callable[[str], str]) -> None:
    item = "Äänestykset\nKaupunginhallituksen ehdotus JAA\nJaa\nAaltonen Mikko\nEi\nAxen Erkki\n\n"
    page = shape(item + "§ 56 Kokouksen laillisuus\n\nKokous on kutsuttu koolle.\n\nPäätösehdotus oli\n\nTodetaan.\n")
    assert parse_text(page).document_type == "minutes"
    item = "§ 56 Kokouksen laillisuus\n\nPerustelut\n\nKokous on kutsuttu koolle.\n\n"
    assert parse_text(item + "Päätösehdotus\n\nTodetaan laillisuus.\n").document_type == "unknown"


@pytest.mark.parametrize("width", [None, 95, 45], ids=["one-line-lead", "wrapped-lead", "narrow-lead"])
def test_news_page_of_a_days_decisions_is_titled_below_its_lead_paragraph(width: int | None) -> None:
    lead = (
        "Kaupunginhallituksen kokouksessa 7.6.2026 käsiteltiin muun muassa uimahallin peruskorjausta "
        "ja kaupungin asuntopoliittisia linjauksia sekä useita henkilöstöasioita.\n\n"
    )
    if width:  # as PDF text wraps it
        lead = "\n".join(textwrap.wrap(lead.strip(), width)) + "\n\n"
    text = (
        "Kaupunginhallituksen päätöksiä 7.6.2026\n\n" + lead + "Uimahallin peruskorjauksen hankesuunnitelma\n\n"
        "Hankkeen kustannusarvio on 8,2 miljoonaa euroa, ja rakentaminen alkaisi keväällä 2027, kun urakoitsija on "
        "valittu ja rahoitus on varmistunut kaupunginvaltuuston päätöksellä talousarvion käsittelyn yhteydessä.\n\n"
        "Kaupunginhallitus hyväksyi hankesuunnitelman.\n"
    )
    assert parse_text(text).items[0].title == "Uimahallin peruskorjauksen hankesuunnitelma"
    if width is None:
        # copied from the page without its blank lines: the title is the short line between two paragraphs
        tight = regex.sub(r"\n\s*\n", "\n", text)
        assert parse_text(tight).items[0].title == "Uimahallin peruskorjauksen hankesuunnitelma"


def test_transcript_site_controls_are_not_a_title() -> None:
    text = (
        "Helsingfors stad Protokoll 10/2012 Stadsfullmäktige\n\nStorlek: px\nStarta visningen från sidan:\n\n"
        "Transkript\n\nBeslut\n\nStadsfullmäktige godkände förslaget.\n"
    )
    assert parse_text(text).items[0].title is None


def test_preparer_line_ending_in_a_colon_before_the_email() -> None:
    text = (
        "§ 1 Tilojen sulkeminen\n\nPäätös\n\nJohtaja päätti sulkea tilat.\n\nLisätiedot\n\n"
        "Marjut Virta, hallintoassistentti, 31050997:\nmarjut.virta@hel.fi\n\nMuutoksenhaku\n\nEi muutoksenhakua.\n"
    )
    people = [(p.name, p.title, p.phone, p.email) for p in parse_text(text).items[0].preparers]
    assert people == [("Marjut Virta", "hallintoassistentti", "31050997", "marjut.virta@hel.fi")]


def test_points_across_a_page_break_and_prose_at_the_margin_after_them() -> None:
    lines = [
        "Lautakunta päättää, että",
        "   1. matkat korvataan verohallinnon ohjeiden mukaisesti,",
        "   2.",  # the number alone at the foot of the page, printed again over its text
        "",
        "   2. omaa työtä ei korvata.",
        "   3. Ulko-oven korjaa ja kustantaa",
        "      kaupunki.",
        "Kaupunki maksaa korvausta yhteensä 4 164 euroa.",
    ]
    proposal = build_proposal(lines)
    assert proposal is not None
    assert proposal.items == [
        "matkat korvataan verohallinnon ohjeiden mukaisesti,",
        "omaa työtä ei korvata.",
        "Ulko-oven korjaa ja kustantaa kaupunki.",
    ]


def test_dynasty_text_file_with_each_item_on_one_line() -> None:
    prose = "Pöytäkirja tarkastetaan sähköisesti kokouksen jälkeen, ja se pidetään nähtävänä verkossa. " * 3
    line = (
        "Tekninen lautakunta § 94 15.12.2020 PÖYTÄKIRJAN TARKASTUS TEKLTK § 94 " + prose + "Päätösehdotus "
        "Tekninen johtaja: Lautakunta valitsee pöytäkirjan tarkastajiksi kaksi jäsentä. Päätös Pöytäkirjan "
        "tarkastajiksi valittiin Liisa Laine ja Pekka Koski.\n"
    )
    text = line + line.replace("94", "95").replace("PÖYTÄKIRJAN TARKASTUS", "ILMOITUSASIAT")
    items = parse_text(text).items
    assert [(i.section, i.title) for i in items] == [(94, "PÖYTÄKIRJAN TARKASTUS"), (95, "ILMOITUSASIAT")]
    handling = items[0].handling
    assert handling is not None and (handling.organ, handling.date) == ("Tekninen lautakunta", "2020-12-15")
    assert items[1].decision is not None and items[1].decision.text.startswith("Pöytäkirjan tarkastajiksi valittiin")


def test_a_running_header_of_many_lines_stays_out_of_the_items() -> None:
    # Helsinki's PDF pages open with seven header lines; only one of them carries the page number.
    def header(page: int, asia: int) -> str:
        return f"Helsingin kaupunki\nPöytäkirja\n27/2019\n{page} (10)\nKaupunginhallitus\nAsia/{asia}\n17.06.2019\n\n"

    prose = "Kaupunginhallitus päättää hyväksyä asemakaavan muutoksen, joka koskee korttelia 123.\n" * 5
    text = (
        header(1, 1) + "§ 410\nAsemakaavan muutos Kalasatamassa\n\nPäätös\n\n" + prose
        + "\f" + header(2, 1) + prose + "\f" + header(3, 2)
        + "§ 411\nLausunto ympäristöministeriölle\n\nPäätös\n\nKaupunginhallitus päätti antaa lausunnon.\n"
    )  # fmt: skip
    items = parse_text(text).items
    assert [i.section for i in items] == [410, 411]
    for item in items:
        assert item.decision is not None
        written = (item.body or "") + item.decision.text
        assert not any(part in written for part in ("Helsingin kaupunki", "27/2019", "Asia/", "17.06.2019"))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Äänestyksen tulos: 43 jaa, 12 ei, 3 tyhjää ja 9 poissa.", (43, 12, 3, 9)),
        ("Äänestyksessä annettiin 7 jaa-ääntä, 4 ei-ääntä ja 1 tyhjä.", (7, 4, 1, None)),
        ("Omröstningen utföll 7–4 till förmån för förslaget.", (7, 4, None, None)),
        ("Äänestyksen tulos 7-2.", (7, 2, None, None)),
        ("Omröstningsresultat: 5–4.", (5, 4, None, None)),
        # numbers in words with the digits in brackets (Lapua)
        ("Äänestyksessä annettiin kuusi (6) jaa-ääntä ja kolme (3) ei-ääntä.", (6, 3, None, None)),
        # vote lists with the count in brackets, after the label or after the names
        ("JAA: Mäki Matti, Salo Pekka, Koski Liisa (3)\nEI: Virtanen Aila (1)\nTYHJÄÄ: (0)", (3, 1, 0, None)),
        ("Jaa-äänet (3): Mäki, Salo, Koski\nEi-äänet (1): Virtanen", (3, 1, None, None)),
    ],
)
def test_vote_counts_with_blank_and_absent(text: str, counts: tuple[int | None, ...]) -> None:
    votes = find_votes(text)
    assert len(votes) == 1
    assert (votes[0].yes, votes[0].no, votes[0].blank, votes[0].absent) == counts


@pytest.mark.parametrize("text", ["Tilikauden tulos 1-6/2024 oli ylijäämäinen.", "Äänestyksen tulos 1-8/2024 jälkeen."])
def test_a_result_of_months_is_not_a_vote(text: str) -> None:
    assert find_votes(text) == []


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Kokouksen laillisuus ja päätösvaltaisuus", "procedural"),
        ("Val av protokolljusterare", "procedural"),
        ("Ilmoitusasiat", "information"),
        ("Delegointipäätökset", "information"),
        ("Delegeringsbeslut", "information"),
        ("Lausunto ympäristöministeriölle", "statement"),
        ("Jäsenen valinta sivistyslautakuntaan", "election"),
        ("Val av ledamot i nämnden", "election"),
        ("Talousarvion muutos", "decision"),
        ("Meddelanden", "information"),
        ("Saapuneet kirjeet", "information"),
        ("Valtuutetun eronpyyntö", "election"),
        ("Anhållan om befrielse från förtroendeuppdrag", "election"),
        # opening and closing formalities
        ("Kokouksen sulkeminen", "procedural"),
        ("Läsnäolo- ja puheoikeudet", "procedural"),
        ("Pöytäkirjan nähtävänä pitäminen", "procedural"),
        ("Seuraava kokous", "procedural"),
        ("Mötets konstituering", "procedural"),
        ("Muut asiat", "other"),
        ("Övriga ärenden", "other"),
        ("Tjänstemannabeslut", "information"),
        # the appeal instructions as a last pseudo-item of older PDFs; an appeal itself is a decision
        ("OIKAISUVAATIMUSOHJEET JA VALITUSOSOITUS", "procedural"),
        ("Besvärsanvisning", "procedural"),
        ("Oikaisuvaatimus rakennusluvasta", "decision"),
    ],
)
def test_item_kind_from_the_title(title: str, kind: str) -> None:
    assert parse_text(f"§ 5 {title}\n\nPäätös\n\nHyväksyttiin.\n").items[0].item_kind == kind


def test_each_stage_of_an_item_handled_at_many_meetings_keeps_its_own_text() -> None:
    # Dynasty prints every earlier handling of a case under its own line; the last is this meeting's.
    stages = [
        f"Tekninen lautakunta {day}.3.2024 § {day}\n\nPäätösehdotus\nEhdotus {day}.\n\nPäätös\nPäätös {day}.\n\n"
        for day in range(1, 29)
    ]
    text = "§ 28\nKatusuunnitelman hyväksyminen\n\n" + "".join(stages)
    item = parse_text(text).items[0]
    assert item.handling is not None and item.handling.date == "2024-03-28"
    assert item.decision is not None and item.decision.text == "Päätös 28."
    assert [s.decision.text if s.decision else None for s in item.history] == [f"Päätös {d}." for d in range(1, 28)]
    assert [s.proposal.text if s.proposal else None for s in item.history][:2] == ["Ehdotus 1.", "Ehdotus 2."]


def test_a_sentence_that_goes_on_over_a_page_break_stays_one_paragraph() -> None:
    def header(page: int) -> str:
        return f"\f Esimerkin kaupunki      Pöytäkirja   4/2025   {page} (3)\n Kaupunginhallitus       12.05.2025\n\n\n"

    text = (
        f"{header(1)}§ 12\nTontin myynti\n\nKaupunki on neuvotellut tontin myynnistä, ja ostaja on sitoutunut\n"
        f"{header(2)}rakentamaan tontille kahden vuoden kuluessa.\n\n"
        f"Kauppahinta on 80 000 euroa.\n{header(3)}Ostaja maksaa hinnan kaupanteossa.\n\n"
        "Päätös\nHyväksyttiin.\n"
    )
    body = parse_text(text).items[0].body
    assert body == (
        "Kaupunki on neuvotellut tontin myynnistä, ja ostaja on sitoutunut rakentamaan tontille kahden vuoden "
        "kuluessa.\n\nKauppahinta on 80 000 euroa.\n\nOstaja maksaa hinnan kaupanteossa."
    )


def test_two_running_headers_each_stay_out_of_the_items() -> None:
    # Minutes with an extract of another organ's minutes appended: each part has its own page header.
    def page(n: int, document: str, organ: str, body: str) -> str:
        return f"\f Esimerkin kaupunki     {document}     {n} (6)\n {organ}     12.05.2025\n\n\n{body}\n"

    minutes = [
        page(n, "Pöytäkirja", "Kaupunginhallitus", f"§ {n}\nAsia {n}\n\nPäätös\nHyväksyttiin.") for n in range(1, 5)
    ]
    extract = [page(n, "Pöytäkirjanote", "Tekninen lautakunta", f"Liitteen teksti sivulla {n}.") for n in (5, 6)]
    doc = parse_text("".join(minutes + extract))
    assert [i.section for i in doc.items] == [1, 2, 3, 4]
    assert doc.items[3].decision is not None
    assert "lautakunta" not in doc.items[3].decision.text + (doc.items[3].body or "")


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (
            "§ 198     Yhteistoimintaneuvottelujen tuloksen hyväksyminen osana\n"
            "          vuoden 2024 talousarviovalmistelua\n\n          Kaupunki on neuvotellut asiasta.\n",
            "Yhteistoimintaneuvottelujen tuloksen hyväksyminen osana vuoden 2024 talousarviovalmistelua",
            "Kaupunki on neuvotellut asiasta.",
        ),
        (
            "§ 28      Tuomiokirkon ja Syväojan risteysalue /\n          Sivistyslautakunnan lausunto\n\nLausunto.\n",
            "Tuomiokirkon ja Syväojan risteysalue / Sivistyslautakunnan lausunto",
            "Lausunto.",
        ),
        (  # the text starts right under the title, in its column
            "§ 5       Kokouksen laillisuus\n          Kokous todettiin laillisesti koolle kutsutuksi.\n",
            "Kokouksen laillisuus",
            "Kokous todettiin laillisesti koolle kutsutuksi.",
        ),
        (  # a title in capitals goes on in capitals
            "58 §           MÄÄRÄRAHAN MYÖNTÄMINEN KOULUN PIHAN\n               PERUSKORJAUKSEEN\n\nPiha on huono.\n",
            "MÄÄRÄRAHAN MYÖNTÄMINEN KOULUN PIHAN PERUSKORJAUKSEEN",
            "Piha on huono.",
        ),
        (  # not in the title's column: the text
            "§ 5 Kokouksen laillisuus ja\nvaltuutettujen läsnäolo todettiin.\n",
            "Kokouksen laillisuus ja",
            "valtuutettujen läsnäolo todettiin.",
        ),
    ],
)
def test_a_title_beside_its_section_wraps_in_its_own_column(text: str, title: str, body: str) -> None:
    item = parse_text(text + "\nPäätös    Hyväksyttiin.\n").items[0]
    assert (item.title, item.body) == (title, body)


@pytest.mark.parametrize(
    "sections", ["§ 124", "124 §", "§§ 123–124", "§:t 123-124", "Pykälät 123-124", "Paragraferna 123 och 124"]
)
def test_appeal_instructions_after_the_last_item_are_not_part_of_it(sections: str) -> None:
    items = "".join(f"§ {n}\nAsia {n}\n\nPäätös\nHyväksyttiin.\n\n" for n in (123, 124))
    appeal = f"Oikaisuvaatimus\n     {sections}\n\nOikaisuvaatimusohje\nPäätökseen voi hakea oikaisua.\n"
    doc = parse_text(items + appeal)
    assert [i.section for i in doc.items] == [123, 124]
    assert doc.items[1].decision is not None and doc.items[1].decision.text == "Hyväksyttiin."


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (  # a short title, then the text at once
            ["Kokouksen laillisuus ja päätösvaltaisuus", "Hallintosäännön mukaan kokous on laillinen."],
            "Kokouksen laillisuus ja päätösvaltaisuus",
        ),
        (  # the deciding organ under the title (Ahjo)
            ["Helsingin yleiskaavan toteuttamisohjelma 2022", "Kaupunginhallitus", "Asia on valmisteltu."],
            "Helsingin yleiskaavan toteuttamisohjelma 2022",
        ),
        (["Muut asiat", "1. Edustukset", "2. Seuraava kokous"], "Muut asiat"),
        (  # a long title that wraps, and the text after it
            [
                "Asemakaavan muutos / 10. Siirilän kaupunginosa / kortteli 1030 ja osakorttelit 1047 ja 1048 /",
                "Tuomiokirkon ja Syväojan risteysalue",
                "Lautakunta antaa lausunnon.",
            ],
            "Asemakaavan muutos / 10. Siirilän kaupunginosa / kortteli 1030 ja osakorttelit 1047 ja 1048 / "
            "Tuomiokirkon ja Syväojan risteysalue",
        ),
        (
            ["Täyttölupa erityisluokanopettajien virkojen täyttämiseen 1.8.2025 alkaen", "toistaiseksi"],
            "Täyttölupa erityisluokanopettajien virkojen täyttämiseen 1.8.2025 alkaen toistaiseksi",
        ),
    ],
)
def test_a_title_with_no_blank_line_under_it_ends_where_the_text_begins(lines: list[str], title: str) -> None:
    # Text copied from a web page often loses its paragraph breaks.
    item = parse_text("\n".join(["§ 5", *lines, "Päätös", "Hyväksyttiin."]) + "\n").items[0]
    assert item.title == title


@pytest.mark.parametrize(
    "furniture", ["2 (2)", "Sivu 2 / 2", "Sida 2 av 2", "Esimerkin kaupunki     Pöytäkirja 7/2024     Sivu 2 (2)"]
)
def test_a_page_number_that_stands_once_stays_out_of_the_item(furniture: str) -> None:
    # A two-page extract has one page break, so its page header repeats nowhere.
    text = f"§ 54\nTontin myynti\n\nPäätösehdotus\nMyydään tontti.\n\n{furniture}\n\nPäätös\nHyväksyttiin.\n"
    item = parse_text(text).items[0]
    assert item.proposal is not None and item.proposal.text == "Myydään tontti."
    assert item.decision is not None and item.decision.text == "Hyväksyttiin."


@pytest.mark.parametrize("line", ["Sivu 326", "Katso liite, sivu 2/8", "Kokous 2 (3)"])
def test_a_page_of_a_table_of_contents_or_a_cited_page_is_text(line: str) -> None:
    text = f"§ 54\nTontin myynti\n\nPäätös\nHyväksyttiin.\n{line}\n"
    decision = parse_text(text).items[0].decision
    assert decision is not None and decision.text.endswith(line)


def test_a_heading_word_that_a_sentence_wraps_onto_is_text() -> None:
    text = (
        "§ 27 Verkställighet av stadsfullmäktiges beslut\n\nBeslut\n"
        "Stadsstyrelsen beslöt att verkställa beslutet. Motionerna skickas vidare för\n"
        "beredning: krisplaner till förvaltningen och hamnfrågan till tekniska nämnden.\n\n"
        "beredning: ekonomidirektör Anna Berg\n"
    )
    item = parse_text(text).items[0]
    assert item.decision is not None and item.decision.text.endswith("hamnfrågan till tekniska nämnden.")
    assert [p.name for p in item.preparers] == ["Anna Berg"]  # after a blank line, a heading however written


def test_a_word_that_names_a_document_type_inside_a_wrapped_sentence_does_not_name_the_document() -> None:
    head = (
        "Kunnanhallitus 18.3.2019\n\nKunnan ylin päättävä toimielin on valtuusto, jonka\n"
        "päätökset panee täytäntöön kunnanhallitus.\n\n"
    )
    doc = parse_text(head + "§ 5 Tilinpäätös 2018\n\nPäätös\nHyväksyttiin.\n")
    assert doc.document_type == "minutes"  # from the recorded decision, not from "päätökset"


def test_a_label_word_that_a_sentence_wraps_onto_is_not_a_label() -> None:
    text = (
        "Kuvaus\nToimielin on päätösvaltainen, kun enemmän kuin puolet jäsenistä on\n"
        "läsnä (kuntalaki 103 §).\nPäätösehdotus\nTodetaan kokous lailliseksi.\nPäätös\nHyväksyttiin.\n"
        "Maarit Lepistö oli estynyt osallistumasta kokoukseen.\n"
    )
    doc = parse_text(text)
    assert doc.meeting is None or doc.meeting.participants == []


def test_the_header_of_the_second_page_of_a_two_page_extract_stays_out() -> None:
    text = (
        "ESIMERKIN KAUPUNKI\nKaupunginhallitus\nPÖYTÄKIRJANOTE 12.05.2025\n\n"  # the first page has its own
        "§ 54\nTontin myynti\n\nPäätösehdotus\nMyydään tontti.\n"
        "\fEsimerkin kaupunki     Pöytäkirjanote     2 (2)\nKaupunginhallitus      12.05.2025\n\n"
        "Päätös\nHyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert item.proposal is not None and item.proposal.text == "Myydään tontti."
    assert item.decision is not None and item.decision.text == "Hyväksyttiin."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Stadsstyrelsen godkände stadsdirektörens förslag", None),  # a sentence that a wrap cut short
        ("Kaupunginhallitus hyväksyi kaupunginjohtajan ehdotuksen", None),
        ("Ordförande Emilia Haverinens förslag:", "proposal"),
        ("Esittelijän muutettu ehdotus", "proposal"),
        ("Kaupunginjohtajan ehdotus", "proposal"),
        ("Päätösehdotus oli", "proposal"),
        ("Sivistys- ja hyvinvointijohtajan päätösehdotus", "proposal"),
        ("Bildnings- och kulturdirektörens förslag", "proposal"),
        ("Tekninen johtaja Jukka Mäkelän ehdotus", "proposal"),
        ("Bildningsdirektör/t välfärdschef Teresia Tötermans förslag", "proposal"),
    ],
)
def test_a_proposal_heading_names_whose_proposal_it_is(line: str, kind: str | None) -> None:
    heading = match_heading(line)
    assert (heading.kind if heading else None) == kind


def test_a_decision_wrapped_after_the_word_for_proposal_stays_the_decision() -> None:
    text = (
        "§ 58 Byggande av nytt daghem\n\nFörslag\n\nStadsstyrelsen godkänner projektplanen.\n\n"
        "Beslut\n\nStadsstyrelsen godkände stadsdirektörens förslag\nefter omröstning.\n"
    )
    item = parse_text(text).items[0]
    assert item.decision is not None and item.decision.text.endswith("förslag efter omröstning.")
    assert item.proposal is not None and item.proposal.text == "Stadsstyrelsen godkänner projektplanen."


def test_an_earlier_handling_named_above_its_own_stage_line_is_one_stage() -> None:
    text = (
        "44 § Rekrytering av välfärdschef\n\nTidigare behandling:\nStadsstyrelsen 5.9.2022, 186 §\n\n\n"
        "Stadsstyrelsen 5.9.2022, 186 §\n\nBeredning: stadsdirektör Martin Norrgård\n\n"
        "Staden behöver rekrytera en ny välfärdschef.\n\nBeslut:\nGodkändes.\n\n"
        "Välfärdsnämnden 15.9.2022, 44 §\n\nBeslut:\nAntecknades för kännedom.\n"
    )
    item = parse_text(text).items[0]
    assert [s.handling.organ if s.handling else None for s in item.history] == ["Stadsstyrelsen"]
    assert item.history[0].decision is not None and item.history[0].decision.text == "Godkändes."
    assert item.decision is not None and item.decision.text == "Antecknades för kännedom."


def test_the_pages_of_an_attachment_after_the_item_are_not_its_decision() -> None:
    text = (
        "§ 49\nBudgetdirektiv för 2023\n\nBeslut\nAntecknades för kännedom.\n\n"
        "\fBilaga Välfärdsnämnden, 15.09.2022 § 49\n\nBudgetram för välfärdssektorn 2023.\n"
    )
    item = parse_text(text).items[0]
    assert item.decision is not None and item.decision.text == "Antecknades för kännedom."
    assert item.handling is None and item.history == []


def test_a_news_digest_numbered_with_parentheses() -> None:
    text = (SAMPLES / "numbered-news-digest.txt").read_text(encoding="utf-8")
    with_dots = parse_text(text).items
    with_parentheses = parse_text(regex.sub(r"(?m)^(\d{1,2})\. ", r"\1) ", text)).items
    assert len(with_dots) >= 4
    assert [(i.title, i.decision) for i in with_parentheses] == [(i.title, i.decision) for i in with_dots]


_ADVANCE_BULLETIN = """Kaupunginhallitus 22.4.2024, ennakkotiedote päätöksistä

Tässä ennakkotiedote kaupunginhallituksen päätöksistä. Varsinainen pöytäkirja julkaistaan myöhemmin.

1. Palveluverkkoseminaari 29.9.2025, merkittiin tiedoksi

2. Kaupunkistrategian valmistelu; merkittiin tiedoksi seminaarien ajankohdat

3. Lauta- ja johtokuntien sekä viranhaltijoiden päätökset: ei käytetty otto-oikeutta.

4. Kaupunginhallitus hyväksyi perinneneuvoston toimintasäännön ja nimesi sen puheenjohtajan.

5. Etuosto-oikeuden käyttäminen, Kylätie 17. Kaupunginjohtajan päätösesitys: Kaupunki käyttää etuosto-oikeutta \
myytyyn kiinteistöön. Kaupunki maksaa kauppahinnan 85.000 euroa. Matti Aho teki vastaesityksen, ettei oikeutta \
käytetä. Asiasta äänestettiin. Päätösesitys hyväksyttiin äänin 8-5.

6. Kauppahallin peruskorjaus. Uusi päätösesitys. "Kaupunginhallitus vahvistaa tavoitekustannusarvioksi 5.250.000 \
euroa." Päätösesitys hyväksyttiin.

7. Talousarviomuutos vuodelle 2024; rikosten ehkäisy.

Aho esitti, että asia palautetaan valmisteluun. Koski kannatti. Äänin 11-2 jatketaan käsittelyä.

Kaupunginjohtaja muutti esitystä siten, että lisättiin loppuun rahoitusehto. Muutettu päätösehdotus hyväksyttiin.
"""


def test_an_advance_bulletin_of_decisions() -> None:
    # "ennakkotiedote päätöksistä": what was decided, told before the minutes are out (Oulu)
    doc = parse_text(_ADVANCE_BULLETIN)
    assert doc.document_type == "decision"
    items = doc.items
    # the decision after the title's comma, semicolon or colon, in lower case
    assert [(i.title, i.decision.text if i.decision else None) for i in items[:3]] == [
        ("Palveluverkkoseminaari 29.9.2025", "merkittiin tiedoksi"),
        ("Kaupunkistrategian valmistelu", "merkittiin tiedoksi seminaarien ajankohdat"),
        ("Lauta- ja johtokuntien sekä viranhaltijoiden päätökset", "ei käytetty otto-oikeutta."),
    ]
    # a line that only tells what the board decided has no title
    told = items[3]
    assert told.title is None
    assert told.decision is not None and told.decision.text.startswith("Kaupunginhallitus hyväksyi")
    # the proposal told on the line, up to the sentence that tells how the meeting handled it
    sale = items[4]
    assert sale.proposal is not None
    assert (
        sale.proposal.text
        == "Kaupunki käyttää etuosto-oikeutta myytyyn kiinteistöön. Kaupunki maksaa kauppahinnan 85.000 euroa."
    )
    assert sale.presenter is not None and (sale.presenter.title, sale.presenter.name) == ("Kaupunginjohtaja", None)
    assert sale.decision is not None and sale.decision.text.startswith("Matti Aho teki vastaesityksen")
    assert [a.value for a in sale.amounts] == [85000]
    hall = items[5]
    assert hall.proposal is not None and hall.proposal.text.endswith('5.250.000 euroa."')
    assert hall.decision is not None and hall.decision.text == "Päätösesitys hyväksyttiin."
    # no decision on the title's line: the paragraphs under it tell it
    budget = items[6]
    assert budget.decision is not None and budget.decision.outcome == "amended"
    assert budget.decision.text.startswith("Aho esitti")


def test_a_decision_list_stating_each_decision_in_lower_case_after_the_title() -> None:
    text = (
        "Kaupunginhallituksen päätökset 4.12.2017\n\n§ 470 Pelastuslain muuttaminen, lausunto: hyväksyttiin.\n\n"
        "§ 471 Tontin vuokraus, hyväksyttiin\n\n§ 472 Palveluverkko: merkittiin tiedoksi\n\n"
        "§ 473 Kaupunginjohtajan lausunto: Hyväksyttiin.\n"
    )
    items = parse_text(text).items
    assert [(i.title, i.decision.outcome if i.decision else None) for i in items] == [
        ("Pelastuslain muuttaminen, lausunto", "approved"),
        ("Tontin vuokraus", "approved"),
        ("Palveluverkko", "noted"),
        ("Kaupunginjohtajan lausunto", "approved"),
    ]


def test_a_digest_numbering_its_items_by_section() -> None:
    # "304. Kokouksen laillisuus …": the points count from the meeting's first section, not from one
    text = (
        "Kaupunginhallituksen päätökset 21.6.2021\n\nEsityslistat ja pöytäkirjat\n\n"
        "304. Kokouksen laillisuus ja päätösvaltaisuus\n\n305. Pöytäkirjan tarkastajat\n\n"
        "306. Poikkeaminen 109-532-7-112, Liesontie 569, rantarakentaminen\n"
        "Kaupunginhallitus hyväksyi esittelijän ehdotuksen.\n\n"
        "307. Lapset SIB\nKaupunginhallitus palautti asian valmisteluun.\n\n"
        "308. Kaupunginvaltuuston kokousjärjestelyt 2021-2025\nKaupunginhallitus jätti asian pöydälle.\n"
    )
    items = parse_text(text).items
    assert [(i.section, i.title) for i in items] == [
        (304, "Kokouksen laillisuus ja päätösvaltaisuus"),
        (305, "Pöytäkirjan tarkastajat"),
        (306, "Poikkeaminen 109-532-7-112, Liesontie 569, rantarakentaminen"),
        (307, "Lapset SIB"),
        (308, "Kaupunginvaltuuston kokousjärjestelyt 2021-2025"),
    ]
    assert [i.decision.outcome if i.decision else None for i in items] == [None, None, "approved", "returned", "tabled"]


def test_numbered_points_without_decisions_are_no_items() -> None:
    # the phases of a project, not sections: most of them decide nothing
    text = (
        "Kunnanhallitus\n\nHankkeen vaiheet\n\n3. Suunnittelu\n\n4. Kilpailutus\n\n5. Rakentaminen\n\n"
        "Päätös\nHyväksyttiin.\n"
    )
    [item] = parse_text(text).items
    assert item.section is None
    assert item.decision is not None and item.decision.text == "Hyväksyttiin."


def test_an_acting_officials_presenter_line_and_proposal_heading() -> None:
    # "vs." (viransijainen), "va." (virkaa tekevä), "t.f." (tillförordnad): acting officials
    text = (
        "§ 5\nTontin myynti\n\nEsittelijä vs. kaupunginjohtaja Matti Meikäläinen\n\n"
        "Vs. kaupunginjohtajan ehdotus:\nKaupunginhallitus päättää myydä tontin.\n\nPäätös\nHyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert item.presenter is not None
    assert (item.presenter.title, item.presenter.name) == ("vs. kaupunginjohtaja", "Matti Meikäläinen")
    assert item.proposal is not None and item.proposal.text == "Kaupunginhallitus päättää myydä tontin."
    assert item.body is None
    heading = match_heading("T.f. stadsdirektörens förslag:")
    assert heading is not None and heading.kind == "proposal"
    assert match_heading("Esittelijä totesi asian.") is None


def test_language_of_a_short_item_in_a_document_of_the_other_language() -> None:
    text = (
        "§ 12\nAvustushakemus\n\nPäätösehdotus\nMyönnetään avustus, joka on haettu ja jonka määrä on kohtuullinen.\n\n"
        "Päätös\nHyväksyttiin.\n\n"
        "§ 14\nBidrag\n\nBeslutsförslag\nBidrag beviljas.\n\nBeslut\nGodkändes.\n"
    )
    assert [i.language for i in parse_text(text).items] == ["fi", "sv"]


@pytest.mark.parametrize(
    ("head", "document_type"),
    [
        ("Pöytäkirjaote\nKunnanhallitus 12.3.2024", "minutes"),
        ("OTE PÖYTÄKIRJASTA\nKunnanhallitus 12.3.2024", "minutes"),
        ("Viranhaltijapäätös\nTekninen johtaja", "decision"),
        ("Tjänsteinnehavarbeslut\nTekniska direktören", "decision"),
        # an item of a meeting's list named so does not make the meeting a decision (its recorded
        # decision makes it minutes)
        ("Kunnanhallitus\nKäsitellyt asiat\n§ 44 Viranhaltijan päätös tiedoksi", "minutes"),
    ],
)
def test_document_named_as_an_extract_or_an_officials_decision(head: str, document_type: str) -> None:
    text = f"{head}\n\n§ 45\nTontin vuokraus\n\nPäätös\nHyväksyttiin.\n"
    assert parse_text(text).document_type == document_type


@pytest.mark.parametrize("name", ["PÖYTÄKIRJANOTE", "Pöytäkirjaote", "PROTOKOLLSUTDRAG"])
def test_an_extracts_name_over_the_item_is_not_its_title(name: str) -> None:
    text = (
        f"ESIMERKIN KUNTA                     {name}\nKunnanhallitus                      12.03.2024   45 §\n\n"
        "TIEYHDISTYKSEN AVUSTUSHAKEMUS\n\nTiekunta hakee avustusta.\n\nPäätös:\nEhdotus hyväksyttiin.\n"
    )
    [item] = parse_text(text).items
    assert (item.section, item.title) == (45, "TIEYHDISTYKSEN AVUSTUSHAKEMUS")


@pytest.mark.parametrize(
    ("head", "title", "case"),
    [
        ("§ 45 Asemakaavan muutos, Dnro 123/10.02.03/2024", "Asemakaavan muutos", "123/10.02.03/2024"),
        ("§ 45\nAsemakaavan muutos (Dnro 123/10.02.03/2024)", "Asemakaavan muutos", "123/10.02.03/2024"),
        ("§ 45 ASEMAKAAVAN MUUTOS DNRO 55/2024", "ASEMAKAAVAN MUUTOS", "55/2024"),
        # a number in a title without the label is part of the title
        ("§ 45 Lausunto hallituksen esityksestä 123/2024", "Lausunto hallituksen esityksestä 123/2024", None),
    ],
)
def test_a_labelled_case_number_at_the_end_of_the_title(head: str, title: str, case: str | None) -> None:
    item = parse_text(f"{head}\n\nPäätös\nHyväksyttiin.\n").items[0]
    assert (item.title, item.case_number.raw if item.case_number else None) == (title, case)


def _item_with_people(block: str):  # type: ignore[no-untyped-def]
    """The item of a text with the given preparer or presenter block above its body, proposal and decision."""
    text = f"§ 5\nTalousarvio\n\n{block}\n\nTekstiä asiasta.\n\nPäätösehdotus\nHyväksytään.\n\nPäätös\nHyväksyttiin.\n"
    return parse_text(text).items[0]


@pytest.mark.parametrize(
    ("block", "preparers", "presenter"),
    [
        (
            "Valmistelijat: talousjohtaja Anna Virtanen ja kunnansihteeri Aila Koski",
            [("talousjohtaja", "Anna Virtanen"), ("kunnansihteeri", "Aila Koski")],
            None,
        ),
        # the office alone: the presenter is the town manager, whoever holds the post
        ("Esittelijä: Kunnanjohtaja", [], ("Kunnanjohtaja", None)),
        (
            "Valmistelija ja esittelijä: kunnanjohtaja Jukka Kujala",
            [("kunnanjohtaja", "Jukka Kujala")],
            ("kunnanjohtaja", "Jukka Kujala"),
        ),
        # the two roles in either order, apart by a slash
        ("Esittelijä / valmistelija: rehtori Anna Laine", [("rehtori", "Anna Laine")], ("rehtori", "Anna Laine")),
        (
            "Beredare/föredragande: bildningsdirektör Eva Lind",
            [("bildningsdirektör", "Eva Lind")],
            ("bildningsdirektör", "Eva Lind"),
        ),
        (
            "Valmistelu ja lisätiedot: hallintojohtaja Anna Aho, p. 044 123 4567",
            [("hallintojohtaja", "Anna Aho")],
            None,
        ),
        # prose under the heading is not an office
        ("Esittelijä\nKunnanjohtaja\nKunnanjohtaja on valmistellut asian.", [], None),
    ],
)
def test_preparers_and_presenter_forms(
    block: str, preparers: list[tuple[str, str]], presenter: tuple[str, str | None] | None
) -> None:
    item = _item_with_people(block)
    assert [(p.title, p.name) for p in item.preparers] == preparers
    assert ((item.presenter.title, item.presenter.name) if item.presenter else None) == presenter


def test_signature_blanks_side_by_side_are_not_text() -> None:
    text = (
        "§ 45\nTalousarvion muutos\n\nTalousarvioon tehdään muutos.\n\n"
        "Tarkastajien nimikirjaimet          Otteen oikeaksi todistaa\n________  ________\n\n"
        "Päätös\nHyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert item.body is not None and "___" not in item.body


def test_page_header_with_its_number_under_the_word_for_page() -> None:
    # Nykarleby's PDFs: "Protokoll   N §   DATE   Sida" over "Organ        page"; text copied without
    # its form feeds still has them at the top of every page.
    header = "Protokoll               {n} §         11.03.2025                                    Sida\n" + (
        "Bildningsnämnden                                                                      {page}\n\n"
    )
    text = (
        header.format(n=21, page=1)
        + "21 § Sammanträdets laglighet\n\nBeslut\nFörslaget godkändes.\n\n\n"
        + header.format(n=22, page=2)
        + "                                                        NKBY/57/12.03.01/2023\n"
        + "22 § Mötestider\n\nBeslut\nFörslaget godkändes.\n\n\n"
        + header.format(n=23, page=3)
        + "                                                        NKBY/58/12.03.01/2023\n"
        + "23 § Budget\n\nBeslut\nFörslaget godkändes.\n"
    )
    items = parse_text(text).items
    assert [i.decision.text if i.decision else None for i in items] == ["Förslaget godkändes."] * 3
    # the case number under each header is the item's own, not part of the header
    assert [i.case_number.raw if i.case_number else None for i in items] == [
        None,
        "NKBY/57/12.03.01/2023",
        "NKBY/58/12.03.01/2023",
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Pöytäkirjaan merkittiin, että Pekka Pouta saapui kokoukseen klo 18.15.",
        "Merkitään pöytäkirjaan, että Pekka Pouta poistui.",
        "Antecknades i protokollet att Kalle Ek anlände kl. 18.15.",
        "Till protokollet antecknades att Kalle Ek avlägsnade sig.",
    ],
)
def test_recorded_notes_in_either_word_order(note: str) -> None:
    decision = build_decision(["Hyväksyttiin.", note])
    assert decision is not None and decision.notes == [note]


def test_several_votes_given_as_labelled_counts() -> None:
    # Helsinki: "1 äänestys … Jaa-äänet: 9 … Ei-äänet: 4 … Tyhjä: 0 … Poissa: 2", then "2 äänestys …"
    text = (
        "1 äänestys\n\nJAA-ehdotus: Esittelijän ehdotuksen mukaan\nEI-ehdotus: Palautetaan asia.\n\n"
        "Jaa-äänet: 9\nDaniel Sazonov\n\nEi-äänet: 4\nPaavo Arhinmäki\n\nTyhjä: 0\n\nPoissa: 2\nAnni Sinnemäki\n\n"
        "2 äänestys\n\nJaa-äänet: 8\n\nEi-äänet: 5\n\nTyhjä: 1\n\nPoissa: 1\n"
    )
    assert [(v.yes, v.no, v.blank, v.absent) for v in find_votes(text)] == [(9, 4, 0, 2), (8, 5, 1, 1)]


@pytest.mark.parametrize(
    ("block", "attachments"),
    [
        ("Liitteet: 1. Kaavakartta, 2. Kaavaselostus", ["1. Kaavakartta", "2. Kaavaselostus"]),
        # Vantaa: bulleted entries that wrap; the bullet is a marker, the wrapped line goes on
        (
            "Liitteet\n- Kommentit parlamentaarisen työryhmän väliraporttiin tulevaisuuden kunnasta sekä\n"
            "asiantuntijaryhmän muistioon\n- Tulevaisuuden kunnat skenaariot ja visiot 2030",
            [
                "Kommentit parlamentaarisen työryhmän väliraporttiin tulevaisuuden kunnasta sekä "
                "asiantuntijaryhmän muistioon",
                "Tulevaisuuden kunnat skenaariot ja visiot 2030",
            ],
        ),
        ("Liitteet\n1. Sopimus, 2 kpl\n2. Kartta", ["1. Sopimus, 2 kpl", "2. Kartta"]),
        ("Liitteet: Liite 1 Kaavakartta, Liite 2 Kaavaselostus", ["Liite 1 Kaavakartta", "Liite 2 Kaavaselostus"]),
        ("Bilagor\nBilaga 1 Karta, Bilaga 2 Planbeskrivning", ["Bilaga 1 Karta", "Bilaga 2 Planbeskrivning"]),
    ],
)
def test_attachment_lists(block: str, attachments: list[str]) -> None:
    text = f"§ 5\nKaava\n\nTaustaa.\n\n{block}\n\nPäätösehdotus\nHyväksytään.\n\nPäätös\nHyväksyttiin.\n"
    assert parse_text(text).items[0].attachments == attachments


@pytest.mark.parametrize(
    ("block", "person"),
    [
        # the title alone above the name, capitalised
        ("Esittelijä\n\nKaupunginjohtaja\nJukka Kujala", ("Kaupunginjohtaja", "Jukka Kujala")),
        # Lapua: name, e-mail, then the title under them
        (
            "Valmistelija / lisätiedot:\nLeena Luomanen\nleena.luomanen@lapua.fi\nPalvelupäällikkö",
            ("Palvelupäällikkö", "Leena Luomanen"),
        ),
        (
            "Valmistelija / lisätiedot:\nUlpu Viimaluoto\nulpu.viimaluoto@lapua.fi\nKunnallistekniikan suunnittelija",
            ("Kunnallistekniikan suunnittelija", "Ulpu Viimaluoto"),
        ),
    ],
)
def test_a_title_on_its_own_line_above_or_under_the_name(block: str, person: tuple[str, str]) -> None:
    item = _item_with_people(block)
    people = [item.presenter] if item.presenter else item.preparers
    assert [(p.title, p.name) for p in people] == [person]
    assert item.body == "Tekstiä asiasta."


@pytest.mark.parametrize(
    ("text", "title", "distribution"),
    [
        ("§ 3\nFör kännedom\n\nBeslut\nAntecknades för kännedom.\n", "För kännedom", []),
        ("§ 3\nTiedoksi\n\nPäätös\nMerkittiin tiedoksi.\n", "Tiedoksi", []),
        # a distribution heading with its list under it is not a title
        ("§ 3\n\nTiedoksi\nHakija\n\nPäätös\nHyväksyttiin.\n", None, ["Hakija"]),
    ],
)
def test_an_item_titled_with_a_list_heading_word(text: str, title: str | None, distribution: list[str]) -> None:
    item = parse_text(text).items[0]
    assert (item.title, item.distribution) == (title, distribution)


@pytest.mark.parametrize("label", ["Jäävi", "Jäävit", "Esteellinen", "Esteelliset"])
def test_a_disqualification_heading_in_the_left_column_is_not_decision_text(label: str) -> None:
    text = (
        "§ 47\nKoulukuljetusten hankinta\n\nPäätösehdotus   Hyväksytään tarjous.\n\nPäätös          Hyväksyttiin.\n\n"
        f"{label:<16}Pekka Salo ilmoitti olevansa esteellinen ja poistui asian käsittelyn ajaksi.\n"
    )
    decision = parse_text(text).items[0].decision
    assert decision is not None
    assert decision.text == "Hyväksyttiin."
    assert [c.name for c in decision.conflicts] == ["Pekka Salo"]


@pytest.mark.parametrize(
    "sentence",
    ["Jäävinä Pekka Salo poistui kokouksesta.", "Esteellisenä Pekka Salo poistui kokouksesta."],
)
def test_the_word_for_disqualified_is_not_part_of_the_name(sentence: str) -> None:
    decision = build_decision(["Hyväksyttiin."], [sentence])
    assert decision is not None
    assert [c.name for c in decision.conflicts] == ["Pekka Salo"]


def test_names_under_a_conflicts_heading_are_the_disqualified() -> None:
    # Seinäjoki's decision summaries: the heading says what the list is, its commas typed loosely
    text = (
        "§ 49 Valtuuston päätösten täytäntöönpano\nKaupunginjohtajan ehdotus\nKaupunginhallitus toteaa "
        "päätökset laillisiksi.\n\nPäätös: Ehdotus hyväksyttiin.\n\nEsteelliset: Johannes Karvo, Kati Ojala, "
        "Mervi Mäkelä ,Reima Kuusi ja Aki Ylinen ; eivät läsnä.\n"
    )
    decision = parse_text(text).items[0].decision
    assert decision is not None
    assert [c.name for c in decision.conflicts] == [
        "Johannes Karvo",
        "Kati Ojala",
        "Mervi Mäkelä",
        "Reima Kuusi",
        "Aki Ylinen",
    ]
    assert decision.conflicts[0].text.startswith("Esteelliset: Johannes Karvo")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # each name of a list that gives their roles, a company's name left out
        (
            "Esteelliset: Erkki Välimaa Tangomarkkinat Oy:n hallituksen puheenjohtajana, Anne Flink, Kati Särmö ja "
            "Aki Ylinen hallituksen jäseninä ja Jari Jokinen, koska hänen puolisonsa on hallituksen jäsen; eivät "
            "läsnä.",
            ["Erkki Välimaa", "Anne Flink", "Kati Särmö", "Aki Ylinen", "Jari Jokinen"],
        ),
        (
            "Esteellisinä Pekka Salo Energia Oy:n hallituksen jäsenenä ja Liisa Aho, Energia Oy:n toimitusjohtaja, "
            "poistuivat.",
            ["Pekka Salo", "Liisa Aho"],
        ),
        # one who does something else after the disqualified one is not disqualified
        ("Esteellisenä Pekka Salo poistui kokouksesta, ja Liisa Aho toimi sihteerinä.", ["Pekka Salo"]),
    ],
)
def test_a_list_of_the_disqualified_with_their_roles(sentence: str, names: list[str]) -> None:
    decision = build_decision(["Hyväksyttiin."], [sentence])
    assert decision is not None
    assert [c.name for c in decision.conflicts] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Puheenjohtaja Kai Pöntinen jääväsi itsensä ja poistui kokouksesta.", ["Kai Pöntinen"]),
        ("Matti Mäki jäävättiin asian käsittelystä.", ["Matti Mäki"]),
        # the one who stands in for a disqualified chair is not disqualified
        ("Varapuheenjohtaja Hannu Hella toimi puheenjohtajana Pöntisen esteellisyyden ajan.", []),
        ("Vice ordförande Tom Ek fungerade som ordförande under behandlingen på grund av jäv.", []),
        # "jäävä" is also "remaining": "jäljelle jäävä osuus" says nothing of anyone's conflict
        ("Hankkeen jäljelle jäävä osuus Matti Mäen mukaan on pieni.", []),
    ],
)
def test_conflict_sentences_name_the_disqualified(sentence: str, names: list[str]) -> None:
    decision = build_decision(["Hyväksyttiin."], [sentence])
    assert decision is not None
    assert [c.name for c in decision.conflicts] == names


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Lisätietoja antaa talousjohtaja Matti Mäki, puh. 044 123 4567.", [("talousjohtaja", "Matti Mäki")]),
        ("Lisätiedot antaa hallintojohtaja Aila Laine.", [("hallintojohtaja", "Aila Laine")]),
        (
            "Lisätietoja antavat talousjohtaja Matti Mäki ja controller Liisa Koski.",
            [("talousjohtaja", "Matti Mäki"), ("controller", "Liisa Koski")],
        ),
        (
            "Mer information ger förvaltningsdirektör Anna Berg, tfn 040 123 4567.",
            [("förvaltningsdirektör", "Anna Berg")],
        ),
        # a sentence that names nobody stays in the text
        ("Lisätietoja antaa tarvittaessa hallintojohtaja.", []),
    ],
)
def test_a_sentence_that_says_who_gives_more_information_names_the_preparer(
    line: str, people: list[tuple[str, str]]
) -> None:
    text = f"§ 14 Hankinta\n\nTeksti hankinnasta.\n\n{line}\n\nPäätösehdotus\nHyväksytään.\n\nPäätös\nHyväksyttiin.\n"
    item = parse_text(text).items[0]
    assert [(p.title, p.name) for p in item.preparers] == people
    assert (line in (item.body or "")) is not people


@pytest.mark.parametrize(
    ("lines", "proposal", "presenter"),
    [
        # an official's own words under their title, who is the presenter
        (
            "Rehtori: Esitän, että oppilaaksiottoalueet pidetään ennallaan.",
            "Esitän, että oppilaaksiottoalueet pidetään ennallaan.",
            ("Rehtori", None),
        ),
        (
            "Sivistysjohtaja: Ehdotan, että lautakunta hyväksyy suunnitelman.",
            "Ehdotan, että lautakunta hyväksyy suunnitelman.",
            ("Sivistysjohtaja", None),
        ),
        (
            "Sivistysjohtaja Liisa Aho: Ehdotan, että lautakunta hyväksyy suunnitelman.",
            "Ehdotan, että lautakunta hyväksyy suunnitelman.",
            ("Sivistysjohtaja", "Liisa Aho"),
        ),
        (
            "Bildningsdirektören: Jag föreslår att nämnden godkänner planen.",
            "Jag föreslår att nämnden godkänner planen.",
            ("Bildningsdirektören", None),
        ),
        # the proposal heading with the organ it is put to names nobody
        (
            "Esitys tarkastuslautakunta\nTarkastuslautakunta hyväksyy arviointisuunnitelman.",
            "Tarkastuslautakunta hyväksyy arviointisuunnitelman.",
            None,
        ),
    ],
)
def test_proposals_in_an_officials_own_words_or_put_to_an_organ(
    lines: str, proposal: str, presenter: tuple[str, str | None] | None
) -> None:
    item = parse_text(f"§ 21 Suunnitelma\n\nTaustaa.\n\n{lines}\n\nPäätös: Hyväksyttiin.\n").items[0]
    assert item.proposal is not None
    assert item.proposal.text == proposal
    assert item.body == "Taustaa."
    assert (item.presenter and (item.presenter.title, item.presenter.name)) == presenter


def test_an_officials_proposal_in_a_flattened_page_opens_after_a_sentence_or_the_organs_section() -> None:
    # older minutes flattened by a transcript: "Rehtori:" is read where a sentence or the organ's line ends,
    # a word with a colon that names no official stays in the text
    pages = [
        "Sivistyslautakunta KOKOUSTIEDOT Aika Torstai 14.9.2017 klo 16.00 Paikka Kunnanvirasto KÄSITELTÄVÄT ASIAT "
        "50 Kokouksen avaus, laillisuus ja päätösvaltaisuus 51 Lähihoitajan palkkaaminen",
        "50 KOKOUKSEN AVAUS, LAILLISUUS JA PÄÄTÖSVALTAISUUS Siv.ltk 50 Rehtori: Puheenjohtaja avaa kokouksen ja "
        "toteaa sen laillisesti koolle kutsutuksi ja päätösvaltaiseksi. Päätös: Hyväksyttiin. 51 LÄHIHOITAJAN "
        "PALKKAAMINEN Siv.ltk 51 Päiväkotiin on haettu lähihoitajaa ajalle 1.10.2017-31.7.2018. Hakemuksia saapui "
        "neljä. Huomio: Kaksi hakijaa oli pätevää. Rehtori: Sivistyslautakunta päättää palkata lähihoitajaksi Minna "
        "Laakson. Palkka määräytyy virkaehtosopimuksen mukaan. Päätös: Hyväksyttiin.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [i.section for i in items] == [50, 51]
    assert [(i.presenter and i.presenter.title) for i in items] == ["Rehtori", "Rehtori"]
    assert [i.proposal and i.proposal.text for i in items] == [
        "Puheenjohtaja avaa kokouksen ja toteaa sen laillisesti koolle kutsutuksi ja päätösvaltaiseksi.",
        "Sivistyslautakunta päättää palkata lähihoitajaksi Minna Laakson. Palkka määräytyy virkaehtosopimuksen mukaan.",
    ]
    assert "Huomio: Kaksi hakijaa oli pätevää." in (items[1].body or "")


def test_the_meetings_number_in_a_running_header_is_no_items_case_number() -> None:
    # an older agenda copied as text, one field to a line: the header ("ESIMERKIN KUNTA" / "KOKOUSKUTSU" /
    # "6/2016" / "Sivu 3" / "Kunnanvaltuusto") over every page, an item's pages among them
    def header(page: int) -> str:
        return f"ESIMERKIN KUNTA\nKOKOUSKUTSU\n6/2016\nSivu {page}\nKunnanvaltuusto\n"

    text = (
        header(1)
        + "Aika:\nTorstai 03.11.2016 kello 19.00\nPaikka:\nValtuustosali\n§:t\nSivut\n\n"
        + header(3)
        + "1 §\nKOKOUKSEN LAILLISUUS\nTodetaan kokouksen laillisuus.\n\n"
        + header(4)
        + "2 §\nPÖYTÄKIRJAN TARKASTAJIEN VALINTA\nValitaan kaksi tarkastajaa.\n\n"
        + header(5)
        + "3 §\nOSAVUOSIKATSAUS\nOsavuosikatsaus on liitteenä.\n\n"
        + header(6)
        + "Kunnanhallitus esittää sen tiedoksi.\n"
    )
    items = parse_text(text).items
    assert [(i.section, i.case_number) for i in items] == [(1, None), (2, None), (3, None)]
    assert items[2].body == "Osavuosikatsaus on liitteenä.\n\nKunnanhallitus esittää sen tiedoksi."


def test_a_running_header_numbered_through_the_year_without_page_breaks() -> None:
    # Kankaanpää numbers pages through the year ("PÖYTÄKIRJA 7/2017   54"); a copied text has no form feeds
    def header(page: int) -> str:
        return f"KANKAANPÄÄN KAUPUNKI            PÖYTÄKIRJA 7/2017                 {page}\nKaupunginhallitus\n\n"

    text = (
        header(53) + "Kokousaika      12.06.2017 klo 17.00 - 18.30\n\n" + header(54)
        + "110 §\nPÖYTÄKIRJAN TARKASTUS\n\nPäätös\nPöytäkirjan tarkastajiksi valittiin Liisa Koski ja Pekka Salo.\n\n"
        + header(55) + "111 §\nILMOITUSASIAT\n\nPäätös\nMerkittiin tiedoksi.\n"
    )  # fmt: skip
    items = parse_text(text).items
    assert [i.section for i in items] == [110, 111]
    assert [i.decision.text if i.decision else None for i in items] == [
        "Pöytäkirjan tarkastajiksi valittiin Liisa Koski ja Pekka Salo.",
        "Merkittiin tiedoksi.",
    ]


@pytest.mark.parametrize("label", ["Valitusoikeus", "Muutoksenhakuoikeus", "Besvärsrätt"])
def test_a_right_to_appeal_in_the_left_column_is_not_decision_text(label: str) -> None:
    text = (
        "§ 54\nPoikkeamislupahakemus\n\nPäätös         Ehdotus hyväksyttiin.\n\n"
        f"{label}     Maankäyttö- ja rakennuslain 193 §:n mukaan valitusoikeus on hakijalla.\n"
    )
    decision = parse_text(text).items[0].decision
    assert decision is not None and decision.text == "Ehdotus hyväksyttiin."


@pytest.mark.parametrize(
    ("paragraphs", "extra", "notes"),
    [
        (
            ["Hyväksyttiin. Simula jätti asiasta eriävän mielipiteen."],
            [],
            ["Simula jätti asiasta eriävän mielipiteen."],
        ),
        (
            ["Hyväksyttiin.", "Esko Ylikarhu jätti liitteenä olevan eriävän mielipiteen asiaan."],
            [],
            ["Esko Ylikarhu jätti liitteenä olevan eriävän mielipiteen asiaan."],
        ),
        # in the handling of the item: "Käsittely" / "Behandling"
        (
            ["Godkändes."],
            ["Kevin Servin föreslog att ärendet bordläggs. Kevin Servin lämnade en protokollsanteckning i ärendet."],
            ["Kevin Servin lämnade en protokollsanteckning i ärendet."],
        ),
        (["Godkändes."], ["Ledamoten Bo Ek anmälde avvikande mening."], ["Ledamoten Bo Ek anmälde avvikande mening."]),
        # a counter-proposal is not a dissent ("eriävä esitys")
        (["Hyväksyttiin."], ["Matti Mäki teki kaupunginjohtajan ehdotuksesta eriävän esityksen."], []),
    ],
)
def test_dissents_are_recorded_notes(paragraphs: list[str], extra: list[str], notes: list[str]) -> None:
    decision = build_decision(paragraphs, extra)
    assert decision is not None and decision.notes == notes


def test_stages_printed_newest_first_keep_this_meetings_stage_and_the_earlier_ones() -> None:
    # the order of stages is not fixed (Orivesi prints the newest first): this meeting's is the latest
    stage = "{organ} {day} § {n}\n\nEhdotus\nEhdotus {n}.\n\nPäätös\n{decision}\n\n"
    # the page names its own handling above the title, as Dynasty pages do
    text = "Kaupunginhallitus 14.02.2022 § 36\n\nAsemakaavan muutos, Keskusta\n\n" + "".join(
        stage.format(organ=organ, day=day, n=n, decision=decision)
        for organ, day, n, decision in [
            ("Kaupunginhallitus", "14.02.2022", 36, "Hyväksyttiin."),
            ("Kaupunginvaltuusto", "12.02.2018", 12, "Palautettiin valmisteluun."),
            ("Kaupunginhallitus", "29.01.2018", 20, "Hyväksyttiin esityksen mukaan."),
        ]
    )
    item = parse_text(text).items[0]
    assert item.handling is not None and (item.handling.date, item.handling.section) == ("2022-02-14", 36)
    assert item.proposal is not None and item.proposal.text == "Ehdotus 36."
    assert [
        (s.handling.section if s.handling else None, s.decision.text if s.decision else None) for s in item.history
    ] == [
        (20, "Hyväksyttiin esityksen mukaan."),
        (12, "Palautettiin valmisteluun."),
    ]


@pytest.mark.parametrize(
    ("title", "listed"),
    [
        # officials' decisions reported to the board
        ("Viranhaltijapäätökset", ["Tekninen johtaja 12.03.2024 § 5", "Stadsdirektören 20.03.2024 § 8"]),
        # the committees' decisions, one a line, none of them this item's section
        ("Lautakuntien päätökset", ["Tekninen lautakunta 12.03.2024 § 20", "Sivistyslautakunta 14.03.2024 § 10"]),
    ],
)
def test_a_list_of_decisions_reported_in_an_item_is_no_earlier_handling(title: str, listed: list[str]) -> None:
    text = (
        f"§ 47\n{title}\n\nKunnanhallitukselle on ilmoitettu seuraavat päätökset:\n\n" + "\n".join(listed)
        + "\n\nPäätösehdotus\nKunnanhallitus ei käytä otto-oikeutta.\n\nPäätös\nHyväksyttiin.\n"
    )  # fmt: skip
    item = parse_text(text).items[0]
    assert item.history == [] and item.handling is None
    assert item.decision is not None and item.decision.text == "Hyväksyttiin."
    assert item.body is not None and listed[1] in item.body


def test_a_disqualified_member_with_a_particle_in_the_name() -> None:
    decision = build_decision(["Godkändes."], ["Ledamoten Carl af Hällström anmälde jäv och avlägsnade sig."])
    assert decision is not None and [c.name for c in decision.conflicts] == ["Carl af Hällström"]


@pytest.mark.parametrize("word", ["Pykälä", "PYKÄLÄ", "Paragraf", "PARAGRAF"])
def test_items_opened_by_the_word_for_section(word: str) -> None:
    text = "".join(f"{word} {n}\nAsia {n}\n\nPäätös\nHyväksyttiin.\n\n" for n in (12, 13))
    assert [(i.section, i.title) for i in parse_text(text).items] == [(12, "Asia 12"), (13, "Asia 13")]


@pytest.mark.parametrize(
    ("label", "subject"), [("Asia", "Poikkeamislupahakemus, Vehmersalmi"), ("Ärende", "Detaljplan för kvarteret 12")]
)
def test_the_subject_in_the_matter_column_titles_an_untitled_item(label: str, subject: str) -> None:
    # Kuopio's left column: "Asia   Poikkeamislupahakemus, …" under "54 §"
    text = (
        f"Asianro 579/10.03.00.01/2018\n\n54 §\n\n{label:<15}{subject}\n\n"
        "Selostus       Hakija hakee lupaa.\n\nPäätös         Hyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert (item.section, item.title, item.body) == (54, subject, "Hakija hakee lupaa.")


@pytest.mark.parametrize(
    ("line", "decision"),
    [
        # a page copied as text keeps a bold heading on the line of its text
        ("Päätös Hyväksyttiin.", "Hyväksyttiin."),
        ("Päätös Kaupunginhallitus hyväksyi ehdotuksen.", "Kaupunginhallitus hyväksyi ehdotuksen."),
        ("Beslut Godkändes.", "Godkändes."),
    ],
)
def test_a_decision_heading_on_the_line_of_its_text(line: str, decision: str) -> None:
    text = f"§ 5 Avustukset\n\nTaustaa.\n\nPäätösehdotus\nKunnanhallitus myöntää avustukset.\n\n{line}\n"
    item = parse_text(text).items[0]
    assert item.decision is not None and item.decision.text == decision
    assert item.body == "Taustaa."


def test_a_sentence_that_opens_with_the_word_decision_is_text() -> None:
    text = "§ 5 Avustukset\n\nPäätös Porin kaupungin hankkeesta tehdään syksyllä.\n\nPäätös\nHyväksyttiin.\n"
    item = parse_text(text).items[0]
    assert item.body == "Päätös Porin kaupungin hankkeesta tehdään syksyllä."
    assert item.decision is not None and item.decision.text == "Hyväksyttiin."


@pytest.mark.parametrize("odd", [0, 1, 2])
def test_an_item_opened_in_another_layout_than_the_others_is_kept(odd: int) -> None:
    # "§ 45" above its title among "§ 44 Title" lines (a long title pushed under the sign), first,
    # in the middle or last
    def item(n: int, k: int) -> str:
        head = f"§ {n}\nAsia {n}" if k == odd else f"§ {n} Asia {n}"
        return f"{head}\n\nPäätös\nHyväksyttiin.\n\n"

    text = "".join(item(n, k) for k, n in enumerate((44, 45, 46)))
    assert [(i.section, i.title) for i in parse_text(text).items] == [(44, "Asia 44"), (45, "Asia 45"), (46, "Asia 46")]


def test_the_decisions_further_details_are_its_text_or_add_to_it() -> None:
    # Kihniö's pages: "Päätöksen lisätiedot" carries what the meeting decided beyond the proposal
    alone = (
        "§ 134 Kokouksen laillisuus\nPäätösehdotus\n\nTodetaan kokous.\n\nPäätöksen lisätiedot\n\nTodettiin kokous.\n"
    )
    item = parse_text(alone).items[0]
    assert item.proposal is not None and item.proposal.text == "Todetaan kokous."
    assert item.decision is not None and item.decision.text == "Todettiin kokous."
    added = (
        "§ 137 Tien kunnossapito\nPäätösehdotus\n\nHyväksytään sopimus.\n\nPäätös Päätösesitys hyväksyttiin.\n\n"
        "Päätöksen lisätiedot\n\nMatti Mäki ilmoitti olevansa esteellinen.\n"
    )
    decision = parse_text(added).items[0].decision
    assert decision is not None and decision.outcome == "approved"
    assert decision.text == "Päätösesitys hyväksyttiin.\n\nMatti Mäki ilmoitti olevansa esteellinen."
    assert [c.name for c in decision.conflicts] == ["Matti Mäki"]


@pytest.mark.parametrize(
    ("heading", "speaker", "text"),
    [
        ("Förslag", "Stadsdirektören", "Stadsstyrelsen antecknar ärendet för kännedom."),
        ("Förslag", "Stadsdirektörens ersättare", "Stadsstyrelsen utser A och B till protokolljusterare."),
        ("Ehdotus", "Kunnanjohtaja", "Kunnanhallitus hyväksyy sopimuksen."),
    ],
)
def test_the_official_named_over_the_proposal_presents_it(heading: str, speaker: str, text: str) -> None:
    # Jakobstad: "Förslag" / "Stadsdirektören:" / the proposal; the title names who makes it
    item = parse_text(f"§ 6 Ärende\n\nBakgrund.\n\n{heading}\n{speaker}:\n{text}\n\nBeslut\nGodkändes.\n").items[0]
    assert item.proposal is not None and item.proposal.text == text
    assert item.presenter is not None and (item.presenter.title, item.presenter.name) == (speaker, None)


def test_an_organ_over_the_proposal_is_no_presenter() -> None:
    item = parse_text(
        "§ 6 Asia\n\nEhdotus\nKaupunginhallitus:\n1. hyväksyy sopimuksen\n2. valtuuttaa johtajan\n"
    ).items[0]
    assert item.presenter is None
    assert item.proposal is not None and item.proposal.items == ["hyväksyy sopimuksen", "valtuuttaa johtajan"]


@pytest.mark.parametrize(
    ("told", "outcome"),
    [
        ("Till protokollsjusterare valdes Per-Erik Finne och Roger Eriksson.", None),
        ("Kommunstyrelsen beslutade enhälligt godkänna föredragningslistan.", "approved"),
        ("Kunnanhallitus päätti hyväksyä sopimuksen.", "approved"),
    ],
)
def test_an_item_told_without_headings_ends_in_its_decision(told: str, outcome: str | None) -> None:
    # older minutes and Pedersöre's: the title, then what happened, the decision last
    item = parse_text(f"3 §\nVägunderhåll\nÄrendet presenterades.\n\n{told}\n").items[0]
    assert item.body == "Ärendet presenterades."
    assert item.decision is not None and (item.decision.text, item.decision.outcome) == (told, outcome)


def test_an_earlier_decision_told_in_an_item_is_not_its_decision() -> None:
    text = "3 §\nVägunderhåll\nÄrendet presenterades.\n\nKommunstyrelsen beslutade 12.3.2016 § 45 att utreda saken.\n"
    item = parse_text(text).items[0]
    assert item.decision is None
    assert item.body == "Ärendet presenterades.\n\nKommunstyrelsen beslutade 12.3.2016 § 45 att utreda saken."


_TITLED_STAGES = """KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS

Kunnanvaltuusto § 39

Päätösehdotus:
Kunnanvaltuusto toteaa kokouksen lailliseksi.

Päätös:
Hyväksyttiin.

KIRKONKYLÄN UUDEN KOULUN
HANKKEEN TOTEUTTAMISTAPA

373/10.03.02/2013

Kunnanhallitus § 120

Kunnanjohtajan päätösehdotus:
Kunnanhallitus esittää valtuustolle elinkaarimallia.

Päätös:
Hyväksyttiin.

Kunnanvaltuusto § 46

Päätösehdotus:
Kunnanhallituksen ehdotuksen mukaisesti.

Päätös:
Hyväksyttiin yksimielisesti.
"""


def test_items_titled_over_the_organs_section_line() -> None:
    # Tyrnävä, Pyhäntä: the title, then "Kunnanvaltuusto § 39"; another organ's line before it is an
    # earlier stage of the same item
    items = parse_text(_TITLED_STAGES).items
    assert [(i.section, i.title) for i in items] == [
        (39, "KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS"),
        (46, "KIRKONKYLÄN UUDEN KOULUN HANKKEEN TOTEUTTAMISTAPA"),
    ]
    assert items[1].case_number is not None and items[1].case_number.raw == "373/10.03.02/2013"
    assert [s.handling.raw for s in items[1].history if s.handling] == ["Kunnanhallitus § 120"]
    assert items[1].decision is not None and items[1].decision.text == "Hyväksyttiin yksimielisesti."


def test_stage_lines_of_one_item_are_not_items() -> None:
    # the organ's sections do not rise: one item's stages, not items
    text = "Asia\n\nKunnanvaltuusto § 46\n\nPäätös:\nPalautettiin.\n\nKunnanvaltuusto § 12\n\nPäätös:\nHyväksyttiin.\n"
    assert len(parse_text(text).items) == 1


def test_a_decision_right_under_the_proposal_points_in_a_list_of_decisions() -> None:
    # no blank line between the last point and the decision (text copied from a page)
    text = (
        "Kaupunginhallituksen päätökset 11.10.2021\n§ 473 Digitalisaatio\n"
        "Esittelijän muutettu ehdotus: Kaupunginhallitus päättää, että\n"
        "  1. tavoite on digitalisaation hyödyntäminen.\n  2. toimenpiteet raportoidaan ensi vuonna.\n"
        "Kaupunginhallitus hyväksyi esittelijän muutetun ehdotuksen.\n"
    )
    item = parse_text(text).items[0]
    assert item.proposal is not None and len(item.proposal.items) == 2
    assert item.decision is not None and item.decision.outcome == "amended"
    assert item.decision.text == "Kaupunginhallitus hyväksyi esittelijän muutetun ehdotuksen."


def test_items_titled_over_dated_section_lines_keep_the_organs_earlier_stage() -> None:
    # the same organ handled the case before, on another day: that line is history, not an item
    text = (
        "KOULUN HANKE\n\nKunnanvaltuusto § 30 12.02.2014\n\nPäätös:\nPalautettiin valmisteluun.\n\n"
        "Kunnanvaltuusto § 46 16.06.2014\n\nPäätös:\nHyväksyttiin.\n\n"
        "MUUT ASIAT\n\nKunnanvaltuusto § 47 16.06.2014\n\nPäätös:\nMerkittiin tiedoksi.\n"
    )
    items = parse_text(text).items
    assert [(i.section, i.title) for i in items] == [(46, "KOULUN HANKE"), (47, "MUUT ASIAT")]
    assert [s.handling.section for s in items[0].history if s.handling] == [30]


def test_the_handling_under_asian_kasittely_gives_the_decision_its_vote() -> None:
    # Ylivieska's digest: "Asian käsittely:" over the motions and the roll call, then "PÄÄTÖS:"
    text = (
        "§ 8 Koulun lakkauttaminen\nAsian käsittely:\nKeskustelun aikana Kaisa Aho teki muutosesityksen. "
        "Nimenhuutoäänestyksessä EI-ääniä annettiin 6 (Aho, Koski, Mäki, Salo, Niemi, Lahti) ja JAA-ääniä 3 "
        "(Ek, Berg, Lind). Ahon muutosesitys lisättiin päätökseen.\nPÄÄTÖS: Kaupunginhallitus lakkauttaa koulun.\n"
    )
    [item] = parse_text(text).items
    assert item.body is None
    assert item.decision is not None and item.decision.text == "Kaupunginhallitus lakkauttaa koulun."
    assert [(v.yes, v.no) for v in item.decision.votes] == [(3, 6)]


def test_a_vote_told_in_the_handling_and_summed_up_in_the_decision_is_one_vote() -> None:
    decision = build_decision(
        ["Kaupunginhallitus hyväksyi kaupunginjohtajan esityksen äänin 9-6."],
        ["Äänestyksessä annettiin 9 jaa-ääntä, 6 ei-ääntä ja 1 tyhjä."],
    )
    assert decision is not None
    assert [(v.yes, v.no, v.blank) for v in decision.votes] == [(9, 6, 1)]
    other = build_decision(["Hyväksyttiin äänin 9-6."], ["Ensimmäisessä äänestyksessä äänin 8-7 jatkettiin."])
    assert other is not None and [(v.yes, v.no) for v in other.votes] == [(9, 6), (8, 7)]


def test_a_left_column_heading_broken_at_a_hyphen() -> None:
    # Oulu's PDFs: "Täytäntöönpano-" / "tiedot" in the left column, the text beside both lines
    text = (
        "§ 72 Tilinpäätös\n\nPäätös            Päätösesitys hyväksyttiin.\n\n"
        "Täytäntöönpano-   Asia kaupunginvaltuustoon käsiteltäväksi\n"
        "tiedot            Ei muutoksenhakuoikeutta\n"
    )
    item = parse_text(text).items[0]
    assert item.decision is not None and item.decision.text == "Päätösesitys hyväksyttiin."
    assert item.distribution == ["Asia kaupunginvaltuustoon käsiteltäväksi", "Ei muutoksenhakuoikeutta"]
    assert item.body is None


def test_a_dynasty_pages_attachment_links_are_not_its_title() -> None:
    text = (
        "Tekninen lupajaos\nPöytäkirja 12.12.2022/Pykälä 86\n"
        "Edellinen asia | Seuraava asia | Muutoksenhakuohje Kokousasia PDF-muodossa |\n"
        "Liite1 | Oikaisuvaatimus rakennusluvasta_julkinen |\nOikaisuvaatimus rakennusluvasta\n"
        "Teklupaj 12.12.2022 § 86\n\nPäätös\nHylättiin.\n"
    )
    item = parse_text(text).items[0]
    assert (item.section, item.title) == (86, "Oikaisuvaatimus rakennusluvasta")
    # the links name the attachments where the item has no list of its own
    assert item.attachments == ["Oikaisuvaatimus rakennusluvasta_julkinen"]
    assert item.body is None


def test_a_blank_vote_told_in_words() -> None:
    votes = find_votes("totesi kaupunginhallituksen 11 äänellä 3 ääntä vastaan ja yhden äänestäessä tyhjää hyväksyneen")
    assert [(v.yes, v.no, v.blank) for v in votes] == [(11, 3, 1)]


def test_rising_stage_lines_under_one_title_are_one_item() -> None:
    # the board handled the case twice without a date on its lines: the second line follows the first
    # stage's decision, not a title
    text = (
        "KATUVALOT\n\nKunnanhallitus § 100\n\nPäätös:\nPantiin pöydälle.\n\n"
        "Kunnanhallitus § 120\n\nPäätös:\nHyväksyttiin.\n"
    )
    items = parse_text(text).items
    assert len(items) == 1
    assert items[0].decision is not None and items[0].decision.text == "Hyväksyttiin."


_TWEB_ITEM = """Oulun kaupunki
                                         Päivämäärä
                 Torinrannan asemakaavan muutos
Dno              OUKA/1234/10.02.03/2017
Päätöshistoria   Yhdyskunta- ja ympäristölautakunta 24.4.2018 § 88
                 Kaupunginhallitus 7.5.2018 § 170
Tiivistelmä      Asemakaavan muutos mahdollistaa hotellin.

Esittelyteksti
                 Kaupunginhallitus palautti asian uudelleen valmisteltavaksi.

Päätösesitys     Kaupunginhallitus esittää kaupunginvaltuustolle kaavan hyväksymistä.

Päätös           Päätösesitys hyväksyttiin.

Täytäntöönpano-  Asia kaupunginvaltuustoon käsiteltäväksi
tiedot
"""


def test_a_tweb_item_with_two_earlier_handlings_in_its_history_column() -> None:
    # every handling under "Päätöshistoria" is an earlier one; this meeting's has no line of its own
    item = parse_text(_TWEB_ITEM).items[0]
    assert (item.section, item.handling, item.title) == (None, None, "Torinrannan asemakaavan muutos")
    assert [s.handling.section for s in item.history if s.handling] == [88, 170]
    assert (
        item.body
        == "Asemakaavan muutos mahdollistaa hotellin.\n\nKaupunginhallitus palautti asian uudelleen valmisteltavaksi."
    )
    assert item.decision is not None and item.decision.text == "Päätösesitys hyväksyttiin."
    assert item.distribution == ["Asia kaupunginvaltuustoon käsiteltäväksi"]


def test_items_opened_by_the_section_and_organ_with_the_sign_after_the_number() -> None:
    text = "".join(
        f"{n} §, STST 2015-01-22 16:00\n{title}\nBeslut\nGodkändes.\n"
        for n, title in ((4, "LAGLIGHET"), (5, "JUSTERING"))
    )
    assert [(i.section, i.title) for i in parse_text(text).items] == [(4, "LAGLIGHET"), (5, "JUSTERING")]


@pytest.mark.parametrize(
    ("paragraphs", "note"),
    [
        (
            [
                "Kaupunginvaltuusto hyväksyi talousarvion.",
                "Lisäksi valtuusto hyväksyi seuraavan toivomusponnen:",
                "Valtuusto edellyttää, että aukioloaikoja pidennetään. (Anna Virta)",
            ],
            "Lisäksi valtuusto hyväksyi seuraavan toivomusponnen: "
            "Valtuusto edellyttää, että aukioloaikoja pidennetään. (Anna Virta)",
        ),
        (
            ["Ehdotuksen mukaan. Käsittelyn yhteydessä hyväksyttiin Oskalan esittämä toivomusponsi."],
            "Käsittelyn yhteydessä hyväksyttiin Oskalan esittämä toivomusponsi.",
        ),
        (
            [
                "Dessutom godkände stadsfullmäktige följande hemställningskläm:",
                "Stadsfullmäktige förutsätter att det utreds.",
            ],
            "Dessutom godkände stadsfullmäktige följande hemställningskläm: "
            "Stadsfullmäktige förutsätter att det utreds.",
        ),
    ],
)
def test_a_council_rider_adopted_with_the_decision_is_a_note(paragraphs: list[str], note: str) -> None:
    decision = build_decision(paragraphs)
    assert decision is not None and decision.notes == [note]


@pytest.mark.parametrize(
    ("page", "items"),
    [
        # docplayer flattened each page and lost the § signs: "title KVALT 37 text … KVALT: decision"
        (
            "{n} HAUKIPUTAAN KUNTA PÖYTÄKIRJA 5/ {title} KVALT {s} {text} KVALT: {decision}",
            [
                (
                    37,
                    "Kokouksen laillisuus ja päätösvaltaisuus",
                    "Suoritetaan nimenhuuto.",
                    "Todettiin kokous lailliseksi.",
                ),
                (38, "Pöytäkirjan tarkastajat", "Valitaan kaksi tarkastajaa.", "Tarkastajiksi valittiin A ja B."),
            ],
        ),
        # the organ's abbreviation in mixed case: "… Kokouksen laillisuus ja päätösvaltaisuus Kh 21 Kunnanhallitus …"
        (
            "{n} ESIMERKIN KUNTA PÖYTÄKIRJA 3/ Kunnanhallitus {title} Kh {s} {text} Kh: {decision}",
            [
                (
                    21,
                    "Kokouksen laillisuus ja päätösvaltaisuus",
                    "Kunnanhallitus määrää kokousten ajan.",
                    "Hyväksyttiin.",
                ),
                (22, "Pöytäkirjantarkastajien valinta", "Pöytäkirjan tarkastaa kaksi jäsentä.", "Valittiin A ja B."),
            ],
        ),
        # the minutes' own sheet number between the header and the title: "Esimerkin kunta 121 Kokouksen …"
        (
            "{n} Esimerkin kunta 1{s} {title} Kh {s} {text} Päätös: {decision}",
            [
                (21, "Kokouksen työjärjestyksen hyväksyminen", "Ehdotus: hyväksyy esityslistan.", "Hyväksyttiin."),
                (22, "Terveyskeskuksen peruskorjaus", "Ehdotus: varataan 400 000 euroa.", "Hyväksyttiin."),
            ],
        ),
    ],
)
def test_a_transcript_of_items_titled_over_the_organs_line(page: str, items: list[tuple[int, str, str, str]]) -> None:
    # one item a page
    filler = " Asiasta on keskusteltu aiemmin useaan kertaan eri kokouksissa." * 3
    text = "\n\n".join(
        page.format(n=n, title=title, s=section, text=body + filler, decision=decision)
        for n, (section, title, body, decision) in enumerate(items, start=3)
    )
    parsed = parse_text(text).items
    assert [(i.section, i.title, i.decision.text if i.decision else None) for i in parsed] == [
        (section, title, decision) for section, title, _body, decision in items
    ]


@pytest.mark.parametrize(
    ("page", "section", "title", "outcome"),
    [
        # one § of Helsinki's council minutes flattened by docplayer, the § and the case's digits lost
        (
            "1 Helsingfors stad Protokoll 10/ (10) 141 Den av fullmäktigegruppen väckta gruppmotionen om "
            "bolagisering av servicecentralen HEL T Beslut Stadsfullmäktige beslutade i enlighet med "
            "stadsstyrelsens förslag anse motionen vara slutligt behandlad.",
            141,
            "Den av fullmäktigegruppen väckta gruppmotionen om bolagisering av servicecentralen",
            "approved",
        ),
        (
            "1 Esimerkin kaupunki Pöytäkirja 5/ (3) 88 Keskustan korttelin 12 asemakaavan muutos Päätösehdotus "
            "Kaupunginhallitus hyväksyy asemakaavan muutoksen. Päätös Ehdotus hyväksyttiin yksimielisesti.",
            88,
            "Keskustan korttelin 12 asemakaavan muutos",
            "approved",
        ),
    ],
)
def test_a_transcript_page_opening_an_item_after_its_header(page: str, section: int, title: str, outcome: str) -> None:
    text = f"Esimerkki\n\nTranskript\n\n{page}\n"
    items = parse_text(text).items
    assert [(i.section, i.title) for i in items] == [(section, title)]
    assert items[0].decision is not None and items[0].decision.outcome == outcome


def test_a_transcripts_listing_with_its_page_column_and_page_heads() -> None:
    # Imatra's minutes flattened by docplayer: the listing keeps each title's page ("30 Pöytäkirjantarkastajat
    # 5") and the last the page's footer; every page opens with the same head and ends with its footer
    head = "Aika klo 17:30-20:55 Paikka Valtuustosali"
    pages = [
        f"1 {head} Käsitellyt asiat Otsikko Sivu 29 Kokouksen laillisuus ja päätösvaltaisuus 4 30 "
        "Pöytäkirjantarkastajat 5 31 Ilmoitusasiat 6 Sivu 1/56",
        f"3 {head} 29 Kokouksen laillisuus ja päätösvaltaisuus Puheenjohtaja toteaa kokouksen laillisuuden. "
        "Päätös Kokous todettiin lailliseksi ja päätösvaltaiseksi. Sivu 4/56",
        f"4 {head} 30 Pöytäkirjantarkastajat Ehdotus Valitaan kaksi pöytäkirjantarkastajaa. Päätös "
        "Pöytäkirjantarkastajiksi valittiin Sari Mietti ja Timo Mykkä. Sivu 5/56",
        f"5 {head} 31 Ilmoitusasiat Ehdotus Merkitään ilmoitusasiat tiedoksi. Päätös Hyväksyttiin. Sivu 6/56",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.title, i.decision.text if i.decision else None) for i in items] == [
        (29, "Kokouksen laillisuus ja päätösvaltaisuus", "Kokous todettiin lailliseksi ja päätösvaltaiseksi."),
        (30, "Pöytäkirjantarkastajat", "Pöytäkirjantarkastajiksi valittiin Sari Mietti ja Timo Mykkä."),
        (31, "Ilmoitusasiat", "Hyväksyttiin."),
    ]


def test_a_transcripts_item_pages_after_a_compound_document_word() -> None:
    # Finström's minutes on docplayer: "SAMMANTRÄDESPROTOKOLL Nr 11" heads each page, then the section
    pages = [
        "3 FINSTRÖMS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 11 167 SAMMANTRÄDETS LAGLIGHET OCH "
        "BESLUTFÖRHET Ordföranden konstaterar sammanträdet lagligen sammankallat. Beslut: Sammanträdet "
        "konstaterades lagligt och beslutfört.",
        "4 FINSTRÖMS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 11 168 PROTOKOLLJUSTERARE Till "
        "protokolljusterare föreslås Torbjörn Björkman och Katarina Gäddnäs. Beslut: Enligt förslag.",
        # a short page is a page like the others
        "5 FINSTRÖMS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 11 169 FÖREDRAGNINGSLISTAN Beslut: Godkändes.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.title) for i in items] == [
        (167, "SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET"),
        (168, "PROTOKOLLJUSTERARE"),
        (169, "FÖREDRAGNINGSLISTAN"),
    ]


def test_a_transcripts_item_pages_titled_in_capitals_after_the_page_number() -> None:
    # Jomala's minutes on docplayer: a letter-spaced header, the page, then the section and a title in
    # capitals running into the text; the listing on the front page kept only its first number
    pages = [
        "2 JOMALA KOMMUN SAMMANTRÄDESKALLELSE Organ Utfärdad Kommunstyrelsen Sammanträdestid Sammanträdesplats "
        "kl. 16:00 Kommunkansliet Ärenden: 20 Sammanträdets konstituerande Anmälningsärenden Upphandling",
        "3 J O M A L A K O M M U N Sida 1 20 SAMMANTRÄDETS KONSTITUERANDE Sammanträdets laglighet och "
        "beslutförhet konstateras. Beslut: Sammanträdet konstaterades lagligen sammankallat och beslutfört.",
        "4 J O M A L A K O M M U N Sida 2 21 ANMÄLNINGSÄRENDEN Kommunstyrelsen antecknar följande "
        "anmälningsärenden för kännedom. Beslut: Antecknades för kännedom.",
        "5 J O M A L A K O M M U N Sida 3 22 UPPHANDLING INOM ÄLDREOMSORGEN Kommundirektörens förslag: "
        "Kommunstyrelsen godkänner upphandlingen enligt bilaga. Beslut: Enligt förslag.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.title, i.item_kind, i.decision.outcome if i.decision else None) for i in items] == [
        (20, "SAMMANTRÄDETS KONSTITUERANDE", "procedural", None),
        (21, "ANMÄLNINGSÄRENDEN", "information", "noted"),
        (22, "UPPHANDLING INOM ÄLDREOMSORGEN", "decision", "approved"),
    ]
    assert (
        items[2].proposal is not None
        and items[2].proposal.text == "Kommunstyrelsen godkänner upphandlingen enligt bilaga."
    )


def test_a_title_in_capitals_that_the_listing_broke_runs_on_in_the_page() -> None:
    # the listing hyphenated the title and put its page number inside it; the page has it whole
    pages = [
        "1 ESIMERKIN KUNTA PÖYTÄKIRJA 3/ Perusturvalautakunta AIKA klo 17:00-20:07 KÄSITELLYT ASIAT Otsikko Sivu "
        "14 VUODEN 2011 TILINPÄÄTÖS/PERUSTURVALAUTAKUN- 28 NAN ALAISET TOIMINNAT 15 VASTAAVAN LÄÄKÄRIN VIRAN "
        "TÄYTTÄMINEN 30",
        "3 ESIMERKIN KUNTA PÖYTÄKIRJA 3/ Perusturvalautakunta 14 VUODEN 2011 TILINPÄÄTÖS/PERUSTURVALAUTAKUNNAN "
        "ALAISET TOIMINNAT Ehdotus: Lautakunta hyväksyy tilinpäätöksen. Päätös: Ehdotus hyväksyttiin.",
        "4 ESIMERKIN KUNTA PÖYTÄKIRJA 3/ Perusturvalautakunta 15 VASTAAVAN LÄÄKÄRIN VIRAN TÄYTTÄMINEN Ehdotus: "
        "Valitaan virkaan LL Anna Lääkäri. Päätös: Ehdotus hyväksyttiin.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.title) for i in items] == [
        (14, "VUODEN 2011 TILINPÄÄTÖS/PERUSTURVALAUTAKUNNAN ALAISET TOIMINNAT"),
        (15, "VASTAAVAN LÄÄKÄRIN VIRAN TÄYTTÄMINEN"),
    ]
    assert items[0].proposal is not None and items[0].proposal.text == "Lautakunta hyväksyy tilinpäätöksen."


@pytest.mark.parametrize("beside", [False, True])
def test_older_minutes_with_the_organs_line_under_a_title_in_capitals(beside: bool) -> None:
    # older KTweb minutes as PDF text: "TITLE" / "Kh 95" with no §, the text under it or beside it
    def item(title: str, n: int, text: str, decision: str) -> str:
        body = f"Kh {n}             {text}" if beside else f"Kh {n}\n                  {text}"
        return f"{title}\n{body}\n\n                  Päätös: {decision}\n\n"

    text = (
        "ESIMERKIN KUNTA                                   PÖYTÄKIRJA 6/2010\nKunnanhallitus\n\n"
        + item("KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS", 95, "Todetaan kokous lailliseksi.", "Hyväksyttiin.")
        + item("KIINTEISTÖN MYYNTI", 96, "Kunnanhallitus myy tontin 25 000 eurolla.", "Ehdotus hyväksyttiin.")
    )
    items = parse_text(text).items
    assert [(i.section, i.title, i.handling.raw if i.handling else None) for i in items] == [
        (95, "KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS", "Kh § 95"),
        (96, "KIINTEISTÖN MYYNTI", "Kh § 96"),
    ]
    assert [i.decision.text if i.decision else None for i in items] == ["Hyväksyttiin.", "Ehdotus hyväksyttiin."]


def test_a_swedish_transcript_of_title_first_pages_some_of_them_short() -> None:
    # a short page ("Val av protokolljusterare") is a page like the others; an official's proposal
    # heading after a sentence opens the proposal
    pages = [
        "2 Exempel stad Protokoll 4/ Stadsstyrelsen Sammanträdets laglighet och beslutförhet SST 40 Sammanträdet "
        "konstateras lagligen sammankallat och beslutfört. SST: Godkändes.",
        "3 Exempel stad Protokoll 4/ Stadsstyrelsen Val av protokolljusterare SST 41 Till protokolljusterare "
        "väljs Bo Lund. SST: Godkändes.",
        "4 Exempel stad Protokoll 4/ Stadsstyrelsen Köp av fastighet SST 42 Staden har erbjudits en fastighet. "
        "Stadsdirektörens förslag: Stadsstyrelsen köper fastigheten för 120 000 euro. SST: Förslaget godkändes.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.title) for i in items] == [
        (40, "Sammanträdets laglighet och beslutförhet"),
        (41, "Val av protokolljusterare"),
        (42, "Köp av fastighet"),
    ]
    assert items[2].proposal is not None
    assert items[2].proposal.text == "Stadsstyrelsen köper fastigheten för 120 000 euro."


def test_a_dynasty_transcripts_item_page_with_its_presenter_and_lost_numbers() -> None:
    # Espoo's minutes flattened by docplayer: the case number between the item's number and its title
    # ("150 2145/ / Lausunto …"), the phones after "puh." lost, the presenter on the proposal heading's line
    pages = [
        "3 Esimerkin kaupunki Pöytäkirja Kaupunginhallitus Sivu 3 / 100 Käsitellyt asiat Pykälä Liitteet Otsikko "
        "Sivu 149 Pöytäkirjan tarkastajien valinta 5 150 Lausunto metropolihallintolakia valmistelevan työryhmän "
        "väliraportista 6",
        "5 Esimerkin kaupunki Pöytäkirja Kaupunginhallitus Sivu 5 / 100 149 Pöytäkirjan tarkastajien valinta "
        "Päätösehdotus Kaupunginjohtaja Jukka Mäntylä Kaupunginhallitus valitsee pöytäkirjan tarkastajiksi Matti "
        "Kurjen ja Ulf Johnsonin. Päätös Päätösehdotus hyväksyttiin.",
        "6 Esimerkin kaupunki Pöytäkirja Kaupunginhallitus Sivu 6 / 100 150 2145/ / Lausunto metropolihallintolakia "
        "valmistelevan työryhmän väliraportista Valmistelijat / lisätiedot: Jouni Majala, puh. Kaisa Koski, puh. "
        "Liitteet 1 Lausunto Oheismateriaali - Väliraportti Päätösehdotus Kaupunginjohtaja Jukka Mäntylä "
        "Kaupunginhallitus antaa liitteen mukaisen lausunnon. Päätös Päätösehdotus hyväksyttiin äänin 11-2.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.title) for i in items] == [
        (149, "Pöytäkirjan tarkastajien valinta"),
        (150, "Lausunto metropolihallintolakia valmistelevan työryhmän väliraportista"),
    ]
    assert [(i.presenter.title, i.presenter.name) if i.presenter else None for i in items] == [
        ("Kaupunginjohtaja", "Jukka Mäntylä"),
        ("Kaupunginjohtaja", "Jukka Mäntylä"),
    ]
    assert [p.name for p in items[1].preparers] == ["Jouni Majala", "Kaisa Koski"]
    assert (
        items[1].proposal is not None
        and items[1].proposal.text == "Kaupunginhallitus antaa liitteen mukaisen lausunnon."
    )


def test_a_transcript_of_item_pages_under_the_organs_section_line() -> None:
    # Kyrkslätt's minutes flattened by docplayer: "N MÖTESPROTOKOLL Sida N Nr 2/2013 KST 24 Title text …";
    # the title runs into the text and is read from the listing on the first page
    pages = [
        "1 nr 2/2013 INNEHÅLLSFÖRTECKNING KST 24 KST 25 KST 26 Mötets konstituering Utlåtande om utkastet till "
        "kommunstrukturlag Övriga ärenden",
        "2 MÖTESPROTOKOLL Sida 3 Nr 2/2013 KST 24 Mötets konstituering Ordföranden konstaterar mötet lagligen "
        "sammankallat och beslutfört. Beslut: Godkändes.",
        "3 MÖTESPROTOKOLL Sida 4 Nr 2/2013 KST 25 Utlåtande om utkastet till kommunstrukturlag Kommunstyrelsen har "
        "ombetts ge utlåtande om utkastet. Förslag: Kommunstyrelsen ger utlåtandet enligt bilaga. Beslut: "
        "Förslaget godkändes.",
        "4 MÖTESPROTOKOLL Sida 5 Nr 2/2013 KST 26 Övriga ärenden Inga övriga ärenden behandlades vid mötet. "
        "Beslut: Antecknades.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.title, i.handling.organ if i.handling else None) for i in items] == [
        (24, "Mötets konstituering", "KST"),
        (25, "Utlåtande om utkastet till kommunstrukturlag", "KST"),
        (26, "Övriga ärenden", "KST"),
    ]
    assert items[1].proposal is not None and items[1].proposal.text == "Kommunstyrelsen ger utlåtandet enligt bilaga."
    assert [i.decision.text if i.decision else None for i in items] == [
        "Godkändes.",
        "Förslaget godkändes.",
        "Antecknades.",
    ]


@pytest.mark.parametrize("item_pages", [2, 3])
def test_a_ktweb_transcripts_organ_line_after_the_page_head_then_the_title(item_pages: int) -> None:
    # "3 KITEEN KAUPUNKI Pöytäkirja 4/ Perusturvalautakunta 29 Kokouksen laillisuus …": every page's head is
    # the same before the organ's line, so the title is after it (read from the listing), not the head's
    # last word ("4/"); the next page's head is no part of the decision before it, also when it stands twice
    listing = (
        "2 ESIMERKIN KUNTA Pöytäkirja 4/ Perusturvalautakunta Käsitellyt asiat Otsikko Sivu 29 Kokouksen laillisuus "
        "ja päätösvaltaisuus 3 30 Pöytäkirjantarkastajien valitseminen 4 31 Talouden seuranta 5"
    )
    pages = [
        "3 ESIMERKIN KUNTA Pöytäkirja 4/ Perusturvalautakunta 29 Kokouksen laillisuus ja päätösvaltaisuus "
        "Perusturvajohtaja Kokous todetaan laillisesti koolle kutsutuksi. Päätös Ehdotus hyväksyttiin.",
        "4 ESIMERKIN KUNTA Pöytäkirja 4/ Perusturvalautakunta 30 Pöytäkirjantarkastajien valitseminen "
        "Perusturvajohtaja Valitaan kaksi tarkastajaa. Päätös Tarkastajiksi valittiin Liisa Aho ja Jouni Mäki.",
        "5 ESIMERKIN KUNTA Pöytäkirja 4/ Perusturvalautakunta 31 Talouden seuranta Perusturvajohtaja Merkitään "
        "tiedoksi talouden seuranta. Päätös Ehdotus hyväksyttiin.",
    ][:item_pages]
    items = parse_text("\n".join([listing, *pages]) + "\n").items
    expected = [(29, "Kokouksen laillisuus ja päätösvaltaisuus"), (30, "Pöytäkirjantarkastajien valitseminen")]
    expected += [(31, "Talouden seuranta")]
    assert [(i.section, i.title) for i in items] == expected[:item_pages]
    assert items[0].decision is not None and items[0].decision.text == "Ehdotus hyväksyttiin."


def test_a_ktweb_transcript_without_its_listing_keeps_its_items() -> None:
    # the same pages with no listing to read the titles from: the items, their sections and decisions stay
    pages = [
        "3 ESIMERKIN KUNTA Pöytäkirja 4/ Perusturvalautakunta 29 Kokouksen laillisuus ja päätösvaltaisuus "
        "Perusturvajohtaja Kokous todetaan laillisesti koolle kutsutuksi. Päätös Ehdotus hyväksyttiin.",
        "4 ESIMERKIN KUNTA Pöytäkirja 4/ Perusturvalautakunta 30 Talouden seuranta Perusturvajohtaja Merkitään "
        "tiedoksi talouden seuranta. Päätös Merkittiin tiedoksi.",
    ]
    items = parse_text("\n".join(pages) + "\n").items
    assert [i.section for i in items] == [29, 30]
    assert all(i.title and "4/" not in i.title for i in items)
    assert [i.decision.text if i.decision else None for i in items] == ["Ehdotus hyväksyttiin.", "Merkittiin tiedoksi."]


def test_a_transcript_of_several_items_on_a_page_titled_in_capitals() -> None:
    # older KTweb minutes flattened by docplayer: "TITLE Kvalt 42 text Kvalt: decision TITLE Kvalt 43 …", the
    # board's earlier stage titled in its place ("TALOUSARVION MUUTOS 2010 Khall 88 … Kvalt 44 …")
    pages = [
        "1 Esimerkin kunta KOKOUSPÖYTÄKIRJA Kunnanvaltuusto 6/2010 KOKOUSAIKA Keskiviikkona kello 18.00 KOKOUSPAIKKA "
        "Kunnanvirasto ASIAT 42-45 ALLEKIRJOITUS Puheenjohtaja Pöytäkirjanpitäjä Pekka Nyman Anja Niemi",
        "2 Kunnanvaltuusto Kunnanvaltuusto 42, 43, 44 KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS Kvalt 42 Kutsu on "
        "julkaistu kunnan ilmoitustaululla. Kvalt: Todettiin kokous lailliseksi. PÖYTÄKIRJAN TARKISTAJIEN VALINTA "
        "Kvalt 43 Valtuuston pöytäkirjan tarkistaa kaksi valtuutettua. Kvalt: Tarkistajiksi valittiin Eija Koski ja "
        "Heikki Salo. TALOUSARVION MUUTOS 2010 Khall 88 Kunnanhallitus esittää lisämäärärahaa. Khall: Hyväksyttiin. "
        "Kvalt 44 Kunnanhallituksen esitys. Kvalt: Hyväksyttiin.",
        "3 Kunnanvaltuusto Kunnanvaltuusto 45 TIEN PERUSPARANNUS Kvalt 45 Kunnanhallitus esittää, että valtuusto "
        "hyväksyy tien perusparannuksen hankesuunnitelman ja sen kustannusarvion. Kvalt: Hyväksyttiin äänin 12-3.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.title) for i in items] == [
        (42, "KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS"),
        (43, "PÖYTÄKIRJAN TARKISTAJIEN VALINTA"),
        (44, "TALOUSARVION MUUTOS 2010"),
        (45, "TIEN PERUSPARANNUS"),
    ]
    assert [i.decision.text if i.decision else None for i in items] == [
        "Todettiin kokous lailliseksi.",
        "Tarkistajiksi valittiin Eija Koski ja Heikki Salo.",
        "Hyväksyttiin.",
        "Hyväksyttiin äänin 12-3.",
    ]
    assert [[s.handling.raw for s in i.history if s.handling] for i in items] == [[], [], ["Khall § 88"], []]


def test_a_ktweb_transcripts_case_number_ends_the_title_and_lisatiedot_names_the_preparer() -> None:
    # Mäntsälä's pages on docplayer: the earlier stages, their numbers lost, run on after the case number;
    # "Lisätiedot Sivistysjohtaja Pekka Lintula, puh." after a sentence is the preparer's heading
    pages = [
        "3 Esimerkin kunta PÖYTÄKIRJA 13/ Sivistyslautakunta Sivistyspalveluiden kehittämisprojekti 1254/00.01.01/2014 "
        "Sivistyslautakunta 85 Kehittämisprojektin väliraportti esitellään kokouksessa. Lisätiedot Sivistysjohtaja "
        "Pekka Lintula, puh. Ehdotus Sivistyslautakunta merkitsee väliraportin tiedoksi. Päätös Ehdotus hyväksyttiin.",
        "4 Esimerkin kunta PÖYTÄKIRJA 13/ Sivistyslautakunta Valtuustoaloite nuorisotoimen resurssoinnista "
        "988/00.02.02/2014 Kunnanvaltuusto Valtuutettu Matti Ahonen on jättänyt valtuustoaloitteen. Sivistyslautakunta "
        "86 Nuorisotoimen resursseja on lisätty. Ehdotus Sivistyslautakunta antaa selvityksen. Päätös Ehdotus "
        "hyväksyttiin.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.title, i.case_number and i.case_number.raw) for i in items] == [
        (85, "Sivistyspalveluiden kehittämisprojekti", "1254/00.01.01/2014"),
        (86, "Valtuustoaloite nuorisotoimen resurssoinnista", "988/00.02.02/2014"),
    ]
    assert [(p.title, p.name) for p in items[0].preparers] == [("Sivistysjohtaja", "Pekka Lintula")]
    assert items[0].body == "Kehittämisprojektin väliraportti esitellään kokouksessa."
    assert "Valtuutettu Matti Ahonen on jättänyt valtuustoaloitteen." in (items[1].body or "")


@pytest.mark.parametrize(
    ("official", "unit", "presenter"),
    [
        ("Apulaiskaupunginjohtaja Jari Kyllö", "Kaupunginhallitus", ("Apulaiskaupunginjohtaja", "Jari Kyllö")),
        (
            "Hyvinvoinnin edistämisen johtaja Janne Hento",
            "Omatoimisen hyvinvoinnin palvelut",
            ("Hyvinvoinnin edistämisen johtaja", "Janne Hento"),
        ),
    ],
)
def test_the_official_and_organ_over_a_kuopio_items_text_name_the_presenter(
    official: str, unit: str, presenter: tuple[str, str]
) -> None:
    text = (
        f"§ 102\n\nAsianro 579/10.03.00.01/2021\n\nOikaisuvaatimus koskien poikkeamista\n\n{official}\n{unit}\n\n"
        "Asia                    Päätöksestä on jätetty oikaisuvaatimus.\n\n"
        "Päätösesitys            Kaupunginhallitus hylkää oikaisuvaatimuksen.\n\n"
        "Päätös                  Hyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert item.presenter is not None and (item.presenter.title, item.presenter.name) == presenter
    assert item.body == "Päätöksestä on jätetty oikaisuvaatimus."


@pytest.mark.parametrize(
    "lead",
    [
        # a sentence, a contact line, or a paragraph of three lines is no such heading
        "Kaupunginjohtaja Jari Kyllö esittelee asian.\nKaupunginhallitus",
        "Kaupunginjohtaja Jari Kyllö\npuh. 044 123 4567",
        "Kaupunginjohtaja Jari Kyllö\nKaupunginhallitus\nKokous on laillinen.",
    ],
)
def test_other_opening_paragraphs_name_no_presenter(lead: str) -> None:
    text = f"§ 5 Asia\n\n{lead}\n\nPäätösehdotus\nHyväksytään.\n\nPäätös\nHyväksyttiin.\n"
    item = parse_text(text).items[0]
    assert item.presenter is None


def test_a_transcript_of_numbered_capital_titles_over_a_dotted_abbreviation() -> None:
    # Savukoski-style pages: "50 TITLE Siv.ltk 50 text … 51 TITLE Siv.ltk 51 …"; the number before each title
    # is no part of the text before it
    pages = [
        "Sivistyslautakunta KOKOUSTIEDOT Aika Torstai 14.9.2017 klo 16.00 Paikka Kunnanvirasto KÄSITELTÄVÄT ASIAT "
        "50 Kokouksen laillisuus 51 Pöytäkirjantarkastajien valinta 52 Koulukuljetukset",
        "50 KOKOUKSEN LAILLISUUS Siv.ltk 50 Kokous todetaan lailliseksi. Päätös: Hyväksyttiin. 51 "
        "PÖYTÄKIRJANTARKASTAJIEN VALINTA Siv.ltk 51 Tarkastajiksi valitaan Jarmo Koivisto ja Sari Kuusela. Päätös: "
        "Hyväksyttiin. 52 KOULUKULJETUKSET Siv.ltk 52 Kuljetukset kilpailutetaan. Päätös: Hyväksyttiin.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.handling and i.handling.organ) for i in items] == [
        (50, "Siv.ltk"),
        (51, "Siv.ltk"),
        (52, "Siv.ltk"),
    ]
    assert [i.decision.text if i.decision else None for i in items] == ["Hyväksyttiin."] * 3


def test_a_transcript_of_title_first_pages_with_two_items_on_a_page() -> None:
    # "N Organ / Title Sivistysltk. 29 …": the second item on a page opens with its title after the first
    # one's last sentence; "Päätös hyväksyttiin …" lost its first word but is the decision
    pages = [
        "3 Sivistyslautakunta / Kokouksen laillisuus ja päätösvaltaisuus Sivistysltk. 29 Kokous todetaan "
        "lailliseksi ja päätösvaltaiseksi. Päätös hyväksyttiin yksimielisesti. Pöytäkirjantarkastajien valinta "
        "Sivistysltk. 30 Tarkastajiksi valitaan Päivi Wallin ja Reijo Mustonen. Päätös hyväksyttiin yksimielisesti.",
        "4 Sivistyslautakunta / Perusopetuksen uusi tuntijako Sivistysltk. 31 Valtioneuvosto on antanut asetuksen "
        "tuntijaosta. Sivistysjohtaja: Sivistyslautakunta hyväksyy liitteen mukaisen tuntijaon. Päätös hyväksyttiin "
        "yksimielisesti.",
    ]
    items = parse_text("\n\n".join(pages) + "\n").items
    assert [(i.section, i.title) for i in items] == [
        (29, "Kokouksen laillisuus ja päätösvaltaisuus"),
        (30, "Pöytäkirjantarkastajien valinta"),
        (31, "Perusopetuksen uusi tuntijako"),
    ]
    assert [i.decision.text if i.decision else None for i in items] == ["hyväksyttiin yksimielisesti."] * 3
    assert [i.decision.outcome if i.decision else None for i in items] == ["approved"] * 3
    assert items[1].body == "Tarkastajiksi valitaan Päivi Wallin ja Reijo Mustonen."
    assert items[2].presenter is not None and items[2].presenter.title == "Sivistysjohtaja"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Kaupunginhallitus hyväksyi ehdotuksen äänin 9–6 (1 tyhjä).", (9, 6, 1)),
        ("Efter omröstning (7–4) beslöt nämnden att godkänna förslaget.", (7, 4, None)),
    ],
)
def test_votes_with_their_counts_in_brackets(text: str, counts: tuple[int, int, int | None]) -> None:
    assert [(v.yes, v.no, v.blank) for v in find_votes(text)] == [counts]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # Lapua: "… poistui … kaupunginhallituksen jäsenet Pekka Hella ja Jenni Huttunen."
        (
            "Esteellisenä (yhteisöjäävi) kokouksesta poistui käsittelyn ajaksi jäsenet Pekka Hella ja Jenni Huttunen.",
            ["Pekka Hella", "Jenni Huttunen"],
        ),
        (
            "Matti Mäki, Liisa Koski ja Anna Berg ilmoittivat olevansa esteellisiä.",
            ["Matti Mäki", "Liisa Koski", "Anna Berg"],
        ),
        ("Karl Nyman och Sara Lund anmälde jäv.", ["Karl Nyman", "Sara Lund"]),
        # each with a role before the name
        (
            "Esteellisenä kokouksesta poistui kaupunginhallituksen puheenjohtaja Kai Nieminen ja "
            "kaupunginhallituksen jäsen Riitta Koski.",
            ["Kai Nieminen", "Riitta Koski"],
        ),
        ("Ledamöterna Anna Ek och ersättaren Bo Lind anmälde jäv.", ["Anna Ek", "Bo Lind"]),
    ],
)
def test_every_person_of_a_list_of_the_disqualified(sentence: str, names: list[str]) -> None:
    assert [c.name for c in find_conflicts([sentence])] == names


@pytest.mark.parametrize(
    ("line", "kind", "rest"),
    [
        (
            "EhdotusKaupunginhallitus päättää hyväksyä suunnitelman.",
            "proposal",
            "Kaupunginhallitus päättää hyväksyä suunnitelman.",
        ),
        ("PäätösEhdotus hyväksyttiin.", "decision", "Ehdotus hyväksyttiin."),
        ("FörslagStadsstyrelsen beslutar godkänna planen.", "proposal", "Stadsstyrelsen beslutar godkänna planen."),
    ],
)
def test_a_heading_run_together_with_its_text(line: str, kind: str, rest: str) -> None:
    # Turku's pages set the heading in an element of its own at the start of the paragraph; copied as
    # text, it runs into the first word.
    heading = match_heading(line)
    assert heading is not None
    assert (heading.kind, heading.rest) == (kind, rest)


@pytest.mark.parametrize(
    "line", ["YouTube-kanavalla julkaistaan kokouksen tallenne.", "PowerPoint-esitys on liitteenä."]
)
def test_a_word_in_camel_case_is_no_heading(line: str) -> None:
    assert match_heading(line) is None


def test_a_turku_board_item_page() -> None:
    text = textwrap.dedent(
        """\
        Turun kaupunki | § | Kokouspvm | Asia | 1 |
        Kaupunginhallitus | 212 | 12.05.2025 | 8 |
        4411-2025 (02 05 00)
        Leikkipuiston peruskorjauksen hankesuunnitelman hyväksyminen
        Tiivistelmä:
        Kaupunginhallitukselle esitetään leikkipuiston peruskorjauksen hankesuunnitelman hyväksymistä.
        Kh § 212
        Kaupunkiympäristötoimiala, projektipäällikkö Anni Virtanen, rakennuttajainsinööri Ville Ojala 5.5.2025:
        Leikkipuiston varusteet ovat tulleet käyttöikänsä päähän. Kustannusarvio on 420 000 euroa.
        Kansliapäällikkö Ville Rantanen:
        EhdotusKaupunginhallitus päättää hyväksyä hankesuunnitelman.
        PäätösEhdotus hyväksyttiin.
        Jakelu:
        tpv Kaupunkiympäristö
        """
    )
    doc = parse_text(text)
    [item] = doc.items
    assert item.title == "Leikkipuiston peruskorjauksen hankesuunnitelman hyväksyminen"
    assert item.case_number is not None and item.case_number.raw == "4411-2025"
    # the table's one row dates the stage that "Kh § 212" opens; it is no earlier handling
    assert item.handling is not None
    assert (item.handling.organ, item.handling.date, item.handling.section) == ("Kaupunginhallitus", "2025-05-12", 212)
    assert item.history == []
    assert [(p.title, p.name) for p in item.preparers] == [
        ("projektipäällikkö", "Anni Virtanen"),
        ("rakennuttajainsinööri", "Ville Ojala"),
    ]
    assert item.presenter is not None and item.presenter.name == "Ville Rantanen"
    assert item.body is not None and "Virtanen" not in item.body and "Rantanen" not in item.body
    assert item.proposal is not None and item.proposal.text == "Kaupunginhallitus päättää hyväksyä hankesuunnitelman."
    assert item.decision is not None and item.decision.outcome == "approved"
    assert item.distribution == ["tpv Kaupunkiympäristö"]


@pytest.mark.parametrize(
    ("table_head", "row"),
    [
        ("Turun kaupunki | § | Kokouspvm | Asia | 1 |", "Kaupunginhallitus | 65 | 03.03.2025 | 17 |"),
        ("Turun kaupunki§KokouspvmAsia1", "Kaupunginhallitus6503.03.202517"),  # the cells copied without gaps
    ],
)
def test_a_case_page_quoting_the_councils_sections_is_one_item(table_head: str, row: str) -> None:
    # The board puts the council's decisions into effect one by one: "§ 19 Laillisuus …" are the council's
    # sections quoted in the proposal, not items of this page.
    text = "\n".join(
        [
            table_head,
            row,
            "826-2025 (00 01 01)",
            "Kaupunginvaltuuston kokouksen 24.2.2025 päätösten täytäntöönpanot",
            "Tiivistelmä: -",
            "Kh § 65",
            "Kansliapäällikkö Tuomas Laine:",
            "EhdotusKaupunginhallitus päättää panna täytäntöön valtuuston 24.2.2025 tekemät päätökset seuraavasti:",
            "§ 19 Laillisuus ja päätösvaltaisuus",
            "Ei toimenpiteitä",
            "§ 20 Uuden varavaltuutetun nimeäminen",
            "Jakelu:",
            "ao Pekka Virtanen",
            "§ 21 Valtuutettu Maija Aho ym. aloite: Panostusta perusopetukseen",
            "Jakelu:",
            "tpv kasvatus ja opetus",
            "PäätösEhdotus hyväksyttiin.",
        ]
    )
    [item] = parse_text(text).items
    assert (item.section, item.title) == (65, "Kaupunginvaltuuston kokouksen 24.2.2025 päätösten täytäntöönpanot")
    assert item.presenter is not None and item.presenter.name == "Tuomas Laine"
    assert item.proposal is not None and "§ 20 Uuden varavaltuutetun nimeäminen" in item.proposal.text
    assert item.decision is not None and item.decision.outcome == "approved"


@pytest.mark.parametrize(
    "line",
    [
        "Kaupunginhallitus päätti kokouksessaan 5.5.2025:",
        "Asiasta on neuvoteltu henkilöstön kanssa 5.5.2025:",
        "Lausunnon antoi ympäristöterveydenhuolto, joka totesi 5.5.2025:",
    ],
)
def test_a_sentence_ending_in_a_date_names_no_writers(line: str) -> None:
    assert authors_of_text(line) == []


@pytest.mark.parametrize(
    "text",
    [
        "§ 118\nLeikkipuistojen peruskorjausohjelma vuosille\n2015-2017\n\nPäätös\n\nHyväksyttiin.\n",
        "118 §     Leikkipuistojen peruskorjausohjelma vuosille\n          2015-2017\n\nPäätös\nHyväksyttiin.\n",
    ],
)
def test_a_title_wrapped_before_its_years(text: str) -> None:
    assert parse_text(text).items[0].title == "Leikkipuistojen peruskorjausohjelma vuosille 2015-2017"


def test_a_date_under_a_title_is_not_part_of_it() -> None:
    item = parse_text("§ 118\nLeikkipuistojen peruskorjausohjelma\n12.05.2014\n\nPäätös\n\nHyväksyttiin.\n").items[0]
    assert item.title == "Leikkipuistojen peruskorjausohjelma"


_VORA_STYLE = (
    "VÖRÅ KOMMUN                                     PROTOKOLL\n"
    "Kommunstyrelsen\n\n"
    "                                                31, KST 2012-02-06 18:00\n"
    "DELGIVNINGAR\n\n"
    "Kommunstyrelsen antecknar följande beslut till kännedom:\n"
    "- NTM-centralens beslut om statsersättning.\n\n"
    "KST 31\n\n"
    "Antecknades för kännedom.\n"
    "\f"
    "VÖRÅ KOMMUN                                     PROTOKOLL\n"
    "Kommunstyrelsen\n\n"
    "                                                32, KST 2012-02-06 18:00\n"
    "Dnr: KST 15/2012\n"
    "FÖRVALTNINGSÄRENDEN, Val av fullmäktiges presidium\n\n"
    "Kommundirektörens beredning:\n"
    "Samgångsavtalet föreskriver att presidiet utökas.\n\n"
    "Kommundirektörens förslag:\n"
    "Kommunstyrelsen föreslår att fullmäktige väljer tre viceordföranden.\n\n"
    "KST 32 Förslaget godkändes.\n"
)


def test_the_organ_and_section_over_the_decision() -> None:
    # Vörå's minutes label this meeting's decision with the organ's abbreviation and the section
    first, second = parse_text(_VORA_STYLE).items
    assert first.decision is not None and first.decision.text == "Antecknades för kännedom."
    assert first.body is not None and "KST 31" not in first.body
    assert second.decision is not None and (second.decision.text, second.decision.outcome) == (
        "Förslaget godkändes.",
        "approved",
    )
    assert second.proposal is not None and second.proposal.text.endswith("tre viceordföranden.")


def test_a_header_on_the_first_page_and_the_next_is_furniture() -> None:
    # pdftotext puts a form feed only between pages: the first page's top is a page top too; the
    # handling line that opens each page's item is no header, though it recurs in shape
    first, second = parse_text(_VORA_STYLE).items
    assert [first.section, second.section] == [31, 32]
    assert first.decision is not None and first.decision.text == "Antecknades för kännedom."
    assert first.body is not None and "VÖRÅ" not in first.body


def test_items_titled_over_the_organ_and_section_with_the_sign_after() -> None:
    text = textwrap.dedent(
        """\
        ESIMERKIN KUNTA                          Kokouspäivämäärä        Sivu
        Kunnanhallitus                           16.3.2025               65

        KOKOUKSEN LAILLISUUDEN JA PÄÄTÖSVALTAISUUDEN TOTEAMINEN

        Khall 48 §

        PÄÄTÖS:
        Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.
        __________

        KOULUKULJETUSTEN HANKINTA

        Khall 49 §

        Hankinnan arvo on noin 240 000 euroa vuodessa.

        Kunnanjohtajan ehdotus:
        Kunnanhallitus päättää valita palveluntuottajaksi Kuljetus Oy:n.

        PÄÄTÖS:
        Ehdotus hyväksyttiin.
        __________
        """
    )
    items = parse_text(text).items
    assert [(i.section, i.title) for i in items] == [
        (48, "KOKOUKSEN LAILLISUUDEN JA PÄÄTÖSVALTAISUUDEN TOTEAMINEN"),
        (49, "KOULUKULJETUSTEN HANKINTA"),
    ]
    assert items[1].decision is not None and items[1].decision.outcome == "approved"
    assert items[1].proposal is not None and items[1].proposal.text.endswith("Kuljetus Oy:n.")


@pytest.mark.parametrize(
    ("line", "kind", "rest"),
    [
        # TWeb's label column is seventeen letters wide: a long label leaves a gap of two
        ("Beslutshistoria  Stadsstyrelsen 12.5.2025 § 101", "history", "Stadsstyrelsen 12.5.2025 § 101"),
        ("Päätösehdotus  Kaupunginhallitus päättää hyväksyä", "proposal", "Kaupunginhallitus päättää hyväksyä"),
    ],
)
def test_a_long_label_two_spaces_from_its_text(line: str, kind: str, rest: str) -> None:
    heading = match_heading(line)
    assert heading is not None and (heading.kind, heading.rest) == (kind, rest)


@pytest.mark.parametrize("line", ["Kaupunginhallitus  päättää hyväksyä suunnitelman.", "Asia  koskee koulua."])
def test_two_spaces_after_an_ordinary_word_make_no_heading(line: str) -> None:
    assert match_heading(line) is None


def test_swedish_tweb_decision_history_is_an_earlier_handling() -> None:
    text = (
        "Mariehamns stad\n\n                 Renovering av simhallens tak\n\n"
        "Beslutshistoria  Stadsstyrelsen 12.5.2025 § 101\n\n"
        "Förslag          Stadsstyrelsen föreslår att fullmäktige beviljar anslaget.\n\n"
        "Beslut           Förslaget godkändes.\n"
    )
    item = parse_text(text).items[0]
    assert item.handling is None
    assert [h.handling.raw for h in item.history if h.handling] == ["Stadsstyrelsen 12.5.2025 § 101"]
    assert item.decision is not None and item.decision.outcome == "approved"


def test_transcript_pages_whose_handling_lost_its_date() -> None:
    # docplayer's transcripts of Närpes' and Vörå's minutes: "68, SSTYR 2015-04-14 18:00" became
    # "68, SSTYR :00"; the title runs on into the text, and the first page lists the titles
    text = (
        "Transkript\n\n"
        "1 i INNEHÅLLSFÖRTECKNING SSTYR, :00, Protokoll -1 Närvarande Sammanträdets laglighet och "
        "beslutförhet Protokollets justering Arv av Karl Erik Sundström Besvärsanvisning\n\n"
        "2 -1, SSTYR :00 Sida 2 SAMMANTRÄDESTID: kl. 18:00 SAMMANTRÄDESPLATS: Stadshuset\n\n"
        "3 68, SSTYR :00 Sida 3 Sammanträdets laglighet och beslutförhet Sammanträdet konstaterades vara "
        "lagligen sammankallat och beslutfört. SSTYR 68 Antecknades.\n\n"
        "4 70, SSTYR :00 Sida 4 Arv av Karl Erik Sundström Staden har erhållit ett arv. "
        "SSTYR 70 Stadsstyrelsen godkände arvet.\n"
    )
    items = parse_text(text).items
    assert [(i.section, i.title) for i in items] == [
        (68, "Sammanträdets laglighet och beslutförhet"),
        (70, "Arv av Karl Erik Sundström"),
    ]
    assert items[1].handling is not None and (items[1].handling.organ, items[1].handling.date) == ("SSTYR", None)
    assert items[1].decision is not None and items[1].decision.text == "Stadsstyrelsen godkände arvet."
    assert items[1].body == "Staden har erhållit ett arv."


def test_transcript_pages_without_a_listing_take_a_title_in_capitals() -> None:
    text = (
        "2 30, KST :00 FÖREDRAGNINGSLISTAN, godkännande Kommunstyrelsen gör nödvändiga ändringar i "
        "föredragningslistan. KST 30 Föredragningslistan godkändes.\n\n"
        "3 31, KST :00 DELGIVNINGAR Kommunstyrelsen antecknar beslut till kännedom. KST 31 Antecknades för kännedom.\n"
    )
    items = parse_text(text).items
    assert [(i.section, i.title) for i in items] == [(30, "FÖREDRAGNINGSLISTAN, godkännande"), (31, "DELGIVNINGAR")]
    assert [i.decision.outcome if i.decision else None for i in items] == ["approved", "noted"]


def test_a_transcript_page_with_the_register_number_before_a_category_and_title() -> None:
    # Vörå's pages: the board's case number and the register's before "CATEGORY, Title", which runs up to the
    # official's heading
    text = (
        "6 4, FGE :00 KST: 15/2012 EXEMPELBY KOMMUN Kommunstyrelsen Dnr:KST 15/2012 FÖRVALTNINGSÄRENDEN, Val av "
        "fullmäktiges presidium Kommundirektörens beredning: Fullmäktiges presidium utökas under återstående "
        "valperiod. Kommundirektörens förslag: Kommunstyrelsen föreslår att fullmäktige väljer en tredje "
        "viceordförande. KST: Förslaget godkändes. FGE 4\n"
    )
    item = parse_text(text).items[0]
    assert (item.section, item.title) == (4, "FÖRVALTNINGSÄRENDEN, Val av fullmäktiges presidium")
    assert item.case_number is not None and item.case_number.raw == "KST 15/2012"


def test_the_organs_line_alone_at_a_transcript_pages_end_is_no_text() -> None:
    # an agenda's page ends with the council's own line, nothing under it yet: "… konstateras. FGE 1"
    text = (
        "3 1, FGE :00 LAGLIGHET OCH BESLUTFÖRHET Namnupprop förrättas och sammanträdets laglighet och "
        "beslutförhet konstateras. FGE 1\n\n4 2, FGE :00 PROTOKOLLJUSTERARE, val Fullmäktige utser två "
        "protokolljusterare. FGE 2\n"
    )
    items = parse_text(text).items
    assert [i.body for i in items] == [
        "Namnupprop förrättas och sammanträdets laglighet och beslutförhet konstateras.",
        "Fullmäktige utser två protokolljusterare.",
    ]


def test_a_transcript_page_numbered_in_thousands() -> None:
    text = "1000 999, KST :00 DELGIVNINGAR Kommunstyrelsen antecknar beslut till kännedom. KST 999 Antecknades.\n"
    assert [(i.section, i.title) for i in parse_text(text).items] == [(999, "DELGIVNINGAR")]


def test_a_note_recorded_in_the_handling_is_the_decisions_note() -> None:
    text = (
        "§ 98 Ajankohtaiset asiat\n\nEhdotus\n\nAluehallitus päättää merkitä asiat tiedoksi.\n\n"
        "Päätös\n\nPäätösehdotus hyväksyttiin.\n\nKokouskäsittely\n\n"
        "Merkittiin, että Olga Niemi saapui kokoukseen § 98 aikana.\n\nKuultiin asiantuntijana talousjohtajaa.\n"
    )
    decision = parse_text(text).items[0].decision
    assert decision is not None
    assert decision.notes == ["Merkittiin, että Olga Niemi saapui kokoukseen § 98 aikana."]
    assert decision.text == "Päätösehdotus hyväksyttiin."


def test_a_note_in_both_the_decision_and_the_handling_is_listed_once() -> None:
    decision = build_decision(["Hyväksyttiin.", "Merkittiin, että A poistui."], ["Merkittiin, että A poistui."])
    assert decision is not None and decision.notes == ["Merkittiin, että A poistui."]


@pytest.mark.parametrize(
    ("proposal", "official"),
    [
        ("Päätösehdotus\nKunnanjohtaja: Kokous todetaan päätösvaltaiseksi.", "Kunnanjohtaja"),
        ("Päätösehdotus\nKunnanjohtaja:\nKokous todetaan päätösvaltaiseksi.", "Kunnanjohtaja"),
        # an acting official (Kittilä's transcripts), and the title on the heading's own line
        ("Ehdotus\nVt. kunnanjohtaja: Kokous todetaan päätösvaltaiseksi.", "Vt. kunnanjohtaja"),
        ("Ehdotus\nvt. kunnanjohtaja: Kokous todetaan päätösvaltaiseksi.", "vt. kunnanjohtaja"),
        ("Ehdotus Vt. kunnanjohtaja:\nKokous todetaan päätösvaltaiseksi.", "Vt. kunnanjohtaja"),
        ("Ehdotus Kunnanjohtaja: Kokous todetaan päätösvaltaiseksi.", "Kunnanjohtaja"),
        ("Päätösehdotus vs. sivistysjohtaja: Kokous todetaan päätösvaltaiseksi.", "vs. sivistysjohtaja"),
        ("Förslag Kommundirektören: Kokous todetaan päätösvaltaiseksi.", "Kommundirektören"),
    ],
)
def test_the_officials_title_opening_the_proposal_is_the_presenter(proposal: str, official: str) -> None:
    item = parse_text(
        f"§ 78 Kokouksen laillisuus\n\nAsia on tärkeä.\n\n{proposal}\n\nPäätös\nEhdotus hyväksyttiin.\n"
    ).items[0]
    assert item.presenter is not None and (item.presenter.title, item.presenter.name) == (official, None)
    assert item.proposal is not None and item.proposal.text == "Kokous todetaan päätösvaltaiseksi."
    assert item.body == "Asia on tärkeä."


@pytest.mark.parametrize("decision", ["Päätös: Hyväksyttiin.", "Khall: Hyväksyttiin."])
def test_the_officials_title_opening_a_paragraph_before_the_decision_is_the_proposal(decision: str) -> None:
    # older minutes: no proposal heading, the official's title and a colon open it
    text = (
        "§ 88 Talousarvion muutos\n\nKhall § 88\n\nSivistyslautakunta esittää lisämäärärahaa.\n\n"
        f"Kunnanjohtaja: Kunnanhallitus esittää valtuustolle, että määrärahaa lisätään.\n\n{decision}\n"
    )
    item = parse_text(text).items[0]
    assert item.presenter is not None and (item.presenter.title, item.presenter.name) == ("Kunnanjohtaja", None)
    assert item.proposal is not None
    assert item.proposal.text == "Kunnanhallitus esittää valtuustolle, että määrärahaa lisätään."
    assert item.body == "Sivistyslautakunta esittää lisämäärärahaa."


def test_older_minutes_a_field_to_a_line_with_the_board_proposing_to_the_council() -> None:
    # the official's title alone on its line over the proposal, the board's name in the council's stage
    text = (
        "3 §\nOSAVUOSIKATSAUS\nKHALL § 201\nOsavuosikatsaus on liitteenä.\nKunnanjohtaja:\n"
        "Kunnanhallitus merkitsee osavuosikatsauksen tiedoksi.\nKHALL:\nEhdotus hyväksyttiin.\nKVALT § 3\n"
        "Kunnanhallitus:\nValtuusto merkitsee osavuosikatsauksen tiedoksi.\nKVALT:\nEhdotus hyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    board = item.history[0]
    assert board.presenter is not None and board.presenter.title == "Kunnanjohtaja"
    assert board.proposal is not None
    assert board.proposal.text == "Kunnanhallitus merkitsee osavuosikatsauksen tiedoksi."
    assert board.body == "Osavuosikatsaus on liitteenä."
    assert item.presenter is not None and (item.presenter.title, item.presenter.name) == ("Kunnanhallitus", None)
    assert item.proposal is not None and item.proposal.text == "Valtuusto merkitsee osavuosikatsauksen tiedoksi."
    assert item.decision is not None and item.decision.text == "Ehdotus hyväksyttiin."


def test_an_agendas_item_proposed_by_the_board_has_its_proposal() -> None:
    text = "1 §\nKOKOUKSEN LAILLISUUS\nKokous on kuulutettu.\nKunnanhallitus:\nTodetaan kokouksen laillisuus.\n"
    item = parse_text(text).items[0]
    assert item.proposal is not None and item.proposal.text == "Todetaan kokouksen laillisuus."
    assert item.body == "Kokous on kuulutettu."


def test_an_organ_that_states_what_was_decided_is_no_proposal() -> None:
    # "Kunnanhallitus: Hyväksyttiin." under no decision heading is the decision, not a proposal
    text = "§ 4 Asia\n\nTaustaa.\n\nKunnanhallitus:\nHyväksyttiin yksimielisesti.\n"
    item = parse_text(text).items[0]
    assert item.proposal is None


def test_a_sentence_with_a_colon_opening_the_proposal_is_no_speaker() -> None:
    text = "§ 5 Hankinta\n\nPäätösehdotus\nKunnanhallitus päättää: hyväksyä hankinnan.\n\nPäätös\nHyväksyttiin.\n"
    item = parse_text(text).items[0]
    assert item.presenter is None
    assert item.proposal is not None and item.proposal.text == "Kunnanhallitus päättää: hyväksyä hankinnan."


def test_a_ktweb_council_item_over_two_pages_with_the_boards_stage() -> None:
    # the item's line over its title heads its next page too; the council's own stage line follows the board's
    text = (SAMPLES / "ktweb-council-item-two-pages.txt").read_text(encoding="utf-8")
    first, second = parse_text(text).items
    assert [(first.section, first.title), (second.section, second.title)] == [
        (38, "Kokouksen laillisuus ja päätösvaltaisuus"),
        (39, "Talousarvion muutos"),
    ]
    assert second.handling is not None and second.handling.raw == "Kunnanvaltuusto 12.05.2025 § 39"
    assert [h.handling.raw for h in second.history if h.handling] == ["Kunnanhallitus 28.04.2025 § 95"]
    assert second.history[0].decision is not None and second.history[0].decision.text == "Ehdotus hyväksyttiin."
    assert second.decision is not None and second.decision.text == "Ehdotus hyväksyttiin yksimielisesti."
    assert first.decision is not None and "12.05.2025" not in (first.body or "")


def test_bulleted_people_and_a_bulleted_list_of_earlier_handlings() -> None:
    # a CloudNC page saved as HTML: the preparers and the earlier handlings are list points
    html = (
        "<h1>§ 406 Leikkipuiston peruskorjaus</h1><p>ROIDno-2025-4378</p>"
        "<h3>Aikaisempi käsittely</h3><ul><li>Tekninen lautakunta 12.10.2025 § 88</li></ul>"
        "<h3>Valmistelija</h3><ul><li>Antti Mäenpää, tekninen johtaja, antti.maenpaa@esimerkki.fi</li></ul>"
        "<h3>Perustelut</h3><p>Varusteet ovat käyttöikänsä päässä.</p>"
        "<h3>Päätösehdotus</h3><p>Kaupunginhallitus päättää hyväksyä hankesuunnitelman.</p>"
        "<h3>Päätös</h3><p>Päätösehdotus hyväksyttiin.</p>"
    )
    item = parse_bytes(html.encode("utf-8"), path="page.html").items[0]
    assert [(p.raw, p.title, p.name) for p in item.preparers] == [
        ("Antti Mäenpää, tekninen johtaja, antti.maenpaa@esimerkki.fi", "tekninen johtaja", "Antti Mäenpää")
    ]
    assert item.handling is None
    assert [h.handling.raw for h in item.history if h.handling] == ["Tekninen lautakunta 12.10.2025 § 88"]
    assert item.body == "Varusteet ovat käyttöikänsä päässä."
    assert item.decision is not None and item.decision.outcome == "approved"


_TWEB_ITEM_SV = """Vasa stad
                                         Datum
                 Detaljplaneändring för kvarteret Rådhuset
Dnr              VASA/321/10.02.03/2025
Beslutshistoria  Tekniska nämnden 12.5.2025 § 45
Sammandrag       Ändringen möjliggör ett hotell.

Föredragningstext
                 Stadsstyrelsen återremitterade ärendet för ny beredning.

Förslag          Stadsstyrelsen föreslår att fullmäktige godkänner planändringen.

Beslut           Förslaget godkändes.
"""


def test_a_swedish_tweb_item() -> None:
    # the Swedish page's labels: "Beslutshistoria" (two spaces from its text), "Sammandrag", "Föredragningstext"
    item = parse_text(_TWEB_ITEM_SV).items[0]
    assert (item.handling, item.title) == (None, "Detaljplaneändring för kvarteret Rådhuset")
    assert [s.handling.section for s in item.history if s.handling] == [45]
    assert item.body == "Ändringen möjliggör ett hotell.\n\nStadsstyrelsen återremitterade ärendet för ny beredning."
    assert item.decision is not None and item.decision.outcome == "approved"


def test_the_diary_number_between_the_organs_line_and_the_title() -> None:
    text = (SAMPLES / "ktweb-meeting-pdf-text.txt").read_text(encoding="utf-8")
    moved = text.replace(
        "Koulukuljetusten hankinta\n\n410/02.08.00/2025\n", "410/02.08.00/2025\n\nKoulukuljetusten hankinta\n"
    )
    assert moved != text
    items = parse_text(moved).items
    assert [(i.section, i.title) for i in items][-1] == (80, "Koulukuljetusten hankinta")
    assert items[-1].case_number is not None and items[-1].case_number.raw == "410/02.08.00/2025"


@pytest.mark.parametrize(("title", "expected"), [("Tiedoksi", "Tiedoksi"), ("Muutoksenhakuohjeet", None)])
def test_an_item_whose_title_reads_as_a_heading(title: str, expected: str | None) -> None:
    # a list's heading alone is a title ("Tiedoksi": the matters brought to notice); any other heading is
    # not, and its item is read without one where two of three items or more have a title
    text = (SAMPLES / "ktweb-meeting-pdf-text.txt").read_text(encoding="utf-8")
    retitled = text.replace("Pöytäkirjantarkastajien valinta\n\nPäätösehdotus", f"{title}\n\nPäätösehdotus")
    assert retitled != text
    items = parse_text(retitled).items
    assert [(i.section, i.title) for i in items] == [
        (78, "Kokouksen laillisuus ja päätösvaltaisuus"),
        (79, expected),
        (80, "Koulukuljetusten hankinta"),
    ]


def test_an_extract_of_one_ktweb_item() -> None:
    # a "pöytäkirjanote": the page's header, the organ's line, the title, and the extract's certificate
    text = (
        "Esimerkin kunta                          Pöytäkirja              4/2025          5\n\n"
        "Kunnanhallitus                   § 80                 27.03.2025\n\n"
        "Koulukuljetusten hankinta\n\n410/02.08.00/2025\n\n"
        "Hankinnan arvo on noin 240 000 euroa vuodessa.\n\n"
        "Päätösehdotus\nKunnanhallitus päättää valita palveluntuottajaksi Kuljetus Oy:n.\n\n"
        "Päätös\nEhdotus hyväksyttiin.\n\n"
        "Pöytäkirjanotteen oikeaksi todistaa\nOuti Laine, hallintojohtaja\n"
    )
    item = parse_text(text).items[0]
    assert (item.section, item.title) == (80, "Koulukuljetusten hankinta")
    assert item.body == "Hankinnan arvo on noin 240 000 euroa vuodessa."
    assert item.decision is not None and item.decision.text == "Ehdotus hyväksyttiin."


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Jaa-äänet: 52 Ei-äänet: 30 Tyhjät: 2 Poissa: 1", (52, 30, 2, 1)),
        ("Omröstningen utföll 8 ja mot 3 nej.", (8, 3, None, None)),
        ("Stadsstyrelsen godkände förslaget med rösterna 6 ja, 5 nej och 1 blank.", (6, 5, 1, None)),
    ],
)
def test_more_ways_of_giving_a_vote(text: str, counts: tuple[int, int, int | None, int | None]) -> None:
    assert [(v.yes, v.no, v.blank, v.absent) for v in find_votes(text)] == [counts]


def test_a_listing_in_capitals_with_its_pages_in_a_column_is_no_item() -> None:
    # "1     KOKOUKSEN LAILLISUUS …     2": the number and the title in capitals open items in older
    # minutes, but a page number in a column of its own makes the line a table of contents
    text = (
        "KÄSITELLYT ASIAT\nOtsikko                                                     Sivu\n"
        "1     KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS                     2\n"
        "2     PÖYTÄKIRJANTARKASTAJIEN VALINTA                              3\n\f"
        "Kaupunginhallitus                § 1               16.01.2025\n\n"
        "KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS\n\nPäätös:\nTodettiin.\n\f"
        "Kaupunginhallitus                § 2               16.01.2025\n\n"
        "PÖYTÄKIRJANTARKASTAJIEN VALINTA\n\nPäätös:\nValittiin Anna Koski ja Pekka Lahti.\n"
    )
    items = parse_text(text).items
    assert [(i.section, i.title) for i in items] == [
        (1, "KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS"),
        (2, "PÖYTÄKIRJANTARKASTAJIEN VALINTA"),
    ]
    assert [i.decision.text if i.decision else None for i in items] == [
        "Todettiin.",
        "Valittiin Anna Koski ja Pekka Lahti.",
    ]


def test_an_item_titled_tiedoksi_over_the_organs_line() -> None:
    text = (
        "Kokouksen laillisuus ja päätösvaltaisuus\n\nEltk § 15\n\nPäätös:\nTodettiin.\n\n"
        "Tiedoksi\n\nEltk § 16\n\nMerkitään tiedoksi saapuneet kirjeet.\n\nPäätös:\nMerkittiin tiedoksi.\n"
    )
    assert [(i.section, i.title) for i in parse_text(text).items] == [
        (15, "Kokouksen laillisuus ja päätösvaltaisuus"),
        (16, "Tiedoksi"),
    ]


@pytest.mark.parametrize("heading", ["Päätös Maakuntahallitus", "Päätös Hallitus", "Beslut Styrelsen"])
def test_a_decision_heading_with_the_organ_that_decided(heading: str) -> None:
    text = (
        "§ 21 Suunnitelma\n\nTaustaa.\n\nEsitys Maakuntajohtaja\n\nHyväksytään suunnitelma.\n\n"
        f"{heading}\n\nHyväksyttiin.\n"
    )
    item = parse_text(text).items[0]
    assert item.decision is not None and (item.decision.text, item.decision.outcome) == ("Hyväksyttiin.", "approved")
    assert item.proposal is not None and item.proposal.text == "Hyväksytään suunnitelma."


def test_the_meeting_line_over_an_item_page_is_not_its_title() -> None:
    # an item page without a §: the organ, the meeting's number and date, then the title in capitals
    text = "Hallitus 1 / 2017 18.09.2017\nKOKOUKSEN LAILLISUUS\n\nTaustaa.\n\nPäätös Hallitus\n\nHyväksyttiin.\n"
    item = parse_text(text).items[0]
    assert (item.section, item.title) == (None, "KOKOUKSEN LAILLISUUS")


def test_a_news_digest_that_lost_its_blank_lines() -> None:
    text = (SAMPLES / "numbered-news-digest.txt").read_text(encoding="utf-8")
    spaced = parse_text(text).items
    tight = parse_text(regex.sub(r"\n\s*\n", "\n", text)).items
    assert len(spaced) >= 4
    assert [(i.section, i.title, i.decision.outcome if i.decision else None) for i in tight] == [
        (i.section, i.title, i.decision.outcome if i.decision else None) for i in spaced
    ]


def test_numbered_points_on_consecutive_lines_of_one_item_stay_its_proposal() -> None:
    # capitalised points of a proposal, no blank lines: they state no decision, so they are no digest
    text = (
        "Kaupunginhallitus 12.3.2024\nTontin myynti\n\nEhdotus\n"
        "1. Kaupunki myy tontin 12 yhtiölle hintaan 50 000 euroa.\n2. Kauppakirjan allekirjoittaa kaupunginjohtaja.\n"
        "3. Kauppahinta maksetaan kaupantekohetkellä.\n\nPäätös\nHyväksyttiin.\n"
    )
    items = parse_text(text).items
    assert len(items) == 1 and items[0].proposal is not None and len(items[0].proposal.items) == 3


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (
            "Päätös\n\nEhdotus hyväksyttiin äänestyksen jälkeen.\n\nÄänestystulokset\n\n  • Kyllä 30 kpl 60%\n\n"
            "    Henri Testi, Hanna Malli\n\n  • Ei 18 kpl 36%\n\n    Satu Esimerkki\n\n  • Tyhjä 1 kpl 2%\n\n"
            "    Liisa Koe\n\n  • Poissa 1 kpl 2%\n\n    Matti Testi\n",
            "Ehdotus hyväksyttiin äänestyksen jälkeen.",
        ),
        (
            "Beslut\n\nFörslaget godkändes efter omröstning.\n\nRöstningsresultat\n\n  • Ja 30 st 60%\n\n"
            "    Henri Testi, Hanna Malli\n\n  • Nej 18 st 36%\n\n    Satu Esimerkki\n\n  • Blank 1 st 2%\n\n"
            "    Liisa Koe\n\n  • Frånvarande 1 st 2%\n\n    Matti Testi\n",
            "Förslaget godkändes efter omröstning.",
        ),
    ],
)
def test_the_results_of_an_electronic_vote_after_the_decision(text: str, decision: str) -> None:
    # CaseM lists each vote's result by button, with the names, under a heading of its own after the decision
    item = parse_text("§ 12 Asemakaava\n\nEhdotus\n\nHyväksytään asemakaava.\n\n" + text).items[0]
    assert item.decision is not None and item.decision.text == decision
    assert [(v.yes, v.no, v.blank, v.absent) for v in item.decision.votes] == [(30, 18, 1, 1)]


def test_a_flattened_preparer_name_runs_into_the_text() -> None:
    # a transcript's page on one line: "Valmistelija / lisätiedot: Liisa Leino Aluehallintovirasto on …"
    page = (
        "5 Esimerkin kunta Pöytäkirja 4/2019 5 ( 16) § 41 Kotieläinsuojan ympäristölupahakemus, lausunto "
        "TUUDno-2019-1020 Valmistelija / lisätiedot: Liisa Leino Aluehallintovirasto on pyytänyt kunnalta "
        "lausuntoa kotieläinsuojan ympäristölupahakemuksesta. Lausunnossa todetaan, että hakemus on "
        "asianmukainen ja että kunnalla ei ole huomautettavaa hakemuksen johdosta. Lupamääräyksiin ehdotetaan "
        "lisättäväksi lannan levitystä koskeva määräys. Ehdotus Lautakunta antaa lausunnon liitteen mukaisesti. "
        "Päätös Ehdotus hyväksyttiin."
    )
    item = parse_text(page).items[0]
    assert [p.name for p in item.preparers] == ["Liisa Leino"]
    assert item.body is not None and item.body.startswith("Aluehallintovirasto on pyytänyt")
    # with the title after the name (Rovaniemi): "… Juuso Kattila vs. kaupunkitarkastaja Toimielimeen …"
    titled = parse_text(
        page.replace("Liisa Leino Aluehallintovirasto", "Liisa Leino vs. ympäristösihteeri Aluehallintovirasto")
    )
    assert [(p.title, p.name) for p in titled.items[0].preparers] == [("vs. ympäristösihteeri", "Liisa Leino")]
    assert titled.items[0].body == item.body


def test_a_page_that_opens_with_a_sentence_has_no_title() -> None:
    # text copied from under an item's headings: the first line is the proposal's sentence, not a title
    text = (
        "Kokous todetaan laillisesti koolle kutsutuksi ja päätösvaltaiseksi.\n"
        "Todetaan, että Anna Esimerkki on ilmoittanut esteestä.\nEhdotus hyväksyttiin.\n"
    )
    assert parse_text(text).items[0].title is None
    wrapped = text.replace("koolle kutsutuksi ja", "koolle kutsutuksi\nja", 1)  # as PDF text wraps it
    assert parse_text(wrapped).items[0].title is None
    # a title that ends in an abbreviation stays a title
    titled = "Valtuustoaloite koulukuljetuksista – Sari Esimerkki ym.\n\nPäätös\n\nMerkittiin tiedoksi.\n"
    assert parse_text(titled).items[0].title == "Valtuustoaloite koulukuljetuksista – Sari Esimerkki ym."


def test_an_earlier_stage_line_in_a_flattened_page_is_no_item() -> None:
    # a transcript keeps the stage line "Kaupunginhallitus 21.11.2016 § 576" inside the council's item
    page = (
        "3 Esimerkki Pöytäkirja 10/2016 3 (55) § 241 Eron myöntäminen lautakunnan varajäsenyydestä "
        "Anne Virta on pyytänyt eroa lautakunnan varajäsenyydestä muuttonsa vuoksi. Kuntalain 38 §:n mukaan "
        "valtuusto voi myöntää eron luottamustoimesta henkilölle, jolla on pätevä syy. "
        "Kaupunginhallitus 21.11.2016 § 576 Kaupunginhallitus esittää kaupunginvaltuustolle, että valtuusto "
        "myöntää eron. Päätösehdotus Kaupunginvaltuusto myöntää Anne Virralle eron ja valitsee tilalle uuden "
        "varajäsenen. Päätös Päätösehdotus hyväksyttiin."
    )
    items = parse_text(page).items
    assert [i.section for i in items] == [241]
    handlings = [s.handling for s in items[0].history] + [items[0].handling]
    assert [(h.organ, h.section) for h in handlings if h] == [("Kaupunginhallitus", 576)]


@pytest.mark.parametrize(
    ("line", "organ"),
    [("Föredragande Kommunstyrelsen", "Kommunstyrelsen"), ("Esittelijä Kaupunginhallitus", "Kaupunginhallitus")],
)
def test_an_organ_as_the_presenter_of_a_councils_item(line: str, organ: str) -> None:
    # Dynasty's council items name the board as the presenter; the organ's name is no text of the item
    stage = "Valtuusto 31.01.2022 § 4"
    text = f"§ 4\nProjektplan\n\n{stage}\n\n{line}\n\nEhdotus\n\nHyväksytään.\n\nPäätös\n\nHyväksyttiin.\n"
    item = parse_text(text).items[0]
    assert item.presenter is not None and (item.presenter.title, item.presenter.name) == (organ, None)
    assert item.body is None


def test_the_swedish_dynasty_banner_is_page_furniture() -> None:
    text = (
        "Dynasty informationsservice Sökning RSS Exempelby\n\nRSS-länk\n\nMötesärende:\n"
        "http://exempel.oncloudos.com:80/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30\n\n"
        "Godkännande av projektplanen för campuset\n\nBeredare Projektchef Johan Exempel\n\n"
        "Projektplanen har blivit färdig.\n\nFörslag\n\nNämnden godkänner projektplanen.\n\n"
        "Beslut\n\nFörslaget godkändes.\n"
    )
    item = parse_text(text).items[0]
    assert (item.title, item.body) == ("Godkännande av projektplanen för campuset", "Projektplanen har blivit färdig.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aika 12.3.–13.3.2024 klo 9.00", "2024-03-12"),
        ("Aika 12.–13.3.2024", "2024-03-12"),
        ("Tid 31.12.-2.1.2025", "2024-12-31"),
        ("KH 08.10.2024 § 278", "2024-10-08"),
    ],
)
def test_a_meeting_over_days_is_dated_by_its_first(text: str, expected: str) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("heading", "presenter"),
    [
        ("Ehdotus: Kunnanjohtaja Matti Mäki", ("Kunnanjohtaja", "Matti Mäki")),
        ("Förslag: Stadsdirektör Tom Lund", ("Stadsdirektör", "Tom Lund")),
        ("Ehdotus (kunnanjohtaja):", ("kunnanjohtaja", None)),
        ("Förslag (stadsdirektören):", ("stadsdirektören", None)),
    ],
)
def test_the_official_named_with_the_proposals_heading(heading: str, presenter: tuple[str, str | None]) -> None:
    text = f"§ 5 Sopimus\n\nTaustaa.\n\n{heading}\n\nHyväksytään sopimus.\n\nPäätös\n\nHyväksyttiin.\n"
    item = parse_text(text).items[0]
    assert item.proposal is not None and item.proposal.text == "Hyväksytään sopimus."
    assert item.presenter is not None and (item.presenter.title, item.presenter.name) == presenter
    assert item.body == "Taustaa."


@pytest.mark.parametrize(
    ("block", "preparers"),
    [
        (
            "Valmistelijat: Anna Aho (talousjohtaja), Bo Berg (kirjanpitäjä)",
            [("talousjohtaja", "Anna Aho", None), ("kirjanpitäjä", "Bo Berg", None)],
        ),
        ("Valmistelija:\nAnna Aho\ntalousjohtaja\npuh. 040 123 4567", [("talousjohtaja", "Anna Aho", "040 123 4567")]),
    ],
)
def test_preparers_with_their_titles_in_brackets_or_on_lines_of_their_own(
    block: str, preparers: list[tuple[str, str, str | None]]
) -> None:
    item = _item_with_people(block)
    assert [(p.title, p.name, p.phone) for p in item.preparers] == preparers
    assert item.body == "Tekstiä asiasta."
