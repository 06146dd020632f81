"""The name matcher on the seed articles, judged against the verified gold annotations."""

from __future__ import annotations

import re

import pytest
from gold_eval import false_alarms, gold, overlaps, seed_findings


@pytest.fixture(scope="module")
def findings():
    return seed_findings()


def _gold(text: str) -> list[dict]:
    items = [g for g in gold() if g["text"] == text]
    assert items, text
    return items


@pytest.mark.parametrize(
    "text",
    ["Lavrovov", "Tskurine", "Kopp", "Barry Hutton", "Shin said", "American Institute for the Study of War"],
)
def test_garbles_found_major(findings, text):
    for item in _gold(text):
        hits = [f for f in findings if overlaps(item, f) and f["code"] in ("N101", "N104")]
        assert hits and all(f["severity"] == "major" for f in hits), (text, hits)


def test_shin_comes_from_document_context(findings):
    shin = [f for g in _gold("Shin said") for f in findings if overlaps(g, f) and f["code"] == "N101"]
    assert len(shin) == 2
    assert all(f["evidence"]["matcher"] == "context" and f["suggestion"] == "Singh" for f in shin)


def test_zelenskiy_is_minor_variant(findings):
    for item in _gold("Zelenskiy"):
        hits = [f for f in findings if overlaps(item, f) and f["code"].startswith("N")]
        assert [f["code"] for f in hits] == ["N102"] and hits[0]["severity"] == "minor"
        assert hits[0]["suggestion"].endswith("Zelenskyy")


def test_suggestions_and_evidence(findings):
    by_text = {f["text"]: f for f in findings if f["code"] == "N101"}
    assert by_text["Lavrovov"]["suggestion"] == "Lavrov"
    assert by_text["Tskurine"]["suggestion"] == "Tsukuryne"
    assert by_text["Kopp"]["suggestion"] == "Copp"
    assert by_text["Barry Hutton"]["suggestion"] == "Barry Hatton"
    ev = by_text["Tskurine"]["evidence"]
    assert ev["matcher"] == "phonetic" and ev["entry"] == "Tsukuryne"
    assert re.search(r"korea-russia-2024\.yaml:\d+$", ev["glossary"])
    assert 0.8 <= ev["jaro_winkler"] < 1


def test_no_false_alarms(findings):
    assert false_alarms(findings) == []


def test_name_findings_only_on_gold_spans(findings):
    """Every name finding in the seeds sits on an annotated error (none on correct names)."""
    golds = gold()
    stray = [
        f
        for f in findings
        if f["code"] in ("N101", "N102", "N104") and not any(overlaps(g, f) for g in golds)
    ]
    assert stray == []
