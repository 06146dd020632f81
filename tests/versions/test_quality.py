"""The ranked per-version score: agreement with the others less the weighted findings."""

import pytest

from audit.model import Finding, Severity
from audit.versions.chrf import NgramStats, chrf
from audit.versions.quality import PENALTY_WEIGHT, agreement, penalty, quality, rank

A = "The minister met the envoy in Kyiv on Monday to discuss the grain deal."
B = "The minister met the envoy in Kyiv on Monday to talk about the grain deal."
C = "A storm closed schools across the north of the country for a week."


def finding(severity: Severity) -> Finding:
    return Finding("V101", "versions.name_spelling", severity, "m", 0, 3, 1, 1, "The")


def test_agreement_is_mean_document_chrf_against_the_others():
    scores = agreement([A, B, C])
    expected = (chrf(NgramStats(A), NgramStats(B)) + chrf(NgramStats(A), NgramStats(C))) / 2
    assert scores[0] == pytest.approx(expected)
    assert scores[2] < min(scores[0], scores[1])  # the off-topic version agrees least


def test_penalty_weighs_severity_per_100_words():
    found = [finding(Severity.MINOR), finding(Severity.MAJOR), finding(Severity.CRITICAL)]
    assert penalty(found, 200) == pytest.approx(100 * 16 / 200)
    assert penalty([], 0) == 0


def test_quality_subtracts_weighted_penalty_and_findings_can_reorder():
    assert quality(60.0, [finding(Severity.MAJOR)], 50) == pytest.approx(60 - PENALTY_WEIGHT * 10)
    versions = [
        {"quality": quality(60.0, [finding(Severity.CRITICAL)], 40)},
        {"quality": quality(58.0, [], 40)},
    ]
    rank(versions)
    assert [v["rank"] for v in versions] == [2, 1]


def test_rank_ties_keep_file_order():
    versions = [{"quality": 50.0}, {"quality": 50.0}, {"quality": 70.0}]
    rank(versions)
    assert [v["rank"] for v in versions] == [2, 3, 1]
