"""The glossary-free checks on the seeds, judged against the verified gold annotations."""

from __future__ import annotations

import pytest
from gold_eval import false_alarms, gold, gold_items, missed, overlaps, seed_findings

ALONE = ("--select", "garble", "--select", "lang")


@pytest.fixture(scope="module")
def alone() -> list[dict]:
    return seed_findings(*ALONE)


def test_every_severe_generic_error_is_found_by_these_checks_alone(alone):
    assert gold_items("generic"), "gold has generic items"
    assert missed(gold_items("generic"), alone) == []


def test_minor_generic_errors_are_found(alone):
    minor = gold_items("generic", ("minor",))
    assert missed(minor, alone) == []


def test_no_severe_false_alarm(alone):
    assert false_alarms(alone) == []


def test_full_pipeline_has_no_severe_false_alarm_from_these_checks():
    ours = [f for f in seed_findings() if f["code"][0] in "GL"]
    assert false_alarms(ours) == []


def test_correct_names_and_spans_stay_quiet(alone):
    noisy = [f"{n['file']}:{n['text']}" for n in gold("negatives") if any(overlaps(n, f) for f in alone)]
    assert noisy == []


def test_findings_name_their_fix(alone):
    by_code = {f["code"]: f for f in alone}
    assert by_code["G102"]["suggestion"] == "Singh"
    assert by_code["G106"]["suggestion"] == "Lavrov"
