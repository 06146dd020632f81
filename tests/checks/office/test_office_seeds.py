"""The office checks on the seeds (28 Oct 2024) and with the date moved to 2021."""

from __future__ import annotations

import json

from conftest import GLOSSARIES, SEEDS, run_cli
from gold_eval import false_alarms, gold, missed, overlaps, seed_findings

OFFICE = ("O101", "O102", "O103")
CORRECT_HOLDERS = (
    "Kim Yong-hyun", "Austin", "Blinken", "Rutte", "Lavrov", "Choe Son Hui", "Yoon Suk-yeol",
    "von der Leyen", "Zelensky", "Yermak", "Putin", "Biden", "Singh",
)  # fmt: skip


def office_findings() -> list[dict]:
    return [f for f in seed_findings() if f["code"] in OFFICE]


def test_wrong_and_garbled_holders_in_000_are_found_with_severity() -> None:
    found = office_findings()
    suh = [g for g in gold() if g["text"] == "Suh Wook"]
    jo = [g for g in gold() if g["text"] == "Jo Yoo-lie"]
    assert len(suh) == 3 and len(jo) == 1
    assert missed(suh, [f for f in found if f["severity"] == "critical" and f["code"] == "O101"]) == []
    assert missed(jo, [f for f in found if f["severity"] == "major" and f["code"] == "O102"]) == []
    assert {f["suggestion"] for f in found if f["code"] == "O101"} == {"Kim Yong Hyun"}
    assert [f["suggestion"] for f in found if f["code"] == "O102"] == ["Cho Tae-yul"]


def test_correct_holders_and_quiet_articles_stay_quiet() -> None:
    found = office_findings()
    assert false_alarms(found) == []
    assert not [f for f in found if any(name in f["text"] for name in CORRECT_HOLDERS)]
    golds = gold()
    assert not [f for f in found if not any(overlaps(g, f) for g in golds)]


def test_with_the_date_moved_to_2021_suh_wook_is_right_and_kim_is_not() -> None:
    proc = run_cli("check", str(SEEDS), "--date", "2021-06-01", "--format", "json", "--select", "office")
    assert proc.returncode in (0, 1), proc.stderr
    found = [(a["path"], f) for a in json.loads(proc.stdout)["articles"] for f in a["findings"]]
    assert not [f for _, f in found if "Suh" in f["text"]]
    kim = [f for p, f in found if p.endswith("001_e2b04d833974a044.txt") and f["text"] == "Kim Yong-hyun"]
    assert [(f["code"], f["suggestion"]) for f in kim] == [("O101", "Suh Wook")]


def test_dateline_date_is_used_without_date_option(tmp_path) -> None:
    codes = {}
    for day in ("Oct. 28, 2024", "June 1, 2021"):
        article = tmp_path / "a.txt"
        article.write_text(f"SEOUL, {day} (AP) — Defense Minister Suh Wook spoke.\n", encoding="utf-8")
        proc = run_cli("check", str(article), "--glossary", str(GLOSSARIES), "--format", "json")
        codes[day] = [f["code"] for a in json.loads(proc.stdout)["articles"] for f in a["findings"]]
    assert codes == {"Oct. 28, 2024": ["O101"], "June 1, 2021": []}


def test_a_csv_glossary_drives_the_office_checks_end_to_end(tmp_path) -> None:
    glossary = tmp_path / "cabinet.csv"
    glossary.write_text(
        "canonical,kind,aliases,role,from,until\n"
        "Grant Shapps,person,Shapps,UK defence secretary,2023-08-31,2024-07-05\n"
        "John Healey,person,Healey,UK defence secretary,2024-07-05,\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("LONDON (AP) — Defence Secretary Grant Shapps flew to Kyiv.\n", encoding="utf-8")
    args = ("check", str(article), "--glossary", str(glossary), "--format", "json", "--fail-on", "critical")
    proc = run_cli(*args, "--date", "2024-10-28")
    found = [f for a in json.loads(proc.stdout)["articles"] for f in a["findings"]]
    assert proc.returncode == 1
    assert [(f["code"], f["severity"], f["text"], f["suggestion"]) for f in found] == [
        ("O101", "critical", "Grant Shapps", "John Healey")
    ]
    assert run_cli(*args, "--date", "2024-01-10").returncode == 0
