"""scripts/build_world.py on a tiny Factbook-like git history made in a tmp dir."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from audit.glossary.loader import load_glossaries

ROOT = Path(__file__).resolve().parents[2]


def _build_module():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("build_world", ROOT / "scripts" / "build_world.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _country(short: str, adjective: str, chief: str, head: str, dependency: str = "") -> dict:
    gov = {
        "Country name": {"conventional short form": {"text": short}},
        "Capital": {"name": {"text": "Oldtown"}},
        "Executive branch": {"chief of state": {"text": chief}, "head of government": {"text": head}},
    }
    if dependency:
        gov["Dependency status"] = {"text": dependency}
    return {"Government": gov, "People and Society": {"Nationality": {"adjective": {"text": adjective}}}}


# (commit day, chief of state of Aland, head of government of Aland, chief of state of its territory)
HISTORY = [
    ("2020-01-01", "President Beta TWO (since March 2015)", "Prime Minister Alpha ONE (since 5 May 2018)"),
    ("2020-01-08", "President Beta TWO (since March 2015)", "Prime Minister Alpha ONE (since 5 May 2018)"),
    (
        "2020-01-15",
        "President Delta FOUR (since January 2020)",
        "Prime Minister Gamma THREE (since 10 January 2020)",
    ),
    (
        "2020-01-22",
        "President Delta FOUR (since January 2020)",
        "Prime Minister Alpha ONE (since 20 January 2020)",
    ),
    (
        "2020-01-29",
        "President Delta FOUR (since January 2020)",
        "Acting Prime Minister Alpha ONE (since 20 January 2020)",
    ),
]


def _git(repo: Path, *args: str, day: str = "2020-01-01") -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_AUTHOR_DATE": f"{day}T12:00:00Z",
        "GIT_COMMITTER_DATE": f"{day}T12:00:00Z",
    }
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    repo = tmp_path_factory.mktemp("factbook")
    _git(repo, "init", "-q")
    (repo / "europe").mkdir()
    for day, chief, head in HISTORY:
        aland = _country("Aland", "Alandic", chief, head)
        isle = _country(
            "Isle",
            "Islish",
            chief.split(" (")[0] + " (since 1 January 2020)",
            "Governor Eta SIX (since 2 February 2019)",
            "territory of Aland",
        )
        (repo / "europe" / "al.json").write_text(json.dumps(aland), encoding="utf-8")
        (repo / "europe" / "is.json").write_text(json.dumps(isle), encoding="utf-8")
        _git(repo, "add", "-A", day=day)
        _git(repo, "commit", "--allow-empty", "-qm", f"snapshot {day}", day=day)
    path = _build(repo, tmp_path_factory.mktemp("out"))
    glossary = load_glossaries([path])  # the glossary validator accepts every entry
    return {
        "repo": repo,
        "text": path.read_text(encoding="utf-8"),
        "people": {e.canonical: e for e in glossary.entries},
    }


def _build(repo: Path, out: Path) -> Path:
    assert _build_module().main(["--factbook-git", str(repo), "--out", str(out), "--no-places"]) == 0
    return out / "factbook-leaders.yaml"


def _tenures(entry) -> list[tuple[str, str | None, str | None]]:
    return [(o.title, o.start and o.start.isoformat(), o.end and o.end.isoformat()) for o in entry.offices]


def test_handover_day_is_held_by_both(built):
    gamma = built["people"]["Gamma Three"]
    assert _tenures(gamma) == [("Alandic prime minister", "2020-01-10", "2020-01-20")]
    alpha = built["people"]["Alpha One"]
    assert ("Alandic prime minister", "2018-05-05", "2020-01-10") in _tenures(alpha)


def test_person_leaving_and_returning_gets_two_tenures_and_open_end(built):
    # the acting title of the last snapshot is the same office, still open at the as-of date
    assert _tenures(built["people"]["Alpha One"]) == [
        ("Alandic prime minister", "2018-05-05", "2020-01-10"),
        ("Alandic prime minister", "2020-01-20", None),
    ]


def test_month_only_dates_widen_to_the_whole_month(built):
    assert _tenures(built["people"]["Beta Two"]) == [("Alandic president", "2015-03-01", "2020-01-31")]
    assert _tenures(built["people"]["Delta Four"]) == [("Alandic president", "2020-01-01", None)]


def test_territory_does_not_repeat_the_sovereign_but_keeps_its_governor(built):
    assert all("Islish" not in t for t, _, _ in _tenures(built["people"]["Delta Four"]))
    assert _tenures(built["people"]["Eta Six"]) == [("Islish governor", "2019-02-02", None)]


def test_header_carries_provenance_and_as_of(built):
    text = built["text"]
    assert "github.com/factbook/factbook.json" in text and "Built by: python scripts/build_world.py" in text
    assert "as_of: '2020-01-29'" in text
    assert "CIA World Factbook snapshots 2020-01-15 to 2020-01-15: since 10 January 2020" in text


def test_build_is_deterministic(built, tmp_path):
    assert _build(built["repo"], tmp_path).read_text(encoding="utf-8") == built["text"]


def test_missing_history_is_an_error(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    assert _build_module().main(["--factbook-git", str(tmp_path), "--out", str(tmp_path / "o")]) == 2
    assert not (tmp_path / "o").exists()


def test_common_english_words_are_not_city_names():
    _build_module()
    from world.places import common_word

    words = ("Nice", "Split", "Reading", "Paris", "London", "Lagos", "Mosul", "Victoria", "Reading Room")
    assert [w for w in words if common_word(w)] == ["Nice", "Split", "Reading", "Victoria"]
