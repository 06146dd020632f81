"""The development set's gold file is valid, and both measuring scripts run end to end."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import clirun, devset_eval, devset_gold  # noqa: E402

GOLD = devset_gold.load()
META = devset_gold.load_meta()
SMOKE = ["03_japan_boj.txt", "05_argentina_runoff.txt"]  # one clean control, one garbled


def test_gold_and_meta_have_no_problems():
    assert devset_gold.problems(GOLD, META) == []


def test_offsets_hold_the_text():
    for item in GOLD:
        text = devset_gold.article_text(item["file"])
        assert text[item["start"] : item["end"]] == item["text"], item


def test_a_moved_offset_is_reported():
    item = {**GOLD[0], "start": GOLD[0]["start"] + 1, "end": GOLD[0]["end"] + 1}
    assert any("offsets" in p for p in devset_gold.item_problems(item))


def test_an_unknown_type_is_reported():
    assert any("type" in p for p in devset_gold.item_problems({**GOLD[0], "type": "typo"}))


def test_locate_counts_occurrences():
    assert devset_gold.locate("a b a b a", "a", 2) == 8
    assert devset_gold.locate("a b a", "a", 2) == -1


def test_set_size_and_clean_controls():
    assert len(META) >= 36
    assert sum(1 for m in META.values() if m["clean"]) >= 8
    assert {m["date"][:4] for m in META.values()} == {str(y) for y in range(2019, 2026)}


def test_every_article_is_short_wire_copy_with_a_dateline():
    for name in META:
        text = devset_gold.article_text(name)
        assert 120 <= len(text.split()) <= 400, name
        assert " (WNS) — " in text.splitlines()[0], name


def test_garbled_articles_have_two_to_five_garbles():
    per_file = Counter(item["file"] for item in GOLD)
    assert all(2 <= n <= 5 for n in per_file.values()), per_file


def test_enough_garbles_need_only_world_knowledge():
    world = [
        g for g in GOLD if g["detectable_by"] == "world" and g["type"] in ("name-garble", "wrong-office")
    ]
    assert len(world) >= 10
    assert {g["type"] for g in GOLD} == set(devset_gold.TYPES)


def test_overlap_is_half_open():
    a = {"file": "x", "start": 0, "end": 5}
    assert devset_eval.overlaps(a, {"file": "x", "start": 4, "end": 9})
    assert not devset_eval.overlaps(a, {"file": "x", "start": 5, "end": 9})
    assert not devset_eval.overlaps(a, {"file": "y", "start": 0, "end": 5})


def test_score_counts_hits_misses_and_false_alarms():
    gold = [
        {
            "file": "a",
            "start": 0,
            "end": 4,
            "type": "calque",
            "severity": "major",
            "detectable_by": "lexicon",
        },
        {
            "file": "a",
            "start": 10,
            "end": 14,
            "type": "calque",
            "severity": "critical",
            "detectable_by": "lexicon",
        },
    ]
    gold = [{**g, "text": "abcd", "correct": "x"} for g in gold]
    found = {
        "file": "a",
        "start": 1,
        "end": 3,
        "severity": "major",
        "code": "T1",
        "text": "bc",
        "message": "m",
    }
    stray = {**found, "start": 20, "end": 22, "file": "b"}
    result = devset_eval.score(gold, [found, stray], clean={"b"})
    assert (result["found"], result["gold_major_plus"]) == (1, 2)
    assert (result["true_positives"], result["findings_major_plus"]) == (1, 2)
    assert result["false_alarms_on_clean"] == 1
    assert result["per_type"]["calque"]["recall"] == 0.5


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a bench script with this checkout on the path."""
    env = {"PYTHONPATH": str(ROOT), "WIRE_AUDIT_CACHE": "off", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600
    )


def test_devset_eval_smoke(tmp_path):
    out = tmp_path / "r.json"
    proc = run_script("bench/devset_eval.py", "--only", SMOKE[0], "--only", SMOKE[1], "--json", str(out))
    assert proc.returncode == 0, proc.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert (result["articles"], result["clean_articles"]) == (2, 1)
    assert result["summary"]["gold_major_plus"] == sum(1 for g in GOLD if g["file"] == SMOKE[1])
    assert "recall at major+" in proc.stdout


def test_devset_eval_rejects_an_unknown_article():
    proc = run_script("bench/devset_eval.py", "--only", "nope.txt")
    assert proc.returncode == 2 and "nope.txt" in proc.stderr


@pytest.mark.skipif(clirun.shared_dir() is None, reason="shared/ measuring data absent")
def test_false_alarms_smoke(tmp_path):
    out = tmp_path / "fa.json"
    proc = run_script(
        "bench/false_alarms.py",
        "--source",
        "seeds",
        "--source",
        "wmt-dev",
        "--limit",
        "1",
        "--json",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))["sources"]
    assert [r["source"] for r in rows] == ["seeds", "wmt-dev"]
    assert all(r["articles"] == 1 and r["words"] > 100 for r in rows)
    assert "per 1k" in proc.stdout


def test_no_planted_name_garble_is_listed_in_shipped_data():
    """A planted garble in a data file or glossary means the set leaked into the rules."""
    shipped = [p for d in ("audit/data", "glossaries") for p in (ROOT / d).rglob("*") if p.is_file()]
    blob = "\n".join(p.read_bytes().decode("utf-8", "replace") for p in shipped).lower()
    garbles = {g["text"] for g in GOLD if g["type"] == "name-garble"}
    leaked = sorted(t for t in garbles if re.search(rf"(?<!\w){re.escape(t.lower())}(?!\w)", blob))
    assert leaked == []
