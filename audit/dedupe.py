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


class _Kept:
    """Findings kept so far, indexed so a twin is found without scanning them all: by span
    (same span) and, for nesting, by the last word of the suggestion and then by start."""

    def __init__(self) -> None:
        self.items: list[Finding] = []
        self.by_span: dict[tuple[int, int], list[int]] = {}
        self.by_word: dict[str, tuple[dict[int, list[int]], list[int]]] = {}

    def _candidates(self, f: Finding) -> Iterable[int]:
        yield from self.by_span.get((f.start, f.end), ())
        starts, longest = self.by_word.get(_last_word(f.suggestion), ({}, [0]))
        for start in range(f.start - longest[0], f.end + 1):  # nested spans start near f
            yield from starts.get(start, ())

    def twin(self, f: Finding) -> int | None:
        return next(
            (
                i
                for i in self._candidates(f)
                if self.items[i].code != f.code and _same_problem(self.items[i], f)
            ),
            None,
        )

    def add(self, f: Finding) -> None:
        i = len(self.items)
        self.items.append(f)
        self.by_span.setdefault((f.start, f.end), []).append(i)
        if f.suggestion is not None:
            starts, longest = self.by_word.setdefault(_last_word(f.suggestion), ({}, [0]))
            starts.setdefault(f.start, []).append(i)
            longest[0] = max(longest[0], f.end - f.start)


def merge_duplicates(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in text order with same-problem duplicates from other checks merged."""
    kept = _Kept()
    for f in sorted(findings, key=_rank, reverse=True):
        i = kept.twin(f)
        if i is None:
            kept.add(f)
            continue
        twin = kept.items[i]
        also = sorted({*twin.evidence.get("also", []), f.code})
        related = tuple(dict.fromkeys([*twin.related, *f.related]))  # cross-version evidence survives
        kept.items[i] = replace(twin, evidence={**twin.evidence, "also": also}, related=related)
    return sorted(kept.items, key=Finding.sort_key)
