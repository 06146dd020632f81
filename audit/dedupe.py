"""One problem, one finding: merge findings that different checks raise on the same text.

A garbled name may be caught by the glossary matcher, the in-article consistency check
and the stutter check at once; an editor should see it once, and the score should count
it once. The kept finding is the most severe; at equal severity, a glossary-backed check
(names, office, terms) wins over a generic one, because its suggestion is verified.
The codes of the merged findings stay in `evidence["also"]`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from audit.model import Finding

GLOSSARY_FAMILIES = ("office", "names", "terms")


def _rank(f: Finding) -> tuple[int, int, int]:
    family = f.family
    backed = len(GLOSSARY_FAMILIES) - GLOSSARY_FAMILIES.index(family) if family in GLOSSARY_FAMILIES else 0
    return (int(f.severity), backed, -(f.end - f.start))


def _same_problem(a: Finding, b: Finding) -> bool:
    if (a.start, a.end) == (b.start, b.end):
        return True
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return nested and a.suggestion is not None and _last_word(a.suggestion) == _last_word(b.suggestion)


def _last_word(text: str | None) -> str:
    words = (text or "").split()
    return words[-1].casefold() if words else ""


def merge_duplicates(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in text order with same-problem duplicates from other checks merged."""
    kept: list[Finding] = []
    for f in sorted(findings, key=_rank, reverse=True):
        twin = next((k for k in kept if k.code != f.code and _same_problem(k, f)), None)
        if twin is None:
            kept.append(f)
            continue
        also = sorted({*twin.evidence.get("also", []), f.code})
        related = tuple(dict.fromkeys([*twin.related, *f.related]))  # cross-version evidence survives
        kept[kept.index(twin)] = replace(twin, evidence={**twin.evidence, "also": also}, related=related)
    return sorted(kept, key=Finding.sort_key)
