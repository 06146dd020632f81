"""Whole articles of another story, checked end to end against an invented glossary."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli
from pairs_eval import FIXTURES

GLOSSARY = FIXTURES / "moldova-glossary.yaml"
NAME_CODES = ("N101", "N102", "N104")


def _findings(article: str) -> list[dict]:
    proc = run_cli(
        "check", str(FIXTURES / article), "--glossary", str(GLOSSARY), "--date", "2024-10-28", "-f", "json"
    )
    assert proc.returncode in (0, 1), proc.stderr
    found = json.loads(proc.stdout)["articles"][0]["findings"]
    return [f for f in found if f["code"] in NAME_CODES]


@pytest.fixture(scope="module")
def garbled() -> dict[str, dict]:
    return {f["text"]: f for f in _findings("moldova-garbled.txt")}


@pytest.mark.parametrize(
    ("text", "code", "suggestion", "matcher"),
    [
        ("Maia Sandau", "N101", "Maia Sandu", "phonetic"),
        ("Irakli Kobakhidzee", "N101", "Irakli Kobakhidze", "stutter"),
        ("Bidzina Ivanishvilli", "N101", "Bidzina Ivanishvili", "phonetic"),
        ("Tiraspool", "N101", "Tiraspol", None),
        ("McGrat", "N101", "McGrath", "edit"),
        ("Reshan", "N101", "Recean", "context"),
        ("Evgeny Shevchuk", "N102", "Yevgeny Shevchuk", "transliteration"),
        ("Moldovan Central Election Commission", "N104", "Moldova-based Central Election Commission", None),
    ],
)
def test_garbles_of_another_story(garbled, text, code, suggestion, matcher):
    f = garbled[text]
    assert (f["code"], f["suggestion"]) == (code, suggestion)
    assert f["severity"] == ("minor" if code == "N102" else "major")
    if matcher:
        assert f["evidence"]["matcher"] == matcher


def test_nothing_else_flagged(garbled):
    assert len(garbled) == 8, sorted(garbled)


def test_clean_article_with_rare_names_is_quiet():
    """Correct rare names (Gutul, Kivsharivka, Zourabichvili), introduced surnames, demonyms."""
    assert _findings("moldova-clean.txt") == []


def test_introduced_other_person_is_not_a_garble(tmp_path):
    glossary = tmp_path / "g.yaml"
    glossary.write_text(
        "entries:\n  - {canonical: Sabrina Singh, kind: person, aliases: [Singh]}\n", encoding="utf-8"
    )
    article = tmp_path / "a.txt"
    text = "Pentagon deputy press secretary Sabrina Singh said talks would continue.\n"
    article.write_text(
        text + "South Korean Defense Minister Shin Won-sik met the envoy. Shin said talks went well.\n",
        encoding="utf-8",
    )
    proc = run_cli("check", str(article), "--glossary", str(glossary), "-f", "json")
    assert json.loads(proc.stdout)["articles"][0]["findings"] == []
    article.write_text(text + "Shin said talks went well.\n", encoding="utf-8")
    proc = run_cli("check", str(article), "--glossary", str(glossary), "-f", "json")
    [f] = json.loads(proc.stdout)["articles"][0]["findings"]
    assert (f["text"], f["code"], f["suggestion"], f["evidence"]["matcher"]) == (
        "Shin",
        "N101",
        "Singh",
        "context",
    )


def test_clean_article_of_another_story_is_quiet_with_the_shipped_glossary():
    """Boston, Austin (Texas), Sarah Hatten, Kopf, Shinn, Lavrova, Copper, Putnam, "Soul singer",
    "American Red Cross", "Institute for the Study of Terrorism": none is a glossary garble."""
    proc = run_cli("check", str(FIXTURES / "seedglossary-clean.txt"), "--date", "2024-10-28", "-f", "json")
    assert proc.returncode in (0, 1), proc.stderr
    found = json.loads(proc.stdout)["articles"][0]["findings"]
    assert [f for f in found if f["code"] in NAME_CODES] == []


def test_all_caps_byline_is_matched_but_acronyms_are_not(tmp_path):
    article = tmp_path / "byline.txt"
    article.write_text(
        "BRUSSELS (AP) — NATO and the ISW said on Monday that talks resumed.\nBy LORNE COOK and TARA KOPP\n",
        encoding="utf-8",
    )
    proc = run_cli("check", str(article), "--date", "2024-10-28", "-f", "json")
    found = [f for f in json.loads(proc.stdout)["articles"][0]["findings"] if f["code"] in NAME_CODES]
    assert [(f["text"], f["suggestion"]) for f in found] == [("TARA KOPP", "Tara Copp")]


def test_surname_garble_when_glossary_lists_only_the_full_name(tmp_path):
    """Spreadsheet glossaries often hold full names only; the surname alone is still matched."""
    glossary = tmp_path / "g.csv"
    glossary.write_text("canonical,kind\nSabrina Singh,person\nKursk region,place\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(
        "Pentagon deputy press secretary Sabrina Singh said the troops moved. Sihng said more would follow."
        " Singh said the Kursk regoin was the goal.\n",
        encoding="utf-8",
    )
    proc = run_cli("check", str(article), "--glossary", str(glossary), "-f", "json")
    found = [f for f in json.loads(proc.stdout)["articles"][0]["findings"] if f["code"] in NAME_CODES]
    assert [(f["text"], f["suggestion"]) for f in found] == [("Sihng", "Singh")]
