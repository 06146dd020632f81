"""Small word lists the name checks read from audit/data (titles, demonyms), loaded once."""

from __future__ import annotations

from functools import lru_cache

from audit.text.normalize import fold
from audit.text.wordlists import data_lines


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Folded title/office words that may precede a name without being part of it."""
    return frozenset(fold(w.strip()) for w in data_lines("titles.txt"))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym → country short name ("american" → "U.S.")."""
    out = {}
    for line in data_lines("demonyms.txt"):
        demonym, _, country = line.partition("\t")
        out[fold(demonym.strip())] = country.strip()
    return out


@lru_cache(maxsize=1)
def pair_counts() -> dict[tuple[str, str], int]:
    """Word-pair counts of clean English news (audit/data/bigrams_en.tsv)."""
    out = {}
    for line in data_lines("bigrams_en.tsv"):
        a, b, n = line.split("\t")
        out[(a, b)] = int(n)
    return out
