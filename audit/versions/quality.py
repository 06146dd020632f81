"""One per-version score that tracks human judgement: agreement minus what the checks found.

`agreement` is the mean, over the other versions, of the version's document chrF against
each of them (sacrebleu's chrF2, this version as the hypothesis: recall-weighted, so
dropped content costs more than added). `penalty` is the MQM-style weight of the version's
findings (minor 1, major 5, critical 10) per 100 words. quality = agreement − 0.5 × penalty,
both in chrF points. The weight 0.5 was chosen once on the WMT23 zh→en dev half (from 0.5,
1, 2, 4; 0.5 and 1 both beat chrF alone) and is not fitted per story: docs/compare.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from audit.model import Finding, Severity
from audit.versions.chrf import NgramStats, chrf

SEVERITY_POINTS = {Severity.MINOR: 1.0, Severity.MAJOR: 5.0, Severity.CRITICAL: 10.0}
PENALTY_WEIGHT = 0.5  # chrF points per finding point per 100 words


def agreement(texts: Sequence[str]) -> list[float]:
    """Each version's mean document chrF against every other version (0 with no others)."""
    stats = [NgramStats(t) for t in texts]
    out = []
    for v, mine in enumerate(stats):
        others = [chrf(mine, theirs) for w, theirs in enumerate(stats) if w != v]
        out.append(sum(others) / len(others) if others else 0.0)
    return out


def penalty(findings: Iterable[Finding], words: int) -> float:
    """MQM-style finding points per 100 words."""
    points = sum(SEVERITY_POINTS.get(f.severity, 0.0) for f in findings)
    return 100.0 * points / max(words, 1)


def quality(agree: float, findings: Iterable[Finding], words: int) -> float:
    """The ranked score: agreement (chrF points) less the weighted finding penalty."""
    return agree - PENALTY_WEIGHT * penalty(findings, words)


def rank(versions: list[dict[str, Any]]) -> None:
    """Rank 1 = highest quality; ties keep input (file) order."""
    order = sorted(range(len(versions)), key=lambda v: (-versions[v]["quality"], v))
    for position, v in enumerate(order, start=1):
        versions[v]["rank"] = position
