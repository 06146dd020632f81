"""Hand-written stories checked end to end with the curated world pack as glossary.

Each story is invented (not from seeds/ or any dev set): a wrong-office premier and a
garbled organisation name must be caught; the same stories written correctly, and dated
after the pack's as_of, must not produce a major or critical office finding.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT

# The curated files only: premiers from the Factbook build would duplicate PREMIERS below.
CURATED = sorted((ROOT / "audit" / "data" / "world").glob("curated-*.yaml"))
# Premiers are not in the curated files (they come from the Factbook build): a small
# project glossary of real tenures stands in for them here.
PREMIERS = """
entries:
  - {canonical: Scott Morrison, kind: person, aliases: [Morrison], role: Australian prime minister,
     from: 2018-08-24, until: 2022-05-23, note: "Wikipedia: Prime Minister of Australia, list"}
  - {canonical: Anthony Albanese, kind: person, aliases: [Albanese], role: Australian prime minister,
     from: 2022-05-23, note: "Wikipedia: Prime Minister of Australia, list"}
  - {canonical: Mariano Rajoy, kind: person, aliases: [Rajoy], role: Spanish prime minister,
     from: 2011-12-21, until: 2018-06-02, note: "Wikipedia: Prime Minister of Spain, list"}
  - {canonical: Pedro Sánchez, kind: person, aliases: [Pedro Sanchez], role: Spanish prime minister,
     from: 2018-06-02, note: "Wikipedia: Prime Minister of Spain, list"}
"""
STORIES = {
    "nuclear": (
        "Watchdog warns on plant\n\nVIENNA (AP) — Australian Prime Minister {pm} said on Tuesday that "
        "the {iaea} would send inspectors to the plant next month. The agency's chief briefed "
        "reporters in Vienna.\n"
    ),
    "oil": (
        "Oil output cut\n\nLONDON (AP) — Spain's prime minister, {uk}, said the decision by the "
        "{opec} to cut output would raise prices. Ministers met on Thursday.\n"
    ),
}


def _check(tmp_path: Path, cli, text: str, date: str) -> list[dict]:  # type: ignore[no-untyped-def]
    story, glossary = tmp_path / "story.txt", tmp_path / "premiers.yaml"
    story.write_text(text, encoding="utf-8")
    glossary.write_text(PREMIERS, encoding="utf-8")
    packs = [a for path in CURATED for a in ("-g", str(path))]
    proc = cli("check", *packs, "-g", str(glossary), "--date", date, "--format", "json", str(story))
    assert proc.returncode in (0, 1), proc.stderr
    return [f for f in json.loads(proc.stdout)["articles"][0]["findings"] if f["code"] in ("O101", "N105")]


@pytest.mark.parametrize(
    ("name", "fields", "expected"),
    [
        ("nuclear", {"pm": "Scott Morrison", "iaea": "International Atomic Energy Organization"},
         [("O101", "critical", "Anthony Albanese"), ("N105", "major", "International Atomic Energy Agency")]),
        ("oil", {"uk": "Mariano Rajoy", "opec": "Organization of Petroleum Exporting Nations"},
         [("O101", "critical", "Pedro Sánchez"),
          ("N105", "major", "Organization of Petroleum Exporting Countries")]),
        ("nuclear", {"pm": "Anthony Albanese", "iaea": "International Atomic Energy Agency"}, []),
        ("oil", {"uk": "Pedro Sánchez", "opec": "Organization of the Petroleum Exporting Countries"}, []),
    ],
)  # fmt: skip
def test_wrong_premier_and_garbled_body_are_caught(tmp_path, cli, name, fields, expected):  # type: ignore[no-untyped-def]
    found = _check(tmp_path, cli, STORIES[name].format(**fields), "2024-11-20")
    assert [(f["code"], f["severity"], f["suggestion"]) for f in found] == expected


def test_story_dated_after_the_packs_as_of_gets_no_claim(tmp_path, cli):  # type: ignore[no-untyped-def]
    """A curated minister of 2024 named in a 2026 story: a minor note, never critical."""
    text = "Talks\n\nSEOUL (AP) — U.S. Secretary of State Antony Blinken met officials on Monday.\n"
    found = _check(tmp_path, cli, text, "2026-03-02")
    assert [(f["code"], f["severity"]) for f in found] == [("O101", "minor")]
    assert "2025-05-31" in found[0]["message"]
