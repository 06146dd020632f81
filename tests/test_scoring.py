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


def test_word_floor_keeps_a_brief_with_one_major_above_a_long_article_with_eight():
    brief = scoring.score([finding(Severity.MAJOR)], 20)
    long = scoring.score([finding(Severity.MAJOR)] * 8, 800)
    assert brief == 95.0 and long == 95.0  # per max(words, 100): not 75 for the brief
    assert scoring.score([finding(Severity.MAJOR)], 20) > scoring.score([finding(Severity.MAJOR)] * 9, 800)


def test_every_report_ranks_by_verdict_then_score_then_counts():
    from audit.model import ArticleResult

    def article(path, verdict, score, *sevs):
        return ArticleResult(path, 100, "utf-8", tuple(finding(s) for s in sevs), score, verdict)

    brief = article("brief.txt", Verdict.REVIEW, 95.0, Severity.MAJOR)
    long = article("long.txt", Verdict.REVIEW, 95.0, *[Severity.MAJOR] * 8)
    blocked = article("blocked.txt", Verdict.BLOCK, 99.0, Severity.CRITICAL)
    clean = article("clean.txt", Verdict.PASS, 100.0)
    failed = article("failed.txt", Verdict.ERROR, 0.0)
    order = [a.path for a in scoring.ranked([clean, brief, long, blocked, failed])]
    assert order == ["failed.txt", "blocked.txt", "long.txt", "brief.txt", "clean.txt"]
