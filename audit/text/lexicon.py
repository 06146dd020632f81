"""Common English words: a guard so that fuzzy matching never turns "soul" into Seoul.

The list (audit/data/common_en.txt) is the ~7k English words with Zipf frequency ≥ 4
exported from wordfreq (CC BY-SA 4.0): loading it costs ~1 ms, wordfreq itself ~350 ms.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from audit.text.normalize import fold


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    text = resources.files("audit").joinpath("data/common_en.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=65536)
def is_common(word: str) -> bool:
    """True for frequent English words (case-insensitive); cached: checks ask per token."""
    return fold(word) in common_words()
