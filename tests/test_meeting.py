"""The meeting header: attendance lists, chair and secretary in the layouts that hide them."""

from __future__ import annotations

import pytest

from minutes_cli.parser import parse_text


def _meeting(text: str):  # type: ignore[no-untyped-def]
    meeting = parse_text(text).meeting
    assert meeting is not None
    return meeting


def _present(text: str) -> list[str]:
    return [p.name for p in _meeting(text).participants if p.status == "present"]


def test_role_label_with_the_name_on_a_later_line() -> None:
    text = (
        "Kokousaika\n\n3.2.2025 kello 16.00 - 17.10\n\nLäsnä\n\nJäsenet\nOjala, Ville\nI varapuheenjohtaja\n\n"
        "Niemi, Sari\n\nMuut\nLaine, Pekka\nkaupunginsihteeri\n\nKoski, Aila\nhallintosihteeri\n\n"
        "Puheenjohtaja\n\nOjala, Ville\n\n\nPöytäkirjanpitäjä\n\nKoski, Aila\n"
    )
    meeting = _meeting(text)
    assert meeting.chair == "Ojala, Ville"
    # the label names the minute-taker; "kaupunginsihteeri" is only a job title
    assert meeting.secretary == "Koski, Aila"


def test_the_meeting_role_wins_over_a_job_title_with_the_same_word() -> None:
    text = (
        "Aika 3.2.2025 klo 16.00\nPaikka Kunnantalo\n\nMuut läsnäolijat\nPekka Laine, kunnansihteeri\n"
        "Aila Koski, hallintosihteeri, pöytäkirjanpitäjä\n"
    )
    assert _meeting(text).secretary == "Aila Koski"


def test_role_in_two_languages_before_the_name() -> None:
    text = (
        "Protokoll 4/2025\nTid 3.2.2025 kl. 18.00\nPlats Stadshuset\n\n"
        "Protokollet justeras av Ordförande/Puheenjohtaja: Gia Lindholm Intygar/Todistaa:\n"
    )
    assert _meeting(text).chair == "Gia Lindholm"


def test_upper_case_heading_between_role_and_name_is_not_a_typed_signature() -> None:
    text = (
        "Protokoll 4/2025\nTid 3.2.2025 kl. 18.00\nPlats Stadshuset\n\n"
        "Protokollförare PROTOKOLLET HAR JUSTERATS Olav Berg\n"
    )
    assert _meeting(text).secretary is None
    typed = "Protokoll 4/2025\nTid 3.2.2025 kl. 18.00\nPlats Stadshuset\n\nSekreterare OLAV BERG Olav Berg\n"
    assert _meeting(typed).secretary == "Olav Berg"


FLAT_TICKED = (
    "3 KOKOUSPÖYTÄKIRJA Nro 5 / 2025 KOKOUSAIKA Maanantaina 3.2.2025 klo 18.30 KOKOUSPAIKKA "
    "SAAPUVILLA OLLEET JÄSENET Kunnanhallituksen kokoushuone x Erkki Lahti, pj. Olli Mäki, vj. "
    "x Risto Salo, II vpj. Pentti Aho, vj. Kirsi Ranta Minna Vuori, vj. x Heikki Niemi Jari Koski, vj. "
    "MUUT SAAPUVILLA OLLEET (ja läsnäolon peruste) x x Olavi Heino, kunnanvaltuuston puheenjohtaja "
    "Pekka Hiltunen, kunnanjohtaja, esittelijä/pöytäkirjanpitäjä Päivi Hakala, kirjanpitäjä "
    "LAILLISUUS JA PÄÄTÖSVALTAISUUS 100 ASIAT PÖYTÄKIRJAN TARKASTUSTAPA\n"
)


def test_flattened_attendance_table_keeps_its_ticks() -> None:
    meeting = _meeting(FLAT_TICKED)
    # ticked members came; an unticked member did not; unticked deputies were not called
    assert _present(FLAT_TICKED) == ["Erkki Lahti", "Risto Salo", "Heikki Niemi"]
    assert [p.name for p in meeting.participants if p.status == "absent"] == ["Kirsi Ranta"]
    others = [(p.name, p.role) for p in meeting.participants if p.status == "other"]
    assert others == [
        ("Olavi Heino", "kunnanvaltuuston puheenjohtaja"),
        ("Pekka Hiltunen", "kunnanjohtaja, esittelijä/pöytäkirjanpitäjä"),
        ("Päivi Hakala", "kirjanpitäjä"),  # the heading after her is not part of her role
    ]
    assert meeting.secretary == "Pekka Hiltunen"
    assert meeting.place is None  # the place stood apart from its label; it is not guessed


def test_flattened_table_of_contents_is_not_an_attendance_list() -> None:
    titles = " ".join(f"Ärende nummer {n} om Gatubelysning i Byn" for n in range(12))
    text = (
        f"1 i INNEHÅLLSFÖRTECKNING SSTYR, Protokoll -1 Närvarande Sammanträdets laglighet {titles}\n\n"
        "2 SSTYR Sida 2 SAMMANTRÄDESTID: kl. 18:00\nSAMMANTRÄDESPLATS: Stadshuset\n"
        "NÄRVARANDE MEDLEMMAR: Olav Berg Sven Krok Tanja Ek\n"
    )
    assert _present(text) == ["Olav Berg", "Sven Krok", "Tanja Ek"]


def test_a_document_that_records_who_was_there_is_minutes() -> None:
    text = "Aika 3.2.2025 klo 18.00\nPaikka Kunnantalo\n\nLäsnä\nAnna Lehto, puheenjohtaja\nMikko Virta\n"
    assert parse_text(text).document_type == "minutes"
    agenda = "Esityslista 3/2025\nAika 3.2.2025 klo 18.00\nPaikka Kunnantalo\n\nJäsenet\nAnna Lehto\nMikko Virta\n"
    assert parse_text(agenda).document_type == "agenda"


def test_checked_minutes_name_themselves() -> None:
    text = "Områdesfullmäktige, möte 27-09-2022\nProtokollet är granskat\n§ 81 Tjänsteval\n\nBeskrivning\nText.\n"
    assert parse_text(text).document_type == "minutes"


def test_secretary_named_before_the_role_is_not_the_next_signer() -> None:
    flat = (
        "Protokoll 3/2025\nTid 3.2.2025 kl. 18.00\nPlats Kommunkansliet\n\n"
        "Underskrift Sven Holm Protokollförare Carola Berg Justering, plats och tid\n"
    )
    assert _meeting(flat).secretary == "Carola Berg"
    run = "Pöytäkirja 3/2025\nAika 3.2.2025 klo 18.00\nPaikka Kunnantalo\n\nTom Salo Erika Strand, sihteeri\n"
    assert _meeting(run).secretary == "Erika Strand"


def test_an_unlabelled_weekday_line_dates_the_meeting() -> None:
    text = (
        "Möteskallelse\nTisdagen den 3 mars 2026 kl. 17:30 i stadshusets sammanträdesrum\n"
        "Ordinarie ledamöter\nAnna Berg, ordförande\nJohan Lind\n\n"
        "Protokolljustering äger rum onsdagen den 11 mars 2026.\n\n"
        "§ 12 Val av protokolljusterare\n\nBeslut\n\nGodkändes.\n"
    )
    meeting = _meeting(text)
    assert (meeting.date, meeting.start_time) == ("2026-03-03", "17:30")
    # in a sentence the weekday names another day
    sentence = text.replace("Tisdagen den 3 mars 2026 kl. 17:30 i stadshusets sammanträdesrum\n", "")
    undated = parse_text(sentence).meeting
    assert undated is None or undated.date is None


def test_meeting_number_without_a_label_or_without_its_year() -> None:
    items = "\n§ 1 Kokouksen laillisuus\n\nPäätös\n\nTodettiin laillisuus.\n"
    labelled = "Kaupunginhallitus Pöytäkirja nro 3\n\nAika 11.01.2021 15:30 - 18:00\nPaikka Kaupungintalo\n" + items
    assert _meeting(labelled).number == "3"
    # a number alone at the top counts when its year is the meeting's
    leading = "12/2008 Stadsstyrelsen\nTID - AIKA 04.06.2008 kl. 16:00\nPLATS - PAIKKA Stadshuset\n" + items
    assert _meeting(leading).number == "12/2008"
    other_year = leading.replace("12/2008", "12/2007")
    assert _meeting(other_year).number is None


def test_heading_glued_to_the_time_label() -> None:
    text = "Kunnanvaltuusto\n\nKOKOUSKUTSU 6/2006\n\nKokoustiedotAika 24.10.2006 kello 19.00\nPaikka Valtuustosali\n"
    meeting = _meeting(text + "\n45 KOKOUKSEN LAILLISUUS\n\nTodettiin laillisuus.\n")
    assert (meeting.date, meeting.start_time, meeting.number) == ("2006-10-24", "19:00", "6/2006")


def test_a_column_of_roles_without_its_names_names_no_chair() -> None:
    # a transcript lost the table: names first, then their roles in the same order
    text = (
        "Kokousaika Tiistai 24.2.2026 klo 18 Kokouspaikka Kunnantalo Päättäjät Anna Laine Pekka Koski "
        "Linus Virta puheenjohtaja I varapuheenjohtaja jäsen Asiat Allekirjoitus Puheenjohtaja Sihteeri\n\n"
        "§ 1 Kokouksen laillisuus\n\nPäätös\n\nTodettiin laillisuus.\n"
    )
    assert _meeting(text).chair is None
    plain = text.replace("Linus Virta puheenjohtaja I varapuheenjohtaja jäsen", "Linus Virta puheenjohtaja")
    assert _meeting(plain).chair == "Linus Virta"
    # Swedish heads are capitalised: "Ordförande I Vice ordförande II Vice ordförande Ersättare"
    swedish = text.replace("puheenjohtaja I varapuheenjohtaja jäsen", "Ordförande I Vice ordförande Ersättare")
    assert _meeting(swedish).chair is None


def test_header_of_one_value_a_line_gives_the_date_under_the_organ() -> None:
    header = "Helsingin kaupunki\nPöytäkirja\n27/2019\n1 (10)\nKaupunginhallitus\nAsia/1\n17.06.2019\n\n"
    meeting = _meeting(header + "§ 410\nAsemakaavan muutos\n\nPäätös\n\nHyväksyttiin.\n")
    assert (meeting.organ, meeting.number, meeting.date) == ("Kaupunginhallitus", "27/2019", "2019-06-17")


_ITEM = "\n§ 1 Kokouksen laillisuus\n\nPäätös\n\nTodettiin laillisuus.\n"


def test_labels_with_colons_and_names_in_a_row() -> None:
    header = (
        "Aika: 12.3.2024 kello 18:00–20:00\nPaikka: Kaupungintalo\n"
        "Läsnä: Liisa Laine (pj.), Pekka Koski, Anna Virta\nPoissa: Matti Niemi\nPöytäkirjanpitäjä: Sari Mäki\n"
    )
    meeting = _meeting(header + _ITEM)
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Liisa Laine", "pj.", "present"),
        ("Pekka Koski", None, "present"),
        ("Anna Virta", None, "present"),
        ("Matti Niemi", None, "absent"),
        ("Sari Mäki", "pöytäkirjanpitäjä", "other"),  # the contract counts the secretary among the others
    ]
    # the absent member above the minute-taker's label is not the minute-taker
    assert (meeting.chair, meeting.secretary) == ("Liisa Laine", "Sari Mäki")


def test_one_label_a_line_with_roles_before_names() -> None:
    header = (
        "Kokouspäivä 12.3.2024\nKokouksen alkuaika 18:00\nKokouksen loppumisaika 20:00\nKokouspaikka Kunnantalo\n"
        "Puheenjohtaja Liisa Laine\nSihteeri Sari Mäki\n"
    )
    meeting = _meeting(header + _ITEM)
    assert (meeting.start_time, meeting.end_time, meeting.place) == ("18:00", "20:00", "Kunnantalo")
    # "Kokouspaikka Kunnantalo" above "Puheenjohtaja Liisa Laine" is not the chair
    assert (meeting.chair, meeting.secretary) == ("Liisa Laine", "Sari Mäki")


def test_attendance_table_with_its_heads_and_titles_after_the_names() -> None:
    header = (
        "Kokousaika 12.03.2024 klo 18 - 20.15\nKokouspaikka Kunnantalo\n\nSaapuvilla olleet jäsenet\nNimi Tehtävä\n"
        "Laine Liisa puheenjohtaja\nKoski Pekka varapuheenjohtaja\n\nMuut saapuvilla olleet\n"
        "Niemi Matti kunnanjohtaja, esittelijä\nMäki Sari hallintojohtaja, pöytäkirjanpitäjä\n"
    )
    meeting = _meeting(header + _ITEM)
    assert (meeting.start_time, meeting.end_time) == ("18:00", "20:15")
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Laine Liisa", "puheenjohtaja", "present"),
        ("Koski Pekka", "varapuheenjohtaja", "present"),
        ("Niemi Matti", "kunnanjohtaja, esittelijä", "other"),
        ("Mäki Sari", "hallintojohtaja, pöytäkirjanpitäjä", "other"),
    ]
    assert (meeting.chair, meeting.secretary) == ("Laine Liisa", "Mäki Sari")


@pytest.mark.parametrize(
    ("present", "absent", "others"),
    [
        ("Saapuvilla olleet jäsenet", "Poissa", "Muut saapuvilla olleet"),
        ("Läsnä", "POISSA", "Muut"),
        ("Osallistujat", "Poissa olleet", "MUUT SAAPUVILLA OLLEET"),
        ("Närvarande", "Frånvarande", "Övriga närvarande"),
        ("Deltagare", "Frånvarande", "Övriga"),
    ],
)
@pytest.mark.parametrize("separator", ["   ", ": ", "\n"], ids=["column", "colon", "own-line"])
def test_attendance_labels_of_domain_reference(present: str, absent: str, others: str, separator: str) -> None:
    header = (
        f"Esimerkin kunta   Pöytäkirja 5/2025\nKunnanhallitus\n\nAika{separator}12.05.2025 klo 17:00 - 19:10\n"
        f"Paikka{separator}Kunnantalo\n\n{present}\nMatti Virtanen, puheenjohtaja\nPekka Koski\n\n"
        f"{absent}\nAnna Niemi\n\n"
        f"{others}\nSari Mäki, hallintosihteeri, pöytäkirjanpitäjä\n"
    )
    meeting = _meeting(header + _ITEM)
    assert (meeting.date, meeting.start_time, meeting.end_time, meeting.place) == (
        "2025-05-12",
        "17:00",
        "19:10",
        "Kunnantalo",
    )
    assert sorted((p.name, p.status) for p in meeting.participants) == [
        ("Anna Niemi", "absent"), ("Matti Virtanen", "present"), ("Pekka Koski", "present"), ("Sari Mäki", "other")
    ]  # fmt: skip
    assert (meeting.chair, meeting.secretary) == ("Matti Virtanen", "Sari Mäki")


def test_with_the_chair_away_the_first_vice_chair_present_chairs() -> None:
    header = (
        "Kunnanhallitus\nAika 12.05.2025 klo 17:00\nPaikka Kunnantalo\n\nLäsnä\n"
        "Liisa Laine, II varapuheenjohtaja\nPekka Koski, I varapuheenjohtaja\nAnna Niemi\n\n"
        "Poissa\nMatti Virtanen, puheenjohtaja\n"
    )
    assert _meeting(header + _ITEM).chair == "Pekka Koski"
    ticked = (
        "Protokoll 2/2019\nSammanträdestid torsdag 14.2.2019 kl. 18.00\nSammanträdesplats Stadshuset\n"
        "Beslutande\n[ ] Kronqvist Bo, ordförande\n[X] Kengo Anna\n[X] Lindvall Mikael, I viceordf.\n"
    )
    assert _meeting(ticked + _ITEM).chair == "Lindvall Mikael"


@pytest.mark.parametrize(
    ("when", "times"),
    [
        ("11.01.2021 15:30 - 21:35", ("15:30", "21:35")),  # Lahti: no "klo"
        ("12.5.2025 18.00–20.15", ("18:00", "20:15")),
        ("12.05.2025 18:00", ("18:00", None)),
        ("måndag 12.5.2025 klockan 18–20.15", ("18:00", "20:15")),
        ("12.05.2025", (None, None)),  # no part of the date is a time
        ("12.05.2025 :00-20:50", (None, None)),  # a range that lost its start gives no start
        ("12.1.2016 klo 14:0015:41", ("14:00", "15:41")),  # the dash lost in extraction (Helsinki)
        ("12.1.2016 klo 9.3011.45", ("09:30", "11:45")),
    ],
)
def test_times_in_the_date_field(when: str, times: tuple[str | None, str | None]) -> None:
    meeting = _meeting(f"Kunnanhallitus\n\nAika        {when}\nPaikka      Kunnantalo\n\n§ 1\nLaillisuus\n")
    assert meeting.date is not None
    assert (meeting.start_time, meeting.end_time) == times


def test_a_note_with_commas_in_brackets_keeps_the_member() -> None:
    text = (
        "Kaupunginhallitus\n\nAika        15.4.2025 klo 17.00 - 19.30\nPaikka      Kaupungintalo\n\n"
        "Saapuvilla olleet jäsenet\nMatti Virtanen, puheenjohtaja\nPekka Pouta (poistui klo 18.30, § 45 aikana)\n"
        "Liisa Koski, jäsen (saapui klo 17.20, § 41 aikana)\n\n"
        "Poissa\nKaj Mattsson (varajäsen Kronehag, Kurt läsnä)\n\n§ 40\nLaillisuus\n"
    )
    people = [(p.name, p.status) for p in _meeting(text).participants]
    assert people == [
        ("Matti Virtanen", "present"),
        ("Pekka Pouta", "present"),
        ("Liisa Koski", "present"),
        ("Kaj Mattsson", "absent"),
    ]


@pytest.mark.parametrize(
    ("sentence", "checkers"),
    [
        (
            "Pöytäkirjan tarkastajiksi valittiin Ritva-Leena Heikkinen ja Esa Rintala.",
            ["Ritva-Leena Heikkinen", "Esa Rintala"],
        ),
        (
            "Pöytäkirjantarkastajiksi valittiin valtuutetut Emma Kari ja Dan Koivulaakso sekä varalle valtuutetut "
            "Daniel Sazonov ja Pia Kopra.",
            ["Emma Kari", "Dan Koivulaakso"],
        ),
        ("Till protokolljusterare valdes Jan Berg och Maria Lund.", ["Jan Berg", "Maria Lund"]),
        ("Jan Berg och Maria Lund utsågs till protokolljusterare.", ["Jan Berg", "Maria Lund"]),
        # inflected names ("Esko Yli-Karhun") are not the names as the header would print them
        ("Valitsi pöytäkirjantarkastajiksi Esko Yli-Karhun ja Sini Syrjälän.", []),
    ],
)
def test_checkers_elected_in_the_second_item(sentence: str, checkers: list[str]) -> None:
    text = (
        "Kunnanhallitus        Pöytäkirja 4/2025\n\nAika        3.3.2025 klo 18.00\nPaikka      Kunnantalo\n\n"
        "§ 1\nKokouksen laillisuus\n\nPäätös\nTodettiin.\n\n"
        f"§ 2\nPöytäkirjan tarkastus\n\nPäätös\n{sentence}\n"
    )
    assert _meeting(text).minutes_checkers == checkers


def test_checkers_signing_under_the_checked_statement() -> None:
    # Lapua's PDFs: the checkers sign in columns under "Pöytäkirja on tarkastettu ja hyväksytty" and the
    # dates; their names there are in the nominative, unlike in "Valitsi … Esko Yli-Karhun ja …".
    text = (
        "Ympäristölautakunta        Pöytäkirja 1/2022\n\nAika        25.01.2022 klo 17:00 - 18:10\n"
        "Paikka      Kaupungintalo\n\nPöytäkirjan tarkastus\n"
        "             Pöytäkirja on tarkastettu ja hyväksytty\n\n"
        "              27.01.2022                               27.01.2022\n\n\n"
        "              Esko Yli-Karhu                           Sini Syrjälä\n\n"
        "§ 1\nKokouksen laillisuus\n\nPäätös\nValitsi tämän kokouksen pöytäkirjantarkastajiksi Esko Yli-Karhun ja "
        "Sini Syrjälän.\n"
    )
    assert _meeting(text).minutes_checkers == ["Esko Yli-Karhu", "Sini Syrjälä"]


@pytest.mark.parametrize(
    ("box", "checkers"),
    [
        (
            "Pöytäkirjan tarkastus Pöytäkirja on tarkastettu ja hyväksytty 15.05.2019 15.05.2019 Jaska Salonen "
            "Juha Timonen Pöytäkirjan nähtävänäolo Asetettu nähtäväksi 17.05.2019.",
            ["Jaska Salonen", "Juha Timonen"],
        ),
        (
            "Pöytäkirja on tarkastettu ja todettu kokouksen kulun mukaiseksi. Mari Kangas Teuvo Ukkola Pöytäkirja on "
            "ollut yleisesti nähtävillä.",
            ["Mari Kangas", "Teuvo Ukkola"],
        ),
        # three name words cannot be split into two people
        ("Pöytäkirja on tarkastettu ja hyväksytty 15.05.2019 Jaska Salonen Timonen Pöytäkirjan nähtävänäolo", []),
    ],
)
def test_checkers_in_a_flattened_checking_box(box: str, checkers: list[str]) -> None:
    text = (
        "Tuusulan kunta Pöytäkirja 4/2019 Kunnanhallitus Aika 14.05.2019 klo 17:00 Paikka Kunnantalo "
        f"Saapuvilla olleet jäsenet Yrjö Kivinen, puheenjohtaja {box}\n\n§ 38\nLaillisuus\n\nPäätös\nTodettiin.\n"
    )
    assert _meeting(text).minutes_checkers == checkers


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Datum  12.5.2025\nTid  kl. 18.00–20.00\nPlats  Stadshuset", ("2025-05-12", "18:00", "20:00", "Stadshuset")),
        (
            "Päivämäärä 12.5.2025\nAika klo 18.00–20.00\nPaikka Kunnantalo",
            ("2025-05-12", "18:00", "20:00", "Kunnantalo"),
        ),
        ("Tid och plats   12.5.2025 kl. 18.00–20.00, Stadshuset", ("2025-05-12", "18:00", "20:00", "Stadshuset")),
        (
            "Aika ja paikka  12.5.2025 klo 18.00 - 20.00, Kunnantalo, valtuustosali",
            ("2025-05-12", "18:00", "20:00", "Kunnantalo, valtuustosali"),
        ),
        # the same label over the checking of the minutes, without a date, names no place of the meeting
        (
            "Aika  12.5.2025 klo 18\n\nTid och plats Lappträsk Underskrift Susanne Sjöblom",
            ("2025-05-12", "18:00", None, None),
        ),
    ],
)
def test_day_and_time_and_place_labels(header: str, expected: tuple[str | None, ...]) -> None:
    text = (
        f"Kunnanhallitus        Pöytäkirja 5/2025\n\n{header}\n\nLäsnä\nMatti Virtanen, puheenjohtaja\n\n"
        "§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n"
    )
    meeting = _meeting(text)
    assert (meeting.date, meeting.start_time, meeting.end_time, meeting.place) == expected


def test_members_with_their_party_in_brackets() -> None:
    text = (
        "Kaupunginvaltuusto        Pöytäkirja 5/2025\n\nAika 12.5.2025 klo 18.00\nPaikka Valtuustosali\n\n"
        "Läsnä\nMatti Virtanen (kesk.), puheenjohtaja\nLiisa Koski (sd.)\nPekka Pouta (ps), varajäsen\n\n"
        "§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n"
    )
    meeting = _meeting(text)
    assert meeting.chair == "Matti Virtanen"
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Matti Virtanen", "puheenjohtaja (kesk.)"),
        ("Liisa Koski", "(sd.)"),
        ("Pekka Pouta", "varajäsen (ps)"),
    ]


# A board meeting's header above the attendance and signatures under test.
_BOARD_HEADER = "Kunnanhallitus        Pöytäkirja 5/2025\n\nAika 12.5.2025 klo 18.00\nPaikka Kunnantalo\n\n"


@pytest.mark.parametrize(
    ("attendance", "chair", "roles"),
    [
        # a table row: name, role and party in columns
        (
            "Matti Virtanen        puheenjohtaja        kesk.\nLiisa Koski           jäsen                sd.",
            "Matti Virtanen",
            ["puheenjohtaja, kesk.", "jäsen, sd."],
        ),
        ("Virtanen Matti (kesk.) pj.\nKoski Liisa (sd.)", "Virtanen Matti", ["(kesk.) pj.", "(sd.)"]),
        ("Matti Virtanen        Liisa Koski\nPekka Pouta", None, [None, None, None]),
    ],
)
def test_attendance_rows_in_columns(attendance: str, chair: str | None, roles: list[str | None]) -> None:
    text = _BOARD_HEADER + f"Läsnä\n{attendance}\n\n§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n"
    meeting = _meeting(text)
    assert meeting.chair == chair
    assert [p.role for p in meeting.participants] == roles


@pytest.mark.parametrize(
    "signatures",
    [
        "Allekirjoitukset\nPuheenjohtaja          Pöytäkirjanpitäjä\nMatti Virtanen         Aila Koski",
        "Allekirjoitukset\nMatti Virtanen         Aila Koski\npuheenjohtaja          pöytäkirjanpitäjä",
        "Allekirjoitukset\n\nMatti Virtanen\npuheenjohtaja\n\nAila Koski\npöytäkirjanpitäjä",
        "Puheenjohtaja\nMatti Virtanen\n\nPöytäkirjanpitäjä\nAila Koski",
        "Kokouksen puheenjohtaja: Matti Virtanen\nPöytäkirjanpitäjä: Aila Koski",
    ],
)
def test_chair_and_secretary_in_signature_layouts(signatures: str) -> None:
    # the attendance list above names a member who is neither: a role must find its own name
    text = (
        _BOARD_HEADER + f"Läsnä\nMatti Virtanen\nLiisa Koski\n\n{signatures}\n\n§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n"
    )
    meeting = _meeting(text)
    assert (meeting.chair, meeting.secretary) == ("Matti Virtanen", "Aila Koski")


@pytest.mark.parametrize(
    "deputy",
    ["Tom Björk, ersättare för Mikael Ek", "Tom Björk, varajäsen Mikael Ekin tilalla"],
)
def test_a_deputy_and_the_member_stood_in_for_are_one_entry(deputy: str) -> None:
    text = (
        "Stadsstyrelsen        PROTOKOLL 7/2025\n\nTid  12.5.2025 kl. 17.00\nPlats  Stadshuset\n\n"
        f"Närvarande\nEva Sundqvist, ordförande\n{deputy}\n\nFrånvarande\nMikael Ek\n\n"
        "§ 60\nLaglighet\n\nBeslut\nGodkändes.\n"
    )
    people = [(p.name, p.status) for p in _meeting(text).participants]
    assert people == [("Eva Sundqvist", "present"), ("Tom Björk", "present"), ("Mikael Ek", "absent")]


@pytest.mark.parametrize(
    ("present_label", "other_label"),
    [
        (("SAAPUVILLA", "OLLEET JÄSENET"), ("MUUT SAAPUVILLA", "OLLEET")),
        (("Saapuvilla", "olleet jäsenet"), ("Muut", "saapuvilla olleet")),
    ],
)
def test_a_label_wrapping_in_its_left_column(present_label: tuple[str, str], other_label: tuple[str, str]) -> None:
    # older PDFs print long labels in a narrow column, the names beside each half
    rows = [
        (present_label[0], "Mäkelä Pentti, puheenjohtaja"),
        (present_label[1], "Koskinen Aila, varapuheenjohtaja"),
        ("", "Lehtonen Matti"),
        ("", ""),
        (other_label[0], "Niemi Jorma, kunnanjohtaja, esittelijä"),
        (other_label[1], "Virta Sanna, hallintosihteeri, pöytäkirjanpitäjä"),
    ]
    table = "\n".join(f"{label:<20}{value}".rstrip() for label, value in rows)
    meeting = _meeting(_BOARD_HEADER + table + "\n\n§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n")
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Mäkelä Pentti", "present"),
        ("Koskinen Aila", "present"),
        ("Lehtonen Matti", "present"),
        ("Niemi Jorma", "other"),
        ("Virta Sanna", "other"),
    ]
    assert (meeting.chair, meeting.secretary) == ("Mäkelä Pentti", "Virta Sanna")


@pytest.mark.parametrize(
    ("proposal", "decision", "checkers"),
    [
        (
            "Valitaan pöytäkirjan tarkastajiksi Liisa Koski ja Pekka Salo.",
            "Hyväksyttiin.",
            ["Liisa Koski", "Pekka Salo"],
        ),
        (
            "Valitaan tämän kokouksen pöytäkirjan tarkastajiksi jäsenet Jaska Salonen ja Juha Timonen.",
            "Ehdotus hyväksyttiin.",
            ["Jaska Salonen", "Juha Timonen"],
        ),
        ("Till protokolljusterare utses Jan Berg och Maria Lund.", "Godkändes.", ["Jan Berg", "Maria Lund"]),
        # the decision names its own checkers; a proposal that was changed names nobody for sure
        (
            "Valitaan pöytäkirjan tarkastajiksi Liisa Koski ja Pekka Salo.",
            "Pöytäkirjan tarkastajiksi valittiin Aila Laine ja Pekka Salo.",
            ["Aila Laine", "Pekka Salo"],
        ),
        ("Valitaan pöytäkirjan tarkastajiksi Liisa Koski ja Pekka Salo.", "Hyväksyttiin muutettuna.", []),
        ("Lautakunta valitsee pöytäkirjantarkastajiksi Eeva Kallion ja Tapio Laineen.", "Hyväksyttiin.", []),
    ],
)
def test_checkers_proposed_in_the_second_item_and_approved(proposal: str, decision: str, checkers: list[str]) -> None:
    text = (
        "Kunnanhallitus        Pöytäkirja 4/2025\n\nAika        3.3.2025 klo 18.00\nPaikka      Kunnantalo\n\n"
        "§ 1\nKokouksen laillisuus\n\nPäätös\nTodettiin.\n\n"
        f"§ 2\nPöytäkirjan tarkastus\n\nPäätösehdotus\n{proposal}\n\nPäätös\n{decision}\n"
    )
    assert _meeting(text).minutes_checkers == checkers


@pytest.mark.parametrize(
    "box",
    [
        "Protokolljustering  Pedersöre 6.4.2016\n                    Karl Nyman                   Sara Lund",
        "Pöytäkirjan tarkastus   Kuopiossa 17.4.2018\n                        Karl Nyman          Sara Lund",
        "Justerare   Karl Nyman, Sara Lund",
        "Protokollsjusterare   Karl Nyman och Sara Lund",
    ],
)
def test_checkers_under_a_short_label_or_the_place_and_day_of_checking(box: str) -> None:
    text = _BOARD_HEADER + f"Läsnä\nKarl Nyman\nSara Lund\n\n{box}\n\n§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n"
    assert _meeting(text).minutes_checkers == ["Karl Nyman", "Sara Lund"]


@pytest.mark.parametrize(
    "rows",
    [
        "Läsnä                      Karl Nyman, puheenjohtaja\n                           Sara Lund\n"
        "Läsnä olleet varajäsenet   Tom Ek",
        "Närvarande             Karl Nyman, puheenjohtaja\n                       Sara Lund\n"
        "Närvarande ersättare   Tom Ek",
    ],
)
def test_deputies_present_under_a_label_of_their_own(rows: str) -> None:
    meeting = _meeting(_BOARD_HEADER + rows + "\n\n§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n")
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Karl Nyman", "present"),
        ("Sara Lund", "present"),
        ("Tom Ek", "present"),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "Läsnä         Karl Nyman, puheenjohtaja\n              Sara Lund\nVarajäsenet   Tom Ek\n"
            "Esittelijä    Jukka Niemi, kunnanjohtaja\n              Aila Koski, pöytäkirjanpitäjä",
            [("Karl Nyman", "puheenjohtaja", "present"), ("Sara Lund", None, "present"), ("Tom Ek", None, "present"),
             ("Jukka Niemi", "kunnanjohtaja, esittelijä", "other"), ("Aila Koski", "pöytäkirjanpitäjä", "other")],
        ),
        (
            "Närvarande    Karl Nyman, ordf.\n              Sara Lund\nSuppleanter:  Tom Ek\nFöredragande  Jan Sund",
            [("Karl Nyman", "ordf.", "present"), ("Sara Lund", None, "present"), ("Tom Ek", None, "present"),
             ("Jan Sund", "föredragande", "other")],
        ),
    ],
)  # fmt: skip
def test_deputies_and_the_presenter_under_sub_labels_of_the_attendance_list(
    rows: str, expected: list[tuple[str, str | None, str]]
) -> None:
    meeting = _meeting(_BOARD_HEADER + rows + "\n\n§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n")
    assert [(p.name, p.role, p.status) for p in meeting.participants] == expected


def test_meeting_roles_as_labels_inside_the_attendance_list() -> None:
    rows = (
        "Läsnä\nPuheenjohtaja     Karl Nyman\nJäsenet           Sara Lund\n                  Tom Ek\n"
        "Sihteeri          Aila Koski\n\nPuheenjohtaja          Sihteeri\nKarl Nyman             Aila Koski"
    )
    meeting = _meeting(_BOARD_HEADER + rows + "\n\n§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n")
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Karl Nyman", "puheenjohtaja", "present"),
        ("Sara Lund", None, "present"),
        ("Tom Ek", None, "present"),
        ("Aila Koski", "sihteeri", "other"),
    ]
    assert (meeting.chair, meeting.secretary) == ("Karl Nyman", "Aila Koski")


@pytest.mark.parametrize("closing", ["Vakuudeksi", "Pöytäkirjan vakuudeksi", "In fidem"])
def test_signatures_and_checking_at_the_end_of_the_minutes(closing: str) -> None:
    # older minutes sign at the end: the block is no part of the last item, and it names the chair,
    # the secretary and the checkers
    text = (
        "Kunnanhallitus            Pöytäkirja 5/2024\n\nAika 13.5.2024 klo 18.00 - 19.30\nPaikka Kunnantalo\n\n"
        "§ 48\nKokouksen päättäminen\n\nPäätös\nPuheenjohtaja päätti kokouksen klo 19.30.\n\n\n"
        f"{closing}\n\nMatti Virtanen                  Aila Koski\n"
        "puheenjohtaja                   pöytäkirjanpitäjä\n\n\n"
        "Pöytäkirja tarkastettu ja hyväksytty\n\nKihniössä 15.5.2024\n\n"
        "Karl Nyman                      Sara Lund\n\n\n"
        "Pöytäkirja on pidetty yleisesti nähtävänä kunnan verkkosivuilla 16.5.2024.\n"
    )
    doc = parse_text(text)
    decision = doc.items[-1].decision
    assert decision is not None and decision.text == "Puheenjohtaja päätti kokouksen klo 19.30."
    assert doc.meeting is not None
    assert (doc.meeting.chair, doc.meeting.secretary) == ("Matti Virtanen", "Aila Koski")
    assert doc.meeting.minutes_checkers == ["Karl Nyman", "Sara Lund"]


@pytest.mark.parametrize(
    ("heads", "names"),
    [
        ("Puheenjohtaja                   Pöytäkirjanpitäjä", "Matti Virtanen                  Aila Koski"),
        ("Ordförande          Protokollförare", "Matti Virtanen      Aila Koski"),
    ],
)
def test_signature_heads_after_the_last_decision_end_the_item(heads: str, names: str) -> None:
    # the roles over the names, with no label over them ("Vakuudeksi")
    text = (
        "Kunnanhallitus            Pöytäkirja 5/2024\n\nAika 13.5.2024 klo 18.00 - 19.30\nPaikka Kunnantalo\n\n"
        "48 KOKOUKSEN PÄÄTTÄMINEN\n\nEhdotus: Puheenjohtaja päättää kokouksen.\n\n"
        "Päätös: Ehdotus hyväksyttiin yksimielisesti.\n\n______\n\n"
        f"{heads}\n\n{names}\n"
    )
    doc = parse_text(text)
    decision = doc.items[-1].decision
    assert decision is not None and decision.text == "Ehdotus hyväksyttiin yksimielisesti."
    assert doc.meeting is not None and (doc.meeting.chair, doc.meeting.secretary) == ("Matti Virtanen", "Aila Koski")


@pytest.mark.parametrize(
    "closing",
    [
        "Pöytäkirja on pidetty yleisesti nähtävänä kunnan verkkosivuilla 16.5.2024.",
        "Protokollet har varit framlagt på kommunens webbplats 16.5.2024.",
    ],
)
def test_the_note_of_public_display_after_the_last_item_is_not_its_decision(closing: str) -> None:
    text = "§ 48\nKokouksen päättäminen\n\nPäätös\nPuheenjohtaja päätti kokouksen klo 19.30.\n\n" + closing + "\n"
    decision = parse_text(text).items[-1].decision
    assert decision is not None and decision.text == "Puheenjohtaja päätti kokouksen klo 19.30."


def test_names_with_a_particle_in_the_attendance_list_and_the_signatures() -> None:
    header = (
        "Stadsstyrelsen        Protokoll 5/2025\n\nTid 12.5.2025 kl. 18.00\nPlats Stadshuset\n\n"
        "Närvarande\nCarl af Hällström, ordförande\nAnna von Schantz\nTom Ek\n\n"
        "Underskrifter\nCarl af Hällström        Ann-Christin de la Chapelle\nordförande               sekreterare\n\n"
    )
    meeting = _meeting(header + "§ 1\nLaglighet\n\nBeslut\nKonstaterades.\n")
    assert [p.name for p in meeting.participants] == ["Carl af Hällström", "Anna von Schantz", "Tom Ek"]
    assert (meeting.chair, meeting.secretary) == ("Carl af Hällström", "Ann-Christin de la Chapelle")


def test_checkers_with_a_particle_in_the_name() -> None:
    text = (
        "Stadsstyrelsen        Protokoll 5/2025\n\nTid 12.5.2025 kl. 18.00\nPlats Stadshuset\n\n"
        "§ 1\nLaglighet\n\nBeslut\nKonstaterades.\n\n"
        "§ 2\nProtokolljustering\n\nBeslut\nTill protokolljusterare valdes Carl af Hällström och Tom Ek.\n"
    )
    assert _meeting(text).minutes_checkers == ["Carl af Hällström", "Tom Ek"]


@pytest.mark.parametrize(
    ("organ_line", "organ"),
    [
        (
            "Kaupunkiympäristölautakunnan ympäristö- ja lupajaosto",
            "Kaupunkiympäristölautakunnan ympäristö- ja lupajaosto",
        ),
        ("Bildningsnämndens svenska sektion", "Bildningsnämndens svenska sektion"),
        ("Kaupunginhallituksen konsernijaosto", "Kaupunginhallituksen konsernijaosto"),
        ("Sosiaali- ja terveyslautakunta", "Sosiaali- ja terveyslautakunta"),
    ],
)
def test_a_sub_committee_named_with_its_parent_organ(organ_line: str, organ: str) -> None:
    text = (
        f"Helsingin kaupunki   Pöytäkirja 10/2024\n{organ_line}\n\nAika 12.3.2024 klo 18.00\nPaikka Virasto\n\n"
        "Läsnä\nMatti Mäki\nLiisa Koski\n\n§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n"
    )
    assert _meeting(text).organ == organ


@pytest.mark.parametrize("first", ["Pöytäkirja N:o 5/2024", "Kokous 5/2024", "Sammanträde nr 5/2024"])
def test_meeting_number_after_more_labels(first: str) -> None:
    text = (
        f"Kunnanhallitus   {first}\n\nAika 12.3.2024 klo 18.00\nPaikka Virasto\n\n"
        "Läsnä\nMatti Mäki\nLiisa Koski\n\n§ 1\nLaillisuus\n\nPäätös\nTodettiin.\n"
    )
    assert _meeting(text).number == "5/2024"


def test_a_member_named_with_joined_initials_is_present() -> None:
    text = (
        "Aika 12.1.2016 klo 14:00\nPaikka Kaupungintalo\n\nLäsnä\n\nJäsenet\n\nBerner, Michael\nRoos, J.P.\nAho J.-P.\n"
    )
    assert _present(text) == ["Berner, Michael", "Roos, J.P.", "Aho J.-P."]


_PEDERSORE_HEAD = (
    "Sammanträdestid:     Måndagen den 16 januari 2017, kl. 16.30–19.00\nSammanträdesplats:   Kommungården\n\n"
    "Beslutande           Sandberg, Henrik          ordf.\n                     Back, Eivor\n\n"
)


def test_signatures_in_columns_beside_their_label() -> None:
    signed = (
        "Underskrifter        Henrik Sandberg           Gundel Löf\n"
        "                     ordförande                sekreterare\n"
    )
    meeting = _meeting(_PEDERSORE_HEAD + signed)
    assert (meeting.chair, meeting.secretary) == ("Sandberg, Henrik", "Gundel Löf")


def test_checkers_under_a_checking_label_spelt_with_the_genitive_s() -> None:
    checking = (
        "Protokollsjustering  Pedersöre 18.1.2017\n                     Per-Erik Finne            Roger Eriksson\n"
    )
    assert _meeting(_PEDERSORE_HEAD + checking).minutes_checkers == ["Per-Erik Finne", "Roger Eriksson"]


def test_checkers_elected_in_a_told_item_spelt_with_the_genitive_s() -> None:
    item = "2 §\nVal av två protokollsjusterare\nTill protokollsjusterare valdes Per-Erik Finne och Roger Eriksson.\n"
    assert _meeting(_PEDERSORE_HEAD + item).minutes_checkers == ["Per-Erik Finne", "Roger Eriksson"]


def test_officials_listed_with_the_members_present_are_others() -> None:
    # Pyhäjärvi's table: one "LÄSNÄ" list for members and officials, the column heads above it
    text = (
        "AIKA           24.02.2014 klo 18:00-20:50\nPAIKKA         Kaupungintalo\n\nOSALLISTUJAT\n"
        "Nimi                           Tehtävä                      Lisätiedot\nLÄSNÄ\n"
        "Alamäki Kaisa\nSarkkinen Kimmo                Puheenjohtaja\n"
        "Savolainen Martti              II varapuheenjohtaja\n"
        "Karsikas Juho                  Varajäsen                    (Karvonen Aimo)\n"
        "Tikkanen Veikko                Vt. kaupunginjohtaja\nKinnunen Kirsti                Valmistelusihteeri\n"
    )
    people = [(p.name, p.status) for p in _meeting(text).participants]
    assert people == [
        ("Alamäki Kaisa", "present"),
        ("Sarkkinen Kimmo", "present"),
        ("Savolainen Martti", "present"),
        ("Karsikas Juho", "present"),
        ("Tikkanen Veikko", "other"),
        ("Kinnunen Kirsti", "other"),
    ]


def test_hours_of_attendance_are_no_role_and_the_minute_taker_is_other() -> None:
    # Pyhäntä's table: "Nimi   Klo   Tehtävä   Lisätiedot"
    text = (
        "AIKA           16.06.2014 klo 18:00-20:17\nPAIKKA         Kunnantalo\n\nOSALLISTUJAT\n"
        "Nimi                    Klo            Tehtävä                  Lisätiedot\nLÄSNÄ\n"
        "Pahkala Lauri           18:00-20:17    valt. pj.\n"
        "Konola Matti            18:00-20:17    jäsen, kh:n pj.\n"
        "Asikainen Ari           18:00-20:17    KH:n edustaja\n"
        "Nissinen Jouko          18:00-20:17    kunnanjohtaja            esittelijänä\n"
        "Luttinen Helvi          18:00-20:17    pöytäkirjanpitäjä\n"
        "Tuikkanen Juha          18:00-20:00    henk.- ja talousjohtaja   asiantuntijana §:ien 17 ja 18 aikana\n"
    )
    people = [(p.name, p.role, p.status) for p in _meeting(text).participants]
    assert people == [
        ("Pahkala Lauri", "valt. pj.", "present"),
        ("Konola Matti", "jäsen, kh:n pj.", "present"),
        ("Asikainen Ari", "KH:n edustaja", "other"),
        ("Nissinen Jouko", "kunnanjohtaja, esittelijänä", "other"),
        ("Luttinen Helvi", "pöytäkirjanpitäjä", "other"),
        ("Tuikkanen Juha", "henk.- ja talousjohtaja, asiantuntijana §:ien 17 ja 18 aikana", "other"),
    ]


def test_a_flattened_attendance_table_with_hours_before_the_roles() -> None:
    # a transcript of a KTweb table: "Nimi Klo Tehtävä Lisätiedot" run together on one line
    text = (
        "Perusturvalautakunta Aika 12.05.2015 klo 12:00-16:16 Paikka Kunnantalo Osallistujat Nimi Klo Tehtävä "
        "Lisätiedot LÄSNÄ Parkkonen Aki 12:00-16:16 puheenjohtaja Auvinen Seppo 12:00-16:16 jäsen Kipinä Markku "
        "12:00-16:16 esittelijä, perusturvajohtaja Havukainen Marja 12:00-16:16 pöytäkirjanpitäjä\n"
    )
    meeting = _meeting(text)
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Parkkonen Aki", "puheenjohtaja", "present"),
        ("Auvinen Seppo", "jäsen", "present"),
        ("Kipinä Markku", "esittelijä, perusturvajohtaja", "other"),
        ("Havukainen Marja", "pöytäkirjanpitäjä", "other"),
    ]
    assert (meeting.chair, meeting.secretary) == ("Parkkonen Aki", "Havukainen Marja")


def test_a_remark_in_a_flattened_tables_last_column_is_no_part_of_the_role() -> None:
    # the remark's numbers are lost by the transcript ("Läsnä §:t 103-104 ja 105" -> "Läsnä :t ja 105");
    # a job after a remark is the role's end, the columns interleaved
    text = (
        "2 Esimerkin kunta Pöytäkirja 6/ Kunnanhallitus Osallistujat Nimi Tehtävä Lisätiedot Läsnä Saarinen Tarmo "
        "puheenjohtaja Siltanen Veikko varajäsen Läsnä :t ja 105 Kinnari Leena jäsen poistui klo 16.20 Kari Mika "
        "kv:n I poistui klo 20.20 varapuheenjohtaja Paakkola Aino kaavoituspäällikkö klo Allekirjoitukset Tarmo "
        "Saarinen puheenjohtaja\n"
    )
    assert [(p.name, p.role) for p in _meeting(text).participants] == [
        ("Saarinen Tarmo", "puheenjohtaja"),
        ("Siltanen Veikko", "varajäsen"),
        ("Kinnari Leena", "jäsen"),
        ("Kari Mika", "kv:n I varapuheenjohtaja"),
        ("Paakkola Aino", "kaavoituspäällikkö"),  # the hours lost after "klo"
    ]


def test_a_transcripts_remarks_and_next_page_header_are_nobodys_role() -> None:
    # Espoo's transcript: the times of coming and going lost ("saapui klo käsittelyn jälkeen"), and the
    # list of others running on into the next page's header before its signatures
    text = (
        "1 Esimerkin kaupunki Pöytäkirja Kaupunginhallitus Sivu 1 / 100 Kokoustiedot Aika maanantai klo 15:30-17:58 "
        "Paikka Kaupungintalo Saapuvilla olleet jäsenet Matti Merta, puheenjohtaja Ulf Johnson René Bloom, saapui "
        "klo käsittelyn jälkeen Ari Kontio, saapui klo , poistui klo käsittelyn jälkeen Muut saapuvilla olleet "
        "Jukka Mäntylä kaupunginjohtaja Riitta Kammio kaupunginsihteeri, sihteeri\n\n"
        "2 Esimerkin kaupunki Pöytäkirja Kaupunginhallitus Sivu 2 / 100 Allekirjoitukset Matti Merta "
        "puheenjohtaja Riitta Kammio sihteeri Pöytäkirjan tarkastus Pöytäkirja tarkastettu ja hyväksytty: Ulf "
        "Johnson René Bloom Pöytäkirjan nähtävänäolo julkipannun kuulutuksen mukaan on pöytäkirja ollut "
        "yleisesti nähtävänä kaupungintalolla.\n"
    )
    assert [(p.name, p.role, p.status) for p in _meeting(text).participants] == [
        ("Matti Merta", "puheenjohtaja", "present"),
        ("Ulf Johnson", None, "present"),
        ("René Bloom", None, "present"),
        ("Ari Kontio", None, "present"),
        ("Jukka Mäntylä", "kaupunginjohtaja", "other"),
        ("Riitta Kammio", "kaupunginsihteeri, sihteeri", "other"),
    ]


def test_a_table_read_column_by_column_gives_each_name_its_role() -> None:
    # the names first, then the roles in the same order (Karvia's minutes copied as one line)
    text = (
        "KUNNANHALLITUS 8/2015 Aika Maanantai 15.6.2015 klo 18.00 – 20.32 Paikka Kunnantalo Läsnä Hietala Jaakko "
        "Huhtala Heikki Järvi Tiina Ohranen Jukka Erkkilä Mari jäsen jäsen jäsen puheenjohtaja varajäsen Poissa "
        "Niemenmaa Jaana Suomela Päivi jäsen varapuheenjohtaja Muut saapuvilla olleet Hosia Tarja Raita Voitto "
        "Honka Arja kunnanjohtaja kunnanvaltuuston I varapj palkanlaskija-arkistonhoitaja, ptk-pitäjä "
        "Pöytäkirjantarkastus Pöytäkirja on tarkastettu kunnantalolla 17.06.2015\n"
    )
    meeting = _meeting(text)
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Hietala Jaakko", "jäsen", "present"),
        ("Huhtala Heikki", "jäsen", "present"),
        ("Järvi Tiina", "jäsen", "present"),
        ("Ohranen Jukka", "puheenjohtaja", "present"),
        ("Erkkilä Mari", "varajäsen", "present"),
        ("Niemenmaa Jaana", "jäsen", "absent"),
        ("Suomela Päivi", "varapuheenjohtaja", "absent"),
        ("Hosia Tarja", "kunnanjohtaja", "other"),
        ("Raita Voitto", "kunnanvaltuuston I varapj", "other"),
        ("Honka Arja", "palkanlaskija-arkistonhoitaja, ptk-pitäjä", "other"),
    ]
    assert (meeting.chair, meeting.secretary) == ("Ohranen Jukka", "Honka Arja")


def test_fewer_roles_than_names_after_a_column_of_names() -> None:
    # a table lists its chair and vice-chairs first: the roles that open the column are the first
    # names'; nor is the docplayer title, cut from the table, a list of the absent
    text = (
        "Poissa Temo Tuukka kunnanvaltuuston 2. Muut Lehto Esa kunnanvaltuuston puheenjohtaja\n\nKoko: px\n\n"
        'Download "Poissa Temo Tuukka kunnanvaltuuston 2. Muut Lehto Esa kunnanvaltuuston puheenjohtaja Pasi"\n\n'
        "Transkriptio\n\n"
        "1 Esimerkin kunta Pöytäkirja 17/ Kunnanhallitus Aika Maanantai klo 17:30-21:05 Paikka Kunnantalo "
        "Saapuvilla Salo Jarkko Pitkä Jyrki Drockman Leif Alanen Riitta Tiiri Satu puheenjohtaja 1. "
        "varapuheenjohtaja 2. varapuheenjohtaja Poissa Temo Tuukka kunnanvaltuuston 2. varapuheenjohtaja Muut "
        "Lehto Esa kunnanvaltuuston puheenjohtaja Toivo Pentti kunnanjohtaja, esittelijä Kokouksen laillisuus ja "
        "päätösvaltaisuus Todettiin.\n"
    )
    meeting = _meeting(text)
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Salo Jarkko", "puheenjohtaja", "present"),
        ("Pitkä Jyrki", "1. varapuheenjohtaja", "present"),
        ("Drockman Leif", "2. varapuheenjohtaja", "present"),
        ("Alanen Riitta", None, "present"),
        ("Tiiri Satu", None, "present"),
        ("Temo Tuukka", "kunnanvaltuuston 2. varapuheenjohtaja", "absent"),
        ("Lehto Esa", "kunnanvaltuuston puheenjohtaja", "other"),
        ("Toivo Pentti", "kunnanjohtaja, esittelijä", "other"),
    ]
    assert meeting.chair == "Salo Jarkko"


def test_a_members_task_at_the_meeting_is_no_officials_role() -> None:
    # "Pöytäkirjan tarkastaja" ends in a job's word, but the checker is a councillor; the time a member
    # left is a remark
    text = (
        "2 Aika klo 17:30-20:55 Paikka Valtuustosali Osallistujat Nimi Tehtävä Lisätieto Läsnä Matinaho Tommi 1. "
        "varapuheenjohtaja Aaltola Airi Mietti Sari Pöytäkirjan tarkastaja Nissilä Anne Lähti kokouksesta: 20:26 "
        "Nokela Ilkka Muut Ahonen Pertti kaupunginjohtaja Allekirjoitukset Tommi Matinaho puheenjohtaja\n"
    )
    assert [(p.name, p.role, p.status) for p in _meeting(text).participants] == [
        ("Matinaho Tommi", "1. varapuheenjohtaja", "present"),
        ("Aaltola Airi", None, "present"),
        ("Mietti Sari", "Pöytäkirjan tarkastaja", "present"),
        ("Nissilä Anne", None, "present"),
        ("Nokela Ilkka", None, "present"),
        ("Ahonen Pertti", "kaupunginjohtaja", "other"),
    ]


def test_an_aland_front_page_with_the_place_before_the_first_name() -> None:
    # the labels stacked before their values: the place runs into the first member, a full stop ends
    # the list, and "Paragrafer" opens the signatures
    text = (
        "1 JOMALA KOMMUN Organ Sammanträdesdatum Nr Kommunstyrelsen Sammanträdestid Sammanträdesplats Beslutande "
        "kl. 16:00 19:30. Kommunkansliet Jansson Harald, ordförande, Aalto Carina, vice ordförande, Boman Tomas, "
        "Milestad Susanne. Frånvarande Övriga närvarande Eriksson Johan, kommundirektör, Jansryd Mats, tf. "
        "kommunsekreterare, sekreterare. Paragrafer Jomala den 12 februari 2018 Harald Jansson Protokolljustering "
        "Jomala den 12 februari 2018 Mats Jansryd Rolf Eriksson Petra Eriksson\n"
    )
    meeting = _meeting(text)
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Jansson Harald", "ordförande", "present"),
        ("Aalto Carina", "vice ordförande", "present"),
        ("Boman Tomas", None, "present"),
        ("Milestad Susanne", None, "present"),
        ("Eriksson Johan", "kommundirektör", "other"),
        ("Jansryd Mats", "tf. kommunsekreterare, sekreterare", "other"),
    ]
    assert (meeting.chair, meeting.secretary) == ("Jansson Harald", "Jansryd Mats")
    assert meeting.date is None  # the transcript lost the meeting's day; the day of signing is another


def test_a_table_that_marks_each_persons_attendance() -> None:
    # Geta's front page on docplayer: a member and a deputy to a row, each followed by "X" (came) or "-"
    text = (
        "1 GETA KOMMUN SAMMANTRÄDESPROTOKOLL Organ Sammanträdesdatum Nr Kommunstyrelsen Tid och plats 7 april "
        "2021 Klockan 18: Plats: Kommunkansliet Ordinarie ledamot Närv. Suppleant, personlig ersättare Närv. "
        "Beslutande Ingvar Björkman, ordf X Kim Björkman - Gunnel Nordlund, vice ordf - Emilia Karlström X "
        "Kjell Berndt X Erika Berndt - Namn Närv. Funktion Övriga Gun-Britt Lyng - Kfge-ordf. Gustav Blomqvist "
        "X Kommundirektör Paragrafer Underskrifter Protokolljustering Geta, den Ingvar Björkman, ordförande\n"
    )
    meeting = _meeting(text)
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Ingvar Björkman", "ordf", "present"),
        ("Kim Björkman", None, "absent"),
        ("Gunnel Nordlund", "vice ordf", "absent"),
        ("Emilia Karlström", None, "present"),
        ("Kjell Berndt", None, "present"),
        ("Erika Berndt", None, "absent"),
        ("Gun-Britt Lyng", "Kfge-ordf.", "absent"),
        ("Gustav Blomqvist", "Kommundirektör", "other"),
    ]
    assert (meeting.place, meeting.chair) == ("Kommunkansliet", "Ingvar Björkman")


def test_flattened_signatures_with_each_role_after_its_name() -> None:
    # "… Roger Höglund Ordförande Erik Brunström Sekreterare Torbjörn Björkman Protokolljusterare": the
    # secretary signs before the role, not after it; the deputies' label ends the members' roles
    text = (
        "1 FINSTRÖMS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 11 Tid Onsdagen den 16 september 2015 kl "
        "Plats Närvarande Kommungården i Finström Ledamöter: Höglund Roger, ordf. Björkman Torbjörn Gäddnäs "
        "Katarina Ersättare: Mattsson Thomas Övriga närvarande Brunström Erik, vik kommundirektör Ärenden "
        "Underskrifter Godby den Protokolljustering Roger Höglund Ordförande Erik Brunström Sekreterare "
        "Torbjörn Björkman Protokolljusterare\n"
    )
    meeting = _meeting(text)
    assert (meeting.chair, meeting.secretary) == ("Höglund Roger", "Erik Brunström")
    roles = {p.name: p.role for p in meeting.participants}
    assert (roles["Gäddnäs Katarina"], roles["Brunström Erik"]) == (None, "vik kommundirektör")


def test_a_place_that_runs_into_a_list_of_names_that_lost_its_label() -> None:
    # the labels stacked before their values (Rautalampi's transcript): the place ends where a run of
    # names begins, and those names are the members present; "Muut osallistujat" still opens the others
    text = (
        "1 ESIMERKIN KUNTA PÖYTÄKIRJA Nro 20/2013 Kunnanhallitus Aika 11.11.2013 klo 14.00 Paikka Kunnanvirasto, "
        "kunnanhallituksen kokoushuone Anneli Jalo Ari Weid Jarmo Hänni Kari Laiti puheenjohtaja II "
        "varapuheenjohtaja jäsen jäsen Muut osallistujat Jorma Kukko kunnanjohtaja\n\n§ 1 Asia\n\nPäätös\n"
        "Hyväksyttiin.\n"
    )
    meeting = _meeting(text)
    assert meeting.place == "Kunnanvirasto, kunnanhallituksen kokoushuone"
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Anneli Jalo", "puheenjohtaja", "present"),
        ("Ari Weid", "II varapuheenjohtaja", "present"),
        ("Jarmo Hänni", "jäsen", "present"),
        ("Kari Laiti", "jäsen", "present"),
        ("Jorma Kukko", "kunnanjohtaja", "other"),
    ]


@pytest.mark.parametrize("interleaved", [False, True])
def test_surname_first_names_under_two_columns_heads(interleaved: bool) -> None:
    # Kronoby's transcripts: "Beslutande: Ersättare:" side by side, then the names; in alphabetical order
    # they are one column (the deputy who came says whom for), out of it the two columns read across
    names = (
        "Berg, Liane Skog, Bengt Dal, Sixten Back, Mikaela"
        if interleaved
        else "Albäck, Peter Backman, Inger Broända, Helena Wistbacka, Inger Granvik, Dan (för Wistbacka)"
    )
    text = (
        "1 SAMMANTRÄDESPROTOKOLL Nr 5/2014 Sammanträdestid Torsdag 9 oktober 2014 kl Sammanträdesplats "
        f"Kommungården Beslutande: Ersättare: {names} Övriga närvarande: Djupsjö, Michael kommundir. Bjon, Inger "
        "kommunsekr. Paragrafer: Underskrifter: Ordförande: Protokollförare:\n"
    )
    people = [(p.name, p.role, p.status) for p in _meeting(text).participants]
    others = [("Djupsjö, Michael", "kommundir.", "other"), ("Bjon, Inger", "kommunsekr.", "other")]
    if interleaved:
        assert people == others
    else:
        assert people == [
            ("Albäck, Peter", None, "present"),
            ("Backman, Inger", None, "present"),
            ("Broända, Helena", None, "present"),
            ("Wistbacka, Inger", None, "present"),
            ("Granvik, Dan", None, "present"),
            *others,
        ]


def test_a_councils_deputies_in_a_surname_first_run() -> None:
    # Pedersöre's transcript: the deputies who served, with the sections, and again among those present
    text = (
        "1 EXEMPELS KOMMUN Kommunfullmäktige PROTOKOLL Sammanträdestid: Sammanträdesplats: Måndagen den 26 "
        "januari 2015, kl Kommungården Beslutande Back, Eva Backlund, Carl Berger, Helena Forsblom, Greger "
        "Ersättare Borg, Yvonne Ede, Tor, 8 Närvarande ersättare Ede, Tor Övriga närvarande Svenfors, Stefan, "
        "kommundirektör Löf, Gun, kanslichef Paragrafer 1-13 Underskrifter Kaj Boström ordförande Gun Löf "
        "sekreterare\n"
    )
    assert [(p.name, p.role, p.status) for p in _meeting(text).participants] == [
        ("Back, Eva", None, "present"),
        ("Backlund, Carl", None, "present"),
        ("Berger, Helena", None, "present"),
        ("Forsblom, Greger", None, "present"),
        ("Borg, Yvonne", None, "present"),
        ("Ede, Tor", None, "present"),
        ("Svenfors, Stefan", "kommundirektör", "other"),
        ("Löf, Gun", "kanslichef", "other"),
    ]


def test_fewer_roles_than_names_not_opened_by_the_chair_place_no_one() -> None:
    text = (
        "1 Esimerkin kunta Pöytäkirja 17/ Kunnanhallitus Aika Maanantai klo 17:30-21:05 Paikka Kunnantalo, "
        "kunnanhallituksen kokoushuone Saapuvilla Salo Jarkko Pitkä Jyrki Drockman Leif Alanen Riitta Kahila "
        "Hjalmar jäsen varajäsen Muut Toivo Pentti kunnanjohtaja, esittelijä Kantala Heikki hallintojohtaja, "
        "pöytäkirjanpitäjä Kokouksen laillisuus ja päätösvaltaisuus Todettiin.\n"
    )
    people = [(p.name, p.role) for p in _meeting(text).participants]
    assert people[:4] == [
        ("Salo Jarkko", None),
        ("Pitkä Jyrki", None),
        ("Drockman Leif", None),
        ("Alanen Riitta", None),
    ]


def test_a_swedish_front_page_with_its_labels_in_capitals() -> None:
    # Lappträsk's transcript: "MÖTESTIDPUNKT kl MÖTESPLATS … DELTAGARE Beslutsfattare names … roles"
    text = (
        "2 Mötesprotokoll Nr 5/2012 KOMMUNFULLMÄKTIGE 1 MÖTESTIDPUNKT kl MÖTESPLATS Lappträsk utbildningscentral, "
        "föreläsningssalen DELTAGARE Beslutsfattare Aino Villikka Mats Antas Veijo Peltonen Thomas Antas Benita "
        "Busk Ordförande I Vice ordförande Ersättare Övriga deltagare Christian Sjöstrand\n"
    )
    meeting = _meeting(text)
    assert (meeting.place, meeting.chair) == ("Lappträsk utbildningscentral, föreläsningssalen", "Aino Villikka")
    assert [(p.name, p.role) for p in meeting.participants][:3] == [
        ("Aino Villikka", "Ordförande"),
        ("Mats Antas", "I Vice ordförande"),
        ("Veijo Peltonen", None),
    ]


def test_the_label_for_place_and_time_together_is_no_place() -> None:
    text = "Kommunstyrelsen\nMötesplats och -tid   Kommunhuset, kl. 17.00-19.30\n\n§ 5 Ärende\n\nBeslut\nGodkändes.\n"
    meeting = _meeting(text)
    assert (meeting.place, meeting.start_time, meeting.end_time) == ("Kommunhuset", "17:00", "19:30")


def test_a_councils_run_of_names_with_parties_and_particles() -> None:
    # Espoo's council in a transcript: the party in brackets before the role, a name with a particle
    text = (
        "1 Esimerkin kaupunki Pöytäkirja Valtuusto Sivu 1 / 181 Kokoustiedot Aika maanantai klo 17:40-22:35 "
        "Paikka Valtuustotalo Saapuvilla olleet jäsenet Markus Torvi (Kok.), puheenjohtaja 1-3 :t Anitra Ahto "
        "(Kok.) Christina Gestrin Nina af Hällström (SFP) Carl Haglund Muut saapuvilla olleet Jukka Mäntylä "
        "kaupunginjohtaja\n\n§ 1 Asia\n\nPäätös\nHyväksyttiin.\n"
    )
    assert [(p.name, p.role) for p in _meeting(text).participants] == [
        ("Markus Torvi", "puheenjohtaja 1-3 :t (Kok.)"),
        ("Anitra Ahto", "(Kok.)"),
        ("Christina Gestrin", None),
        ("Nina af Hällström", "(SFP)"),
        ("Carl Haglund", None),
        ("Jukka Mäntylä", "kaupunginjohtaja"),
    ]


def test_other_documents_listed_before_a_transcript_are_not_this_ones() -> None:
    # docplayer's page lists similar documents between the title and the transcript: their numbers and
    # organs are not this meeting's
    text = (
        "ESIMERKIN KUNTA PÖYTÄKIRJA 8/\n\nSamankaltaiset tiedostot\nESIMERKIN KUNTA ESITYSLISTA 4/2017 1\n\n"
        "NAAPURIN KUNTA SISÄLLYSLUETTELO 6 / 2017 Kunnanvaltuusto\n\nTranskriptio\n\n"
        "1 ESIMERKIN KUNTA PÖYTÄKIRJA 8/ Kunnanhallitus AIKA klo 13:00-15:30 PAIKKA Kunnanvirasto OSALLISTUJAT "
        "Nimi Tehtävä Lisätiedot LÄSNÄ Auer Pirkko puheenjohtaja Hietala Eija jäsen Honkanen Heikki jäsen MUU "
        "Parkkinen Erkki kunnanjohtaja Niemi Anja kunnansihteeri, pöytäkirjanpitäjä KÄSITELLYT ASIAT Otsikko "
        "Sivu 120 Kokouksen laillisuus ja päätösvaltaisuus 3 121 Pöytäkirjan tarkastajat 4\n\n"
        "2 ESIMERKIN KUNTA PÖYTÄKIRJA 8/ Kunnanhallitus 120 Kokouksen laillisuus ja päätösvaltaisuus Päätös: "
        "Hyväksyttiin.\n\n3 ESIMERKIN KUNTA PÖYTÄKIRJA 8/ Kunnanhallitus 121 Pöytäkirjan tarkastajat Päätös: "
        "Hyväksyttiin.\n"
    )
    meeting = _meeting(text)
    assert (meeting.organ, meeting.number, meeting.start_time, meeting.place) == (
        "Kunnanhallitus",
        None,
        "13:00",
        "Kunnanvirasto",
    )


def test_a_swedish_flattened_table_whose_heads_hold_the_word_for_time() -> None:
    # "Namn Tid Uppdrag Anmärkning": the table's "Tid" is no label for the meeting's time
    text = (
        "1 Exempel stad Protokoll 4/ Stadsstyrelsen Tid kl 17:00-19:10 Plats Stadshuset Närvarande Namn Tid "
        "Uppdrag Anmärkning Berg Anna 17:00-19:10 ordförande Ek Carl 17:00-18:30 medlem avlägsnade sig kl. 18.30 "
        "Frånvarande Sjö Erik medlem Övriga Ström Gun 17:00-19:10 stadssekreterare, sekreterare Underskrifter "
        "Anna Berg ordförande Gun Ström sekreterare\n\n§ 40 Laglighet\n\nBeslut\nGodkändes.\n"
    )
    meeting = _meeting(text)
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Berg Anna", "ordförande", "present"),
        ("Ek Carl", "medlem", "present"),
        ("Sjö Erik", "medlem", "absent"),
        ("Ström Gun", "stadssekreterare, sekreterare", "other"),
    ]
    assert (meeting.start_time, meeting.end_time) == ("17:00", "19:10")


def test_the_first_items_title_in_capitals_ends_a_flattened_list() -> None:
    # older KTweb front page on docplayer: the absent list runs on into the first items
    text = (
        "1 Esimerkin kunta KOKOUSPÖYTÄKIRJA Kunnanhallitus KOKOUSAIKA 10.3.2009 klo 10.00-13.35 KOKOUSPAIKKA "
        "Kunnanvirasto SAAPUVILLA OLLEET JÄSENET Antero Kivelä, puheenjohtaja Eino Härmä Riitta Guttorm Läsnä x x "
        "x Poissa x LAILLISUUS JA PÄÄTÖSVALTAISUUS 93 PÖYTÄKIRJAN TARKASTUSTAPA 94 Päätös: Kokous todettiin "
        "lailliseksi. Päätös: Pöytäkirjantarkastajiksi valittiin Eino Härmä ja Riitta Guttorm.\n"
    )
    absent = [(p.name, p.role) for p in _meeting(text).participants if p.status == "absent"]
    assert absent == []


def test_stacked_labels_before_one_list_of_members_and_others() -> None:
    # Utsjoki's older front page: "SAAPUVILLA OLLEET JÄSENET … MUUT SAAPUVILLA OLLEET" before all the names
    text = (
        "1 Viranomainen Nro Sivu Esimerkin kunta KOKOUSPÖYTÄKIRJA Kunnanhallitus KOKOUSAIKA klo KOKOUSPAIKKA "
        "SAAPUVILLA OLLEET JÄSENET (ja merkintä siitä, kuka toimi puheenjohtajana) Henkilökohtaiset varajäsenet "
        "MUUT SAAPUVILLA OLLEET (ja läsnäolon peruste) Kunnanvirasto Antero Kivelä, puheenjohtaja Eino Härmä, "
        "varapuheenjohtaja Riitta Guttorm Mikko Valle, varajäsen Veli Guttorm, valtuuston puheenjohtaja Vilho "
        "Peltonen, kunnanjohtaja, esittelijä Marjut Sten, pöytäkirjanpitäjä LAILLISUUS JA PÄÄTÖSVALTAISUUS\n"
    )
    assert [(p.name, p.status) for p in _meeting(text).participants] == [
        ("Antero Kivelä", "present"),
        ("Eino Härmä", "present"),
        ("Riitta Guttorm", "present"),
        ("Mikko Valle", "present"),
        ("Veli Guttorm", "other"),
        ("Vilho Peltonen", "other"),
        ("Marjut Sten", "other"),
    ]


def test_the_chairs_rank_stacked_before_a_list_of_names_and_the_items_label_ending_it() -> None:
    # the role column as a stack of heads before the names; "Asiat :t" (its numbers lost) ends the others
    text = (
        "1 Sivistyslautakunta 4/ (-67) Aika Keskiviikkona klo Paikka Koulukeskus SAAPUVILLA OLLEET JÄSENET "
        "Puheenjohtaja Varapuheenjohtaja Muut jäsenet Kärkkäinen Margaretha Mustonen Reijo Anttila Hannu Wallin "
        "Päivi MUUT SAAPUVILLA OLLEET sivistysjohtaja pöytäkirjanpitäjä Miettinen Asko Kurki Kauko Asiat :t "
        "Allekirjoitukset Margaretha Kärkkäinen puheenjohtaja Kauko Kurki pöytäkirjanpitäjä\n"
    )
    assert [(p.name, p.role, p.status) for p in _meeting(text).participants] == [
        ("Kärkkäinen Margaretha", "Puheenjohtaja", "present"),
        ("Mustonen Reijo", "Varapuheenjohtaja", "present"),
        ("Anttila Hannu", None, "present"),
        ("Wallin Päivi", None, "present"),
        ("Miettinen Asko", None, "other"),
        ("Kurki Kauko", None, "other"),
    ]


def test_a_ktweb_table_whose_roles_open_with_a_genitive_or_end_with_a_page_number() -> None:
    # Mäntsälä's table on docplayer: "Pornaisten edustaja" is the role, not a third name; "85", the page
    # number the transcript put between the rows, is no part of a role
    text = (
        "2 Esimerkin kunta PÖYTÄKIRJA 13/ Osallistujat Nimi Tehtävä Lisätiedot Läsnä Hagman Antton puheenjohtaja "
        "Keto Pihla jäsen Muut Peltola Veijo Kunnanhallituksen puheenjohtaja Mäkelä Janne asiantuntija 85 Koivula "
        "Marja-Terttu pöytäkirjanpitäjä Poissa Nurmela Janne-Pekka Pornaisten edustaja Pihlaja Tauno Pukkilan "
        "edustaja Allekirjoitukset Antton Hagman puheenjohtaja Marja-Terttu Koivula pöytäkirjanpitäjä\n"
    )
    assert [(p.name, p.role, p.status) for p in _meeting(text).participants] == [
        ("Hagman Antton", "puheenjohtaja", "present"),
        ("Keto Pihla", "jäsen", "present"),
        ("Peltola Veijo", "Kunnanhallituksen puheenjohtaja", "other"),
        ("Mäkelä Janne", "asiantuntija", "other"),
        ("Koivula Marja-Terttu", "pöytäkirjanpitäjä", "other"),
        ("Nurmela Janne-Pekka", "Pornaisten edustaja", "absent"),
        ("Pihlaja Tauno", "Pukkilan edustaja", "absent"),
    ]


@pytest.mark.parametrize(
    ("run", "people"),
    [
        # a third name that ends like a genitive is a surname ("Virtanen", "Sjögren")
        (
            "Matti Juhani Virtanen edustaja Anna Maria Sjögren edustaja",
            [("Matti Juhani Virtanen", "edustaja"), ("Anna Maria Sjögren", "edustaja")],
        ),
        # a number of four digits after a role is kept: it is no page's
        ("Liisa Aho jäsen 2009 Pekka Salo jäsen", [("Liisa Aho", "jäsen 2009"), ("Pekka Salo", "jäsen")]),
    ],
)
def test_three_word_names_and_years_stay_whole(run: str, people: list[tuple[str, str]]) -> None:
    text = (
        "1 Esimerkin kunta PÖYTÄKIRJA 13/ Sivistyslautakunta Aika 12.11.2014 klo 17:30-19:30 Paikka Kunnantalo "
        f"Osallistujat Nimi Tehtävä Lisätiedot Läsnä {run} Allekirjoitukset Liisa Aho puheenjohtaja Pekka Salo "
        "pöytäkirjanpitäjä Käsitellyt asiat Pöytäkirjan tarkastus Pöytäkirja tarkastetaan kokouksen jälkeen "
        "Pöytäkirja yleisesti nähtävillä Koulutoimistossa 20.11.2014 kello 9-15\n"
    )
    assert [(p.name, p.role) for p in _meeting(text).participants] == people


def test_an_aland_front_page_whose_day_follows_the_place_and_whose_invitation_labels_tid() -> None:
    # Lumparland's front page on docplayer: the day after the place is no person ("Exempelby Onsdagen"), and
    # the invitation's "Plats: … Tid: … Ärendets nr/ Ärende 1 …" ends the place at "Tid:"
    text = (
        "1 Sammanträdesdatum: Nr: 1 Paragrafer: 1-4 Plats och tid Beslutande Övriga deltagande Skolans matsal i "
        "Klemetsby, Exempelby Onsdagen den 6 februari 2013 kl Annsofi Jansson, kommunfullmäktiges ordförande Matti "
        "Lindqvist Britt Sundberg Frånvarande: Martin Stenberg Underskrifter Annsofi Jansson Ordförande Tomas Uggla "
        "Sekreterare Protokolljustering Tid och plats Kommunkansliet i Exempelby, Protokollet framlagt till påseende "
        "Plats och tid Intygar\n\n"
        "2 Sammanträdeskallelse Utfärdad Plats: Skolans matsal i Klemetsby, Exempelby Tid: Onsdagen den 6 februari "
        "2013 kl Ärendets nr/ Ärende 1 Sammanträdets laglighet och beslutsförhet 2 Val av protokolljusterare samt "
        "godkännande av föredragningslistan 3 Sättet för sammankallande av kommunfullmäktige år 2013 4 Ändring av "
        "Budget 2013 med anledning av ändrad landskapsandel\n"
    )
    meeting = _meeting(text)
    assert meeting.place == "Skolans matsal i Klemetsby, Exempelby"
    assert meeting.date == "2013-02-06"
    assert [p.name for p in meeting.participants] == [
        "Annsofi Jansson",
        "Matti Lindqvist",
        "Britt Sundberg",
        "Martin Stenberg",
    ]


def test_a_cloudnc_text_page_names_its_chair_and_minute_taker_beside_the_list() -> None:
    # CloudNC's agenda page as text: the chair and the minute-taker under labels of their own, then the list
    text = (
        "Sivistyslautakunta 2021- 2025\n\nPuheenjohtaja\nTammi Leila\nPöytäkirjanpitäjä\nSillanpää Matti\n"
        "Tarkastajat\nLeino Sami, Ojanen Silja\nOsallistujat\nHaapala Arsi, Koski Jari, Ojanen Silja, Leino Sami\n"
        "Muu osallistujat\nShemeikka Mika\nKokousnumero\n1/2022\nKokouspäivä\n26.1.2022\nKokouspaikka\n"
        "Yhtenäiskoulun ruokasali\n\n§ 1 Kokouksen laillisuus ja päätösvaltaisuus\n\nPäätös\nHyväksyttiin.\n"
    )
    meeting = _meeting(text)
    assert (meeting.chair, meeting.secretary) == ("Tammi Leila", "Sillanpää Matti")
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Tammi Leila", "present"),
        ("Sillanpää Matti", "other"),
        ("Haapala Arsi", "present"),
        ("Koski Jari", "present"),
        ("Ojanen Silja", "present"),
        ("Leino Sami", "present"),
        ("Shemeikka Mika", "other"),
    ]


def test_a_chair_signing_in_the_other_order_is_not_listed_twice() -> None:
    text = (
        "Kunnanhallitus\n\nAika 12.3.2024 klo 18.00\nPaikka Kunnantalo\n\nLäsnä\nVirtanen Matti, puheenjohtaja\n"
        "Aho Liisa, jäsen\n\nPuheenjohtaja\nMatti Virtanen\n\n§ 1 Kokouksen laillisuus\n\nPäätös\nHyväksyttiin.\n"
    )
    assert [(p.name, p.status) for p in _meeting(text).participants] == [
        ("Virtanen Matti", "present"),
        ("Aho Liisa", "present"),
    ]


def test_the_items_label_whose_numbers_were_lost_ends_the_others_roles() -> None:
    # Kuopio's front page on docplayer: the others' names, then their roles in the same order, then "Asiat"
    # (its sections lost) before the signatures; each name keeps its own role
    text = (
        "1 Esimerkin kaupunki Pöytäkirja 6/ (65) Kokoustiedot Aika maanantai klo 15:00-16:50 Paikka Kaupungintalo "
        "Saapuvilla olleet jäsenet Pekka Kallio, puheenjohtaja Harri Aalto Nelli Berg Muut saapuvilla olleet "
        "Petteri Paasonen Markku Rossi Mikko Aro kaupunginjohtaja, esittelijä valtuuston puheenjohtaja II "
        "kaupunginsihteeri, pöytäkirjanpitäjä Asiat Allekirjoitukset Pekka Kallio puheenjohtaja Mikko Aro "
        "pöytäkirjanpitäjä\n"
    )
    others = [(p.name, p.role) for p in _meeting(text).participants if p.status == "other"]
    assert others == [
        ("Petteri Paasonen", "kaupunginjohtaja, esittelijä"),
        ("Markku Rossi", "valtuuston puheenjohtaja"),
        ("Mikko Aro", "II kaupunginsihteeri, pöytäkirjanpitäjä"),
    ]


def test_labels_stacked_before_the_day_the_place_and_the_decision_makers() -> None:
    # Rautalampi's front page on docplayer: "Päätöksentekijät Aika Paikka", then the day (its date lost), the
    # place and the names with their roles; the signatures' heads side by side before the names
    text = (
        "1 ESIMERKIN KUNTA KOKOUSKUTSU 20/2013 Kunnanhallitus KOKOUSTIEDOT Aika Maanantai klo Paikka KÄSITELTÄVÄT "
        "ASIAT Asia nro Kunnanvirasto, kunnanhallituksen kokoushuone Pöytäkirjan Sivu Kokouksen laillisuuden ja "
        "päätösvaltaisuuden toteaminen Pöytäkirjan tarkastajat Ilmoitusasiat PUHEENJOHTAJA Anneli Jalo\n\n"
        "2 ESIMERKIN KUNTA PÖYTÄKIRJA Nro 20/2013 Kunnanhallitus Sivu 425 KOKOUSTIEDOT OSALLISTUJAT "
        "Päätöksentekijät Aika Paikka Maanantai klo Kunnanvirasto, kunnanhallituksen kokoushuone Anneli Jalo Ari "
        "Weid Jarmo Hänni Kari Laiti Kirsi Manni puheenjohtaja II varapuheenjohtaja jäsen jäsen jäsen Muut "
        "osallistujat Jorma Kukko Risto Niemi Tapio Katala valtuuston puheenjohtaja kunnanjohtaja hallintojohtaja "
        "Puheenjohtaja Sihteeri Anneli Jalo Tapio Katala\n"
    )
    document = parse_text(text)
    meeting = document.meeting
    assert meeting is not None and document.items == []  # "Sivu 425 KOKOUSTIEDOT" is no item
    assert meeting.place == "Kunnanvirasto, kunnanhallituksen kokoushuone"
    assert (meeting.chair, meeting.secretary) == ("Anneli Jalo", "Tapio Katala")
    assert [(p.name, p.role, p.status) for p in meeting.participants] == [
        ("Anneli Jalo", "puheenjohtaja", "present"),
        ("Ari Weid", "II varapuheenjohtaja", "present"),
        ("Jarmo Hänni", "jäsen", "present"),
        ("Kari Laiti", "jäsen", "present"),
        ("Kirsi Manni", "jäsen", "present"),
        ("Jorma Kukko", "valtuuston puheenjohtaja", "other"),
        ("Risto Niemi", "kunnanjohtaja", "other"),
        ("Tapio Katala", "hallintojohtaja", "other"),
    ]


def test_the_hours_before_a_place_under_stacked_labels_are_no_part_of_it() -> None:
    text = (
        "1 ESIMERKS KOMMUN SAMMANTRÄDESKALLELSE Organ Utfärdad Kommunstyrelsen Sammanträdestid Sammanträdesplats "
        "kl. 16:00 Kommunkansliet Ärenden: 20 Sammanträdets konstituerande 21 Anmälningsärenden 22 Upphandling "
        "inom äldreomsorgen 23 Gemensamt dataskyddsombud, förfrågan 24 Övriga ärenden som kommunstyrelsen "
        "beslutar behandla vid sammanträdet Protokollet justeras efter sammanträdet\n"
    )
    assert _meeting(text).place == "Kommunkansliet"


@pytest.mark.parametrize(
    ("place", "read"),
    [
        ("Kaupunginhallituksen kokoushuone, Kairatie 75.", "Kaupunginhallituksen kokoushuone, Kairatie 75"),
        ("Kunnanvirasto, valtuustosali.", "Kunnanvirasto, valtuustosali"),
        ("Kaupungintalo, 2. krs.", "Kaupungintalo, 2. krs."),  # an abbreviation keeps its stop
    ],
)
def test_a_sentence_stop_after_the_place_is_no_part_of_it(place: str, read: str) -> None:
    text = f"Kunnanhallitus\n\nAika 12.3.2024 klo 18.00\nPaikka {place}\n\n§ 1 Kokous\n\nPäätös\nHyväksyttiin.\n"
    assert _meeting(text).place == read


def test_three_attendance_labels_stacked_before_all_the_names() -> None:
    # Tampere's front page on docplayer: "Saapuvilla olleet jäsenet Muut saapuvilla olleet Poissa" and then
    # the names in the labels' order: members, the others by their offices, then the absent
    text = (
        "2 Esimerkin kaupunki Pöytäkirja 42/ (33) Saapuvilla olleet jäsenet Muut saapuvilla olleet Poissa Lyly "
        "Lauri, puheenjohtaja Kummola Kalervo, 1. varapuheenjohtaja Kivistö Anneli Sasi Ilkka Sirniö Ilpo, "
        "varajäsen, poistui 16:53 Ikonen Anna-Kaisa, valtuuston pj. Heinämäki Anna-Kaisa, apulaispormestari "
        "Yli-Rajala Juha, konsernijohtaja, esittelijä Tulonen Irja Allekirjoitukset Lauri Lyly puheenjohtaja Liisa "
        "Koski pöytäkirjanpitäjä\n"
    )
    assert [(p.name, p.status) for p in _meeting(text).participants] == [
        ("Lyly Lauri", "present"),
        ("Kummola Kalervo", "present"),
        ("Kivistö Anneli", "present"),
        ("Sasi Ilkka", "present"),
        ("Sirniö Ilpo", "present"),
        ("Ikonen Anna-Kaisa", "other"),
        ("Heinämäki Anna-Kaisa", "other"),
        ("Yli-Rajala Juha", "other"),
        ("Tulonen Irja", "absent"),
    ]


def test_two_attendance_labels_stacked_and_the_minute_taker_listed_as_absent() -> None:
    # Lumparland: "Beslutande Övriga deltagande", the members' names, then "Frånvarande:" with the absent
    # member and the officials after it; the minute-taker who signed was there
    text = (
        "1 Sammanträdesdatum: Nr: 1 Paragrafer: 1-9 Plats och tid Beslutande Övriga deltagande Skolans matsal, "
        "Exempelby Onsdagen den 6 februari 2013 kl Annsofi Jansson, kommunfullmäktiges ordförande Matti Lindqvist "
        "Britt Sundberg Frånvarande: Martin Stenberg Tomas Uggla, kommundirektör, protokollförare Brage Wilhelmsson, "
        "kommunstyrelsens ordförande Underskrifter Annsofi Jansson Ordförande Tomas Uggla Sekreterare "
        "Protokolljustering Tid och plats Kommunkansliet\n"
    )
    meeting = _meeting(text)
    assert meeting.secretary == "Tomas Uggla"
    # (whether the board's chair after them came, the page does not say)
    assert [(p.name, p.status) for p in meeting.participants][:5] == [
        ("Annsofi Jansson", "present"),
        ("Matti Lindqvist", "present"),
        ("Britt Sundberg", "present"),
        ("Martin Stenberg", "absent"),
        ("Tomas Uggla", "other"),
    ]


def test_a_flattened_table_with_its_others_under_muu() -> None:
    # KTweb's table has three parts, "Läsnä", "Poissa" and "Muu"; a transcript runs them together,
    # with the minute-taker and an interpreter named only by their capitalised job in the last part
    text = (
        "2 Esimerkin kunta Pöytäkirja 12/ Kunnanhallitus Osallistujat Nimi Klo Tehtävä Lisätiedot Läsnä Aikio "
        "Veli 9:00-10:10 Puheenjohtaja Guttorm Aino 9:00-10:10 Jäsen Tapio Uula 10:00-10:10 Valt. pj Poissa "
        "Aikio Elli Jäsen Muu Hekkanen Rauno 9:00-10:10 vt. kunnanjohtaja, esittelijä Länsman Mari 9:00-10:10 "
        "Pöytäkirjanpitäjä Aikio Eero 9:00-10:10 Tulkki Valle Heikki Hallituksen edustaja Allekirjoitukset "
        "Veli Aikio puheenjohtaja Mari Länsman pöytäkirjanpitäjä\n"
    )
    assert [(p.name, p.role, p.status) for p in _meeting(text).participants] == [
        ("Aikio Veli", "Puheenjohtaja", "present"),
        ("Guttorm Aino", "Jäsen", "present"),
        ("Tapio Uula", "Valt. pj", "other"),
        ("Aikio Elli", "Jäsen", "absent"),
        ("Hekkanen Rauno", "vt. kunnanjohtaja, esittelijä", "other"),
        ("Länsman Mari", "Pöytäkirjanpitäjä", "other"),
        ("Aikio Eero", "Tulkki", "other"),
        ("Valle Heikki", "Hallituksen edustaja", "other"),
    ]


def test_checkers_after_the_place_of_signing_in_a_transcript() -> None:
    # the dates after "Kiteellä" were lost: the place stands twice before the two names
    text = (
        "Perusturvalautakunta Aika 12.05.2015 klo 12:00 Paikka Kunnantalo LÄSNÄ Parkkonen Aki puheenjohtaja "
        "Pöytäkirjan tarkastus Pöytäkirja on tarkastettu ja todettu kokouksen kulun mukaiseksi. Kiteellä Kiteellä "
        "Liisa Pirhonen Jouni Pulkkinen Pöytäkirja yleisesti nähtävillä\n"
    )
    assert _meeting(text).minutes_checkers == ["Liisa Pirhonen", "Jouni Pulkkinen"]


def test_a_flattened_table_with_the_reasons_for_absence() -> None:
    # Pyhäjärvi's transcript: "Nimi Tehtävä Lisätiedot", the reason in the last column
    text = (
        "1 PYHÄJÄRVEN KAUPUNKI PÖYTÄKIRJA 2/ Kaupunginvaltuusto AIKA klo 18:00-20:50 PAIKKA Valtuustosali "
        "KÄSITELTÄVÄT ASIAT Otsikko Sivu 17 Kokouksen avaaminen Kokouksen laillisuuden ja päätösvaltaisuuden "
        "toteaminen Pöytäkirjantarkastajien valinta Työjärjestyksen hyväksyminen Valtuutettujen aloitteet\n\n"
        "2 PYHÄJÄRVEN KAUPUNKI PÖYTÄKIRJA 2/ Kaupunginvaltuusto OSALLISTUJAT Nimi Tehtävä Lisätiedot LÄSNÄ "
        "Sarkkinen Kimmo Puheenjohtaja Tammela Dennis POISSA Karvonen Aimo Henkilökohtainen este Malila Laila "
        "I varapuheenjohtaja Työeste Rantanen Arja Hallintojohtaja Työeste ALLEKIRJOITUKSET\n"
    )
    meeting = _meeting(text)
    assert meeting.place == "Valtuustosali"
    assert [(p.name, p.status) for p in meeting.participants if p.status == "absent"] == [
        ("Karvonen Aimo", "absent"),
        ("Malila Laila", "absent"),
        ("Rantanen Arja", "absent"),
    ]


def test_a_flattened_signature_block_and_table_heads_in_a_run() -> None:
    # Haukipudas' transcript: the table's heads before the people, and the signatures as names then roles
    text = (
        "1 HAUKIPUTAAN KUNTA PÖYTÄKIRJA 5/2010 Aika 14.6.2010 klo 18:00-21:08 Paikka kunnanvirasto Osallistujat "
        "Nimenhuutoluettelossa mainittujen 43 valtuutetun lisäksi läsnä olivat: Nimi Klo Tehtävä Läsnä Ronkainen "
        "Jarmo 18:00-21:08 kunnanjohtaja Lehtinen Kirsti 18:00-21:08 kunnansihteeri, sihteeri Pöytäkirjan "
        "allekirjoitus ja varmennus Matti Roivainen Kirsti Lehtinen puheenjohtaja pöytäkirjanpitäjä Käsitellyt asiat\n"
    )
    meeting = _meeting(text)
    assert [p.name for p in meeting.participants] == ["Ronkainen Jarmo", "Lehtinen Kirsti"]
    assert meeting.chair == "Matti Roivainen"


@pytest.mark.parametrize(
    ("front", "organ"),
    [
        ("2 -1, SSTYR :00 Sida 2\nPlats Stadshuset, styrelserummet\nNärvarande Olav Sjöberg, ordförande", "SSTYR"),
        ("§ -2, STST 2015-01-22 16:00\nTid Torsdagen den 22 januari 2015 kl. 16:00\nPlats Stadshuset", "STST"),
    ],
)
def test_the_front_pages_handling_line_names_the_organ(front: str, organ: str) -> None:
    # KTweb numbers the meeting's own pages -1 and -2 and prints them as item lines
    text = f"{front}\n\n§ 5, {organ} 2015-01-22 16:00\nPROTOKOLLJUSTERING\nBeslut\nGodkändes.\n"
    meeting = parse_text(text).meeting
    assert meeting is not None and meeting.organ == organ


def test_the_sections_of_a_leaving_remark_are_no_role() -> None:
    text = (
        "Esimerkin kunta   Pöytäkirja 4/2025\n\nKunnanhallitus\nAika   27.03.2025 klo 10:00 - 12:30\n\n"
        "Osallistujat\nNimi                    Klo            Tehtävä        Lisätiedot\nLäsnä\n"
        "Korhonen Veikko         10:00-12:30    Puheenjohtaja\n"
        "Lahtinen Maritta        10:00-11:15    Jäsen          poistui 11:15, § 80\n\n"
        "§ 78 Kokouksen laillisuus\n\nPäätös\nTodettiin.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is not None
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Korhonen Veikko", "Puheenjohtaja"),
        ("Lahtinen Maritta", "Jäsen"),
    ]


@pytest.mark.parametrize("organ", ["Vanhusneuvosto", "Äldrerådet", "Kommunstyrelsens utskottet"])
def test_councils_of_the_elderly_and_committees_name_the_meeting(organ: str) -> None:
    text = (
        f"ESIMERKIN KUNTA   PÖYTÄKIRJA 2/2025\n{organ}\nAika   12.03.2025 klo 10:00\nPaikka   Kunnantalo\n\n"
        "§ 5 Kokouksen laillisuus\n\nPäätös\nTodettiin.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is not None and meeting.organ == organ


def test_a_flattened_signature_table_with_its_heads_first() -> None:
    # a docplayer transcript: "ALLEKIRJOITUS Puheenjohtaja Pöytäkirjanpitäjä Pekka Nyberg Anja Nurmi"
    text = (
        "1 Esimerkin kunta KOKOUSPÖYTÄKIRJA 6/2010 Kunnanvaltuusto KOKOUSAIKA Keskiviikkona kello 18.00 "
        "KOKOUSPAIKKA Kunnanvirasto, valtuustosali ASIAT 42-44 ALLEKIRJOITUS Puheenjohtaja Pöytäkirjanpitäjä "
        "Pekka Nyberg Anja Nurmi\n\n§ 42 Kokouksen laillisuus\n\nPäätös\nTodettiin.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is not None and (meeting.chair, meeting.secretary) == ("Pekka Nyberg", "Anja Nurmi")


@pytest.mark.parametrize(
    ("signatures", "chair", "secretary"),
    [
        # the checking column's head and its place and day stand between the heads and each name
        (
            "Allekirjoitus Puheenjohtaja Sihteeri Tarkistus, paikka ja aika Aarne Kallio Esimerkin "
            "kunnantoimisto, 6. maaliskuuta 2015 Helmi Saari Pöytäkirja pidetään nähtävänä",
            "Aarne Kallio",
            "Helmi Saari",
        ),
        (
            "UNDERSKRIFT Ordförande Protokollförare PROTOKOLLET HAR JUSTERATS Sten Holm Tid Lisa Ek "
            "PROTOKOLLET HAR VARIT FRAMLAGT",
            "Sten Holm",
            "Lisa Ek",
        ),
        # each name with its role after it
        (
            "Allekirjoitukset Jouko Mäki Puheenjohtaja Eero Aalto Pöytäkirjanpitäjä Pöytäkirjan tarkastus",
            "Jouko Mäki",
            "Eero Aalto",
        ),
        # the labels with their colons (Kronoby)
        (
            "Underskrifter: Ordförande: Protokollförare: Protokolljustering plats och tid: Liane Berg Kronoby, "
            "den 6 april 2016 Inger Bjon Protokollet framlagt till påseende",
            "Liane Berg",
            "Inger Bjon",
        ),
    ],
)
def test_a_flattened_signature_table_with_another_column_between(signatures: str, chair: str, secretary: str) -> None:
    # a transcript's first page on one line: the header, the members, then the signature table
    text = (
        "1 2/2015 PÖYTÄKIRJA 1 Kokousaika Tiistai 24. helmikuuta 2015 klo 18 Kokouspaikka Kunnantalo Päättäjät "
        "Anna Laine Pekka Koski Linus Virta Maria Nieminen Jussi Aalto Eeva Lind puheenjohtaja I varapuheenjohtaja "
        f"jäsen jäsen jäsen jäsen Asiat {signatures}\n\n§ 17 Kokouksen laillisuus\n\nPäätös\nTodettiin.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is not None and (meeting.chair, meeting.secretary) == (chair, secretary)


def test_a_transcripts_number_under_its_title_line() -> None:
    # docplayer puts the document's title over its first page, whose top is "page number/ number / kind"
    text = (
        "Esimerkin kunnantoimisto, 6. maaliskuuta 2015\n\n"
        "1 2/2015 KUTSU Käännös 1 Kokousaika Tiistai 24. helmikuuta 2015 klo 18 Kokouspaikka Kunnantalo Päättäjät Muut "
        "Anna Laine Pekka Koski Linus Virta Maria Nieminen Jussi Aalto Eeva Lind puheenjohtaja I varapuheenjohtaja "
        "jäsen jäsen jäsen jäsen Asiat Allekirjoitus\n\n"
        "§ 17 Kokouksen laillisuus\n\nPäätös\nTodettiin.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is not None and (meeting.number, meeting.date) == ("2/2015", "2015-02-24")
    # the members' and the others' columns ("Päättäjät Muut") lost apart: no attendance, and the place ends there
    assert (meeting.place, meeting.participants) == ("Kunnantalo", [])


def test_a_run_of_surname_first_names_from_a_transcript() -> None:
    # a column of "Surname, Given" lost its line breaks: each comma joins a surname to its given name
    text = (
        "EXEMPELS KOMMUN Kommunfullmäktige PROTOKOLL Sammanträdestid: Måndagen den 26 januari 2015 kl. 19.30 "
        "Sammanträdesplats: Kommungården Beslutande Back, Eva Backlund, Carl Berger, Helena Björklund, Mats "
        "Björkskog, Nils-Erik Boström, Kaj Övriga närvarande Svenfors, Stefan, kommundirektör Paragrafer 1-13 "
        "Underskrifter Kaj Boström ordförande Gun Löf sekreterare\n\n§ 1 Sammanträdets öppnande\n\nBeslut\n"
        "Konstaterades.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is not None
    assert [p.name for p in meeting.participants if p.status == "present"] == [
        "Back, Eva", "Backlund, Carl", "Berger, Helena", "Björklund, Mats", "Björkskog, Nils-Erik", "Boström, Kaj",
    ]  # fmt: skip


def test_deputies_listed_after_a_ticked_table_stood_in() -> None:
    # a transcript: the ticked members, then who stood in for the unticked ones, all on the last box's line
    text = (
        "Protokoll 2/2019 Sammanträdestid torsdag 14.3.2019 kl. 19.00 Sammanträdesplats Stadshuset "
        "Beslutande ordinarie [ ] Holm Bo, ordförande [X] Ek Anna [X] Lind Mikael, I viceordf. [ ] Berg Elli "
        "[ ] Sand Ted [ ] Wik Karl [X] Karv Tom Ahlgren Roy (ers. för B Holm), Nyman Lena (ers. för E Berg), "
        "Kass Mats (ers. för T Sand), Lund Frits (ers. för K Wik). Övriga närvarande "
        "Brandt Mats, stadsdirektör\n\n§ 15 Laglighet\n\nBeslut\nKonstaterades.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is not None
    assert [(p.name, p.status) for p in meeting.participants if p.status != "other"] == [
        ("Holm Bo", "absent"), ("Ek Anna", "present"), ("Lind Mikael", "present"), ("Berg Elli", "absent"),
        ("Sand Ted", "absent"), ("Wik Karl", "absent"), ("Karv Tom", "present"), ("Ahlgren Roy", "present"),
        ("Nyman Lena", "present"), ("Kass Mats", "present"), ("Lund Frits", "present"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("organ", "status"),
    [("Maakuntahallitus", "other"), ("Kunnanhallitus", "other"), ("Maakuntavaltuusto", "present")],
)
def test_the_councils_chair_listed_among_those_present_at_another_organs_meeting(organ: str, status: str) -> None:
    # present by right at the board's meeting, not a member; at the council's own meeting, a member
    text = (
        f"Esimerkin liitto   PÖYTÄKIRJA 1/2013\n{organ}\n\nAika   12.3.2013 klo 9.30\nPaikka   Liiton toimisto\n\n"
        "Läsnä\nRossi Marko, puheenjohtaja\nHahtala Mia, jäsen\nRajamäki Kalle, maakuntavaltuuston pj.\n"
        "Joki Johanna, kvalt 1.vpj\nLahti Sari, KV:n 2. varapuheenjohtaja\n\n"
        "§ 1 Laillisuus\n\nPäätös\nTodettiin.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is not None and meeting.organ == organ
    council = ("Rajamäki Kalle", "Joki Johanna", "Lahti Sari")
    assert [p.status for p in meeting.participants if p.name in council] == [status] * 3


def test_the_end_of_the_meeting_with_its_day_repeated() -> None:
    text = "Kunnanhallitus   PÖYTÄKIRJA 5/2024\n\nAika 12.3.2024 klo 18.00 - 12.3.2024 klo 20.15\nPaikka Kunnantalo\n"
    meeting = _meeting(text + _ITEM)
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2024-03-12", "18:00", "20:15")


@pytest.mark.parametrize("label", ["Kokous nro 5", "Kokousnumero 5", "Sammanträde nr 5", "Pöytäkirja nro 5"])
def test_a_meeting_number_without_its_year(label: str) -> None:
    text = f"Esimerkin kunta   {label}\nKunnanhallitus\n\nAika   12.3.2024 klo 18.00\nPaikka   Kunnantalo\n"
    assert _meeting(text + _ITEM).number == "5"


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        # the day and the hours under labels of their own
        ("Sammanträdesdatum 12.3.2024\nTid kl. 18.00-20.00\nPlats Stadshuset", ("18:00", "20:00", "Stadshuset")),
        ("Kokouspäivä 12.3.2024\nKellonaika 18.00-20.00\nPaikka Kunnantalo", ("18:00", "20:00", "Kunnantalo")),
        ("Datum 12.3.2024\nTid 18.00\nPlats Stadshuset", ("18:00", None, "Stadshuset")),
        # the place first in one label for both
        ("Plats och tid: Stadshuset, 12.3.2024 kl. 18.00", ("18:00", None, "Stadshuset")),
        ("Paikka ja aika: Kunnantalo, 12.3.2024 klo 18.00", ("18:00", None, "Kunnantalo")),
    ],
)
def test_the_hours_under_their_own_label(labels: str, expected: tuple[str, str | None, str]) -> None:
    meeting = _meeting(f"Kunnanhallitus   PÖYTÄKIRJA 5/2024\n\n{labels}\n" + _ITEM)
    assert (meeting.date, meeting.start_time, meeting.end_time, meeting.place) == ("2024-03-12", *expected)


@pytest.mark.parametrize("role", ["fullm.ordförande", "kfge:s I vice ordförande", "fullmäktiges ordförande"])
def test_the_councils_chair_written_short_at_the_boards_meeting(role: str) -> None:
    # Pedersöre's and Kronoby's transcripts abbreviate the council: "fullm.ordförande", "kfge:s ordförande"
    text = (
        "Exempels kommun   PROTOKOLL 2/2024\nKommunstyrelsen\n\nTid   12.3.2024 kl. 18.00\nPlats   Kommungården\n\n"
        f"Närvarande\nAnna Ek, ordförande\nBo Lind\nKaj Holm, {role}\n\n"
    )
    meeting = _meeting(text + "\n§ 1 Laglighet\n\nBeslut\nKonstaterades.\n")
    assert [p.status for p in meeting.participants if p.name == "Kaj Holm"] == ["other"]


@pytest.mark.parametrize(("organ", "status"), [("Sivistyslautakunta", "other"), ("Kunnanhallitus", "present")])
def test_the_boards_chair_listed_among_those_present_at_a_committee(organ: str, status: str) -> None:
    text = (
        f"Esimerkin kunta   PÖYTÄKIRJA 2/2024\n{organ}\n\nAika   12.3.2024 klo 18.00\nPaikka   Kunnantalo\n\n"
        "Läsnä\nAnna Laine, puheenjohtaja\nPekka Koski\nMatti Mäki, kh:n pj\n\n"
    )
    meeting = _meeting(text + _ITEM)
    assert meeting.organ == organ
    assert [p.status for p in meeting.participants if p.name == "Matti Mäki"] == [status]


@pytest.mark.parametrize(("organ", "chair"), [("Kunnanhallitus", "Mäki Jouko"), ("Kunnanvaltuusto", "Joki Johanna")])
def test_the_chair_named_by_the_meetings_own_organ(organ: str, chair: str) -> None:
    # a transcript's table of those present: "Mäki Jouko khall puheenjohtaja", "Joki Johanna kvalt puheenjohtaja"
    text = (
        f"Esimerkin kunta   PÖYTÄKIRJA 2/2024\n{organ}\n\nAika   12.3.2024 klo 18.00\nPaikka   Kunnantalo\n\n"
        "Läsnä\nMäki Jouko, khall puheenjohtaja\nSalo Jari, kunnanhallituksen 1.vpj\n"
        "Joki Johanna, kvalt puheenjohtaja\n\n"
    )
    assert _meeting(text + _ITEM).chair == chair


def test_ditto_marks_and_emptied_hours_in_a_flattened_attendance_table() -> None:
    # a transcript lost the hours in brackets ("(klo )") and keeps the table's ditto marks for "jäsen"
    text = (
        "1 PÖYTÄKIRJA 12/2009 Toimielin Kokouspäivä Sivu Kunnanhallitus Kokousaika Keskiviikko 4. marraskuuta "
        "2009 klo Kokouspaikka Kunnantoimisto Päättäjät: Nurmela Mårten puheenjohtaja Drugg Jan jäsen "
        'Lindgren Kerstin " Tuomela Kurt " Fornell Ingmar (klo ) varajäsen Poissa oleva: Granholm Ingalill jäsen '
        "Muut läsnä olevat: "
        "Nummi Lars 167. (klo ), tekninen johtaja 169. (klo ) Wassén Tomy sihteeri Asiat Allekirjoitus\n"
    )
    roles = {p.name: p.role for p in _meeting(text).participants}
    assert roles["Lindgren Kerstin"] == roles["Tuomela Kurt"] == "jäsen"
    assert roles["Fornell Ingmar"] == "varajäsen"
    assert roles["Nummi Lars"] == "tekninen johtaja"


def test_a_deputy_standing_for_a_listed_member_in_a_flattened_list() -> None:
    # "Holm Eeva Grönqvistin varajäsen": Grönqvist's deputy, Grönqvist being absent; a third given name
    # ("Heikkilä Pekka Sakari") stays a name
    text = (
        "1 ESIMERKIN KAUPUNKI PÖYTÄKIRJA 7/ Kaupunginhallitus AIKA klo 17:30-21:15 PAIKKA Raatihuone LÄSNÄ "
        "Heinonen Mia puheenjohtaja Heikkilä Pekka Sakari I varapuheenjohtaja Björk Johan jäsen "
        "Holm Eeva Grönqvistin varajäsen MUUT Kallio Olavi kaupunginjohtaja POISSA Grönqvist Merja "
        "II varapuheenjohtaja ALLEKIRJOITUKSET\n"
    )
    people = {p.name: (p.role, p.status) for p in _meeting(text).participants}
    assert people["Holm Eeva"] == ("Grönqvistin varajäsen", "present")
    assert people["Heikkilä Pekka Sakari"] == ("I varapuheenjohtaja", "present")
    assert people["Grönqvist Merja"] == ("II varapuheenjohtaja", "absent")


def test_a_councils_flattened_attendance_over_three_transcript_pages() -> None:
    # the place ends in a house letter before "LÄSNÄ" ("… 27 B LÄSNÄ"); the list of those present runs on
    # over the next page, and the page after it opens with the signatures, which end the list of the absent
    pages = [
        "1 ESIMERKIN KAUPUNKI PÖYTÄKIRJA 11/ Kaupunginvaltuusto AIKA klo 18:03-21:23 PAIKKA Yläaste, Koulukatu "
        "27 B LÄSNÄ Lobb Mats puheenjohtaja Hagberg Kari I varapuheenjohtaja Liljeqvist Tom Lindberg Leena",
        "2 ESIMERKIN KAUPUNKI PÖYTÄKIRJA 11/ Kopila Pauli Vilén Asko Paakkalan vara klo MUUT Kallio Olavi "
        "kaupunginjohtaja POISSA Paakkala Petra Rinne Jens",
        "3 ESIMERKIN KAUPUNKI PÖYTÄKIRJA 11/ ALLEKIRJOITUKSET Puheenjohtaja Sihteeri Mats Lobb KÄSITELLYT ASIAT",
    ]
    meeting = _meeting("Transkriptio\n\n" + "\n".join(pages) + "\n")
    assert meeting.place == "Yläaste, Koulukatu 27 B"
    by_status: dict[str, list[str]] = {}
    for p in meeting.participants:
        by_status.setdefault(p.status, []).append(p.name)
    assert by_status["present"] == [
        "Lobb Mats",
        "Hagberg Kari",
        "Liljeqvist Tom",
        "Lindberg Leena",
        "Kopila Pauli",
        "Vilén Asko",  # Paakkala's deputy: "Paakkalan" goes with the role the column took away
    ]
    assert by_status["absent"] == ["Paakkala Petra", "Rinne Jens"]
