"""The shipped world pack, end to end from an empty folder (no project glossary): names of
people from Latin-script countries have one spelling, heads of state the Factbook build
drops are curated, and the Factbook's own demonyms qualify offices. Stories invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.checks.names.world_near import latin_script_places
from audit.checks.office.phrases import parse_title
from audit.match.office_words import place_forms


def _findings(tmp_path: Path, cli, text: str, date: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    proc = cli("check", "--date", date, "--format", "json", str(story), cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    found = json.loads(proc.stdout)["articles"][0]["findings"]
    return [(f["code"], f["severity"], f["text"]) for f in found]


@pytest.mark.parametrize(
    ("intro", "later", "expected"),
    [
        # Sunak writes his own name in Latin script: ck for k is a misspelling (major)
        ("British Prime Minister Rishi Sunak", "Sunack", ("N101", "major", "Sunack")),
        # Putin's name reaches English through Cyrillic: ou for u is a second romanisation
        ("Russian President Vladimir Putin", "Poutin", ("N102", "minor", "Poutin")),
    ],
)
def test_one_spelling_for_names_from_latin_script_countries(tmp_path, cli, intro, later, expected):
    text = f"LONDON (WNS) — {intro} met officials on Tuesday.\nLater, {later} said the talks went well.\n"
    assert expected in _findings(tmp_path, cli, text, "2024-03-03")


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Chinese President Li Qiang welcomed the delegation in Beijing.", "Li Qiang"),  # Xi Jinping's office
        (
            "Chinese Prime Minister Li Keqiang welcomed the delegation.",
            "Li Keqiang",
        ),  # premier = prime minister
        ("Japanese Premier Yoshihide Suga welcomed the delegation.", "Yoshihide Suga"),
    ],
)
def test_factbook_gaps_are_filled(tmp_path, cli, sentence, holder):
    found = _findings(tmp_path, cli, f"BEIJING (WNS) — {sentence}\n", "2024-03-03")
    assert ("O101", "critical", holder) in found


def test_latin_script_places_are_country_ids():
    ids = {p for forms in place_forms().values() for p in (f.place for f in forms)}
    assert latin_script_places() <= ids
    assert "russia" not in latin_script_places() and "united kingdom" in latin_script_places()


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Uzbekistani president", "uzbekistan"),
        ("Ivoirian president", "ivory coast"),
        ("Kosovan prime minister", "kosovo"),
        ("Cabo Verdean president", "cape verde"),
        ("pope of Holy See (Vatican City)", "vatican"),
    ],
)
def test_the_factbooks_demonyms_name_their_country(title, country):
    """The pack's role titles use the Factbook's adjective; the office is that country's."""
    assert parse_title(title).qualifier == country


# Office wordings the pack now reads, each with the look-alikes that must stay quiet: the
# only office finding expected is the wrong holder named in the first line.
OFFICE_CASES = {
    "provincial premier: no country, no office": (
        "2024-03-03",
        "TORONTO (WNS) — Ontario Premier Doug Ford said the tariffs would hurt workers.\n",
        [],
    ),
    "central bank under its own name (Ueda's office); US governors are no bank's": (
        "2024-06-03",
        "TOKYO (WNS) — Bank of Japan Governor Haruhiko Kuroda said rates would stay low.\n"
        "California Governor Gavin Newsom and Governor Kathy Hochul of New York disagreed.\n",
        [("O101", "critical", "Haruhiko Kuroda")],
    ),
    "body chief (Okonjo-Iweala's office); chiefs without their body are no body's": (
        "2023-06-03",
        "GENEVA (WNS) — WTO chief Roberto Azevedo said talks would resume.\n"
        "CIA chief William Burns, Pakistan's army chief Asim Munir and police chief John Smith spoke.\n"
        "UN nuclear chief Rafael Grossi and UN human rights chief Volker Turk met in Vienna.\n",
        [("O101", "critical", "Roberto Azevedo")],
    ),
    # "European Commission President" is the Commission's president, not a "commission
    # president" (ECOWAS's title) of an unnamed European body.
    "a place before the title wins over a longer title (von der Leyen's office)": (
        "2024-06-03",
        "BRUSSELS (WNS) — European Commission President Jean-Claude Juncker said talks would resume.\n"
        "ECOWAS Commission President Omar Alieu Touray agreed.\n"
        "European Parliament President Roberta Metsola agreed too.\n",
        [("O101", "critical", "Jean-Claude Juncker")],
    ),
    "the Fed's chair (Powell's office); a Fed governor is no chair": (
        "2024-06-03",
        "WASHINGTON (WNS) — Fed Chair Janet Yellen said rates would stay high.\n"
        "Federal Reserve Chairman Jerome Powell disagreed, and Fed Governor Christopher Waller voted.\n",
        [("O101", "critical", "Janet Yellen")],
    ),
    "Pentagon chief is the defense secretary (Austin's office); a spokesman is not": (
        "2024-06-03",
        "WASHINGTON (WNS) — Pentagon chief Mark Esper said the drills would go on.\n"
        "Pentagon spokesman John Kirby agreed.\n",
        [("O101", "critical", "Mark Esper")],
    ),
}


@pytest.mark.parametrize(("date", "text", "expected"), OFFICE_CASES.values(), ids=OFFICE_CASES.keys())
def test_office_wordings(tmp_path, cli, date, text, expected):
    found = [f for f in _findings(tmp_path, cli, text, date) if f[0].startswith("O")]
    assert found == expected
