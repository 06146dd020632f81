"""Findings → article score and verdict. Pure functions, no I/O.

Weights follow MQM as used in WMT human evaluation (Freitag et al., 2021, "Experts,
Errors, and Context", TACL): minor 1, major 5, and 25 for a non-translation; critical
is weighted 10 as in xCOMET (Guerreiro et al., 2023). The score is MQM's per-word
penalty turned into a 0–100 scale: 100 × (1 − penalty / max(words, WORD_FLOOR)), floored at 0.

The word floor: MQM scoring normalises the penalty by the evaluated word count and reports
it per 100 or per 1,000 words (Lommel et al., 2024, "The Multi-Range Theory of Translation
Quality Measurement: MQM scoring models and Statistical Quality Control", arXiv:2405.16969;
MQM-DQF's per-1,000-word error rate). Below ~100 words one error swings a per-word rate
wildly (a 20-word brief with one major error would score 75, below an 800-word article with
eight), so a text shorter than 100 words is scored as if it had 100: per-100-words practice.
"""

from __future__ import annotations

from collections.abc import Iterable

from audit.model import Finding, Severity, Verdict, ranked

__all__ = ["penalty", "ranked", "score", "verdict", "weight"]
from audit.settings import Settings

WEIGHTS = {Severity.MINOR: 1.0, Severity.MAJOR: 5.0, Severity.CRITICAL: 10.0}
NON_TRANSLATION_WEIGHT = 25.0  # MQM weight for untranslated text (Freitag et al., 2021)
WORD_FLOOR = 100  # penalties of shorter texts are spread over 100 words (module docstring)


def weight(finding: Finding) -> float:
    if finding.evidence.get("mqm") == "non-translation":
        return NON_TRANSLATION_WEIGHT
    return WEIGHTS[finding.severity]


def penalty(findings: Iterable[Finding]) -> float:
    return sum(weight(f) for f in findings)


def score(findings: Iterable[Finding], words: int) -> float:
    """0–100; 100 means no finding. Normalised by length (with a word floor) so long and
    short articles are comparable."""
    value = 100.0 * (1.0 - penalty(findings) / max(words, WORD_FLOOR))
    return round(max(0.0, value), 2)


def verdict(findings: Iterable[Finding], article_score: float, settings: Settings) -> Verdict:
    """block: a critical finding or a score below `block_below`; review: a major finding
    or a score below `review_below`; else pass."""
    worst = max((f.severity for f in findings), default=None)
    if worst == Severity.CRITICAL or article_score < settings.block_below:
        return Verdict.BLOCK
    if worst == Severity.MAJOR or article_score < settings.review_below:
        return Verdict.REVIEW
    return Verdict.PASS
