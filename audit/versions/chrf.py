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
    """Character n-grams of one text (white space removed, as sacrebleu does), per order.

    Each order is a set of occurrence-tagged n-grams: the first "abc" is "abc", the second
    "abc\x00". The clipped match count of sacrebleu (the sum over n-grams of
    min(count_a, count_b)) is then the size of a set intersection, computed in C over
    strings whose hashes Python caches.
    """

    __slots__ = ("grams", "totals")

    def __init__(self, text: str) -> None:
        line = "".join(text.split())
        self.grams: list[frozenset[str]] = []
        self.totals: list[int] = []
        for n in range(1, CHAR_ORDER + 1):
            grams = [line[i : i + n] for i in range(len(line) - n + 1)]
            unique = set(grams)
            if len(unique) < len(grams):
                counts = Counter(grams)
                unique.update([g + "\x00" * i for g, k in counts.items() if k > 1 for i in range(1, k)])
            self.grams.append(frozenset(unique))
            self.totals.append(len(grams))


def matches(a: NgramStats, b: NgramStats) -> list[int]:
    """Clipped n-gram matches per order (symmetric: one count serves both directions)."""
    return [len(x & y) for x, y in zip(a.grams, b.grams, strict=True)]


def chrf(hyp: NgramStats, ref: NgramStats, match: list[int] | None = None) -> float:
    """chrF (0–100) of `hyp` against `ref`; pass `match` to reuse a symmetric count."""
    match = matches(hyp, ref) if match is None else match
    stats: list[int] = []
    for n_hyp, n_ref, n_match in zip(hyp.totals, ref.totals, match, strict=True):
        stats.extend((n_hyp if n_ref else 0, n_ref, n_match))
    return float(_metric()._compute_f_score(stats))
