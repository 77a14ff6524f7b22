"""Item starts of flattened transcripts, put back from the transcript's own listing of items."""

from __future__ import annotations

from minutes_cli.listing import listed_items, restore_starts

LISTING = (
    "Kunta Pöytäkirja 4/2019 1 ( 16) Aika 14.05.2019 Käsitellyt asiat 38 Kokouksen laillisuus 39 Pöytäkirjan "
    "tarkastus 40 41 Katuvalot Rantatielle Tilinpäätös 2018 42 Ilmoitusasiat"
)


def test_listing_numbers_follow_each_other_and_titles_may_hold_numbers() -> None:
    listing = listed_items(LISTING)
    assert listing is not None
    assert listing.titles == {
        38: "Kokouksen laillisuus",
        39: "Pöytäkirjan tarkastus",
        41: "Katuvalot Rantatielle Tilinpäätös 2018",
        42: "Ilmoitusasiat",
    }
    assert listing.end == len(LISTING)
    assert listed_items("Käsitellyt asiat 38 Kokouksen laillisuus") is None  # one entry is no listing
    assert listed_items("Aika 14.05.2019 38 Kokouksen laillisuus 39 Pöytäkirjan tarkastus") is None
    far = "Käsitellyt asiat ovat tänään monta eri lajia ja laatua 38 Kokouksen laillisuus 39 Pöytäkirjan tarkastus"
    assert listed_items(far) is None


def test_starts_are_put_back_where_number_and_title_stand() -> None:
    titles = listed_items(LISTING)
    assert titles is not None
    page = "Kunta Pöytäkirja 4/2019 3 ( 16) 38 Kokouksen laillisuus Todetaan läsnäolijat. Päätös Hyväksyttiin."
    line, found = restore_starts(page, titles)
    assert found == {38}
    assert line.split("\n") == [
        "Kunta Pöytäkirja 4/2019 3 ( 16)",
        "§ 38 Kokouksen laillisuus",
        "Todetaan läsnäolijat. Päätös Hyväksyttiin.",
    ]


def test_a_bare_number_takes_the_start_of_the_run_and_the_next_its_end() -> None:
    titles = listed_items(LISTING)
    assert titles is not None
    line, found = restore_starts("40 Katuvalot Rantatielle Hankinta tehdään. 41 Tilinpäätös 2018 Esitetään", titles)
    assert found == {40, 41}
    assert "§ 40 Katuvalot Rantatielle" in line.split("\n")
    assert "§ 41 Tilinpäätös 2018" in line.split("\n")


def test_numbers_inside_text_are_not_starts() -> None:
    titles = listed_items(LISTING)
    assert titles is not None
    for text in ("päätös 12.38 Kokouksen laillisuus", "§ 38 Kokouksen laillisuus", "vuonna 1938 Kokouksen laillisuus",
                 "38 Kokouksen jatko"):  # fmt: skip
        line, found = restore_starts(text, titles)
        assert (line, found) == (text, set()), text
    # nor does a listing open its own items, nor is an item found twice
    line, found = restore_starts(LISTING, titles, start=len(LISTING))
    assert found == set()
    _, found = restore_starts("38 Kokouksen laillisuus", titles, done=frozenset({38}))
    assert found == set()


def test_a_listing_that_lost_some_numbers_goes_on_after_them() -> None:
    line = (
        "Käsitellyt asiat 310 Kokouksen laillisuus 311 Pöytäkirjan tarkastus Koulun valitus Hankintaoikaisu "
        "315 Pohjavesiselvitys Kellokoskella 316 Ilmoitusasiat"
    )
    listing = listed_items(line)
    assert listing is not None
    assert sorted(listing.titles) == [310, 311, 315, 316]
    restored, found = restore_starts("( 56) 311 Pöytäkirjan tarkastus Ehdotus Valitaan tarkastajat.", listing)
    assert found == {311}
    assert "§ 311 Pöytäkirjan tarkastus" in restored.split("\n")
    # a number far beyond the last one is part of a title, not the next entry
    far = listed_items("Käsitellyt asiat 10 Kaava 8067 Kortteli 11 Ilmoitusasiat")
    assert far is not None and far.titles == {10: "Kaava 8067 Kortteli", 11: "Ilmoitusasiat"}
