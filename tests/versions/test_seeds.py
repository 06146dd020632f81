"""The seed articles taken as five versions of one story, checked against the gold annotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED_DATE, SEEDS, run_cli
from gold_eval import false_alarms, gold_items, missed, overlaps, seed_findings


def compare_findings(*extra: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """`compare seeds/*.txt` (JSON) and its findings, each with its file name as "file"."""
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    proc = run_cli("compare", *files, "--date", SEED_DATE, "-f", "json", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    out = []
    for article in data["articles"]:
        out.extend({**f, "file": Path(article["path"]).name} for f in article["findings"])
    return data, out


@pytest.fixture(scope="module")
def seeds_compared() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    return compare_findings()


def test_finds_cross_version_gold(seeds_compared):
    _, findings = seeds_compared
    cross = [
        f for f in findings if any(c.startswith("V") for c in [f["code"], *f["evidence"].get("also", [])])
    ]
    items = gold_items("cross-version", ("minor", "major", "critical"))
    assert len(items) == 7
    lost = missed(items, cross)
    assert len(items) - len(lost) >= 5, lost


def test_no_false_alarms(seeds_compared):
    _, findings = seeds_compared
    assert false_alarms(findings) == []


def test_cross_version_findings_name_the_disagreeing_versions(seeds_compared):
    _, findings = seeds_compared
    for f in (f for f in findings if f["code"].startswith("V")):
        assert f["related"], f
        assert f["file"] not in {Path(r).name for r in f["related"]}
        assert f["evidence"]["others"] and set(f["evidence"]["others"]) == set(f["related"])


def test_severe_cross_version_findings_are_all_gold(seeds_compared):
    """Every major/critical V finding on the seeds is a real error (a gold span)."""
    _, findings = seeds_compared
    golds = [{**g} for g in json.loads((Path(__file__).parents[1] / "gold" / "findings.json").read_text())]
    severe = [f for f in findings if f["code"].startswith("V") and f["severity"] != "minor"]
    assert severe
    assert [f["text"] for f in severe if not any(overlaps(g, f) for g in golds)] == []


def test_per_document_findings_are_kept(seeds_compared):
    """Every finding of `check` is in `compare` too (possibly merged with a V finding)."""
    _, findings = seeds_compared
    codes: dict[tuple[str, int, int], set[str]] = {}
    for f in findings:
        codes.setdefault((f["file"], f["start"], f["end"]), set()).update(
            [f["code"], *f["evidence"].get("also", [])]
        )
    lost = [
        f for f in seed_findings() if f["code"] not in codes.get((f["file"], f["start"], f["end"]), set())
    ]
    assert lost == []


def test_scores_and_alignment_in_json(seeds_compared):
    data, _ = seeds_compared
    story = data["extra"]["compare"]["stories"][0]
    assert story["name"] == "seeds" and len(story["versions"]) == 5
    assert sorted(v["rank"] for v in story["versions"]) == [1, 2, 3, 4, 5]
    for article in data["articles"]:
        extra = article["extra"]
        assert 0 < extra["version"]["chrf"] < 100
        sentences = extra["sentences"]
        assert sentences and all(0 <= s["chrf"] <= 100 for s in sentences)
        assert any(s["links"] for s in sentences)
    assert data["signature"]["compare"]["min_chrf"] > 0


def test_without_glossary_still_finds_most_and_stays_quiet(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("name: empty\nentries: []\n", encoding="utf-8")
    config = tmp_path / ".wire-audit.toml"  # V103 is off by default (lift 1.2 on real MT)
    config.write_text("[options.V103]\nenabled = true\n", encoding="utf-8")
    _, findings = compare_findings("--glossary", str(empty), "--config", str(config))
    cross = [
        f for f in findings if any(c.startswith("V") for c in [f["code"], *f["evidence"].get("also", [])])
    ]
    items = gold_items("cross-version", ("minor", "major", "critical"))
    lost = missed(items, cross)
    assert len(items) - len(lost) >= 5, lost
    assert false_alarms(findings) == []


def test_merged_findings_keep_the_disagreeing_versions(seeds_compared):
    """A V finding merged into another check's finding (same problem) still names the versions."""
    _, findings = seeds_compared
    merged = [
        f
        for f in findings
        if not f["code"].startswith("V") and any(c.startswith("V") for c in f["evidence"].get("also", []))
    ]
    assert merged
    assert all(f.get("related") for f in merged)
