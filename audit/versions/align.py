"""Sentence alignment across versions of one story, scored with sacrebleu's chrF.

Versions reorder, split, merge and drop sentences, so alignment is not monotone: each
sentence is linked to its best match in every other version (one sentence, or two
adjacent ones when the other version split it), if that match clears a threshold.
A cheap IDF-weighted token-overlap prefilter picks a few candidates; only those get chrF.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from audit.text.document import Document
from audit.text.spans import Span
from audit.versions.chrf import NgramStats, chrf, matches

# Calibrated on hand-made paraphrase pairs (tests/versions): translations of the same
# sentence score 30–90 symmetric chrF, unrelated sentences on the same story below 25.
MIN_CHRF = 30.0
CANDIDATES = 3  # candidates per (sentence, other version) that get a chrF score
NEAR_BEST = 0.6  # ... if their word overlap is at least this share of the best candidate's
MERGE_GAIN = 3.0  # a 1-to-2 link must beat the best single link by this many points


@dataclass(eq=False)
class Unit:
    """One sentence of one version, with what alignment needs of it."""

    version: int
    index: int
    span: Span
    text: str
    keys: frozenset[str]
    _stats: NgramStats | None = field(default=None, repr=False)

    @property
    def stats(self) -> NgramStats:
        if self._stats is None:
            self._stats = NgramStats(self.text)
        return self._stats


class Link(NamedTuple):
    """The best match of one sentence in another version: 1 or 2 adjacent sentences."""

    version: int
    units: tuple[int, ...]
    score: float


def units_of(doc: Document, version: int) -> list[Unit]:
    out = []
    for i, span in enumerate(doc.sentences):
        keys = frozenset(t.key for t in doc.tokens_in(span))
        out.append(Unit(version, i, span, doc.slice(span), keys))
    return out


class Aligner:
    """Links every sentence of every version to its best match in each other version."""

    def __init__(self, docs: list[Document], threshold: float = MIN_CHRF) -> None:
        self.versions = [units_of(d, v) for v, d in enumerate(docs)]
        self.threshold = threshold
        self._pair: dict[tuple[int, ...], float] = {}
        self._merged: dict[tuple[int, int, int], NgramStats] = {}
        units = [u for vs in self.versions for u in vs]
        df = Counter(k for u in units for k in u.keys)
        self.idf = {k: math.log((1 + len(units)) / n) for k, n in df.items()}
        # Words in a fifth of all sentences ("the", "said") barely discriminate but have the
        # longest posting lists: the prefilter skips them.
        self.frequent = {k for k, n in df.items() if n > max(10, len(units) // 5)}
        self.postings = self._postings()
        self.weights = [[self.weight(u.keys) for u in vs] for vs in self.versions]

    def _postings(self) -> dict[str, list[tuple[int, int]]]:
        """Word → the (version, sentence) pairs that contain it."""
        out: dict[str, list[tuple[int, int]]] = {}
        for units in self.versions:
            for u in units:
                for k in u.keys - self.frequent:
                    out.setdefault(k, []).append((u.version, u.index))
        return out

    def weight(self, keys: frozenset[str]) -> float:
        return math.fsum(self.idf[k] for k in keys)  # fsum: exact, so set order cannot matter

    def candidates(self, unit: Unit) -> dict[int, list[int]]:
        """Per other version, its sentences sharing the most IDF-weighted words with `unit`."""
        shared: dict[tuple[int, int], float] = {}
        for k in sorted(unit.keys - self.frequent):  # sorted: sums and ties independent of hash seed
            w = self.idf[k]
            for vj in self.postings.get(k, ()):
                shared[vj] = shared.get(vj, 0.0) + w
        total = self.weights[unit.version][unit.index]
        by_version: dict[int, list[tuple[float, int]]] = {}
        for (v, j), s in shared.items():
            if v != unit.version:
                by_version.setdefault(v, []).append((2 * s / (total + self.weights[v][j]), j))
        out = {}
        for v, scored in sorted(by_version.items()):
            ranked = sorted(scored, reverse=True)[:CANDIDATES]
            out[v] = [j for d, j in ranked if d >= NEAR_BEST * ranked[0][0]]
        return out

    def score(self, unit: Unit, other: int, idx: tuple[int, ...]) -> float:
        """Symmetric chrF (mean of both directions) of a sentence and 1–2 sentences of `other`."""
        key: tuple[int, ...] = (unit.version, unit.index, other, *idx)
        if len(idx) == 1:
            key = min(key, (other, idx[0], unit.version, unit.index))
        if key not in self._pair:
            stats = self._stats(other, idx)
            m = matches(unit.stats, stats)
            self._pair[key] = (chrf(unit.stats, stats, m) + chrf(stats, unit.stats, m)) / 2
        return self._pair[key]

    def _stats(self, other: int, idx: tuple[int, ...]) -> NgramStats:
        units = self.versions[other]
        if len(idx) == 1:
            return units[idx[0]].stats
        key = (other, idx[0], idx[1])
        if key not in self._merged:
            self._merged[key] = NgramStats(units[idx[0]].text + " " + units[idx[1]].text)
        return self._merged[key]

    def links(self, unit: Unit, other: int, cands: list[int]) -> list[Link]:
        """Links of `unit` into `other` above the threshold, best first (1-to-2 merges allowed)."""
        scored = sorted(((self.score(unit, other, (j,)), j) for j in cands), reverse=True)
        if not scored:
            return []
        top, j = scored[0]
        best = Link(other, (j,), top)
        for pair in ((j - 1, j), (j, j + 1)):
            if not set(pair) <= set(cands):  # a split sentence shares words with both halves
                continue
            merged = self.score(unit, other, pair)
            if merged >= best.score + MERGE_GAIN:
                best = Link(other, pair, merged)
        out = [best, *(Link(other, (k,), s) for s, k in scored[1:] if k not in best.units)]
        return [link for link in out if link.score >= self.threshold]

    def align(self) -> dict[tuple[int, int], dict[int, list[Link]]]:
        """For each (version, sentence), its links into each other version that has a match."""
        out: dict[tuple[int, int], dict[int, list[Link]]] = {}
        for v, units in enumerate(self.versions):
            for u in units:
                found = {w: self.links(u, w, cands) for w, cands in self.candidates(u).items()}
                out[(v, u.index)] = {w: links for w, links in found.items() if links}
        return out
