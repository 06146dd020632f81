"""Scoring is pure: MQM weights, length normalisation, verdict thresholds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit import scoring
from audit.model import Finding, Severity, Verdict
from audit.settings import Settings


def finding(sev: Severity, **evidence: str) -> Finding:
    return Finding("X1", "x.y", sev, "m", 0, 1, 1, 1, "x", None, dict(evidence))


def test_weights_follow_mqm():
    assert scoring.penalty([finding(Severity.MINOR)]) == 1
    assert scoring.penalty([finding(Severity.MAJOR)]) == 5
    assert scoring.penalty([finding(Severity.CRITICAL)]) == 10
    assert scoring.penalty([finding(Severity.MAJOR, mqm="non-translation")]) == 25


def test_score_is_normalised_by_length():
    findings = [finding(Severity.MAJOR)]
    assert scoring.score(findings, 500) == 99.0
    assert scoring.score(findings, 100) == 95.0
    assert scoring.score([], 10) == 100.0
    assert scoring.score([finding(Severity.CRITICAL)] * 20, 50) == 0.0


def test_verdicts():
    s = Settings()
    assert scoring.verdict([], 100.0, s) is Verdict.PASS
    assert scoring.verdict([finding(Severity.MINOR)], 99.5, s) is Verdict.PASS
    assert scoring.verdict([finding(Severity.MINOR)], 97.0, s) is Verdict.REVIEW
    assert scoring.verdict([finding(Severity.MAJOR)], 99.0, s) is Verdict.REVIEW
    assert scoring.verdict([finding(Severity.CRITICAL)], 99.0, s) is Verdict.BLOCK
    assert scoring.verdict([finding(Severity.MAJOR)], 85.0, s) is Verdict.BLOCK
    lenient = s.with_(review_below=50.0, block_below=10.0)
    assert scoring.verdict([finding(Severity.MINOR)], 60.0, lenient) is Verdict.PASS


@given(st.lists(st.sampled_from(list(Severity)), max_size=30), st.integers(min_value=0, max_value=5000))
def test_score_bounds_and_monotonicity(severities, words):
    findings = [finding(s) for s in severities]
    value = scoring.score(findings, words)
    assert 0.0 <= value <= 100.0
    assert scoring.score([*findings, finding(Severity.MINOR)], words) <= value
