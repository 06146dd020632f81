"""Sentence-level chrF exactly as sacrebleu computes it, over n-gram statistics cached per text.

Aligning ten versions compares each sentence with several candidates in every other
version; extracting character n-grams once per sentence (not once per pair) is what makes
that affordable. Scores equal `sacrebleu.sentence_chrf` (tests/versions/test_chrf.py).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

# sacrebleu's CHRF defaults (Popović 2015, chrF2: character 6-grams, beta 2).
CHAR_ORDER = 6
BETA = 2


@lru_cache(maxsize=1)
def _metric() -> Any:
    from sacrebleu.metrics.chrf import CHRF

    return CHRF(char_order=CHAR_ORDER, beta=BETA)


class NgramStats:
    """Character n-gram counts of one text (white space removed, as sacrebleu does)."""

    __slots__ = ("multi", "singles", "totals")

    def __init__(self, text: str) -> None:
        line = "".join(text.split())
        self.singles: list[frozenset[str]] = []
        self.multi: list[dict[str, int]] = []
        self.totals: list[int] = []
        for n in range(1, CHAR_ORDER + 1):
            grams = [line[i : i + n] for i in range(len(line) - n + 1)]
            unique = frozenset(grams)
            # Most n-grams of a sentence occur once: their matches are a set intersection.
            multi = {} if len(unique) == len(grams) else {g: k for g, k in Counter(grams).items() if k > 1}
            self.singles.append(unique - multi.keys() if multi else unique)
            self.multi.append(multi)
            self.totals.append(len(grams))


def matches(a: NgramStats, b: NgramStats) -> list[int]:
    """Clipped n-gram matches per order, sum of min counts (symmetric: serves both directions)."""
    out = []
    for sa, sb, ma, mb in zip(a.singles, b.singles, a.multi, b.multi, strict=True):
        n = len(sa & sb)
        n += sum(min(k, mb.get(g, 1)) for g, k in ma.items() if g in sb or g in mb)
        n += sum(1 for g in mb if g in sa)
        out.append(n)
    return out


def chrf(hyp: NgramStats, ref: NgramStats, match: list[int] | None = None) -> float:
    """chrF (0–100) of `hyp` against `ref`; pass `match` to reuse a symmetric count."""
    match = matches(hyp, ref) if match is None else match
    stats: list[int] = []
    for n_hyp, n_ref, n_match in zip(hyp.totals, ref.totals, match, strict=True):
        stats.extend((n_hyp if n_ref else 0, n_ref, n_match))
    return float(_metric()._compute_f_score(stats))
