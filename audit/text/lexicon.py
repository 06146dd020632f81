"""Common English words: a guard so that fuzzy matching never turns "soul" into Seoul.

The list (audit/data/common_en.txt) is the ~7k English words with Zipf frequency ≥ 4
exported from wordfreq (CC BY-SA 4.0): loading it costs ~1 ms, wordfreq itself ~350 ms.
"""

from __future__ import annotations

from functools import lru_cache

from audit.text.normalize import fold
from audit.text.wordlists import wordlist


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return wordlist("common_en.txt")


@lru_cache(maxsize=65536)
def is_common(word: str) -> bool:
    """True for frequent English words (case-insensitive); cached: checks ask per token."""
    return fold(word) in common_words()
