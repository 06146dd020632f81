"""Romanised Chinese names: words made wholly of pinyin syllables ("Fangfang", "Yining").

Chinese given names double a syllable by design (叠字名: 芳芳 Fangfang, 婷婷 Tingting), so a
doubled syllable in a word that is all pinyin is a name, not a stutter.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from audit.match.wordlists import pinyin_syllables as syllables

LONGEST = 6  # "zhuang", "shuang"
# A romanised given name is at most a few syllables; the split below keeps a tuple per
# position (quadratic), so a 100,000-letter token must not reach it.
LONGEST_WORD = 8 * LONGEST


@lru_cache(maxsize=4096)
def pinyin_split(word: str) -> tuple[str, ...] | None:
    """`word` cut into pinyin syllables (the fewest pieces), or None when it cannot be."""
    w = word.lower().replace("'", "").replace("’", "")
    if len(w) > LONGEST_WORD:
        return None
    best: list[tuple[str, ...] | None] = [()] + [None] * len(w)
    for end in range(1, len(w) + 1):
        for size in range(1, min(LONGEST, end) + 1):
            head = best[end - size]
            piece = w[end - size : end]
            if head is not None and piece in syllables():
                cand = (*head, piece)
                if best[end] is None or len(cand) < len(best[end] or ()):
                    best[end] = cand
    return best[-1] or None


def reduplicated(word: str) -> bool:
    """A pinyin word with one syllable said twice in a row: "Fangfang", "Xiaoxiao", "Lili"."""
    parts = pinyin_split(word)
    return parts is not None and any(a == b for a, b in pairwise(parts))
