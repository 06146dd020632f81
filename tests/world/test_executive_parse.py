"""The Factbook executive-line parser (scripts/world/executive.py) on lines it once misread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from world.executive import parse_line


def people(line: str) -> list[tuple[str, str, str, tuple[str, ...], str]]:
    """(title, name, short form, other spellings, since) of every holder in a line."""
    return [
        (h.title, h.name, h.caps_form, h.also, str(h.since.day) if h.since else "") for h in parse_line(line)
    ]


def test_a_notes_prose_names_no_holder():
    line = (
        "Prime Minister Ludovic ORBAN (since 4 November 2019); note - Prime Minister ORBAN lost a"
        " vote on 5 February 2020; President IOHANNIS asked ORBAN to form a new government;"
        " Prime Minister ORBAN's cabinet resigned"
    )
    assert [p[1] for p in people(line)] == ["Ludovic Orban"]


def test_a_listing_after_a_note_still_counts():
    line = (
        "President Gotabaya RAJAPAKSA (since 18 November 2019); note - the president is both chief"
        " of state and head of government; Prime Minister Mahinda RAJAPAKSA (since 21 November 2019)"
    )
    assert people(line)[1] == ("prime minister", "Mahinda Rajapaksa", "Mahinda Rajapaksa", (), "2019-11-21")


def test_a_ministry_field_is_title_not_given_names():
    line = (
        "Deputy Prime Minister and Minister of Culture and National Heritage Piotr GLINSKI (since 16"
        " November 2015), and Deputy Prime Minister and Minister of Development Mateusz MORAWIECKI"
        " (since 16 November 2015)"
    )
    assert [p[1] for p in people(line)] == ["Piotr Glinski", "Mateusz Morawiecki"]


@pytest.mark.parametrize(
    ("line", "name", "also", "since"),
    [
        (
            "Prime Minister SETTHA Thawisin, also spelled SRETTHA Thavisin (since 5 September 2023)",
            "Settha Thawisin",
            ("Srettha Thavisin", "Srettha"),
            "2023-09-05",
        ),
        (
            "Prime Minister PHAETHONGTHAN Chinnawat; also spelled PAETONGTARN Shinawatra"
            " (since 18 August 2024)",
            "Phaethongthan Chinnawat",
            ("Paetongtarn Shinawatra", "Paetongtarn"),
            "2024-08-18",
        ),
        (
            "King WACHIRALONGKON, also spelled Vajiralongkorn, (since 1 December 2016)",
            "Wachiralongkon",
            ("Vajiralongkorn",),
            "2016-12-01",
        ),
    ],
)
def test_also_spelled_is_the_same_person(line: str, name: str, also: tuple[str, ...], since: str) -> None:
    (holder,) = people(line)
    assert (holder[1], holder[3], holder[4]) == (name, also, since)


def test_alternative_and_equivalent_titles_give_the_english_title():
    rajoy = "President of the Government or Prime Minister Mariano RAJOY (since 20 December 2011)"
    sanchez = (
        "President of the Government of Spain (prime minister-equivalent) Pedro SANCHEZ"
        " Perez-Castejon (since 2 June 2018)"
    )
    assert people(rajoy) == [("prime minister", "Mariano Rajoy", "Mariano Rajoy", (), "2011-12-20")]
    assert people(sanchez)[0][:3] == ("prime minister", "Pedro Sanchez Perez-Castejon", "Pedro Sanchez")


def test_a_generational_suffix_stays_in_the_short_form():
    line = (
        'President Ferdinand "BongBong" MARCOS, Jr (since 30 June 2022); Vice President Sara DUTERTE-Carpio'
    )
    assert people(line)[0][:3] == ("president", "Ferdinand Marcos Jr", "Ferdinand Marcos Jr.")


def test_a_trailing_honorific_or_office_is_no_part_of_the_name():
    magufuli = "President John MAGUFULI, Dr. (since 5 November 2015)"
    chang = "Vice Premier CHANG San-cheng, Vice President of the Executive Yuan (since 8 December 2014)"
    assert people(magufuli) == [("president", "John Magufuli", "John Magufuli", (), "2015-11-05")]
    assert people(chang)[0][1] == "Chang San-cheng"


def test_attested_spellings_are_words_the_pack_spells_two_ways():
    from world import attested

    found = attested.attested({"hassan", "hasan", "nikos", "nicos", "macron", "kallas"})
    assert found == ["hasan", "hassan", "nicos", "nikos"]  # one spelling only: not attested


def test_the_committed_attested_spellings_match_the_pack_files():
    from world import attested

    pack = Path(__file__).resolve().parents[2] / "audit" / "data" / "world"
    lines = (pack / attested.FILE_NAME).read_text(encoding="utf-8").splitlines()
    listed = [ln for ln in lines if ln and not ln.startswith("#")]
    assert listed == attested.attested(attested.name_words(pack))  # else: rerun the build
