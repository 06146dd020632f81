"""N106 names.house_garble and T103 terms.house_term against a house learned from a generated archive."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import fixtures_house
from house_archive import article, run_cli

from audit.checks.base import CheckContext
from audit.checks.knowledge import Knowledge
from audit.checks.names.house import HouseGarble
from audit.checks.terms.house import HouseTerm
from audit.glossary.model import Glossary
from audit.house.load import load_house
from audit.model import Finding
from audit.text.document import Document

GARBLED = (
    "Defense Minister Andrei Belousv said on Monday that talks would resume.\nBelousv declined to comment.\n"
)

archive = fixtures_house.archive  # the shared pytest fixtures (see fixtures_house.py)
house = fixtures_house.house


def run(check: Any, text: str, house: Path | None, options: dict[str, Any] | None = None) -> list[Finding]:
    knowledge = Knowledge(Glossary(), house=load_house(house) if house else None)
    ctx = CheckContext(
        doc=Document(path="a.txt", text=text),
        glossary=Glossary(),
        date=dt.date(2024, 11, 1),
        options=options or {},
        knowledge=knowledge,
    )
    return list(check.run(ctx))


def test_near_miss_of_a_frequent_house_name_is_major(house: Path) -> None:
    found = run(HouseGarble(), GARBLED, house)
    assert [(f.text, str(f.severity), f.suggestion) for f in found] == [("Belousv", "major", "Belousov")] * 2
    ev = found[0].evidence
    assert ev["source"] == "house" and ev["house_count"] > 100 and ev["count_of_this_form"] == 0
    manifest = json.loads((house / "manifest.json").read_text())
    assert ev["house_model"] == manifest["model_version"]


def test_severity_grows_with_house_evidence(house: Path) -> None:
    found = run(HouseGarble(), GARBLED, house, {"N106": {"major_count": 10_000}})
    assert {str(f.severity) for f in found} == {"minor"}
    assert run(HouseGarble(), GARBLED, house, {"N106": {"min_count": 10_000}}) == []


def test_name_the_archive_spells_two_ways_is_not_flagged(house: Path) -> None:
    text = "President Volodymyr Zelenskky said on Monday that Kyiv would not be left alone.\n"
    text += "Zelensky agreed.\n"
    assert run(HouseGarble(), text, house) == []


def test_clean_copy_in_house_style_is_not_flagged(house: Path) -> None:
    rng = random.Random(99)  # articles the archive did not contain, same house style
    text = "".join(article(rng, dt.date(2025, 1, d)) for d in range(1, 8))
    assert run(HouseGarble(), text, house) == []
    assert run(HouseTerm(), text, house) == []


def test_term_one_word_off_the_house_form(house: Path) -> None:
    text = "The UN Safety Council will meet on Friday. The UN Security Council met on Monday.\n"
    found = run(HouseTerm(), text, house)
    assert [(f.text, f.suggestion) for f in found] == [("UN Safety Council", "UN Security Council")]
    assert found[0].evidence["source"] == "house" and found[0].evidence["house_count"] >= 10


def test_checks_are_silent_without_a_house() -> None:
    assert run(HouseGarble(), GARBLED, None) == []
    assert run(HouseTerm(), "The UN Safety Council met.", None) == []


def test_check_house_option_and_config_key(house: Path, tmp_path: Path) -> None:
    article_file = tmp_path / "a.txt"
    article_file.write_text(GARBLED)
    proc = run_cli("check", "--house", str(house), "--format", "json", str(article_file))
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert {f["code"] for f in data["articles"][0]["findings"]} >= {"N106"}
    assert data["signature"]["house"]["model_version"]
    (tmp_path / ".wire-audit.toml").write_text(f'house = "{house}"\n')
    proc = run_cli("check", "--select", "N106", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1 and "Belousov" in proc.stdout
    assert run_cli("check", "--select", "N106", "a.txt", "--house", str(tmp_path)).returncode == 2
